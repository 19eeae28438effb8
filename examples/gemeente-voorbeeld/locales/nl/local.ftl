# Berichten die de landelijke tekst vervangen voor Gemeente Voorbeeld (fictief).

local-help =
    In Gemeente Voorbeeld helpt { -local-name }: bel { -local-tel }, op werkdagen. Je kunt ook langskomen.
    Zij helpen ook met geld, schulden, opvoeding en zorg voor een ander.

opt-local-practical = Praktische hulp (geld, schulden)

local-practical =
    Geldzorgen of schulden? { -local-debt } helpt gratis. Bel { -local-tel } en vraag naar { -local-debt }.
    Spanning thuis en geldzorgen gaan vaak samen. Je mag over allebei praten.
    Is het thuis niet veilig? Bel { -vt }: { -vt-tel }, dag en nacht. In gevaar? Bel { -tel-112 }.
