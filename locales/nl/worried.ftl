# "Ik maak me zorgen om iemand": buren, vrienden, familie, collega's.

worried =
    Goed dat je je zorgen serieus neemt. Je hoeft niet zeker te weten wat er speelt. Een vermoeden hoeft niet te kloppen. Ook een onderbuikgevoel telt.
    Denk je dat iemand nu in gevaar is? Bel { -tel-112 }.
    Twijfel je wat je kunt doen? Bel { -vt } voor advies: { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem, ook als buur, vriend, familielid of collega.

opt-worried-talk = Hoe begin ik een gesprek?
opt-worried-do = Wat kan ik doen, en wat niet?
opt-worried-who = Het gaat om een kind, oudere of eer
opt-child-now = Een kind wordt nu pijn gedaan
opt-worried-child = Een kind
opt-worried-older = Een oudere of iemand die zorg nodig heeft
opt-honour-worried = Iemand die door familie wordt bedreigd (eer)
opt-worried-self-hurt = Ik ben bang dat ik zelf te ver ga

worried-talk =
    Zo kun je een gesprek beginnen:
    - Zoek een moment dat je de persoon alleen spreekt, zonder de partner erbij.
    - Begin bij wat je zelf ziet: "Je lijkt de laatste tijd zo moe. Ik maak me zorgen. Hoe gaat het met je?"
    - Stel open vragen en luister. Beschuldig niemand.
    - Geef geen druk. Iemand schaamt zich misschien, of is bang. Misschien is die nog niet klaar voor hulp.
    - Laat weten dat je er bent, ook later.
    Vertel ook over { -vt }: { -vt-tel }, gratis. Advies vragen kan anoniem.
    Is iemand nu in gevaar? Bel { -tel-112 }.

worried-do =
    Wat je kunt doen:
    - Blijf in contact en luister.
    - Bied hulp aan, maar laat de keuzes bij de ander.
    - Schrijf op wat je ziet of hoort, met de datum.
    - Vraag zelf advies bij { -vt }: { -vt-tel }. Die denkt met je mee. Ook over een melding: dan vraag je { -vt } om iets te doen.

worried-dont =
    Wat je beter niet doet:
    - De twee samen aanspreken.
    - De pleger zelf aanspreken. Dat kan het gevaarlijker maken.
    - Zelf tussen twee mensen gaan die vechten. Bel { -tel-112 }.
    - Bij eer: de familie, vrienden of de gemeenschap erbij halen. Dat kan heel gevaarlijk zijn.
    Begrip voor iemands situatie is geen reden om niets te doen. Gebeurt het nu? Bel { -tel-112 }.

worried-who =
    Over wie maak je je zorgen? Kies hieronder.
    Twijfel je? { -vt } geeft advies over kinderen en volwassenen: { -vt-tel }.

worried-child =
    Ruzie en geweld zien of horen doet kinderen net zoveel pijn als zelf geslagen worden.
    - Vraag advies bij { -vt }: { -vt-tel }. { -vt } is er ook voor zorgen om kinderen. Advies vragen kan anoniem.
    - Vertelt een kind je ineens iets? Neem het serieus en vraag dezelfde dag nog advies.
    - Beloof niet dat je het geheim houdt.
    - Spreek de ouders er niet zelf op aan. Vraag eerst advies.
    - Een kind kan zelf gratis en anoniem bellen of chatten met { -kt }: { -kt-tel }.
    - Wordt een kind nu pijn gedaan? Bel { -tel-112 }.
