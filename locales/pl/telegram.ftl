# Co kanał Telegram mówi sam (zob. src/telegram.rs).

telegram-private-only =
    Baken działa tylko w prywatnym czacie, nie w grupie ani kanale. Opuszczam ten czat.
    Chcesz o coś zapytać? Otwórz ze mną prywatny czat. W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

telegram-delete-chat =
    Żeby usunąć czat także z Telegrama:
    • Android: przytrzymaj czat na liście, dotknij kosza i usuń go także dla bota.
    • iPhone: przesuń czat na liście w lewo i dotknij Usuń.
    • Komputer: kliknij czat prawym przyciskiem i wybierz Usuń czat.
    Zawsze możesz wrócić. W niebezpieczeństwie? Zadzwoń: { -tel-112 }. Veilig Thuis: { -vt-tel }. { -dutch }

telegram-cmd-start = Zacznij od nowa
telegram-cmd-menu = Menu tematów
telegram-cmd-help = Jak działa Baken?
telegram-cmd-language = Inny język / andere taal
telegram-cmd-erase = Usuń tę rozmowę
