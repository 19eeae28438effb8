# Older people, people who need care, and informal carers.

older =
    Are you older, or do you need care from others? Then you sometimes depend on the people around you. That makes you more vulnerable.
    It can be someone who takes your money, hurts you, calls you names or does not give you the care you need. Often it is someone you live with, or family.
    It is not your fault. Help is available through your GP, home care or { -vt }: { -vt-tel }. Free, day and night. You can ask for advice anonymously.
    Are you worried about an older person? You can ask { -vt } for advice too.
    In danger? Call { -tel-112 }.

opt-older-care = My carer hurts or neglects me
opt-older-carer = I care for someone and it is too much

older-care =
    Do you get care from your partner, your child or another relative? This is called informal care (mantelzorg). Caring can be hard.
    Sometimes it gets out of hand. The carer gets angry, handles you roughly or calls you names. Or leaves you without the care you need. This is care that has got out of hand because the carer is overwhelmed (ontspoorde mantelzorg).
    It is not your fault. You may ask for help, even if you love your carer. There is help for you, and support for your carer too.
    Talk to your GP or call { -vt }: { -vt-tel }. In danger? Call { -tel-112 }.

older-carer =
    Do you care for someone and sometimes become angry, rough or impatient? Caring can be hard. Looking this up is a good step.
    - Do you feel it building up? Step away for a moment, if the other person is safe then.
    - Ask for help: your GP, the support for informal carers in your municipality, or { -vt }: { -vt-tel }. { -vt } is also there for people who go too far themselves.
    Asking for help is not a punishment. It is a first step towards a better situation, for you and for the person you care for.
    Is someone in danger now? Call { -tel-112 }.
