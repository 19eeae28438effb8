# Wat Baken zelf zegt in Matrix (zie src/matrix.rs), buiten de gesprekspaden.

matrix-direct-only =
    Baken werkt alleen in een privégesprek met één persoon, niet in een groep. Ik verlaat deze chat.
    Wil je iets vragen? Begin dan een privégesprek met mij. In gevaar? Bel { -tel-112 }.

matrix-delete-chat =
    Ik heb mijn berichten gewist, en die van jou waar dat kon, en ik verlaat deze chat.
    Verwijder de chat ook zelf. In Element: open de chat, tik op de naam bovenaan en kies Verlaten.
    Eerlijk is eerlijk: de server kan gewiste berichten nog een tijd bewaren (standaard tot 7 dagen).
    Je kunt altijd terugkomen. In gevaar? Bel { -tel-112 }.

matrix-delete-chat-failed =
    Ik kon niet alle berichten wissen: deze chat staat het mij niet toe. Wat je schreef en wat ik antwoordde, is dus nog te zien.
    Verwijder de chat daarom zelf, en ook de berichten erin als dat kan. In Element: open de chat, tik op de naam bovenaan en kies Verlaten.
    Ik verlaat deze chat nu. Je kunt altijd terugkomen. In gevaar? Bel { -tel-112 }.

matrix-undecryptable =
    Ik kon je laatste bericht niet lezen (het was versleuteld met een sleutel die ik niet heb).
    Stuur het nog een keer, of typ menu. In gevaar? Bel { -tel-112 }.
