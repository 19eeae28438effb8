# Older people, people who need care, and informal carers.

older =
    Are you older, or do you need care from others? Then you sometimes depend on the people around you. That makes you vulnerable.
    It can be someone who takes your money, hurts you, calls you names or does not give you the care you need. Often it is someone you live with, or family.
    It is not your fault. Help is available through your GP, home care or { -vt }: { -vt-tel }, free, day and night, anonymous if you like.

opt-older-care = My carer hurts or neglects me
opt-older-carer = I care for someone and it is too much

older-care =
    Do you get care from your partner, your child or another relative? Caring can be hard. Sometimes it gets out of hand: the carer gets angry, is rough, calls you names, or leaves you without the care you need. This is called overburdened care that has gone wrong (ontspoorde mantelzorg).
    It is not your fault. Understanding your carer is no reason to do nothing. There is help for you, and support for your carer too.
    Talk to your GP or call { -vt }: { -vt-tel }. In danger? Call { -tel-112 }.

older-carer =
    Do you care for someone and sometimes become angry, rough or impatient? Caring can be hard. Looking this up is a good step.
    - Do you feel it building up? Step away for a moment, if the other person is safe then.
    - Ask for help: your GP, the support for informal carers in your municipality, or { -vt }: { -vt-tel }. { -vt } is also there for people who go too far themselves.
    Asking for help is not a punishment. It is a first step towards a better situation, for you and for the person you care for.
