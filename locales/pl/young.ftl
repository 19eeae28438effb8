# Dzieci i młodzież: proste słowa.

young =
    Dobrze, że tu jesteś. To, co dzieje się w domu albo w twoim związku, nie jest twoją winą.
    Możesz bezpłatnie zadzwonić albo napisać na czacie, bez podawania imienia: { -kt }, { -kt-tel }. Dla dzieci i młodzieży od 8 do 18 lat.
    { -kt } jest zamknięty? Zadzwoń: { -vt }, { -vt-tel }, w dzień i w nocy. Dzieci też mogą tam dzwonić. { -dutch }
    Czy ktoś jest teraz krzywdzony? Zadzwoń: { -tel-112 }.
    O co chodzi?

opt-young-home = W domu nie jest fajnie albo bezpiecznie
opt-young-dating = Mój chłopak albo moja dziewczyna źle mnie traktuje
opt-young-marriage = Muszę wziąć ślub albo zostać za granicą
opt-young-more = Więcej dla młodych
opt-young-tell = Jak komuś powiedzieć?
opt-young-self = Sam lub sama mam mniej niż 18 lat

young-home =
    W domu często są kłótnie? Ktoś bije, krzyczy albo grozi? To naprawdę okropne. Nawet jeśli tylko to widzisz albo słyszysz, to boli.
    Nie musisz tego naprawiać i to nie twoja wina.
    - Porozmawiaj z dorosłym, któremu ufasz, na przykład z nauczycielem, wychowawcą albo trenerem.
    - Zadzwoń albo napisz: { -kt }, { -kt-tel }. To bezpłatne i nikt nie musi wiedzieć, kim jesteś.
    - { -kt } jest zamknięty? Zadzwoń: { -vt }, { -vt-tel }, w dzień i w nocy.
    - { -dutch }
    - Czy ktoś jest teraz krzywdzony? Zadzwoń: { -tel-112 }.

young-dating =
    Twój chłopak albo twoja dziewczyna cię krzywdzi? Zmusza do rzeczy, których nie chcesz, na przykład do seksu? Albo zawsze chce wiedzieć, gdzie jesteś i z kim rozmawiasz? To nie jest w porządku, nawet jeśli mówi, że to z miłości.
    - To nie twoja wina.
    - Powiedz komuś, komu ufasz.
    - Zadzwoń albo napisz: { -kt }, { -kt-tel }. Masz 18 lat albo więcej? Zadzwoń: { -vt }, { -vt-tel }.
    - { -dutch }
    - W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

young-marriage =
    Boisz się, że będziesz musiał lub musiała wziąć ślub z kimś, kogo nie wybierasz? Albo że podczas wakacji zostaniesz za granicą?
    - Poproś o pomoc przed wyjazdem, nie po.
    - Powiedz komuś spoza rodziny, komu ufasz. Na przykład wychowawcy. Poproś, żeby nie rozmawiał z twoją rodziną.
    - Zadzwoń albo napisz: { -kt }, { -kt-tel }. Albo zadzwoń: { -vt }, { -vt-tel }. Tam dużo o tym wiedzą.
    - { -dutch }
    - W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

young-tell =
    Czasem trudno komuś powiedzieć. Jeden sposób:
    - Wybierz kogoś, komu ufasz: nauczyciela, wychowawcę, trenera albo pedagoga.
    - Możesz powiedzieć: „W domu nie jest dobrze. Mogę z panem albo z panią porozmawiać?”
    - Boisz się? Najpierw porozmawiaj z { -kt }: { -kt-tel }, albo napisz na ich czacie.
    - { -kt } jest zamknięty? Zadzwoń: { -vt }, { -vt-tel }, w dzień i w nocy.
    - { -dutch }
    Jeśli pierwsza osoba nie pomoże, możesz powiedzieć komuś innemu. Zasługujesz na pomoc.
    Czy ktoś jest teraz krzywdzony? Zadzwoń: { -tel-112 }.
