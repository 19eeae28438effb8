# Welkom, menu, hulp, taal, privacy. B1, korte berichten. Begin niet met het woord "geweld".

welcome-intro =
    Hoi, je chat met Baken. Ik ben een chatbot, geen mens.
    Ik geef uitleg en vertel wie je kan helpen als je je thuis niet veilig voelt. Voor jezelf of voor iemand anders.

    Voor Baken blijf je anoniem. Ik bewaar niet wat je typt, en geen naam of nummer. Ik onthoud waar je bent in dit gesprek. Dat vergeet ik na { $ttl } minuten zonder bericht.
    Let op: je chat-app zelf bewaart de berichten wel.
    Typ op elk moment stop om dit gesprek te wissen.
    Andere taal? Typ taal. English? Type en.
    In gevaar? Bel { -tel-112 }.

welcome-safe = Eerst even dit: kun je nu lezen zonder dat iemand kan meekijken?

opt-safe-yes = Ja, ik kan rustig lezen
opt-safe-no = Nee, iemand kan meekijken
opt-in-danger = Ik ben nu in gevaar

unsafe-now =
    Goed dat je voorzichtig bent.
    Kies hieronder "Wis dit gesprek", of typ stop. Dan haal ik mijn berichten weg waar dat kan.
    Kom terug als het veilig is. Ik ben er dag en nacht.
    In gevaar? Bel { -tel-112 }. Je mag altijd je huis uit gaan naar een veilige plek.

menu = Waar kan ik je mee helpen? Kies een onderwerp, of typ in je eigen woorden wat er is.

opt-me = Het gaat over mij
opt-worried = Ik maak me zorgen om iemand
opt-hurt = Ik ga zelf te ver, of ben bang dat ik dat doe
opt-phone = Telefoon en online veilig
opt-signals = Signalen herkennen
opt-contacts = Wie kan helpen?
opt-menu = Terug naar het menu
opt-privacy = Wat bewaart Baken?
opt-language = Taal / Language
opt-about-bot = Ben je een mens?
opt-erase = Wis dit gesprek
opt-safe-now = Ik ben nu veilig

help =
    Zo werkt Baken: tik op een knop of typ het nummer van je keuze. Je kunt ook gewoon typen wat er is.
    Deze woorden werken altijd:
    menu: terug naar het begin
    taal: andere taal
    stop of wis: dit gesprek wissen
    { -tel-112 }: dan laat ik zien wat je kunt doen
    Baken belt zelf niemand en kan geen hulp sturen. In gevaar? Bel zelf { -tel-112 }.

language = Kies je taal. / Choose your language.

about-bot =
    Ik ben een bot: een computerprogramma, geen mens. Geen mens leest je berichten, en ik vertel niemand iets.
    Wil je met een mens praten? Bel { -vt } op { -vt-tel }. Gratis, dag en nacht, en je mag anoniem blijven.
    Je kunt ook chatten met { -vt } via de website. Die chat is meestal op werkdagen overdag open.

privacy =
    Wat Baken bewaart: waar je bent in het gesprek en in welke taal. Niet wat je typt, niet je naam en niet je nummer. Na { $ttl } minuten zonder bericht vergeet ik ook dat.
    Baken telt ook hoe vaak een onderwerp wordt gekozen. Daarin staat niets over jou.
    Baken geeft niets door aan Veilig Thuis, de politie of wie dan ook. Jij beslist of je iemand belt.
    Let op: de berichten staan wel in je eigen chat-app. Soms ook op een tablet of computer waar die app op staat. Typ stop om dit gesprek te wissen, en verwijder daarna de chat zelf.
    In gevaar? Bel { -tel-112 }.

link-vt = Veilig Thuis (chat en informatie)
    .url = { -vt-url }
link-113 = { -zp } (chat)
    .url = { -zp-url }
link-kt = De Kindertelefoon (chat)
    .url = { -kt-url }
link-safetyned = SafetyNed: digitale veiligheid
    .url = { -safetyned-url }
link-mm = Mannen: anoniem contact via { -mm }
    .url = { -mm-url }

# Eén regel die de engine laat zien vóór een gewoon antwoord, als er misschien gevaar is.
caution-line = Ben je nu in gevaar? Bel { -tel-112 }.
