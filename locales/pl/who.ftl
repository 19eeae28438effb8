# Kto może pomóc: karta kontaktów i co się dzieje, gdy dzwonisz do Veilig Thuis.

contacts =
    Kto może pomóc:
    - W niebezpieczeństwie: zadzwoń, { -tel-112 }.
    - { -vt } (porady przy przemocy domowej): { -vt-tel }. Bezpłatnie, w dzień i w nocy. Możesz anonimowo poprosić o radę. Dla osób, które tego doświadczają, które się martwią, i które same posuwają się za daleko.
    - Myśli samobójcze: { -zp-tel } albo { -zp-tel-free }, w dzień i w nocy.
    - Dzieci i młodzież od 8 do 18 lat: { -kt }, { -kt-tel }.
    - Ofiara albo świadek przestępstwa: { -sh }, { -sh-tel } (opłata lokalna).
    - Mężczyźni: { -mm }. Pomoc z telefonem: { -safetyned }.
    { -dutch }

contacts-vt =
    Gdy dzwonisz: { -vt } ({ -vt-tel })
    - Łączysz się z { -vt } w swoim regionie. Bezpłatnie, w dzień i w nocy.
    - Możesz pozostać anonimowy lub anonimowa i tylko poprosić o radę. Ty decydujesz, co mówisz.
    - Zgłoszenie to więcej niż rada: prosisz { -vt } o działanie. Zgłoszenie robisz przez telefon.
    - Czat na stronie jest w pełni anonimowy. Tam możesz poprosić o radę, ale nie zrobisz zgłoszenia.
    - Po zgłoszeniu { -vt } sprawdza, jak bezpieczni są wszyscy, i decyduje, jakie kroki są potrzebne.
    { -dutch }
    Bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }.

opt-contacts-vt = Co się dzieje, gdy dzwonię do Veilig Thuis?
