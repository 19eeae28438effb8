# "Het gaat over mij": wie het zelf meemaakt.

me =
    Fijn dat je hier bent. Je hoeft niet zeker te weten of het "erg genoeg" is.
    Wat er ook gebeurt: het is nooit jouw schuld. Wie slaat, bedreigt of controleert, is zelf verantwoordelijk voor dat gedrag.
    Advies vragen kan anoniem: { -vt }, { -vt-tel }. Gratis, dag en nacht. In gevaar? Bel { -tel-112 }.
    Waar wil je meer over weten?

opt-me-forms = Is dit normaal?
opt-me-options = Wat kan ik doen?
opt-young = Ik ben jonger dan 18
opt-me-more = Meer onderwerpen: mannen, ouderen, eer, papieren
opt-me-cycle = Het gebeurt steeds weer
opt-me-stalking = Mijn ex laat me niet met rust
opt-me-redflags = Wanneer moet ik meteen bellen?
opt-me-fault = Is het mijn schuld?
opt-me-safetyplan = Een veiligheidsplan maken
opt-me-stay = Ik blijf (nog) thuis
opt-me-leave = Ik wil weg
opt-me-huisverbod = Moet de ander het huis uit? (huisverbod)
opt-me-shelter = Opvang: waar kan ik heen?
opt-me-men = Ik ben een man
opt-me-lgbti = Ik ben lesbisch, homo, bi of trans
opt-older = Ouderen en zorg
opt-honour = Familie, eer of gedwongen trouwen
opt-me-money = Iemand pakt mijn geld
opt-me-family = Mijn kind of familielid doet me pijn
opt-phone-safe = Mijn telefoon veilig maken

me-forms =
    Ruzie komt in veel relaties voor. Maar het is niet normaal als je bang bent voor je partner, je ex of iemand uit je familie.
    Het kan op veel manieren gebeuren:
    - slaan, duwen, schoppen
    - kleineren, uitschelden, bedreigen
    - je geld afpakken of bepalen wat je uitgeeft
    - je dwingen tot seks
    - je volgen of lastigvallen, ook online
    Het gaat om de relatie, niet om de plek. Het hoeft niet thuis te gebeuren.

me-forms-control =
    Soms is het een patroon. De ander is jaloers, controleert je en maakt je klein. Of houdt je weg bij vrienden en familie. Soms is een dreiging al genoeg om je bang te maken. Dat heet dwingende controle. Het is ernstig, ook als er niet geslagen wordt.
    Twijfel je? Vraag advies bij { -vt }: { -vt-tel }. Je hoeft niet te bewijzen dat het erg genoeg is.
    In gevaar? Bel { -tel-112 }.

me-cycle =
    Vaak gaat het in een cirkel:
    - de spanning loopt op
    - er gebeurt iets ergs
    - daarna komen excuses en beloftes: "Het gebeurt nooit meer." Soms vraagt de ander je om het geheim te houden.
    - dan volgt een fijne tijd, met aandacht of cadeaus
    - en dan loopt de spanning weer op.
    Het stopt meestal niet vanzelf. Het komt vaak terug. Dat ligt niet aan jou.
    { -vt } denkt met je mee: { -vt-tel }. Advies vragen kan anoniem.
    In gevaar? Bel { -tel-112 }.

me-fault =
    Nee. Het is nooit jouw schuld. Wie geweld gebruikt, is zelf verantwoordelijk voor dat gedrag. Het geweld van de ander is nooit jouw schuld. Ook niet als er eerst ruzie was, of als je iets terugdeed.
    Veel mensen schamen zich, of zijn bang voor wat er gebeurt als ze het vertellen. Dat is begrijpelijk. Je bent niet de enige: het gebeurt in veel gezinnen.
    Praten kan zonder je naam te noemen: { -vt }, { -vt-tel }.
    In gevaar? Bel { -tel-112 }.

me-redflags =
    Sommige signalen betekenen: er is veel gevaar. Bijvoorbeeld:
    - de ander heeft ooit je keel dichtgeknepen of je gewurgd
    - er is een wapen, of de ander dreigt met een wapen
    - de ander dreigt jou of de kinderen iets aan te doen
    - de controle en jaloezie worden steeds erger
    - je wilt weg, en de ander is jaloers of controleert je
    - een ex blijft je volgen
    Dit is geen test. Herken je iets? Bel { -tel-112 } als het nu gevaarlijk is. Anders: bel vandaag nog { -vt }, { -vt-tel }.

me-options =
    Jij beslist wat je doet. Er is hulp als je blijft, en als je weg wilt.
    Veel mensen beginnen met een gesprek met { -vt }: { -vt-tel }. Gratis, dag en nacht, en je mag anoniem blijven. Samen kun je een veiligheidsplan maken.
    In gevaar? Bel { -tel-112 }.
    Waar wil je meer over weten?

me-stay =
    Je hoeft niet weg om hulp te krijgen. Ook als je blijft, kun je werken aan je veiligheid.
    - Maak een veiligheidsplan, samen met { -vt }.
    - Wat helpt je nu al om veilig te zijn? En wie kan je helpen: iemand die je vertrouwt en die je kunt bellen?
    - Wordt het gevaarlijk? Bel { -tel-112 }. Je mag altijd je huis uit gaan naar een veilige plek.
    { -vt } helpt ook als je blijft: { -vt-tel }, dag en nacht.

