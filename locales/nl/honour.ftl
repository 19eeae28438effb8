# Eer, gedwongen trouwen, achterlating. Nooit de familie of bemiddelaars voorstellen.

honour =
    Word je bedreigd, opgesloten of gecontroleerd door je familie? Omdat je familie vindt dat je "de eer" van de familie kapotmaakt? Bijvoorbeeld door wie je als partner kiest, of omdat je weg wilt.
    Het kan gaan om dreigen, isoleren, slaan of gedwongen trouwen. Of om verstoten worden: je familie wil je niet meer kennen.
    Het gevaar kan van meerdere familieleden tegelijk komen. Ook als één persoon wordt opgepakt, is het gevaar niet altijd voorbij.

honour-help =
    Wat je kunt doen:
    - Praat er niet over met familie of vrienden van de familie. Ook niet met mensen uit de gemeenschap die willen bemiddelen. Dat kan het gevaar groter maken.
    - Bel { -vt }: { -vt-tel }. Daar werken deskundigen voor eer en familie. Gratis, dag en nacht. Advies vragen kan anoniem.
    - Doe je een melding (je vraagt { -vt } om iets te doen)? Dan kijkt { -vt } samen met de politie hoe groot het gevaar is.
    - Ben je jonger dan 18? Ook { -kt } helpt: { -kt-tel }.
    - Direct gevaar? Bel { -tel-112 }.

opt-honour-marriage = Gedwongen trouwen of achterlaten in het buitenland

honour-marriage =
    Ben je bang dat je moet trouwen met iemand die je familie kiest? Of dat je op vakantie in het buitenland wordt achtergelaten?
    - Ben je nog in Nederland? Vraag hulp vóór je vertrekt, niet pas erna.
    - Ben je al in het buitenland? Kies hieronder "Ik ben al in het buitenland".
    - Vertel het aan iemand die je vertrouwt en die buiten de familie staat. Vraag die persoon om niet met je familie te praten.
    - Bel { -vt }: { -vt-tel }, dag en nacht. Daar werken deskundigen.
    - Jonger dan 18? Bel of chat ook met { -kt }: { -kt-tel }.
    - Direct gevaar? Bel { -tel-112 }.

honour-worried =
    Maak je je zorgen om iemand die door familie wordt bedreigd of gecontroleerd, om "de eer"?
    - Praat alleen met die persoon zelf, als niemand anders erbij is.
    - Vertel het niet door aan familie, vrienden of de gemeenschap. Wel aan { -vt } of de politie.
    - Ga niet naar de familie, vrienden of kennissen, en zoek geen bemiddelaar. Dat kan het gevaar veel groter maken.
    - Vraag altijd advies bij { -vt }. Daar werken deskundigen voor deze situaties: { -vt-tel }.
    - Direct gevaar? Bel { -tel-112 }.
