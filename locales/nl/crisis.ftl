# Crisisantwoorden. De eerste zin is altijd het nummer om te bellen.

crisis-acute =
    Bel nu { -tel-112 } als jij of iemand anders in gevaar is. Dat mag altijd, ook als je twijfelt.
    Je mag altijd je huis uit gaan naar een veilige plek.
    Is het gevaar voorbij? Bel dan { -vt } op { -vt-tel }. Gratis, dag en nacht, ook anoniem.

crisis-suicide =
    Denk je aan zelfmoord? Bel { -zp-tel } of { -zp-tel-free }. Gratis, dag en nacht, en anoniem. Chatten kan ook.
    Je hoeft hier niet alleen mee te blijven.
    Ben je nu in direct gevaar? Bel { -tel-112 }.

crisis-child =
    Wat er thuis gebeurt, is niet jouw schuld.
    Bel of chat met { -kt }: { -kt-tel }. Gratis en anoniem, voor kinderen en jongeren van 8 tot 18.
    Wordt iemand nu pijn gedaan? Bel { -tel-112 }.
    Vertel het ook aan een volwassene die je vertrouwt, zoals een juf, meester of coach.

crisis-child-adult =
    Gebeurt het nu? Bel { -tel-112 }.
    Voor advies of een melding over een kind: bel { -vt } via { -vt-tel }. Gratis, dag en nacht.
    Ik ben een chatbot en kan zelf geen hulp sturen.
