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
