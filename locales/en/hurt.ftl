# "I go too far, or I am afraid I will". Honest, without blaming.

hurt =
    It is good that you are looking into this. That is a first step.
    First, honestly: Baken does not keep what you type and tells no one anything. I am a bot, not a counsellor.
    You are responsible for your own behaviour. That also means: you can change it. Many people who go too far feel ashamed or guilty. Help is there for you too: { -vt }, { -vt-tel }.
    Is someone in danger now? Call { -tel-112 }.
    Where would you like to start?

opt-hurt-timeout = The tension is rising now
opt-hurt-ladder = How does it build up in me?
opt-hurt-kids = What does it do to the children?
opt-hurt-help = What help is there for me?
opt-hurt-parent = I lose my patience with my child
opt-hurt-self = I recognise this in myself

hurt-timeout =
    Take a time-out now:
    - Stop. Say: "I am taking a time-out. I will come back when I am calm."
    - Leave the room, or go outside. Go for a walk.
    - Do not drink alcohol or use drugs. They make it harder to hold yourself back.
    - Only come back when you are really calm. Then talk further.
    If you cannot stop, call { -vt }: { -vt-tel }, day and night. Also for people who go too far themselves.
    Is someone in danger? Call { -tel-112 }.

hurt-ladder =
    Anger rarely comes out of nowhere. Often it climbs like a ladder: frustration, irritation, anger, fury, rage. At the top you can no longer think clearly.
    So stop as low on the ladder as you can.
    Common triggers:
    - feeling treated unfairly
    - feeling disrespected
    - feeling unseen or unheard
    - feeling powerless
    Which signs do you notice in yourself? Learn to recognise them, and then take a time-out. Help with this: { -vt }, { -vt-tel }.
    Is someone in danger now? Call { -tel-112 }.

hurt-kids =
    Children notice more than you think. They feel the tension, hear the arguments and see the consequences. Even when they seem not to notice.
    Seeing or hearing violence hurts children just as much as being hit themselves. They are more likely to have problems, and later to face violence in their own lives.
    That is hard to read. It also means: if you change, that helps your children.
    Help, for parents too: { -vt }, { -vt-tel }.
    Is your child in danger now? Call { -tel-112 }.

hurt-parent =
    Raising children can be very hard, especially with stress, money worries or other problems. Looking this up shows that you want to do it differently.
    - Is it building up? Make sure your child is safe and step away until you are calm.
    - Ask for help. That is not failing. For example your GP, or the local social team or youth team (wijkteam, jeugdteam).
    - Or call { -vt }: { -vt-tel }, day and night. You can ask for advice anonymously.
    Is your child in danger now? Call { -tel-112 }.

hurt-help =
    There is help for people who go too far:
    - { -vt }: { -vt-tel }, free, day and night. Also for people who use violence themselves. You can ask for advice anonymously first.
    - Your GP.
    - Courses and training to deal with anger differently. They differ per region. Ask { -vt }, your GP or the local social team (wijkteam) what there is near you.
    Note: is your partner afraid of you, or do you control your partner? Then couples therapy together is not the right place to start. Get help for yourself first.
    Is someone in danger now? Call { -tel-112 }.
