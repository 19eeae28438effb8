# Honor, przymusowe małżeństwo, pozostawienie za granicą. Nigdy nie proponuj rodziny ani mediatorów.

honour =
    Czy twoja rodzina ci grozi, zamyka cię albo kontroluje? Bo mówią, że przyniosłeś lub przyniosłaś rodzinie wstyd („honor”)? Na przykład przez to, kogo wybierasz na partnera, albo dlatego, że chcesz odejść.
    To mogą być groźby, izolacja, bicie albo przymusowe małżeństwo. Albo odrzucenie: rodzina nie chce cię już znać.
    Niebezpieczeństwo może grozić ze strony kilku członków rodziny naraz. Nawet gdy jedna osoba zostanie aresztowana, niebezpieczeństwo nie zawsze mija.

honour-help =
    Co możesz zrobić:
    - Nie rozmawiaj o tym z rodziną ani ze znajomymi rodziny. Ani z ludźmi ze społeczności, którzy chcą pośredniczyć. To może zwiększyć niebezpieczeństwo.
    - Zadzwoń: { -vt }, { -vt-tel }. Są tam eksperci od honoru i rodziny. Bezpłatnie, w dzień i w nocy. Możesz anonimowo poprosić o radę.
    - Jeśli złożysz zgłoszenie (prosisz { -vt } o działanie), { -vt } i policja razem oceniają, jak duże jest niebezpieczeństwo.
    - Masz mniej niż 18 lat? Pomaga też { -kt }: { -kt-tel }.
    - { -dutch }
    - Bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }.

opt-honour-marriage = Przymusowe małżeństwo albo pozostawienie za granicą

honour-marriage =
    Boisz się ślubu z kimś, kogo wybierze rodzina? Albo że podczas wakacji zostaniesz za granicą?
    - Jesteś jeszcze w Holandii? Poproś o pomoc przed wyjazdem, nie po.
    - Jesteś już za granicą? Wybierz poniżej „Jestem już za granicą”.
    - Powiedz komuś spoza rodziny, komu ufasz. Poproś tę osobę, żeby nie rozmawiała z twoją rodziną.
    - Zadzwoń: { -vt }, { -vt-tel }, w dzień i w nocy. Mają ekspertów od takich sytuacji.
    - Masz mniej niż 18 lat? Zadzwoń też albo napisz: { -kt }, { -kt-tel }.
    - { -dutch }
    - Bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }.

honour-worried =
    Martwisz się o kogoś, komu grozi albo kogo kontroluje rodzina, z powodu „honoru”?
    - Rozmawiaj tylko z tą osobą, gdy nikogo innego nie ma obok.
    - Nie przekazuj tego rodzinie, znajomym ani społeczności. Powiedz za to { -vt } albo policji.
    - Nie idź do rodziny, przyjaciół ani znajomych i nie szukaj mediatora. To może bardzo zwiększyć niebezpieczeństwo.
    - Zawsze poproś o radę: { -vt }. Mają ekspertów od takich sytuacji: { -vt-tel }.
    - { -dutch }
    - Bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }.
