# What Baken says itself in Matrix (see src/matrix.rs), outside the conversation paths.

matrix-direct-only =
    Baken only works in a private chat with one person, not in a group. I am leaving this chat.
    Want to ask something? Start a private chat with me. In danger? Call { -tel-112 }.

matrix-delete-chat =
    I deleted my messages, and yours where I could, and I am leaving this chat.
    Please delete the chat on your side too. In Element: open the chat, tap its name at the top and choose Leave.
    To be honest: the server may keep deleted messages for a while (by default up to 7 days).
    You can always come back. In danger? Call { -tel-112 }.

matrix-delete-chat-failed =
    I could not delete every message: this chat does not allow me to. What you wrote and what I answered can still be seen.
    Please delete the chat yourself, and the messages in it if you can. In Element: open the chat, tap its name at the top and choose Leave.
    I am leaving this chat now. You can always come back. In danger? Call { -tel-112 }.

matrix-undecryptable =
    I could not read your last message (it was encrypted with a key I do not have).
    Please send it again, or type menu. In danger? Call { -tel-112 }.