me-leave =
    Weggaan is een grote stap. Let op: als de ander jaloers is of je controleert, is de tijd rond het weggaan juist extra gevaarlijk. Dan is extra bescherming nodig.
    Maak daarom eerst een veiligheidsplan met { -vt }: { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem.
    Je hoeft niet alles zelf te regelen. Er is opvang voor vrouwen en voor mannen.
    Is het nu gevaarlijk? Bel { -tel-112 }.

me-safetyplan =
    Een veiligheidsplan is een plan voor als het onveilig wordt. Je maakt het samen met { -vt } of een hulpverlener. Er staat bijvoorbeeld in:
    - welke momenten onveilig zijn
    - wat jou beschermt, en wie je kan helpen
    - wat je afspreekt, en met wie
    - wie het plan in de gaten houdt
    Verandert er iets? Pas het plan dan aan.
    Hulp bij je plan: { -vt }, { -vt-tel }, dag en nacht.

me-safetyplan-digital =
    Denk in je plan ook aan je telefoon en internet. Zet bijvoorbeeld "locatie delen" uit. Meer tips staan bij "Mijn telefoon veilig maken" en bij { -safetyned }.
    In gevaar? Bel { -tel-112 }.

me-shelter =
    Moet je weg en kun je nergens veilig heen? Er is opvang voor vrouwen en voor mannen.
    { -vt } kan je helpen en doorverwijzen naar opvang: { -vt-tel }, dag en nacht.
    { -vt } helpt je opvang te vinden. Mannen kunnen ook anoniem contact opnemen via { -mm }.
    Direct gevaar? Bel { -tel-112 }. Je mag altijd je huis uit gaan naar een veilige plek.

me-huisverbod =
    Een huisverbod betekent: wie het gevaar veroorzaakt, moet het huis uit. Dan kun jij thuis blijven.
    - De burgemeester legt het huisverbod op.
    - Het geldt 10 dagen. Blijft het gevaarlijk, dan kan het langer: tot 4 weken.
    - In die tijd mag die persoon niet naar huis komen en geen contact opnemen met wie daar woont.
    - In die dagen is er hulp, voor jou, voor de kinderen en ook voor de ander.
    Heb jij zelf een huisverbod gekregen? Ook voor jou is er hulp in die 10 dagen: { -vt }, { -vt-tel }.
    Vraag { -vt } wat er kan: { -vt-tel }. Direct gevaar? Bel { -tel-112 }.

me-stalking =
    Blijft je ex je volgen, opwachten of berichten sturen? Of valt die je kinderen, familie of collega's lastig? Dat heet stalking. Stalking is strafbaar.
    Stalking door een ex is gevaarlijker dan door een onbekende, en duurt vaak langer. Neem het serieus.
    - Schrijf op wat er gebeurt: datum, tijd en wat er gebeurde. Doe dat op papier, of op een apparaat waar de ander niet bij kan.
    - Bewaar berichten en maak schermafbeeldingen.
    - Het kan ook via je telefoon of internet gaan: kijk bij "Mijn telefoon veilig maken".
    Advies: { -vt }, { -vt-tel }. Direct gevaar? Bel { -tel-112 }.

me-more =
    Hulp is er voor iedereen: voor vrouwen en mannen, jong en oud, in elke soort relatie en familie.
    Kies wat bij jou past. Advies vragen kan anoniem: { -vt }, { -vt-tel }.

me-men =
    Ook mannen kunnen slachtoffer zijn van een partner of ex. Dat wordt niet altijd gezien, en de schaamte kan groot zijn. Je verdient net zo goed hulp.
    Via { -mm } kun je anoniem contact opnemen met organisaties die hulp en opvang bieden aan mannen.
    { -vt } is er ook voor jou: { -vt-tel }, gratis, dag en nacht. In gevaar? Bel { -tel-112 }.

me-lgbti =
    Ben je lesbisch, homo, bi, trans of queer? Ook in jouw relatie of familie kan dit gebeuren.
    Uit onderzoek blijkt dat lesbische vrouwen, homo's, bi's en transgender personen er zelfs vaker mee te maken hebben. Bi-vrouwen en homomannen worden ook vaker online seksueel lastiggevallen.
    Alle hulp hier is ook voor jou. { -vt }: { -vt-tel }, gratis, dag en nacht. Advies vragen kan anoniem.
    In gevaar? Bel { -tel-112 }.

me-money =
    Pakt iemand je geld af, bepaalt een ander over jouw geld, of bestelt iemand dingen op jouw naam? Dat heet financieel misbruik. Het kan door een partner of ex, maar ook door een kind of iemand die voor je zorgt. Het overkomt vaak mensen die afhankelijk zijn van anderen.
    - Het is niet jouw schuld.
    - Praat erover met iemand die je vertrouwt, of met je huisarts.
    - Vraag advies bij { -vt }: { -vt-tel }. Dat kan anoniem.
    Direct gevaar? Bel { -tel-112 }.

me-family =
    Doet je kind, broer, zus of een ander familielid je pijn, bedreigt die je of pakt die je geld af? Ook dat is huiselijk geweld. Het gaat om de relatie, niet om leeftijd of plek.
    Het is niet jouw schuld, en je hoeft het niet alleen op te lossen. Je mag hulp vragen, ook als je van diegene houdt of voor diegene zorgt. Hulp vragen is geen straf voor de ander: het is een eerste stap naar iets beters.
    Vraag advies bij { -vt }: { -vt-tel }. Dat kan anoniem. In gevaar? Bel { -tel-112 }.
