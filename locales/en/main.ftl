# Welcome, menu, help, language, privacy. Plain English, short messages.

welcome-intro =
    Hi, you are chatting with Baken. I am a chatbot, not a person.
    I explain things and tell you who can help when you do not feel safe at home. For you, or for someone else.

    To Baken you stay anonymous. I do not keep what you type, and no name or number. I remember where you are in this conversation, and I forget that after { $ttl } minutes without a message.
    Note: your chat app itself does keep the messages.
    Type stop at any moment to erase this conversation.
    Another language? Type language. Nederlands? Typ nl.
    In danger? Call { -tel-112 }.

welcome-safe = First: can you read this now without anyone looking?

opt-safe-yes = Yes, I can read in peace
opt-safe-no = No, someone could look
opt-in-danger = I am in danger now

unsafe-now =
    It is good that you are careful.
    Choose "Erase this conversation" below, or type stop. I will then remove my messages where I can.
    Come back when it is safe. I am here day and night.
    In danger? Call { -tel-112 }. You may always leave your home to go somewhere safe.

menu = What can I help you with? Choose a topic, or type in your own words what is going on.

opt-me = It is about me
opt-worried = I am worried about someone
opt-hurt = I go too far, or I am afraid I will
opt-phone = Phone and online safety
opt-signals = Recognising signs
opt-contacts = Who can help?
opt-menu = Back to the menu
opt-privacy = What does Baken keep?
opt-language = Language / Taal
opt-about-bot = Are you a person?
opt-erase = Erase this conversation
opt-safe-now = I am safe now

help =
    How Baken works: tap a button or type the number of your choice. You can also just type what is going on.
    These words always work:
    menu: back to the start
    language: another language
    stop or erase: erase this conversation
    { -tel-112 }: I show you what you can do
    Baken calls no one and cannot send help. In danger? Call { -tel-112 } yourself.

language = Kies je taal. / Choose your language.

about-bot =
    I am a bot: a computer program, not a person. No person reads your messages, and I tell no one anything.
    Would you like to talk to a person? Call { -vt } on { -vt-tel }. Free, day and night, and you may stay anonymous.
    You can also chat with { -vt } on their website. That chat is usually open on weekdays during the day.

privacy =
    What Baken keeps: where you are in the conversation and in which language. Not what you type, not your name and not your number. After { $ttl } minutes without a message I forget that too.
    Baken also counts how often a topic is chosen. That count says nothing about you.
    Baken passes nothing on to Veilig Thuis, the police or anyone else. You decide whether you call someone.
    Note: the messages do stay in your own chat app, and sometimes also on a tablet or computer where that app is installed. Type stop to erase this conversation, and then delete the chat itself.
    In danger? Call { -tel-112 }.

link-vt = Veilig Thuis (chat and information)
    .url = { -vt-url }
link-113 = { -zp } (suicide prevention, chat)
    .url = { -zp-url }
link-kt = De Kindertelefoon (chat)
    .url = { -kt-url }
link-safetyned = SafetyNed: digital safety
    .url = { -safetyned-url }
link-mm = Men: anonymous contact via { -mm }
    .url = { -mm-url }

# One line the engine shows before an ordinary answer when danger is possible.
caution-line = Are you in danger right now? Call { -tel-112 }.
