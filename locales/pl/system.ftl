# Co Baken mówi poza ścieżkami rozmowy.

not-understood =
    Nie do końca rozumiem, o co chodzi, ale chcę pomóc. Wybierz temat poniżej albo powiedz to innymi słowami.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.
    Chcesz porozmawiać z człowiekiem? Zadzwoń: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. { -dutch }

non-text =
    Umiem czytać tylko tekst. Nie oglądam i nie zachowuję zdjęć, wiadomości głosowych ani plików.
    Nie wysyłaj, proszę, danych osobowych, takich jak imię czy adres. Napisz kilkoma słowami, co się dzieje.

empty-message = Nie widzę słów w twojej wiadomości. Napisz kilkoma słowami, co się dzieje, albo wybierz numer.

erased =
    Rozmowa została usunięta. Nie wiem już, gdzie byłeś lub byłaś.
    Usuń też sam czat w aplikacji: przytrzymaj czat i wybierz usuń.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

slow-down = Wysyłasz dużo wiadomości bardzo szybko. Weź oddech, nadal tu jestem. W niebezpieczeństwie? Zadzwoń: { -tel-112 }.


not-offered =
    { $count ->
        [1] Wybierz 1 albo napisz, co się dzieje.
       *[other] Wybierz od 1 do { $count } albo napisz, co się dzieje.
    }

deep-link-promise = Jestem chatbotem. Napisz stop, żeby usunąć. W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

# Terminal (baken chat): własne sformułowania tam, gdzie tekst aplikacji mówi o przyciskach albo aplikacji do czatu.

console-help =
    Jak działa Baken: wpisz numer swojego wyboru i naciśnij Enter. Możesz też po prostu napisać, co się dzieje.
    Te słowa działają zawsze:
    menu: powrót na początek
    język: inny język
    stop albo usuń: usuń tę rozmowę
    koniec albo wyjdź: zamknij Baken
    { -tel-112 }: gdy jesteś w niebezpieczeństwie
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

console-erased =
    Rozmowa została usunięta. Nie wiem już, gdzie byłeś lub byłaś. Ekran został wyczyszczony.
    Zamknij też to okno, jeśli ktoś może patrzeć.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

console-how-to-quit = Napisz koniec albo wyjdź, albo naciśnij Ctrl-D, żeby zamknąć Baken. Nic nie zostaje zachowane.

# Said (in this language) after an answer when a message was clearly written in this language but the conversation is in another.
language-offer = Chcesz dalej pisać po polsku? Napisz: pl
