# Wat de webchat zelf zegt (zie src/web.rs), buiten de gesprekspaden.

web-quick-exit = Snel weg
web-quick-exit-hint = Snel weg (of de Esc-toets) opent meteen een weerbericht en wist dit gesprek.
web-log = Gesprek
web-you = Jij
web-input = Typ je bericht
web-send = Stuur
web-choices = Of kies
web-privacy =
    Baken bewaart geen cookies en geen gesprekken. Je browser onthoudt wel het adres van deze pagina in de geschiedenis.
    Kan iemand anders je telefoon of computer bekijken? Open Baken dan in een privévenster (incognito). Of wis daarna je geschiedenis.
web-too-long =
    Je bericht was te lang. Ik ben opnieuw begonnen. Stuur een korter bericht.
    In gevaar? Bel { -tel-112 }.
web-too-slow =
    Je bericht kwam niet goed aan. Ik ben opnieuw begonnen. Probeer het nog een keer.
    In gevaar? Bel { -tel-112 }.
web-not-found =
    Deze pagina bestaat niet. De chat begint op de eerste pagina van dit adres.
    In gevaar? Bel { -tel-112 }.
