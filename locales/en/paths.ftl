# The six paths of the menu: a first answer.

me =
    Good that you are here. Tension at home can take many forms. Hitting or pushing, but also putting you down, threatening, controlling, taking your money, following you or forcing you into sex.
    It does not have to happen at home: it is about the relationship. An ex or a family member counts too.
    It is never your fault. Whoever uses violence is responsible for that behaviour.

me-help =
    You do not have to prove it is "bad enough". You can ask { -vt } for advice, anonymously if you like: { -vt-tel }, free, day and night.
    In danger? Call { -tel-112 }.

worried =
    Good that you take your worries seriously. You do not have to be sure what is going on.
    What helps:
    - Talk to the person alone, when the other person is not there.
    - Say what worries you and ask open questions. Do not accuse anyone.
    - Give it time. They may not be ready to accept help yet.

worried-help =
    Is it happening now? Call { -tel-112 }.
    Not sure what to do? Call { -vt } for advice: { -vt-tel }. You can stay anonymous, also as a bystander.

hurt =
    Good that you are looking into this. That is a first step.
    First: Baken does not keep what you type and tells no one anything.
    You are responsible for your own behaviour. And change is possible.

hurt-timeout =
    Do you feel the tension rising now? Take a time-out:
    - Stop the conversation or the argument.
    - Leave the room, or go outside.
    - Only come back when you are calm.
    Help is there for you too. Call { -vt }: { -vt-tel }, free, day and night. Or talk to your GP.

phone =
    Could someone be watching through your phone? First steps:
    - Turn off location sharing.
    - Type stop to erase this conversation.
    - Change passwords on a device the other person never had access to.
    Do you think there is a spy app on your phone? Do not remove it straight away. That destroys evidence and the other person may notice. Get advice first, for example from { -vt }: { -vt-tel }.

signals =
    Signs are not proof. They are a reason to look carefully and to ask.
    Someone who is having a hard time at home may, for example:
    - often be tired or ill
    - have bruises or wounds without explanation
    - cancel appointments at the last moment
    - act differently when their partner is there
    - have no money of their own

signals-help =
    Children who see or hear fighting and violence at home are hurt by it just as much as if they were hit themselves.
    Not sure? Ask { -vt } for advice: { -vt-tel }, anonymously if you like.

contacts =
    Who can help:
    - In danger: call { -tel-112 }.
    - { -vt }: { -vt-tel }. Free, day and night. Advice, anonymous if you like. For people who experience it, people who worry, and people who go too far themselves.
    - Thinking about suicide: { -zp-tel } or { -zp-tel-free }.
    - Children and young people: { -kt }, { -kt-tel }.
    - { -sh }: { -sh-tel }.
