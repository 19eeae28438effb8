# Wat het Telegram-kanaal zelf zegt (zie src/telegram.rs).

telegram-private-only =
    Baken werkt alleen in een privéchat, niet in een groep of kanaal. Ik verlaat deze chat.
    Wil je iets vragen? Open dan een privéchat met mij. In gevaar? Bel { -tel-112 }.

telegram-delete-chat =
    Zo verwijder je de chat ook uit Telegram:
    • Android: houd de chat in de lijst ingedrukt, tik op het prullenbakje en kies ook verwijderen voor de bot.
    • iPhone: veeg de chat in de lijst naar links en tik op Verwijder.
    • Computer: klik met rechts op de chat en kies Verwijder chat.
    Je kunt altijd terugkomen. In gevaar? Bel { -tel-112 }. Veilig Thuis: { -vt-tel }.

telegram-cmd-start = Opnieuw beginnen
telegram-cmd-menu = Het menu met onderwerpen
telegram-cmd-help = Hoe werkt Baken?
telegram-cmd-language = Andere taal / other language
telegram-cmd-erase = Wis dit gesprek
