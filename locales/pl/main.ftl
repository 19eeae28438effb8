# Powitanie, menu, pomoc, język, prywatność. Prosty polski, krótkie wiadomości.

welcome-intro =
    Cześć, piszesz z Bakenem. Jestem chatbotem, nie człowiekiem.
    Wyjaśniam różne sprawy i mówię, kto może pomóc, gdy nie czujesz się bezpiecznie w domu. Tobie albo komuś innemu.

    Dla Bakena pozostajesz anonimowy lub anonimowa. Nie zachowuję tego, co piszesz, ani imienia, ani numeru. Pamiętam, w którym miejscu tej rozmowy jesteś, i zapominam to po { $ttl } minutach bez wiadomości.
    Uwaga: twoja aplikacja do czatu sama zachowuje wiadomości.
    Napisz stop w dowolnej chwili, żeby usunąć tę rozmowę.
    Inny język? Napisz: język.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

welcome-safe = Najpierw: czy możesz to teraz czytać tak, żeby nikt nie patrzył?

opt-safe-yes = Tak, mogę spokojnie czytać
opt-safe-no = Nie, ktoś może patrzeć
opt-in-danger = Jestem teraz w niebezpieczeństwie

unsafe-now =
    Dobrze, że uważasz.
    Wybierz poniżej „Usuń tę rozmowę” albo napisz stop. Wtedy usunę moje wiadomości tam, gdzie mogę.
    Wróć, gdy będzie bezpiecznie. Jestem tu w dzień i w nocy.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }. Zawsze możesz wyjść z domu, żeby pójść w bezpieczne miejsce.

menu = W czym mogę pomóc? Wybierz temat albo napisz własnymi słowami, co się dzieje.

opt-me = Chodzi o mnie
opt-worried = Martwię się o kogoś
opt-hurt = Posuwam się za daleko albo boję się, że to zrobię
opt-phone = Bezpieczeństwo telefonu i w internecie
opt-signals = Rozpoznawanie sygnałów
opt-contacts = Kto może pomóc?
opt-menu = Wróć do menu
opt-privacy = Co zachowuje Baken?
opt-language = Język / Taal
opt-about-bot = Czy jesteś człowiekiem?
opt-erase = Usuń tę rozmowę
opt-safe-now = Jestem teraz bezpieczny / bezpieczna

help =
    Jak działa Baken: dotknij przycisku albo wpisz numer swojego wyboru. Możesz też po prostu napisać, co się dzieje.
    Te słowa działają zawsze:
    menu: powrót na początek
    język: inny język
    stop albo usuń: usuń tę rozmowę
    { -tel-112 }: pokażę, co możesz zrobić
    Baken do nikogo nie dzwoni i nie może wysłać pomocy. W niebezpieczeństwie? Zadzwoń sam lub sama: { -tel-112 }.

language = Wybierz język. / Kies je taal. / Choose your language.

about-bot =
    Jestem botem: programem komputerowym, nie człowiekiem. Żaden człowiek nie czyta twoich wiadomości i nikomu nic nie mówię.
    Chcesz porozmawiać z człowiekiem? Zadzwoń: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy, możesz pozostać anonimowy lub anonimowa.
    Możesz też pisać na czacie na stronie { -vt }. Ten czat jest zwykle otwarty w dni robocze w ciągu dnia.
    { -dutch }

privacy =
    Co zachowuje Baken: w którym miejscu rozmowy jesteś i w jakim języku. Nie to, co piszesz, nie twoje imię i nie twój numer. Po { $ttl } minutach bez wiadomości zapominam także to.
    Baken liczy też, jak często wybierany jest dany temat. Ta liczba nic o tobie nie mówi.
    Baken nic nie przekazuje: ani Veilig Thuis, ani policji, ani nikomu innemu. Ty decydujesz, czy do kogoś zadzwonisz.
    Uwaga: wiadomości zostają w twojej aplikacji do czatu, czasem też na tablecie albo komputerze, na którym jest ta aplikacja. Napisz stop, żeby usunąć tę rozmowę, a potem usuń sam czat.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

link-vt = Veilig Thuis (czat i informacje, po niderlandzku)
    .url = { -vt-url }
link-113 = { -zp } (zapobieganie samobójstwom, czat, po niderlandzku)
    .url = { -zp-url }
link-kt = De Kindertelefoon (czat, po niderlandzku)
    .url = { -kt-url }
link-safetyned = SafetyNed: bezpieczeństwo cyfrowe
    .url = { -safetyned-url }
link-mm = Mężczyźni: anonimowy kontakt przez { -mm }
    .url = { -mm-url }

# Jedna linijka, którą silnik pokazuje przed zwykłą odpowiedzią, gdy możliwe jest niebezpieczeństwo.
caution-line = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
