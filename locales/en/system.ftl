# What Baken says outside the conversation paths.

not-understood =
    I do not quite understand what you mean, but I do want to help. Choose a topic below, or say it in other words.
    In danger? Call { -tel-112 }.
    Would you like to talk to a person? Call { -vt }: { -vt-tel }. Free, day and night.

non-text =
    I can only read text. I do not look at or keep photos, voice messages or files.
    Please do not send personal details, such as your name or address. Type in a few words what is going on.

empty-message = I see no words in your message. Type in a few words what is going on, or choose a number.

erased =
    The conversation is erased. I no longer know where you were.
    Also delete the chat itself in your app: press and hold the chat and choose delete.
    In danger? Call { -tel-112 }.

slow-down = You are sending many messages quickly. Take a moment, I am still here. In danger? Call { -tel-112 }.
