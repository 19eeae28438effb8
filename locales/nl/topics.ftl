# Onderwerpen uit de review van november 2026: seksueel geweld, aangifte, beelden, papieren,
# buitenland, zwangerschap, beperking. Bronnen per node: flows/SOURCES.md.

opt-me-groups = Mannen, ouderen, eer, lesbisch, homo, bi, trans
opt-me-life = Papieren, buitenland, zwanger, beperking
opt-sexual-violence = Seks tegen mijn wil, verkrachting
opt-images = Naaktfoto's of filmpjes van mij
opt-aangifte = Aangifte doen bij de politie
opt-papers = Ik heb geen verblijfspapieren
opt-abroad = Ik ben al in het buitenland
opt-pregnancy = Ik ben zwanger
opt-disability = Ik heb een beperking

me-groups =
    Hulp is er voor iedereen. Ook voor mannen, voor ouderen en voor mensen die lesbisch, homo, bi of trans zijn. En als je familie je bedreigt om "de eer".
    Kies wat bij jou past. Advies vragen kan anoniem: { -vt }, { -vt-tel }.

me-life =
    Sommige situaties maken het extra moeilijk om hulp te vragen. Ook dan is er hulp.
    Kies wat bij jou past. Advies vragen kan anoniem: { -vt }, { -vt-tel }. Gratis, dag en nacht.

sexual-violence =
    Ben je verkracht of aangerand? Of dwong iemand je tot seks? Dat is nooit jouw schuld.
    Bel { -csg }: { -csg-tel }. Gratis, dag en nacht. Ook voor mensen om je heen.
    - Is het minder dan 7 dagen geleden? Bel dan zo snel mogelijk. Dan kunnen ze je medisch helpen en bewijs bewaren.
    - Artsen, verpleegkundigen, politie en hulpverleners werken daar samen.
    - De politie komt er alleen bij als jij dat wilt.
    - Is het langer geleden? Ook dan kun je bij { -csg } terecht.
    Gebeurt het thuis of in je relatie? Bel ook { -vt }: { -vt-tel }, dag en nacht. In gevaar? Bel { -tel-112 }.

aangifte =
    Aangifte doen betekent: je vertelt de politie officieel over een misdrijf. Jij kiest of je dat doet.
    - Je kunt eerst advies vragen. { -sh } helpt slachtoffers gratis, ook bij een aangifte: { -sh-tel } (gewoon tarief).
    - { -vt } geeft ook advies: { -vt-tel }, gratis, dag en nacht.
    - Aangifte doe je bij de politie. Is er geen spoed? Bel de politie op { -politie-tel }.
    - Heb je geen verblijfspapieren? Ook dan mag je aangifte doen.
    In gevaar? Bel { -tel-112 }.

images =
    Worden naaktfoto's of seksfilmpjes van jou gedeeld? Of dreigt iemand dat te doen? Dat is nooit jouw schuld.
    - Betaal niet, en doe niet wat de ander vraagt.
    - Bewaar bewijs: maak schermafbeeldingen, en schrijf data en links op.
    - Blokkeer de ander.
    - Meld het bij de website of app, en bij de politie.
    { -helpwanted } helpt gratis en anoniem, ook om beelden weg te laten halen: { -helpwanted-tel }, of chat via de website.
    Is het je partner of ex? Bel ook { -vt }: { -vt-tel }. In gevaar? Bel { -tel-112 }.

papers =
    Heb je geen verblijfspapieren? Of hangt je verblijfsvergunning af van je partner? Ook dan is er hulp voor jou.
    - Je mag aangifte doen bij de politie, ook zonder papieren. Als slachtoffer heb je rechten, wat je verblijfsstatus ook is.
    - De regel is: de politie geeft je dan niet door om je uit te zetten. In de praktijk gaat dat niet altijd goed.
    - Vraag daarom eerst anoniem advies bij { -vt }: { -vt-tel }. Gratis, dag en nacht.
    In gevaar? Bel { -tel-112 }. Dat mag altijd.

abroad =
    Ben je in het buitenland achtergelaten? Of word je daar gedwongen om te trouwen?
    - Bel { -bz } als je veilig bent en niemand kan meeluisteren: { -bz-tel }. Dag en nacht.
    - WhatsApp kan ook: { -bz-whatsapp }.
    - Laat de mensen om je heen niet merken dat je hulp zoekt.
    - De Nederlandse 0800-nummers zijn niet bedoeld om vanuit het buitenland te bellen.

abroad-before =
    Ben je nog in Nederland, en ben je bang voor een reis?
    - Maak kopieën van je paspoort en papieren. Bewaar ze ook online.
    - Schrijf je verhaal op en stuur het naar iemand die je vertrouwt.
    - Vertel iemand die je vertrouwt waar je heen gaat en hoe lang.
    - Vraag { -vt } om advies: { -vt-tel }. Advies vragen kan anoniem.
    In gevaar in Nederland? Bel { -tel-112 }.

pregnancy =
    Ben je zwanger? Juist dan begint geweld van een partner vaak, of wordt het erger. Het is niet jouw schuld.
    - Praat erover met je verloskundige of je huisarts.
    - Vraag advies bij { -vt }: { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem.
    In gevaar? Bel { -tel-112 }.

disability =
    Heb je een beperking, en heb je zorg van anderen nodig? Dan ben je extra kwetsbaar. Bijvoorbeeld voor iemand die je pijn doet of je geld afpakt.
    Vaak is het iemand met wie je samenwoont. Het is niet jouw schuld.
    - Praat met iemand die je vertrouwt, zoals je huisarts of iemand van de zorg.
    - Vraag advies bij { -vt }: { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem.
    In gevaar? Bel { -tel-112 }.

opt-me-pressure = De ander dreigt met zelfmoord

me-pressure =
    Dreigt je partner of ex met zelfmoord als je weg wilt? Of als je niet doet wat die wil? Dat is een zware druk.
    Zo'n dreiging kan ook een manier zijn om je te controleren. Jij bent niet verantwoordelijk voor wat de ander doet.
    Maak je je zorgen om de ander? { -zp } is er ook voor wie zich zorgen maakt om iemand: { -zp-tel } of { -zp-tel-free }.
    Vraag ook advies bij { -vt }: { -vt-tel }, dag en nacht. Is iemand nu in gevaar? Bel { -tel-112 }.

link-helpwanted = { -helpwanted }: hulp bij naaktbeelden en online misbruik
    .url = { -helpwanted-url }
