# „Chodzi o mnie”: osoba, która tego doświadcza.

me =
    Dobrze, że tu jesteś. Nie musisz mieć pewności, że jest „wystarczająco źle”.
    Cokolwiek się dzieje: to nigdy nie jest twoja wina. Kto bije, grozi albo kontroluje, ten odpowiada za to zachowanie.
    Możesz anonimowo poprosić o radę: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. { -dutch } W niebezpieczeństwie? Zadzwoń: { -tel-112 }.
    O czym chcesz dowiedzieć się więcej?

opt-me-forms = Czy to normalne?
opt-me-options = Co mogę zrobić?
opt-young = Mam mniej niż 18 lat
opt-me-more = Więcej tematów: mężczyźni, osoby starsze, przemoc w imię honoru, dokumenty
opt-me-cycle = To ciągle się powtarza
opt-me-stalking = Mój ex nie daje mi spokoju
opt-me-redflags = Kiedy dzwonić od razu?
opt-me-fault = Czy to moja wina?
opt-me-safetyplan = Plan bezpieczeństwa
opt-me-stay = Zostaję (na razie)
opt-me-leave = Chcę odejść
opt-me-huisverbod = Czy ta druga osoba musi opuścić dom? (zakaz zbliżania się do domu)
opt-me-shelter = Schronisko: dokąd mogę pójść?
opt-me-men = Jestem mężczyzną
opt-me-lgbti = Jestem lesbijką, gejem, osobą bi albo trans
opt-older = Osoby starsze i opieka
opt-honour = Rodzina, honor albo przymusowe małżeństwo
opt-me-money = Ktoś zabiera mi pieniądze
opt-me-family = Moje dziecko albo krewny mnie krzywdzi
opt-phone-safe = Zabezpieczenie telefonu

me-forms =
    W wielu związkach zdarzają się kłótnie. Ale to nie jest normalne, żeby bać się partnera, byłego partnera albo kogoś z rodziny.
    Może to wyglądać na wiele sposobów:
    - bicie, popychanie, kopanie
    - poniżanie cię, wyzywanie, grożenie ci
    - zabieranie ci pieniędzy albo decydowanie, na co je wydajesz
    - zmuszanie cię do seksu
    - śledzenie albo nękanie, także w internecie
    Chodzi o relację, nie o miejsce. Nie musi się to dziać w domu.

me-forms-control =
    Czasem to wzorzec: druga osoba jest zazdrosna, kontroluje cię, sprawia, że czujesz się mała lub mały, i odcina cię od przyjaciół i rodziny. Czasem sama groźba wystarczy, żeby się bać. To się nazywa kontrola przymusowa. To poważne, nawet bez bicia.
    Nie masz pewności? Poproś o radę: { -vt }, { -vt-tel }. Nie musisz udowadniać, że jest wystarczająco źle. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

me-cycle =
    Często to się kręci w kółko:
    - napięcie rośnie
    - dzieje się coś złego
    - potem przychodzą przeprosiny i obietnice: „To się już nigdy nie powtórzy”. Czasem druga osoba prosi, żeby zachować to w tajemnicy.
    - potem jest dobry czas, z uwagą albo prezentami
    - a potem napięcie znów rośnie.
    Zwykle samo się nie kończy. Często wraca. To nie przez ciebie.
    { -vt } pomoże ci to przemyśleć: { -vt-tel }. Możesz anonimowo poprosić o radę. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

me-fault =
    Nie. To nigdy nie jest twoja wina. Kto stosuje przemoc, ten odpowiada za to zachowanie. Przemoc drugiej osoby nigdy nie jest twoją winą, nawet jeśli najpierw była kłótnia i nawet jeśli się broniłeś lub broniłaś.
    Wiele osób się wstydzi albo boi się, co będzie, gdy powie. To zrozumiałe. Nie jesteś jedyną osobą: to się dzieje w wielu rodzinach.
    Możesz porozmawiać bez podawania imienia: { -vt }, { -vt-tel }. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

