# Hulp in de eigen gemeente. Een gemeente vervangt deze berichten in haar instance.

-local-name = Het wijkteam

opt-local = Hulp in mijn gemeente

local-help =
    Veel gemeenten hebben een wijkteam of sociaal team. Zij helpen ook met praktische zaken, zoals geld, schulden, opvoeding of zorg voor een ander.
    Op de website van je gemeente staat hoe je ze bereikt. Ook je huisarts of { -vt } ({ -vt-tel }) weet welke hulp er bij jou in de buurt is.

now-open =
    { $vt-chat ->
        [open] De chat van { -vt } in jouw regio hoort nu open te zijn.
        [closed] De chat van { -vt } is nu dicht. Bellen kan wel: { -vt-tel }, dag en nacht.
       *[unknown] De chat van { -vt } is meestal op werkdagen overdag open. Bellen kan altijd: { -vt-tel }, dag en nacht.
    }{ $local ->
        [open] { " " }{ -local-name } is nu open.
        [closed] { " " }{ -local-name } is nu dicht.
       *[unknown] {""}
    }
    In gevaar? Bel { -tel-112 }.
