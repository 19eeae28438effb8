# "Ik ga zelf te ver, of ben bang dat ik dat doe". Eerlijk, zonder te beschuldigen.

hurt =
    Goed dat je dit opzoekt. Dat is een eerste stap.
    Eerst eerlijk: Baken bewaart niet wat je typt en vertelt niemand iets. Ik ben een bot, geen hulpverlener.
    Jij bent verantwoordelijk voor je eigen gedrag. Dat betekent ook: jij kunt het veranderen. Veel mensen die te ver gaan, schamen zich of voelen zich schuldig. Hulp is er ook voor jou: { -vt }, { -vt-tel }.
    Is iemand nu in gevaar? Bel { -tel-112 }.
    Waar wil je mee beginnen?

opt-hurt-timeout = De spanning loopt nu op
opt-hurt-ladder = Hoe loopt het bij mij op?
opt-hurt-kids = Wat doet het met de kinderen?
opt-hurt-help = Welke hulp is er voor mij?
opt-hurt-parent = Ik verlies mijn geduld met mijn kind
opt-hurt-self = Ik herken dit bij mezelf

hurt-timeout =
    Neem nu een time-out:
    - Stop. Zeg: "Ik neem een time-out. Ik kom terug als ik rustig ben."
    - Ga weg uit de kamer, of naar buiten. Loop een stuk.
    - Drink geen alcohol en gebruik geen drugs. Alcohol en drugs maken het moeilijker om jezelf af te remmen.
    - Kom pas terug als je echt rustig bent. Praat dan verder.
    Lukt het niet om te stoppen? Bel { -vt }: { -vt-tel }, dag en nacht. Ook voor wie zelf te ver gaat.
    Is iemand in gevaar? Bel { -tel-112 }.

hurt-ladder =
    Woede komt meestal niet uit het niets. Vaak gaat het als een ladder omhoog: frustratie, irritatie, boosheid, woede, razernij. Bovenaan kun je niet meer goed nadenken.
    Stop dus zo laag mogelijk op de ladder.
    Vaak voorkomende triggers:
    - je oneerlijk behandeld voelen
    - je niet gerespecteerd voelen
    - je niet gezien of gehoord voelen
    - je machteloos voelen
    Welke tekens merk jij bij jezelf? Herken ze, en neem dan een time-out. Hulp daarbij: { -vt }, { -vt-tel }.
    Is iemand nu in gevaar? Bel { -tel-112 }.

hurt-kids =
    Kinderen merken meer dan je denkt. Ze voelen de spanning, horen de ruzies en zien de gevolgen. Ook als ze niets lijken te merken.
    Geweld zien of horen raakt kinderen net zo hard als zelf geslagen worden. Ze lopen meer kans op problemen, en later op geweld in hun eigen leven.
    Dat is zwaar om te lezen. Het betekent ook: als jij verandert, helpt dat je kinderen.
    Hulp, ook voor ouders: { -vt }, { -vt-tel }.
    Is je kind nu in gevaar? Bel { -tel-112 }.

hurt-parent =
    Opvoeden kan heel zwaar zijn, zeker met stress, geldzorgen of andere problemen. Dat je dit opzoekt, laat zien dat je het anders wilt.
    - Loopt het op? Zorg dat je kind veilig is en neem afstand tot je rustig bent.
    - Vraag hulp. Dat is geen falen. Bijvoorbeeld bij je huisarts, het wijkteam of het jeugdteam.
    - Of bel { -vt }: { -vt-tel }, dag en nacht. Advies vragen kan anoniem.
    Is je kind nu in gevaar? Bel { -tel-112 }.

hurt-help =
    Er is hulp voor wie te ver gaat:
    - { -vt }: { -vt-tel }, gratis, dag en nacht. Ook voor wie zelf geweld gebruikt. Je kunt eerst anoniem advies vragen.
    - Je huisarts.
    - Cursussen en trainingen om anders met boosheid om te gaan. Die verschillen per regio. Vraag { -vt }, je huisarts of het wijkteam wat er bij jou in de buurt is.
    Let op: is je partner bang voor je, of controleer je je partner? Dan is relatietherapie samen niet de goede plek om te beginnen. Zoek eerst hulp voor jezelf.
    Is iemand nu in gevaar? Bel { -tel-112 }.
