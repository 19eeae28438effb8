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


not-offered =
    { $count ->
        [1] Choose 1, or type what is going on.
       *[other] Choose 1 to { $count }, or type what is going on.
    }

deep-link-promise = I am a chatbot. Type stop to erase. In danger? Call { -tel-112 }.

# The terminal (baken chat): its own wording where the app text is about buttons or the chat app.

console-help =
    How Baken works: type the number of your choice and press Enter. You can also just type what is going on.
    These words always work:
    menu: back to the start
    language: another language
    stop or erase: erase this conversation
    exit or quit: close Baken
    { -tel-112 }: when you are in danger
    In danger? Call { -tel-112 }.

console-erased =
    The conversation is erased. I no longer know where you were. The screen has been cleared.
    Close this window too if someone could look.
    In danger? Call { -tel-112 }.

console-how-to-quit = Type exit or quit, or press Ctrl-D, to close Baken. Nothing is kept.

# Said (in this language) after an answer when a message was clearly written in this language but the conversation is in another.
language-offer = Continue in English? Type: en
