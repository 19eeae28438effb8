# Crisis answers. The first sentence is always the number to call.
# Every crisis answer says that Baken cannot send help itself (review S10).

crisis-acute =
    Call { -tel-112 } now if you or someone else is in danger. You may always call, even when you are not sure.
    I cannot send help myself. So call { -tel-112 } yourself.
    You may always leave your home to go somewhere safe.
    Is the danger over? Then call { -vt } on { -vt-tel }. Free, day and night. You can ask for advice anonymously.

crisis-suicide =
    Are you thinking about suicide? Call { -zp-tel } or { -zp-tel-free }. Free, day and night, and anonymous. You can also chat.
    You do not have to carry this alone.
    Are you worried about someone else, or does someone threaten to kill themselves? You can call { -zp-tel } then too. And { -vt }: { -vt-tel }.
    I cannot send help myself. Are you in immediate danger? Call { -tel-112 }.

crisis-child =
    What happens at home is not your fault.
    Call or chat with { -kt }: { -kt-tel }. Free and anonymous, for children and young people aged 8 to 18.
    Is { -kt } closed? Call { -vt }: { -vt-tel }, day and night. Children may call there too.
    Is someone being hurt right now? Call { -tel-112 }. I cannot send help myself.
    Also tell an adult you trust, like your mentor, a teacher or a coach.

crisis-child-adult =
    Is a child being hurt right now? Call { -tel-112 }.
    I cannot send help myself. So please call yourself.
    After that, or if you are not sure: call { -vt } on { -vt-tel }. Free, day and night. For advice, and to report worries about a child.
    The child can also call or chat with { -kt } themselves: { -kt-tel }.
