# What the web chat says itself (see src/web.rs), outside the conversation paths.

web-quick-exit = Quick exit
web-quick-exit-hint = Quick exit (or the Esc key) opens a weather page at once and erases this conversation.
web-log = Conversation
web-you = You
web-input = Type your message
web-send = Send
web-choices = Or choose
web-privacy =
    Baken keeps no cookies and no conversations. Your browser does keep the address of this page in its history.
    Can someone else look at your phone or computer? Then open Baken in a private (incognito) window. Or clear your history afterwards.
web-too-long =
    Your message was too long. I started again. Please send a shorter message.
    In danger? Call { -tel-112 }.
web-too-slow =
    Your message did not arrive properly. I started again. Please try once more.
    In danger? Call { -tel-112 }.
web-not-found =
    This page does not exist. The chat starts on the first page of this address.
    In danger? Call { -tel-112 }.
