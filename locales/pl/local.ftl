# Pomoc w twojej gminie. Gmina zastępuje te wiadomości w swojej instancji.

-local-name = Zespół dzielnicowy

opt-local = Pomoc w mojej gminie

local-help =
    Wiele gmin ma zespół dzielnicowy (wijkteam albo sociaal team). Pomagają też w sprawach praktycznych, takich jak pieniądze, długi, wychowanie albo opieka nad kimś.
    Jak się z nimi skontaktować, znajdziesz na stronie internetowej gminy. Twój lekarz rodzinny albo { -vt } ({ -vt-tel }) też wie, jaka pomoc jest blisko ciebie. { -dutch }

now-open =
    { $vt-chat ->
        [open] Czat { -vt } w twoim regionie powinien być teraz otwarty.
        [closed] Czat { -vt } jest teraz zamknięty. Zawsze możesz zadzwonić: { -vt-tel }, w dzień i w nocy.
       *[unknown] Czat { -vt } jest zwykle otwarty w dni robocze w ciągu dnia. Zawsze możesz zadzwonić: { -vt-tel }, w dzień i w nocy.
    }{ $local ->
        [open] { " " }{ -local-name }: teraz otwarte.
        [closed] { " " }{ -local-name }: teraz zamknięte.
       *[unknown] {""}
    }
    { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.
