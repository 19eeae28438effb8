# Topics from the November 2026 review: sexual violence, police report, images, papers, abroad,
# pregnancy, disability. Sources per node: flows/SOURCES.md.

opt-me-groups = Men, older people, honour-based violence, LGBT
opt-me-life = Papers, abroad, pregnant, disability
opt-sexual-violence = Sex against my will, rape
opt-images = Nude photos or videos of me
opt-aangifte = Reporting a crime to the police
opt-papers = I have no residence papers
opt-abroad = I am already abroad
opt-pregnancy = I am pregnant
opt-disability = I have a disability

me-groups =
    Help is available for everyone. For men too, for older people, and for people who are lesbian, gay, bi or trans. And if your family threatens you over "honour".
    Choose what fits you. You can ask for advice anonymously: { -vt }, { -vt-tel }.

me-life =
    Some situations make it extra hard to ask for help. There is help then too.
    Choose what fits you. You can ask for advice anonymously: { -vt }, { -vt-tel }. Free, day and night.

sexual-violence =
    Were you raped or sexually assaulted? Or did someone force you into sex? That is never your fault.
    Call { -csg } (sexual assault centre, doctors, police and counsellors together): { -csg-tel }. Free, day and night. Also for the people around you.
    - Was it less than 7 days ago? Then call as soon as you can. They can give medical care and keep evidence.
    - The police are only involved if you want that.
    - Was it longer ago? You can still go to { -csg }.
    Does it happen at home or in your relationship? Also call { -vt }: { -vt-tel }, day and night. In danger? Call { -tel-112 }.

aangifte =
    Reporting a crime to the police (aangifte) means: you officially tell the police about a crime. You choose whether you do that.
    - You can ask for advice first. { -sh } helps victims for free, also with a police report: { -sh-tel } (local rate).
    - { -vt } gives advice too: { -vt-tel }, free, day and night.
    - You report a crime to the police. Not urgent? Call the police on { -politie-tel }.
    - No residence papers? You may still report a crime.
    In danger? Call { -tel-112 }.

images =
    Are nude photos or sex videos of you being shared? Or does someone threaten to share them? That is never your fault.
    - Do not pay, and do not do what the other person asks.
    - Keep evidence: take screenshots, and write down dates and links.
    - Block the other person.
    - Report it to the website or app, and to the police.
    { -helpwanted } helps for free and anonymously, also to get images removed: { -helpwanted-tel }, or chat on their website (also in English).
    Is it your partner or ex? Also call { -vt }: { -vt-tel }. In danger? Call { -tel-112 }.

papers =
    Do you have no residence papers? Or does your residence permit depend on your partner? There is help for you too.
    - You may report a crime to the police, even without papers. As a victim you have rights, whatever your residence status.
    - The rule is: the police do not pass you on to be deported. In practice this does not always go well.
    - So ask { -vt } for anonymous advice first: { -vt-tel }. Free, day and night.
    In danger? Call { -tel-112 }. You may always call.

abroad =
    Have you been left behind abroad? Or are you being forced to marry there?
    - Call { -bz-en } when you are safe and nobody can overhear you: { -bz-tel }. Day and night.
    - You can also use WhatsApp: { -bz-whatsapp }.
    - Do not let the people around you notice that you are looking for help.
    - Dutch 0800 numbers are not meant for calling from abroad.

abroad-before =
    Are you still in the Netherlands, and afraid of a trip?
    - Make copies of your passport and papers. Keep them online too.
    - Write down your story and send it to someone you trust.
    - Tell someone you trust where you are going and for how long.
    - Ask { -vt } for advice: { -vt-tel }. You can ask anonymously.
    In danger in the Netherlands? Call { -tel-112 }.

pregnancy =
    Are you pregnant? Violence by a partner often starts or gets worse during pregnancy. It is not your fault.
    - Talk about it with your midwife or your GP.
    - Ask { -vt } for advice: { -vt-tel }. Free, day and night. You can ask anonymously.
    In danger? Call { -tel-112 }.

disability =
    Do you have a disability, and do you need care from others? Then you are extra vulnerable. For example to someone who hurts you or takes your money.
    Often it is someone you live with. It is not your fault.
    - Talk to someone you trust, like your GP or someone from your care.
    - Ask { -vt } for advice: { -vt-tel }. Free, day and night. You can ask anonymously.
    In danger? Call { -tel-112 }.

opt-me-pressure = The other person threatens suicide

me-pressure =
    Does your partner or ex threaten suicide if you leave? Or if you do not do what they want? That is heavy pressure.
    Such a threat can also be a way to control you. You are not responsible for what the other person does.
    Are you worried about them? { -zp } is also there for people worried about someone: { -zp-tel } or { -zp-tel-free }.
    Also ask { -vt } for advice: { -vt-tel }, day and night. Is someone in danger now? Call { -tel-112 }.

link-helpwanted = { -helpwanted }: help with nude images and online abuse
    .url = { -helpwanted-url }
