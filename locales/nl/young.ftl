# Kinderen en jongeren: eenvoudige woorden.

young =
    Fijn dat je hier bent. Wat er thuis of in je relatie gebeurt, is niet jouw schuld.
    Je kunt gratis en anoniem bellen of chatten met { -kt }: { -kt-tel }. Voor kinderen en jongeren van 8 tot 18.
    Is { -kt } dicht? Bel { -vt }: { -vt-tel }, dag en nacht. Ook kinderen mogen daar bellen.
    Wordt iemand nu pijn gedaan? Bel { -tel-112 }.
    Waar gaat het over?

opt-young-home = Thuis is het niet fijn of niet veilig
opt-young-dating = Mijn vriendje of vriendinnetje doet rot
opt-young-marriage = Ik moet trouwen of in het buitenland blijven
opt-young-more = Meer voor jongeren
opt-young-tell = Hoe vertel ik het?
opt-young-self = Ik ben zelf jonger dan 18

young-home =
    Is er vaak ruzie thuis? Slaat, schreeuwt of dreigt iemand? Dat is heel naar. Ook als je het alleen ziet of hoort, doet het pijn.
    Jij hoeft het niet op te lossen, en het is niet jouw schuld.
    - Praat erover met een volwassene die je vertrouwt, zoals je mentor, docent, trainer, juf of meester.
    - Bel of chat met { -kt }: { -kt-tel }. Gratis, en niemand hoeft te weten wie je bent.
    - Is { -kt } dicht? Bel { -vt }: { -vt-tel }, dag en nacht.
    - Wordt iemand nu pijn gedaan? Bel { -tel-112 }.

young-dating =
    Doet je vriendje of vriendinnetje je pijn? Dwingt die je tot dingen die je niet wilt, zoals seks? Of wil die steeds weten waar je bent en met wie je praat? Dat is niet oké, ook niet als die zegt dat het uit liefde is.
    - Het is niet jouw schuld.
    - Vertel het aan iemand die je vertrouwt.
    - Bel of chat met { -kt }: { -kt-tel }. Ben je 18 of ouder? Bel { -vt }: { -vt-tel }.
    - In gevaar? Bel { -tel-112 }.

young-marriage =
    Ben je bang dat je moet trouwen met iemand die je niet zelf kiest? Of dat je op vakantie in het buitenland moet blijven?
    - Vraag hulp vóór de reis, niet pas erna.
    - Vertel het aan iemand die je vertrouwt, buiten je familie. Bijvoorbeeld je mentor. Vraag die persoon om niet met je familie te praten.
    - Bel of chat met { -kt }: { -kt-tel }. Of bel { -vt }: { -vt-tel }. Daar werken mensen die hier veel van weten.
    - In gevaar? Bel { -tel-112 }.

young-tell =
    Het kan moeilijk zijn om het te vertellen. Zo kan het:
    - Kies iemand die je vertrouwt: je mentor, een docent, je trainer of iemand van het jongerenwerk.
    - Je kunt zeggen: "Het gaat thuis niet goed. Kan ik met je praten?"
    - Vind je het eng? Praat dan eerst met { -kt }: { -kt-tel }, of chat via de website.
    - Is { -kt } dicht? Bel { -vt }: { -vt-tel }, dag en nacht.
    Helpt de eerste persoon niet? Dan mag je het aan iemand anders vertellen. Jij verdient hulp.
    Wordt iemand nu pijn gedaan? Bel { -tel-112 }.
