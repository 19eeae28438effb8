# Signalen: bij wie het meemaakt, bij wie geweld gebruikt, bij kinderen. Geen score.

signals =
    Signalen zijn geen bewijs. Een vermoeden hoeft niet te kloppen. Maar het is een reden om goed te kijken, je zorgen te bespreken en advies te vragen. Ook een onderbuikgevoel telt.
    Advies vragen kan anoniem: { -vt }, { -vt-tel }.
    Bij wie wil je signalen zien?

opt-signals-victim = Bij iemand die het meemaakt
opt-signals-user = Bij iemand die geweld gebruikt
opt-signals-child = Bij kinderen

signals-victim =
    Mogelijke signalen bij iemand die het meemaakt:
    - vaak moe of ziek
    - blauwe plekken of wondjes, zonder duidelijke uitleg
    - bedekkende kleding
    - onrustig, bang of somber
    - doet anders als de partner erbij is
    - is moeilijk alleen te spreken
    - zegt afspraken op het laatste moment af
    - heeft geen eigen geld, of schulden
    Eén signaal zegt niet alles. Verzamel wat je ziet en bespreek je zorgen. Advies: { -vt }, { -vt-tel }.
    Is iemand nu in gevaar? Bel { -tel-112 }.

signals-user =
    Mogelijke signalen bij iemand die geweld gebruikt:
    - speelt de baas over de partner
    - heeft kritiek op de partner waar anderen bij zijn
    - is extreem jaloers of bezitterig
    - scheldt of schreeuwt tegen de partner
    - houdt vrienden en familie weg bij de partner
    - geeft de partner de schuld van eigen problemen
    - behandelt huisdieren slecht
    Herken je dit bij jezelf? Dat is moedig. Er is hulp: { -vt }, { -vt-tel }.

signals-child =
    Ruzie en geweld zien of horen doet kinderen net zoveel pijn als zelf geslagen worden.
    Mogelijke signalen bij kinderen:
    - vaak niet op school zijn
    - bang, of juist heel erg zorgen voor een ouder
    - schuldgevoel, of klem zitten tussen de ouders
    - problemen met gevoelens of gedrag
    Een kind heeft een volwassene nodig die naast hem of haar staat. Advies: { -vt }, { -vt-tel }. Voor kinderen zelf: { -kt }, { -kt-tel }.
    Wordt een kind nu pijn gedaan? Bel { -tel-112 }.
