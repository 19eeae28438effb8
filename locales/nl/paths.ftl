# De zes paden van het menu: een eerste antwoord.

me =
    Fijn dat je hier bent. Spanning thuis kan veel vormen hebben. Slaan of duwen, maar ook kleineren, bedreigen, controleren, je geld afpakken, je volgen of je dwingen tot seks.
    Het hoeft niet thuis te gebeuren: het gaat om de relatie. Ook een ex of familielid hoort erbij.
    Het is nooit jouw schuld. Wie geweld gebruikt, is zelf verantwoordelijk voor dat gedrag.

me-help =
    Je hoeft niet te bewijzen dat het "erg genoeg" is. Bij { -vt } kun je advies vragen, ook anoniem: { -vt-tel }, gratis, dag en nacht.
    In gevaar? Bel { -tel-112 }.

worried =
    Goed dat je je zorgen serieus neemt. Je hoeft niet zeker te weten wat er speelt.
    Wat helpt:
    - Praat met de persoon alleen, als de ander er niet bij is.
    - Vertel wat je zorgen zijn en stel open vragen. Beschuldig niemand.
    - Geef tijd. Iemand is misschien nog niet klaar om hulp te nemen.

worried-help =
    Gebeurt het nu? Bel { -tel-112 }.
    Twijfel je wat je kunt doen? Bel { -vt } voor advies: { -vt-tel }. Dat kan ook anoniem, en ook als omstander.

hurt =
    Goed dat je dit opzoekt. Dat is een eerste stap.
    Eerst dit: Baken bewaart niet wat je typt en vertelt niemand iets.
    Jij bent verantwoordelijk voor je eigen gedrag. En veranderen kan.

hurt-timeout =
    Voel je de spanning nu oplopen? Neem een time-out:
    - Stop het gesprek of de ruzie.
    - Ga weg uit de ruimte, of naar buiten.
    - Kom pas terug als je rustig bent.
    Hulp is er ook voor jou. Bel { -vt }: { -vt-tel }, gratis, dag en nacht. Of praat met je huisarts.

phone =
    Kan iemand met je telefoon meekijken? Eerste stappen:
    - Zet "locatie delen" uit.
    - Typ stop om dit gesprek te wissen.
    - Verander wachtwoorden op een apparaat waar de ander nooit bij kon.
    Denk je dat er een spion-app op je telefoon staat? Haal die niet meteen weg. Dan is het bewijs weg en de ander kan het merken. Vraag eerst advies, bijvoorbeeld bij { -vt }: { -vt-tel }.

signals =
    Signalen zijn geen bewijs. Ze zijn een reden om goed te kijken en te vragen.
    Bij iemand die het thuis zwaar heeft, zie je bijvoorbeeld:
    - vaak moe of ziek
    - blauwe plekken of wondjes zonder uitleg
    - afspraken op het laatste moment afzeggen
    - anders doen als de partner erbij is
    - geen eigen geld hebben

signals-help =
    Kinderen die ruzie en geweld thuis zien of horen, worden daar net zo goed door geraakt als wanneer ze zelf geslagen worden.
    Twijfel je? Vraag advies bij { -vt }: { -vt-tel }, ook anoniem.

contacts =
    Wie kan helpen:
    - In gevaar: bel { -tel-112 }.
    - { -vt }: { -vt-tel }. Gratis, dag en nacht. Advies, ook anoniem. Voor wie het meemaakt, wie zich zorgen maakt en wie zelf te ver gaat.
    - Denk je aan zelfmoord: { -zp-tel } of { -zp-tel-free }.
    - Kinderen en jongeren: { -kt }, { -kt-tel }.
    - { -sh }: { -sh-tel }.
