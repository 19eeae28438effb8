# „Posuwam się za daleko albo boję się, że to zrobię”. Szczerze, bez obwiniania.

hurt =
    Dobrze, że się temu przyglądasz. To pierwszy krok.
    Najpierw szczerze: Baken nie zachowuje tego, co piszesz, i nikomu nic nie mówi. Jestem botem, nie doradcą.
    Za swoje zachowanie odpowiadasz ty. To znaczy też: możesz je zmienić. Wiele osób, które posuwają się za daleko, czuje wstyd albo winę. Pomoc jest też dla ciebie: { -vt }, { -vt-tel }. { -dutch }
    Czy ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
    Od czego chcesz zacząć?

opt-hurt-timeout = Napięcie właśnie rośnie
opt-hurt-ladder = Jak to się we mnie nakręca?
opt-hurt-kids = Co to robi dzieciom?
opt-hurt-help = Jaka pomoc jest dla mnie?
opt-hurt-parent = Tracę cierpliwość do mojego dziecka
opt-hurt-self = Rozpoznaję to u siebie

hurt-timeout =
    Zrób teraz przerwę (time-out):
    - Stop. Powiedz: „Robię przerwę. Wrócę, gdy się uspokoję”.
    - Wyjdź z pokoju albo na zewnątrz. Idź na spacer.
    - Nie pij alkoholu i nie bierz narkotyków. Przez nie trudniej się powstrzymać.
    - Wróć dopiero, gdy naprawdę się uspokoisz. Wtedy rozmawiajcie dalej.
    Nie możesz przestać? Zadzwoń: { -vt }, { -vt-tel }, w dzień i w nocy. Także dla osób, które same posuwają się za daleko. { -dutch }
    Ktoś jest w niebezpieczeństwie? Zadzwoń: { -tel-112 }.

hurt-ladder =
    Złość rzadko bierze się znikąd. Często rośnie jak po drabinie: frustracja, irytacja, złość, wściekłość, furia. Na samej górze nie myślisz już jasno.
    Zatrzymaj się więc jak najniżej na drabinie.
    Częste wyzwalacze:
    - poczucie, że ktoś traktuje cię niesprawiedliwie
    - poczucie braku szacunku
    - poczucie, że nikt cię nie widzi ani nie słyszy
    - poczucie bezsilności
    Jakie znaki zauważasz u siebie? Naucz się je rozpoznawać i wtedy zrób przerwę. Pomoc w tym: { -vt }, { -vt-tel }. { -dutch }
    Czy ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.

hurt-kids =
    Dzieci zauważają więcej, niż myślisz. Czują napięcie, słyszą kłótnie i widzą skutki. Nawet gdy wydaje się, że nic nie zauważają.
    Widzenie albo słyszenie przemocy krzywdzi dzieci tak samo jak bicie ich samych. Częściej mają problemy, a później częściej spotykają przemoc we własnym życiu.
    Trudno to czytać. Ale to znaczy też: jeśli ty się zmienisz, pomoże to twoim dzieciom.
    Pomoc, także dla rodziców: { -vt }, { -vt-tel }. { -dutch }
    Twoje dziecko jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.

hurt-parent =
    Wychowywanie dzieci bywa bardzo trudne, zwłaszcza przy stresie, kłopotach z pieniędzmi albo innych problemach. Szukasz tego, bo chcesz robić to inaczej.
    - Napięcie rośnie? Upewnij się, że dziecko jest bezpieczne, i odejdź, aż się uspokoisz.
    - Poproś o pomoc. To nie porażka. Na przykład lekarza rodzinnego (huisarts) albo zespół dzielnicowy lub zespół ds. młodzieży (wijkteam, jeugdteam).
    - Albo zadzwoń: { -vt }, { -vt-tel }, w dzień i w nocy. Możesz anonimowo poprosić o radę. { -dutch }
    Twoje dziecko jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.

hurt-help =
    Jest pomoc dla osób, które posuwają się za daleko:
    - { -vt }: { -vt-tel }, bezpłatnie, w dzień i w nocy. Także dla osób, które same stosują przemoc. Najpierw możesz anonimowo poprosić o radę.
    - Twój lekarz rodzinny (huisarts).
    - Kursy radzenia sobie ze złością, różne w każdym regionie. Zapytaj { -vt }, lekarza albo zespół dzielnicowy (wijkteam).
    { -dutch }
    Uwaga: partner się ciebie boi albo go kontrolujesz? Wtedy terapia par nie jest dobrym początkiem. Najpierw poszukaj pomocy dla siebie.
    Czy ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
