# Osoby starsze, osoby potrzebujące opieki i opiekunowie nieformalni (mantelzorgers).

older =
    Jesteś osobą starszą albo potrzebujesz opieki innych? Wtedy czasem zależysz od ludzi wokół siebie. To sprawia, że łatwiej cię skrzywdzić.
    To może być ktoś, kto zabiera ci pieniądze, krzywdzi cię, wyzywa albo nie daje ci potrzebnej opieki. Często to ktoś, z kim mieszkasz, albo rodzina.
    To nie twoja wina. Pomoc jest przez lekarza rodzinnego, opiekę domową albo { -vt }: { -vt-tel }. Bezpłatnie, w dzień i w nocy. Możesz anonimowo poprosić o radę.
    Martwisz się o starszą osobę? Też możesz poprosić { -vt } o radę. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

opt-older-care = Mój opiekun mnie krzywdzi albo zaniedbuje
opt-older-carer = Opiekuję się kimś i to dla mnie za dużo

older-care =
    Opiekuje się tobą partner, dziecko albo inny krewny? To opieka nieformalna (mantelzorg). Opieka bywa trudna.
    Czasem wymyka się spod kontroli. Opiekun się złości, jest szorstki albo wyzywa. Albo zostawia cię bez opieki. To opieka, która wymknęła się spod kontroli, bo opiekun jest przeciążony (ontspoorde mantelzorg).
    To nie twoja wina. Możesz poprosić o pomoc, nawet jeśli kochasz opiekuna. Jest pomoc dla ciebie i wsparcie dla opiekuna.
    Porozmawiaj z lekarzem rodzinnym albo zadzwoń: { -vt }, { -vt-tel }. { -dutch } W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

older-carer =
    Opiekujesz się kimś i czasem tracisz cierpliwość albo jesteś szorstki lub szorstka? Opieka bywa trudna. Szukanie pomocy to dobry krok.
    - Czujesz, że napięcie rośnie? Odejdź na chwilę, jeśli ta osoba jest wtedy bezpieczna.
    - Poproś o pomoc: lekarz rodzinny, wsparcie dla opiekunów w twojej gminie albo { -vt }: { -vt-tel }. { -vt } jest też dla osób, które same posuwają się za daleko. { -dutch }
    Prośba o pomoc nie jest karą. To pierwszy krok ku lepszemu, dla ciebie i dla osoby pod twoją opieką.
    Czy ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
