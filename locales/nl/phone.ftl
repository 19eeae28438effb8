# Telefoon en online veilig.

phone =
    Kan iemand meekijken op je telefoon, of weet iemand steeds waar je bent? Dat komt vaak voor.
    Denk je dat er een spion-app op je telefoon staat? Dan kan de ander misschien ook dit gesprek zien. Gebruik als het kan een andere telefoon of computer.
    Eerst dit: doe alleen iets als het veilig is. Sommige stappen kan de ander merken. Twijfel je? Vraag eerst advies bij { -vt } ({ -vt-tel }) of bij { -safetyned }, dat mensen helpt bij digitale stalking.
    In gevaar? Bel { -tel-112 }.
    Waar wil je meer over weten?

opt-phone-location = Iemand weet waar ik ben
opt-phone-spyware = Staat er een spion-app op mijn telefoon?
opt-phone-accounts = Wachtwoorden en accounts
opt-phone-erase = Dit gesprek en de chat wissen

phone-location =
    Weet iemand steeds waar je bent?
    - Kijk of "locatie delen" aan staat, in je telefoon en in je apps. Zet het uit als dat veilig kan.
    - Er bestaan kleine GPS-trackers. Die worden bijvoorbeeld verstopt onder een auto, in een tas of in een knuffel van een kind.
    - Kan iemand in je OV-chipkaart-account? Dan kan die zien waar je reist.
    - Ook slimme apparaten thuis, zoals camera's, kunnen meekijken.
    Vind je iets? Vraag advies voordat je het weghaalt: { -vt }, { -vt-tel }, of { -safetyned }.
    In gevaar? Bel { -tel-112 }.

phone-spyware =
    Tekenen van een spion-app (stalkerware):
    - je batterij is snel leeg
    - je telefoon gebruikt veel meer data dan normaal
    - een app die je niet kent, bij batterij- of datagebruik
    - apps die rechten voor "Toegankelijkheid" hebben, terwijl jij die niet gaf
    Meestal zet iemand die je telefoon in handen had, de app erop. Een pincode die de ander niet kent, helpt. Installeer apps alleen uit de officiële app-winkel.
    In gevaar? Bel { -tel-112 }.

phone-spyware-remove =
    Belangrijk: haal zo'n app niet meteen weg. Dan is het bewijs weg, en de ander kan merken dat je het weet.
    Vraag eerst advies. Schrijf op wat er gebeurt: op papier, of op een apparaat waar de ander niet bij kan.
    Zet je je telefoon terug naar de fabrieksinstellingen? Dan is de app weg. Maar ook al je foto's, berichten en bewijs.
    Advies: { -vt }, { -vt-tel }, of { -safetyned }.

phone-accounts =
    Kan de ander in je accounts?
    - Verander je wachtwoorden op een apparaat waar de ander nooit bij kon.
    - Kijk bij elk account welke apparaten zijn ingelogd.
    - Denk aan gedeelde accounts: e-mail, agenda, de cloud met je foto's, en ook DigiD.
    - Gebruik een pincode die de ander niet kent.
    Twijfel je of het veilig is om iets te veranderen? Vraag eerst advies bij { -vt } ({ -vt-tel }) of { -safetyned }.
    In gevaar? Bel { -tel-112 }.

phone-erase =
    Zo wis je dit gesprek:
    - Typ stop, of kies hieronder "Wis dit gesprek". Baken vergeet dan waar je was, en haalt berichten weg waar je chat-app dat toestaat.
    - Verwijder daarna de chat zelf in je app: houd de chat ingedrukt en kies verwijderen.
    - Staat je chat-app ook op een tablet of computer? Kijk daar ook.
    Baken bewaart zelf niet wat je typt. In gevaar? Bel { -tel-112 }.
