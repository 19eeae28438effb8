# "It is about me": the person who experiences it.

me =
    I am glad you are here. You do not have to be sure it is "bad enough".
    Whatever happens: it is never your fault. Whoever hits, threatens or controls is responsible for that behaviour.
    You can ask for advice anonymously: { -vt }, { -vt-tel }. Free, day and night. In danger? Call { -tel-112 }.
    What would you like to know more about?

opt-me-forms = Is this normal?
opt-me-options = What can I do?
opt-young = I am under 18
opt-me-more = More topics: men, older people, honour-based violence, papers
opt-me-cycle = It keeps happening
opt-me-stalking = My ex will not leave me alone
opt-me-redflags = When should I call straight away?
opt-me-fault = Is it my fault?
opt-me-safetyplan = Making a safety plan
opt-me-stay = I am staying (for now)
opt-me-leave = I want to leave
opt-me-huisverbod = Must the other person leave the home? (restraining order)
opt-me-shelter = Shelter: where can I go?
opt-me-men = I am a man
opt-me-lgbti = I am lesbian, gay, bi or trans
opt-older = Older people and care
opt-honour = Family, honour or forced marriage
opt-me-money = Someone takes my money
opt-me-family = My child or a relative hurts me
opt-phone-safe = Making my phone safe

me-forms =
    Arguments happen in many relationships. But it is not normal to be afraid of your partner, your ex or someone in your family.
    It can happen in many ways:
    - hitting, pushing, kicking
    - putting you down, calling you names, threatening you
    - taking your money or deciding what you spend
    - forcing you into sex
    - following or harassing you, online too
    It is about the relationship, not the place. It does not have to happen at home.

me-forms-control =
    Sometimes it is a pattern: the other person is jealous, controls you, makes you feel small and keeps you away from friends and family. Sometimes a threat alone is enough to make you afraid. This is called coercive control. It is serious, even when there is no hitting.
    Not sure? Ask { -vt } for advice: { -vt-tel }. You do not have to prove it is bad enough.
    In danger? Call { -tel-112 }.

me-cycle =
    Often it goes round in a circle:
    - the tension builds up
    - something bad happens
    - then come apologies and promises: "It will never happen again." Sometimes the other person asks you to keep it secret.
    - then a good time follows, with attention or presents
    - and then the tension builds up again.
    It usually does not stop by itself. It often comes back. That is not because of you.
    { -vt } can help you think it through: { -vt-tel }. You can ask for advice anonymously.
    In danger? Call { -tel-112 }.

me-fault =
    No. It is never your fault. Whoever uses violence is responsible for that behaviour. The other person's violence is never your fault, even if there was an argument first and even if you fought back.
    Many people feel ashamed, or are afraid of what happens if they tell. That is understandable. You are not the only one: it happens in many families.
    You can talk without giving your name: { -vt }, { -vt-tel }.
    In danger? Call { -tel-112 }.

me-redflags =
    Some signs mean: there is serious danger. For example:
    - the other person has ever strangled or choked you
    - there is a weapon, or a threat with a weapon
    - the other person threatens to harm you or the children
    - the control and jealousy keep getting worse
    - you want to leave, and the other person is jealous or controls you
    - an ex keeps following you
    This is not a test. Do you recognise something? Call { -tel-112 } if it is dangerous now. Otherwise: call { -vt } today, { -vt-tel }.

me-options =
    You decide what you do. There is help if you stay, and if you want to leave.
    Many people start with a conversation with { -vt }: { -vt-tel }. Free, day and night, and you may stay anonymous. Together you can make a safety plan.
    In danger? Call { -tel-112 }.
    What would you like to know more about?

me-stay =
    You do not have to leave to get help. If you stay, you can still work on your safety.
    - Make a safety plan, together with { -vt }.
    - What already helps you to stay safe? And who can help: someone you trust and can call?
    - If it gets dangerous, call { -tel-112 }. You may always leave your home to go somewhere safe.
    { -vt } helps if you stay, too: { -vt-tel }, day and night.

