# Wat Baken zegt buiten de gesprekspaden.

not-understood =
    Ik begrijp niet precies wat je bedoelt, maar ik wil je wel helpen. Kies een onderwerp hieronder, of zeg het in andere woorden.
    In gevaar? Bel { -tel-112 }.
    Wil je met een mens praten? Bel { -vt }: { -vt-tel }. Gratis, dag en nacht.

non-text =
    Ik kan alleen tekst lezen. Foto's, spraakberichten en bestanden bekijk ik niet en bewaar ik niet.
    Stuur liever geen persoonlijke gegevens, zoals je naam of adres. Typ in een paar woorden wat er is.

empty-message = Ik zie geen woorden in je bericht. Typ in een paar woorden wat er is, of kies een nummer.

erased =
    Het gesprek is gewist. Ik weet niet meer waar je was.
    Verwijder ook de chat zelf in je app: houd de chat ingedrukt en kies verwijderen.
    In gevaar? Bel { -tel-112 }.

slow-down = Je stuurt veel berichten snel achter elkaar. Neem even de tijd, ik ben er nog. In gevaar? Bel { -tel-112 }.


not-offered =
    { $count ->
        [1] Kies 1, of typ wat er is.
       *[other] Kies 1 tot { $count }, of typ wat er is.
    }

deep-link-promise = Ik ben een chatbot. Typ stop om te wissen. In gevaar? Bel { -tel-112 }.

# De terminal (baken chat): eigen woorden waar de app-tekst over knoppen of de chat-app gaat.

console-help =
    Zo werkt Baken: typ het nummer van je keuze en druk op Enter. Je kunt ook gewoon typen wat er is.
    Deze woorden werken altijd:
    menu: terug naar het begin
    taal: andere taal
    stop of wis: dit gesprek wissen
    exit of quit: Baken afsluiten
    { -tel-112 }: als je in gevaar bent
    In gevaar? Bel { -tel-112 }.

console-erased =
    Het gesprek is gewist. Ik weet niet meer waar je was. Het scherm is leeggemaakt.
    Sluit ook dit venster als iemand kan meekijken.
    In gevaar? Bel { -tel-112 }.

console-how-to-quit = Typ exit of quit, of druk Ctrl-D, om Baken af te sluiten. Er blijft niets bewaard.

# Gezegd na een antwoord als iemand duidelijk in deze taal schreef, terwijl het gesprek in een andere taal is.
language-offer = Wil je verder in het Nederlands? Typ: nl
