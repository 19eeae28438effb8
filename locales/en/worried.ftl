# "I am worried about someone": neighbours, friends, family, colleagues.

worried =
    Good that you take your worries seriously. You do not have to be sure what is going on. A suspicion does not have to be right, and a gut feeling is worth taking seriously.
    Do you think someone is in danger right now? Call { -tel-112 }.
    Not sure what to do? Call { -vt } for advice: { -vt-tel }. Free, day and night. You can stay anonymous, also as a neighbour, friend, relative or colleague.

opt-worried-talk = How do I start a conversation?
opt-worried-do = What can I do, and what not?
opt-worried-who = It is about a child, an older person or honour
opt-worried-child = A child
opt-worried-older = An older person or someone who needs care
opt-honour-worried = Someone threatened by their family (honour)
opt-worried-self-hurt = I am afraid I go too far myself

worried-talk =
    How to start a conversation:
    - Find a moment when you can speak to the person alone, without their partner.
    - Start with what you see yourself: "You seem so tired lately. I am worried. How are you?"
    - Ask open questions and listen. Do not accuse anyone.
    - Do not push. They may feel ashamed or afraid. They may not be ready for help yet.
    - Let them know you are there, later too.
    Also tell them about { -vt }: { -vt-tel }, free and anonymous.

worried-do =
    What you can do:
    - Stay in touch and listen.
    - Offer help, but leave the choices to them.
    - Write down what you see or hear, with the date.
    - Ask { -vt } for advice yourself: { -vt-tel }. They think along with you, also about a report.
    What you had better not do:
    - Speak to the two of them together.
    - With honour: involve the family, friends or the community. That can be very dangerous.
    Understanding someone's situation is no reason to do nothing. Is it happening now? Call { -tel-112 }.

worried-who =
    Who are you worried about? Choose below.
    Not sure? { -vt } gives advice about children and adults: { -vt-tel }.

worried-child =
    Children who see or hear fighting and violence at home are hurt by it just as much as if they were hit themselves.
    - Ask { -vt } for advice: { -vt-tel }. { -vt } is also there for worries about children. You can stay anonymous.
    - Does a child suddenly tell you something? Take it seriously and ask for advice that same day.
    - A child can call or chat with { -kt } themselves, free and anonymous: { -kt-tel }.
    - Is a child being hurt right now? Call { -tel-112 }.