me-redflags =
    Niektóre sygnały oznaczają poważne niebezpieczeństwo. Na przykład:
    - druga osoba kiedyś cię dusiła albo ściskała ci szyję
    - jest broń albo groźba bronią
    - druga osoba grozi, że skrzywdzi ciebie albo dzieci
    - kontrola i zazdrość są coraz większe
    - chcesz odejść, a druga osoba jest zazdrosna albo cię kontroluje
    - były partner ciągle cię śledzi
    To nie jest test. Coś rozpoznajesz? Jeśli teraz jest niebezpiecznie, zadzwoń: { -tel-112 }. Jeśli nie: zadzwoń dziś, { -vt }, { -vt-tel }. { -dutch }

me-options =
    To ty decydujesz, co zrobisz. Jest pomoc, jeśli zostajesz, i jeśli chcesz odejść.
    Wiele osób zaczyna od rozmowy z { -vt }: { -vt-tel }. Bezpłatnie, w dzień i w nocy, możesz pozostać anonimowy lub anonimowa. Razem możecie zrobić plan bezpieczeństwa. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.
    O czym chcesz dowiedzieć się więcej?

me-stay =
    Nie musisz odchodzić, żeby dostać pomoc. Jeśli zostajesz, nadal możesz dbać o swoje bezpieczeństwo.
    - Zrób plan bezpieczeństwa razem z { -vt }.
    - Co już pomaga ci być bezpiecznym lub bezpieczną? I kto może pomóc: ktoś, komu ufasz i do kogo możesz zadzwonić?
    - Jeśli zrobi się niebezpiecznie, zadzwoń: { -tel-112 }. Zawsze możesz wyjść z domu w bezpieczne miejsce.
    { -vt } pomaga też, gdy zostajesz: { -vt-tel }, w dzień i w nocy. { -dutch }

me-leave =
    Odejście to duży krok. Wiedz: jeśli druga osoba jest zazdrosna albo cię kontroluje, czas odejścia jest szczególnie niebezpieczny. Wtedy potrzebna jest dodatkowa ochrona.
    Dlatego najpierw zrób plan bezpieczeństwa z { -vt }: { -vt-tel }. Bezpłatnie, w dzień i w nocy. Możesz anonimowo poprosić o radę. { -dutch }
    Nie musisz wszystkiego załatwiać sam lub sama. Są schroniska dla kobiet i dla mężczyzn.
    Jest teraz niebezpiecznie? Zadzwoń: { -tel-112 }.

me-safetyplan =
    Plan bezpieczeństwa to plan na chwile, gdy robi się niebezpiecznie. Robisz go razem z { -vt } albo z osobą, która cię wspiera. Jest w nim na przykład:
    - które chwile są niebezpieczne
    - co cię chroni i kto może ci pomóc
    - co i z kim ustalasz
    - kto pilnuje planu
    Gdy coś się zmienia, zaktualizuj plan.
    Pomoc przy planie: { -vt }, { -vt-tel }, w dzień i w nocy. { -dutch }

me-safetyplan-digital =
    Uwzględnij w planie także telefon i internet. Na przykład wyłącz „udostępnianie lokalizacji”. Więcej wskazówek w „Zabezpieczenie telefonu” i u { -safetyned }.
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

me-shelter =
    Musisz odejść i nie masz bezpiecznego miejsca? Są schroniska dla kobiet i dla mężczyzn.
    { -vt } może ci pomóc i skierować cię do schroniska: { -vt-tel }, w dzień i w nocy.
    { -vt } pomaga znaleźć schronisko. Mężczyźni mogą też anonimowo nawiązać kontakt przez { -mm }.
    { -dutch }
    Bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }. Zawsze możesz wyjść z domu w bezpieczne miejsce.

