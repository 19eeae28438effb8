# What the Telegram channel says itself (see src/telegram.rs).

telegram-private-only =
    Baken only works in a private chat, not in a group or channel. I am leaving this chat.
    Want to ask something? Open a private chat with me. In danger? Call { -tel-112 }.

telegram-delete-chat =
    To remove the chat from Telegram as well:
    • Android: press and hold the chat in the list, tap the bin and also delete it for the bot.
    • iPhone: swipe the chat in the list to the left and tap Delete.
    • Computer: right-click the chat and choose Delete chat.
    You can always come back. In danger? Call { -tel-112 }. Veilig Thuis: { -vt-tel }.

telegram-cmd-start = Start again
telegram-cmd-menu = The menu of topics
telegram-cmd-help = How does Baken work?
telegram-cmd-language = Other language / andere taal
telegram-cmd-erase = Erase this conversation
