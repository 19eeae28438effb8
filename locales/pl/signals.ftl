# Sygnały: u osoby, która tego doświadcza, u osoby stosującej przemoc, u dzieci. Bez punktacji.

signals =
    Sygnały nie są dowodem. Podejrzenie nie musi być trafne. Ale to powód, żeby uważnie patrzeć, mówić o swoich obawach i prosić o radę. Przeczucie też się liczy.
    Możesz anonimowo poprosić o radę: { -vt }, { -vt-tel }. { -dutch }
    Sygnały u kogo?

opt-signals-victim = U osoby, która tego doświadcza
opt-signals-user = U osoby, która stosuje przemoc
opt-signals-child = U dzieci

signals-victim =
    Możliwe sygnały u osoby, która tego doświadcza:
    - często zmęczona albo chora
    - siniaki albo rany bez jasnego wyjaśnienia
    - ubrania, które dużo zakrywają
    - niespokojna, przestraszona albo przygnębiona
    - zachowuje się inaczej, gdy partner jest obok
    - trudno z nią porozmawiać na osobności
    - odwołuje spotkania w ostatniej chwili
    - nie ma własnych pieniędzy albo ma długi
    Jeden sygnał nie mówi wszystkiego. Zbieraj to, co widzisz, i mów o swoich obawach. Rada: { -vt }, { -vt-tel }. { -dutch }
    Czy ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.

signals-user =
    Możliwe sygnały u osoby, która stosuje przemoc:
    - rozkazuje partnerowi
    - krytykuje partnera przy innych
    - jest skrajnie zazdrosna albo zaborcza
    - przeklina albo krzyczy na partnera
    - odcina partnera od przyjaciół i rodziny
    - obwinia partnera o własne problemy
    - źle traktuje zwierzęta
    Rozpoznajesz to u siebie? To wymaga odwagi. Jest pomoc: { -vt }, { -vt-tel }. { -dutch }

signals-child =
    Widzenie albo słyszenie kłótni i przemocy krzywdzi dzieci tak samo jak bicie ich samych.
    Możliwe sygnały u dzieci:
    - często opuszcza szkołę
    - boi się albo bardzo troszczy się o rodzica
    - czuje się winne albo rozdarte między rodzicami
    - problemy z uczuciami albo zachowaniem
    Dziecko potrzebuje dorosłego, który stanie po jego stronie. Rada: { -vt }, { -vt-tel }. Dla samych dzieci: { -kt }, { -kt-tel }. { -dutch }
    Czy dziecko jest teraz krzywdzone? Zadzwoń: { -tel-112 }.
