# Kendi belediyende yardım. Bir belediye bu mesajları kendi örneğinde değiştirir.

-local-name = Mahalle ekibi

opt-local = Belediyemde yardım

local-help =
    Birçok belediyenin bir mahalle ekibi (wijkteam ya da sociaal team) var. Para, borç, çocuk yetiştirme ya da birine bakma gibi pratik konularda da yardım ederler.
    Onlara nasıl ulaşacağını belediyenin web sitesinde bulursun. Ev doktorun ya da { -vt } ({ -vt-tel }) da yakınında hangi yardım olduğunu bilir. { -dutch }

now-open =
    { $vt-chat ->
        [open] Bölgendeki { -vt } sohbeti (chat) şu anda açık olmalı.
        [closed] { -vt } sohbeti (chat) şu anda kapalı. Her zaman arayabilirsin: { -vt-tel }, gece gündüz.
       *[unknown] { -vt } sohbeti (chat) genellikle hafta içi gündüz açıktır. Her zaman arayabilirsin: { -vt-tel }, gece gündüz.
    }{ $local ->
        [open] { " " }{ -local-name }: şu anda açık.
        [closed] { " " }{ -local-name }: şu anda kapalı.
       *[unknown] {""}
    }
    { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.
