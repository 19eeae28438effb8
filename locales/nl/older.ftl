# Ouderen, mensen die zorg nodig hebben, en mantelzorgers.

older =
    Ben je ouder, of heb je zorg nodig van anderen? Dan ben je soms afhankelijk van de mensen om je heen. Daardoor ben je kwetsbaarder.
    Het kan gaan om iemand die je geld afpakt, je pijn doet of je uitscheldt. Of die je niet de zorg geeft die je nodig hebt. Vaak is het iemand met wie je samenwoont, of familie.
    Het is niet jouw schuld. Hulp kan via je huisarts, de thuiszorg of { -vt }: { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem.
    Maak je je zorgen om een oudere? Ook dan kun je { -vt } om advies vragen.
    In gevaar? Bel { -tel-112 }.

opt-older-care = Mijn verzorger doet me pijn of laat me zitten
opt-older-carer = Ik zorg voor iemand en het wordt te veel

older-care =
    Krijg je zorg van je partner, je kind of een ander familielid? Dat heet mantelzorg. Zorgen kan zwaar zijn.
    Soms loopt het uit de hand. De verzorger wordt boos, pakt je hardhandig aan of scheldt. Of laat je zitten zonder de zorg die je nodig hebt. Dat heet ontspoorde mantelzorg.
    Het is niet jouw schuld. Je mag hulp vragen, ook als je van je verzorger houdt. Er is hulp voor jou, en ook steun voor je verzorger.
    Praat met je huisarts of bel { -vt }: { -vt-tel }. In gevaar? Bel { -tel-112 }.

older-carer =
    Zorg je voor iemand en word je soms boos, ruw of ongeduldig? Zorgen kan zwaar zijn. Dat je dit opzoekt, is een goede stap.
    - Voel je het oplopen? Neem even afstand, als de ander dan veilig is.
    - Vraag hulp: bij je huisarts, bij je gemeente (steun voor wie voor een ander zorgt), of bij { -vt }: { -vt-tel }. { -vt } is er ook voor wie zelf te ver gaat.
    Hulp vragen is geen straf. Het is een eerste stap naar een betere situatie, voor jou en voor wie je verzorgt.
    Is iemand nu in gevaar? Bel { -tel-112 }.
