# Crisisantwoorden. De eerste zin is altijd het nummer om te bellen.
# Elk crisisantwoord zegt dat Baken zelf geen hulp kan sturen (review S10).

crisis-acute =
    Bel nu { -tel-112 } als jij of iemand anders in gevaar is. Dat mag altijd, ook als je twijfelt.
    Ik kan zelf geen hulp sturen. Bel dus zelf { -tel-112 }.
    Je mag altijd je huis uit gaan naar een veilige plek.
    Is het gevaar voorbij? Bel dan { -vt } op { -vt-tel }. Gratis, dag en nacht. Advies vragen kan anoniem.

crisis-suicide =
    Denk je aan zelfmoord? Bel { -zp-tel } of { -zp-tel-free }. Gratis, dag en nacht, en anoniem. Chatten kan ook.
    Je hoeft hier niet alleen mee te blijven.
    Maak je je zorgen om iemand anders, of dreigt iemand met zelfmoord? Ook dan kun je { -zp-tel } bellen. En { -vt }: { -vt-tel }.
    Ik kan zelf geen hulp sturen. Ben je nu in direct gevaar? Bel { -tel-112 }.

crisis-child =
    Wat er thuis gebeurt, is niet jouw schuld.
    Bel of chat met { -kt }: { -kt-tel }. Gratis en anoniem, voor kinderen en jongeren van 8 tot 18.
    Is { -kt } dicht? Bel { -vt }: { -vt-tel }, dag en nacht. Ook kinderen mogen daar bellen.
    Wordt iemand nu pijn gedaan? Bel { -tel-112 }. Ik kan zelf geen hulp sturen.
    Vertel het ook aan een volwassene die je vertrouwt, zoals je mentor, docent of coach.

crisis-child-adult =
    Wordt een kind nu pijn gedaan? Bel { -tel-112 }.
    Ik kan zelf geen hulp sturen. Bel dus zelf.
    Daarna, of als je twijfelt: bel { -vt } op { -vt-tel }. Gratis, dag en nacht. Voor advies en om een zorg over een kind te melden.
    Het kind kan zelf ook bellen of chatten met { -kt }: { -kt-tel }.
