# To, co czat w przeglądarce mówi sam (src/web.rs). Wersja robocza: nie sprawdzona jeszcze przez native speakera.

web-quick-exit = Szybkie wyjście
web-quick-exit-hint = Szybkie wyjście (albo klawisz Esc) od razu otwiera stronę z pogodą i usuwa tę rozmowę.
web-log = Rozmowa
web-you = Ty
web-input = Napisz wiadomość
web-send = Wyślij
web-choices = Albo wybierz
web-privacy =
    Baken nie zapisuje plików cookie ani rozmów. Twoja przeglądarka zapisuje adres tej strony w historii.
    Czy ktoś inny może zajrzeć do twojego telefonu lub komputera? Otwórz wtedy Baken w oknie prywatnym (incognito). Albo potem wyczyść historię.
web-too-long =
    Twoja wiadomość była za długa. Zaczynam od nowa. Wyślij krótszą wiadomość.
    Jesteś w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
web-too-slow =
    Twoja wiadomość nie dotarła poprawnie. Zaczynam od nowa. Spróbuj jeszcze raz.
    Jesteś w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
web-not-found =
    Ta strona nie istnieje. Czat zaczyna się na pierwszej stronie tego adresu.
    Jesteś w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