me-huisverbod =
    Tymczasowy zakaz przebywania w domu (huisverbod): osoba, która stwarza niebezpieczeństwo, musi opuścić dom. Wtedy ty możesz zostać w domu.
    - Nakłada go burmistrz.
    - Trwa 10 dni. Jeśli niebezpieczeństwo trwa, można go przedłużyć do 4 tygodni.
    - W tym czasie ta osoba nie może przyjść do domu ani kontaktować się z domownikami.
    - W tych dniach jest pomoc: dla ciebie, dla dzieci i dla drugiej osoby.
    To ty dostałeś lub dostałaś taki zakaz? Przez te 10 dni jest pomoc także dla ciebie: { -vt }, { -vt-tel }. { -dutch }
    Bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }.

me-stalking =
    Były partner ciągle cię śledzi, czeka na ciebie albo wysyła wiadomości? Albo nęka twoich bliskich? To stalking. Stalking jest przestępstwem.
    Stalking ze strony byłego partnera jest groźniejszy niż ze strony obcego i trwa dłużej. Traktuj to poważnie.
    - Zapisuj, co się dzieje: data, godzina, co się stało. Na papierze albo na urządzeniu, do którego druga osoba nie ma dostępu.
    - Zachowuj wiadomości i rób zrzuty ekranu.
    - Może to być też przez telefon albo internet: zob. „Zabezpieczenie telefonu”.
    Rada: { -vt }, { -vt-tel }. { -dutch } Zagrożenie? Zadzwoń: { -tel-112 }.

me-more =
    Pomoc jest dla każdego: kobiet i mężczyzn, młodych i starszych, w każdym związku i każdej rodzinie.
    Wybierz, co do ciebie pasuje. Możesz anonimowo poprosić o radę: { -vt }, { -vt-tel }. { -dutch }

me-men =
    Mężczyźni też mogą być ofiarami partnerki, partnera albo byłego partnera. Nie zawsze się to zauważa, a wstyd może być duży. Zasługujesz na pomoc tak samo.
    Przez { -mm } możesz anonimowo skontaktować się z organizacjami, które dają mężczyznom pomoc i schronienie (po niderlandzku).
    { -vt } jest też dla ciebie: { -vt-tel }, bezpłatnie, w dzień i w nocy. { -dutch } W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

me-lgbti =
    Jesteś lesbijką, gejem, osobą bi, trans albo queer? To może się zdarzyć także w twoim związku albo rodzinie.
    Badania pokazują, że lesbijki, geje, osoby biseksualne i transpłciowe spotykają się z tym nawet częściej. Kobiety bi i geje są też częściej nękani seksualnie w internecie.
    Cała pomoc tutaj jest też dla ciebie. { -vt }: { -vt-tel }, bezpłatnie, w dzień i w nocy. Możesz anonimowo poprosić o radę. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

me-money =
    Ktoś zabiera ci pieniądze, decyduje o nich za ciebie albo zamawia rzeczy na twoje nazwisko? To przemoc ekonomiczna. Może to być partner albo były partner, ale też dziecko albo ktoś, kto się tobą opiekuje. Często spotyka to osoby zależne od innych.
    - To nie twoja wina.
    - Porozmawiaj o tym z kimś, komu ufasz, albo z lekarzem rodzinnym.
    - Poproś o radę: { -vt }, { -vt-tel }. Możesz anonimowo. { -dutch }
    Bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }.

me-family =
    Twoje dziecko, brat, siostra albo inny krewny cię krzywdzi, grozi ci albo zabiera ci pieniądze? To też przemoc domowa. Chodzi o relację, nie o wiek czy miejsce.
    To nie twoja wina i nie musisz rozwiązywać tego sam lub sama. Możesz poprosić o pomoc, nawet jeśli tę osobę kochasz albo się nią opiekujesz. Prośba o pomoc nie jest karą dla niej: to pierwszy krok ku czemuś lepszemu.
    Poproś o radę: { -vt }, { -vt-tel }. Możesz anonimowo. { -dutch } W niebezpieczeństwie? Zadzwoń: { -tel-112 }.
