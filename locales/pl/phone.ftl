# Bezpieczeństwo telefonu i w internecie.

phone =
    Czy ktoś może cię obserwować przez telefon albo zawsze wie, gdzie jesteś? To się często zdarza.
    Myślisz, że na twoim telefonie jest aplikacja szpiegująca? Wtedy druga osoba może widzieć także tę rozmowę. Jeśli możesz, użyj innego telefonu albo komputera.
    Najpierw: rób coś tylko wtedy, gdy jest bezpiecznie. Druga osoba może zauważyć niektóre kroki. Nie masz pewności? Najpierw poproś o radę { -vt } ({ -vt-tel }) albo { -safetyned }, który pomaga przy cyfrowym stalkingu. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.
    O czym chcesz dowiedzieć się więcej?

opt-phone-location = Ktoś wie, gdzie jestem
opt-phone-spyware = Czy na moim telefonie jest aplikacja szpiegująca?
opt-phone-accounts = Hasła i konta
opt-phone-erase = Usuwanie tej rozmowy i czatu

phone-location =
    Ktoś zawsze wie, gdzie jesteś?
    - Sprawdź, czy „udostępnianie lokalizacji” jest włączone w telefonie i w aplikacjach. Wyłącz je, gdy to bezpieczne.
    - Istnieją małe lokalizatory GPS. Ukrywa się je np. pod samochodem, w torbie albo w przytulance dziecka.
    - Czy ktoś ma dostęp do konta twojej karty komunikacji miejskiej (OV-chipkaart)? Wtedy widzi, dokąd jeździsz.
    - Kamery i inne inteligentne urządzenia w domu też mogą obserwować.
    Coś znajdujesz? Zanim to usuniesz, poproś o radę: { -vt }, { -vt-tel }, albo { -safetyned }. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

phone-spyware =
    Sygnały aplikacji szpiegującej (stalkerware):
    - bateria szybko się rozładowuje
    - telefon zużywa dużo więcej danych niż zwykle
    - nieznana ci aplikacja w zużyciu baterii albo danych
    - aplikacje z uprawnieniami „Ułatwienia dostępu”, których nie dawałeś ani nie dawałaś
    Zwykle aplikację instaluje ktoś, kto miał twój telefon w rękach. Pomaga PIN, którego druga osoba nie zna. Instaluj aplikacje tylko z oficjalnego sklepu.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

phone-spyware-remove =
    Ważne: nie usuwaj takiej aplikacji od razu. To niszczy dowody, a druga osoba może zauważyć, że wiesz.
    Najpierw poproś o radę. Zapisuj, co się dzieje: na papierze albo na urządzeniu, do którego druga osoba nie ma dostępu.
    Przywrócenie ustawień fabrycznych usuwa aplikację. Ale usuwa też wszystkie zdjęcia, wiadomości i dowody.
    Rada: { -vt }, { -vt-tel }, albo { -safetyned }. { -dutch }

phone-accounts =
    Czy druga osoba ma dostęp do twoich kont?
    - Zmień hasła na urządzeniu, do którego druga osoba nigdy nie miała dostępu.
    - Sprawdź przy każdym koncie, które urządzenia są zalogowane.
    - Pomyśl o wspólnych kontach: e-mail, kalendarz, chmura ze zdjęciami, a także DigiD.
    - Używaj PIN-u, którego druga osoba nie zna.
    Nie wiesz, czy bezpiecznie jest coś zmienić? Najpierw poproś o radę { -vt } ({ -vt-tel }) albo { -safetyned }. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

phone-erase =
    Jak usunąć tę rozmowę:
    - Napisz stop albo wybierz poniżej „Usuń tę rozmowę”. Baken zapomni wtedy, gdzie byłeś lub byłaś, i usunie wiadomości tam, gdzie pozwala aplikacja.
    - Potem usuń sam czat w aplikacji: przytrzymaj czat i wybierz usuń.
    - Twoja aplikacja do czatu jest też na tablecie albo komputerze? Sprawdź i tam.
    Baken sam nie zachowuje tego, co piszesz. W niebezpieczeństwie? Zadzwoń: { -tel-112 }.
