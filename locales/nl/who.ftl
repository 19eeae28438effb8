# Wie kan helpen: de contactkaart, en wat er gebeurt als je Veilig Thuis belt.

contacts =
    Wie kan helpen:
    - In gevaar: bel { -tel-112 }.
    - { -vt }: { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem. Voor wie het meemaakt, wie zich zorgen maakt en wie zelf te ver gaat.
    - Denk je aan zelfmoord: { -zp-tel } of { -zp-tel-free }, dag en nacht.
    - Kinderen en jongeren van 8 tot 18: { -kt }, { -kt-tel }.
    - Slachtoffer of getuige van een misdrijf: { -sh }, { -sh-tel } (gewoon tarief).
    - Mannen: { -mm }. Hulp bij je telefoon: { -safetyned }.

contacts-vt =
    Als je { -vt } belt ({ -vt-tel }):
    - Je krijgt { -vt } in jouw regio. Gratis, dag en nacht.
    - Je mag anoniem blijven en alleen advies vragen. Jij bepaalt wat je vertelt.
    - Een melding is meer dan advies: je vraagt { -vt } om iets te doen. Een melding doe je door te bellen.
    - De chat op de website is helemaal anoniem. Daar kun je advies vragen, geen melding doen.
    - Na een melding kijkt { -vt } hoe veilig iedereen is. Dat heet een veiligheidsbeoordeling. Daarna besluit { -vt } welke stappen nodig zijn.
    Direct gevaar? Bel { -tel-112 }.

opt-contacts-vt = Wat gebeurt er als ik Veilig Thuis bel?