me-leave =
    Leaving is a big step. Be aware: if the other person is jealous or controls you, the time around leaving is especially dangerous. Then extra protection is needed.
    So first make a safety plan with { -vt }: { -vt-tel }. Free, day and night. You can ask for advice anonymously.
    You do not have to arrange everything yourself. There is shelter for women and for men.
    Is it dangerous right now? Call { -tel-112 }.

me-safetyplan =
    A safety plan is a plan for when things get unsafe. You make it together with { -vt } or a support worker. It includes, for example:
    - which moments are unsafe
    - what protects you, and who can help you
    - what you agree on, and with whom
    - who keeps an eye on the plan
    If something changes, update the plan.
    Help with your plan: { -vt }, { -vt-tel }, day and night.

me-safetyplan-digital =
    Include your phone and the internet in your plan too. For example, turn off "location sharing". More tips under "Making my phone safe" and from { -safetyned }.
    In danger? Call { -tel-112 }.

me-shelter =
    Do you need to leave and have nowhere safe to go? There is shelter for women and for men.
    { -vt } can help you and refer you to a shelter: { -vt-tel }, day and night.
    { -vt } helps you find a shelter. Men can also get in touch anonymously via { -mm }.
    Immediate danger? Call { -tel-112 }. You may always leave your home to go somewhere safe.

me-huisverbod =
    A temporary restraining order (huisverbod) means: the person who causes the danger has to leave the home. Then you can stay at home.
    - The mayor imposes it.
    - It lasts 10 days. If the danger continues, it can be extended up to 4 weeks.
    - During that time the person may not come home or contact the people who live there.
    - In those days there is help: for you, for the children, and for the other person too.
    Were you given a restraining order yourself? There is help for you too in those 10 days: { -vt }, { -vt-tel }.
    Ask { -vt } what is possible: { -vt-tel }. Immediate danger? Call { -tel-112 }.

me-stalking =
    Does your ex keep following you, waiting for you or sending messages? Or bother your children, family or colleagues? That is stalking. Stalking is a crime.
    Stalking by an ex is more dangerous than by a stranger, and often lasts longer. Take it seriously.
    - Write down what happens: date, time and what happened. Do it on paper, or on a device the other person cannot get into.
    - Keep messages and take screenshots.
    - It can also happen through your phone or online: see "Making my phone safe".
    Advice: { -vt }, { -vt-tel }. Immediate danger? Call { -tel-112 }.

me-more =
    Help is available for everyone: women and men, young and old, in every kind of relationship and family.
    Choose what fits you. You can ask for advice anonymously: { -vt }, { -vt-tel }.

me-men =
    Men can be victims of a partner or ex too. That is not always noticed, and the shame can be great. You deserve help just as much.
    Via { -mm } you can get in touch anonymously with organisations that offer help and shelter to men (in Dutch).
    { -vt } is there for you too: { -vt-tel }, free, day and night. In danger? Call { -tel-112 }.

me-lgbti =
    Are you lesbian, gay, bi, trans or queer? This can happen in your relationship or family too.
    Research shows that lesbian women, gay men, bi and transgender people even face it more often. Bi women and gay men are also sexually harassed online more often.
    All help here is for you as well. { -vt }: { -vt-tel }, free, day and night. You can ask for advice anonymously.
    In danger? Call { -tel-112 }.

me-money =
    Does someone take your money, decide about your money for you, or order things in your name? That is financial abuse. It can be a partner or ex, but also a child or someone who cares for you. It often happens to people who depend on others.
    - It is not your fault.
    - Talk about it with someone you trust, or with your GP.
    - Ask { -vt } for advice: { -vt-tel }. You can do that anonymously.
    Immediate danger? Call { -tel-112 }.

me-family =
    Does your child, brother, sister or another relative hurt you, threaten you or take your money? That is domestic violence too. It is about the relationship, not about age or place.
    It is not your fault, and you do not have to solve it alone. You may ask for help, even if you love them or care for them. Asking for help is not a punishment for the other person: it is a first step towards something better.
    Ask { -vt } for advice: { -vt-tel }. You can do that anonymously. In danger? Call { -tel-112 }.
