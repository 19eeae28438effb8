# "I am worried about someone": neighbours, friends, family, colleagues.

worried =
    It is good that you take your worries seriously. You do not have to be sure what is going on. A suspicion does not have to be right. A gut feeling counts too.
    Do you think someone is in danger right now? Call { -tel-112 }.
    Not sure what to do? Call { -vt } for advice: { -vt-tel }. Free, day and night. You can ask for advice anonymously, also as a neighbour, friend, relative or colleague.

opt-worried-talk = How do I start a conversation?
opt-worried-do = What can I do, and what not?
opt-worried-who = It is about a child, an older person or honour
opt-child-now = A child is being hurt right now
opt-worried-child = A child
opt-worried-older = An older person or someone who needs care
opt-honour-worried = Someone threatened by their family (honour)
opt-worried-self-hurt = I'm afraid I'm going too far myself

worried-talk =
    How to start a conversation:
    - Find a moment when you can speak to the person alone, without their partner.
    - Start with what you see yourself: "You seem so tired lately. I am worried. How are you?"
    - Ask open questions and listen. Do not accuse anyone.
    - Do not push. They may feel ashamed or afraid. They may not be ready for help yet.
    - Let them know you are there, later too.
    Also tell them about { -vt }: { -vt-tel }, free. They can ask for advice anonymously.
    Is someone in danger now? Call { -tel-112 }.

worried-do =
    What you can do:
    - Stay in touch and listen.
    - Offer help, but leave the choices to them.
    - Write down what you see or hear, with the date.
    - Ask { -vt } for advice yourself: { -vt-tel }. They help you think it through. Also about a report: then you ask { -vt } to act.

worried-dont =
    What not to do:
    - Speak to the two of them together.
    - Speak to the abuser yourself. That can make it more dangerous.
    - Step in yourself between two people who are fighting. Call { -tel-112 }.
    - In honour-related cases: involving the family, friends or the community. That can be very dangerous.
    Understanding someone's situation is no reason to do nothing. Is it happening now? Call { -tel-112 }.

worried-who =
    Who are you worried about? Choose below.
    Not sure? { -vt } gives advice about children and adults: { -vt-tel }.

worried-child =
    Seeing or hearing fighting and violence hurts children just as much as being hit themselves.
    - Ask { -vt } for advice: { -vt-tel }. { -vt } is also there for worries about children. You can ask for advice anonymously.
    - If a child suddenly tells you something, take it seriously and ask for advice that same day.
    - Do not promise to keep it secret.
    - Do not confront the parents yourself. Ask for advice first.
    - A child can call or chat with { -kt } themselves, free and anonymous: { -kt-tel }.
    - Is a child being hurt right now? Call { -tel-112 }.
