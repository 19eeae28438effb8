# Children and young people: simple words.

young =
    I am glad you are here. What happens at home or in your relationship is not your fault.
    You can call or chat with { -kt } for free, without giving your name: { -kt-tel }. For children and young people aged 8 to 18.
    Is { -kt } closed? Call { -vt }: { -vt-tel }, day and night. Children may call there too.
    Is someone being hurt right now? Call { -tel-112 }.
    What is it about?

opt-young-home = Home is not nice or not safe
opt-young-dating = My boyfriend or girlfriend treats me badly
opt-young-marriage = I have to marry or stay abroad
opt-young-more = More for young people
opt-young-tell = How do I tell someone?
opt-young-self = I am under 18 myself

young-home =
    Are there often fights at home? Does someone hit, shout or threaten? That is really awful. Even if you only see or hear it, it hurts.
    You do not have to fix it, and it is not your fault.
    - Talk to an adult you trust, like your teacher, mentor or coach.
    - Call or chat with { -kt }: { -kt-tel }. It is free, and nobody needs to know who you are.
    - Is { -kt } closed? Call { -vt }: { -vt-tel }, day and night.
    - Is someone being hurt right now? Call { -tel-112 }.

young-dating =
    Does your boyfriend or girlfriend hurt you? Make you do things you do not want, like sex? Or always want to know where you are and who you talk to? That is not okay, even if they say it is out of love.
    - It is not your fault.
    - Tell someone you trust.
    - Call or chat with { -kt }: { -kt-tel }. Are you 18 or older? Call { -vt }: { -vt-tel }.
    - In danger? Call { -tel-112 }.

young-marriage =
    Are you afraid you will have to marry someone you did not choose? Or that you will have to stay abroad during a holiday?
    - Ask for help before the trip, not after.
    - Tell someone you trust outside your family. For example your mentor. Ask that person not to talk to your family.
    - Call or chat with { -kt }: { -kt-tel }. Or call { -vt }: { -vt-tel }. People there know a lot about this.
    - In danger? Call { -tel-112 }.

young-tell =
    It can be hard to tell someone. This is one way:
    - Choose someone you trust: your teacher, your mentor, your coach or a youth worker.
    - You can say: "Things are not good at home. Can I talk to you?"
    - Scary? Then talk to { -kt } first: { -kt-tel }, or chat on their website.
    - Is { -kt } closed? Call { -vt }: { -vt-tel }, day and night.
    If the first person does not help, you may tell someone else. You deserve help.
    Is someone being hurt right now? Call { -tel-112 }.
