# Crisis answers. The first sentence is always the number to call.

crisis-acute =
    Call { -tel-112 } now if you or someone else is in danger. You may always call, even when you are not sure.
    You may always leave your home to go somewhere safe.
    Is the danger over? Then call { -vt } on { -vt-tel }. Free, day and night, anonymous if you like.

crisis-suicide =
    Are you thinking about suicide? Call { -zp-tel } or { -zp-tel-free }. Free, day and night, and anonymous. You can also chat.
    You do not have to carry this alone.
    Are you in immediate danger? Call { -tel-112 }.

crisis-child =
    What happens at home is not your fault.
    Call or chat with { -kt }: { -kt-tel }. Free and anonymous, for children and young people aged 8 to 18.
    Is someone being hurt right now? Call { -tel-112 }.
    Also tell an adult you trust, like a teacher or a coach.

crisis-child-adult =
    Is it happening now? Call { -tel-112 }.
    For advice, or to report a concern about a child: call { -vt } on { -vt-tel }. Free, day and night.
    I am a chat bot and cannot send help myself.
