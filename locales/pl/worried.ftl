# „Martwię się o kogoś”: sąsiedzi, przyjaciele, rodzina, współpracownicy.

worried =
    Dobrze, że traktujesz swoje obawy poważnie. Nie musisz wiedzieć na pewno, co się dzieje. Podejrzenie nie musi być trafne. Przeczucie też się liczy.
    Myślisz, że ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
    Nie wiesz, co robić? Zadzwoń po radę: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. Możesz anonimowo poprosić o radę, także jako sąsiad, przyjaciel, krewny albo współpracownik. { -dutch }

opt-worried-talk = Jak zacząć rozmowę?
opt-worried-do = Co mogę zrobić, a czego nie?
opt-worried-who = Chodzi o dziecko, starszą osobę albo honor
opt-child-now = Dziecko jest teraz krzywdzone
opt-worried-child = Dziecko
opt-worried-older = Starsza osoba albo ktoś, kto potrzebuje opieki
opt-honour-worried = Ktoś, komu grozi rodzina (honor)
opt-worried-self-hurt = Boję się, że sam lub sama posuwam się za daleko

worried-talk =
    Jak zacząć rozmowę:
    - Znajdź chwilę, gdy możesz porozmawiać z tą osobą sam na sam, bez partnera.
    - Zacznij od tego, co sam lub sama widzisz: „Ostatnio wyglądasz na bardzo zmęczoną. Martwię się. Jak się masz?”
    - Zadawaj otwarte pytania i słuchaj. Nikogo nie oskarżaj.
    - Nie naciskaj. Ta osoba może się wstydzić albo bać. Może jeszcze nie być gotowa na pomoc.
    - Daj znać, że jesteś obok, także później.
    Powiedz jej też o { -vt }: { -vt-tel }, bezpłatnie. Może anonimowo poprosić o radę. { -dutch }
    Czy ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.

worried-do =
    Co możesz zrobić:
    - Bądź w kontakcie i słuchaj.
    - Zaproponuj pomoc, ale decyzje zostaw tej osobie.
    - Zapisuj, co widzisz albo słyszysz, z datą.
    - Sam lub sama poproś o radę: { -vt }, { -vt-tel }. Pomogą ci to przemyśleć. Także w sprawie zgłoszenia: wtedy prosisz { -vt } o działanie.
    { -dutch }

worried-dont =
    Czego nie robić:
    - Rozmawiać z nimi obojgiem naraz.
    - Samemu rozmawiać ze sprawcą. To może zwiększyć niebezpieczeństwo.
    - Samemu wchodzić między dwie osoby, które się biją. Zadzwoń: { -tel-112 }.
    - W sprawach honorowych: angażować rodzinę, przyjaciół albo społeczność. To może być bardzo niebezpieczne.
    Zrozumienie czyjejś sytuacji nie jest powodem, żeby nic nie robić. Dzieje się to teraz? Zadzwoń: { -tel-112 }.

worried-who =
    O kogo się martwisz? Wybierz poniżej.
    Nie masz pewności? { -vt } doradza w sprawach dzieci i dorosłych: { -vt-tel }. { -dutch }

worried-child =
    Widzenie albo słyszenie kłótni i przemocy krzywdzi dzieci tak samo jak bicie ich samych.
    - Poproś o radę: { -vt }, { -vt-tel }. { -vt } jest też dla obaw o dzieci. Możesz anonimowo poprosić o radę.
    - Gdy dziecko nagle ci coś powie, potraktuj to poważnie i poproś o radę tego dnia.
    - Nie obiecuj, że zachowasz to w tajemnicy.
    - Nie konfrontuj się sam lub sama z rodzicami. Najpierw poproś o radę.
    - Dziecko może samo zadzwonić albo napisać, bezpłatnie i anonimowo: { -kt }, { -kt-tel }.
    - { -dutch }
    - Czy dziecko jest teraz krzywdzone? Zadzwoń: { -tel-112 }.
