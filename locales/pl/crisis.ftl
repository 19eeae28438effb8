# Odpowiedzi kryzysowe. Pierwsze zdanie to zawsze numer, pod który trzeba zadzwonić.
# Każda odpowiedź kryzysowa mówi, że Baken sam nie może wysłać pomocy (review S10).
# Nazwa albo numer nie jest odmieniany: piszemy "Zadzwoń: { -vt }, { -vt-tel }."

# Język infolinii: facts.md nie potwierdza żadnego języka poza niderlandzkim.
-dutch = Infolinie mogą odpowiadać po niderlandzku.

crisis-acute =
    Jeśli ty albo ktoś inny jest w niebezpieczeństwie, zadzwoń teraz: { -tel-112 }. Zawsze możesz zadzwonić, nawet jeśli nie masz pewności.
    Sam nie mogę wysłać pomocy. Dlatego zadzwoń sam lub sama: { -tel-112 }.
    Zawsze możesz wyjść z domu, żeby pójść w bezpieczne miejsce.
    Niebezpieczeństwo minęło? Zadzwoń: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. Możesz anonimowo poprosić o radę.
    { -dutch }

crisis-suicide =
    Myślisz o samobójstwie? Zadzwoń: { -zp-tel } albo { -zp-tel-free }. Bezpłatnie, w dzień i w nocy, anonimowo. Możesz też pisać na czacie.
    Nie musisz dźwigać tego sam ani sama.
    Martwisz się o kogoś innego albo ktoś grozi, że się zabije? Wtedy też możesz zadzwonić: { -zp-tel }. Oraz { -vt }: { -vt-tel }.
    { -dutch }
    Sam nie mogę wysłać pomocy. Grozi ci bezpośrednie niebezpieczeństwo? Zadzwoń: { -tel-112 }.

crisis-child =
    To, co dzieje się w domu, nie jest twoją winą.
    Zadzwoń albo napisz na czacie: { -kt }, { -kt-tel }. Bezpłatnie i anonimowo, dla dzieci i młodzieży od 8 do 18 lat.
    { -kt } jest zamknięty? Zadzwoń: { -vt }, { -vt-tel }, w dzień i w nocy. Dzieci też mogą tam dzwonić.
    { -dutch }
    Czy ktoś jest teraz krzywdzony? Zadzwoń: { -tel-112 }. Sam nie mogę wysłać pomocy.
    Powiedz też dorosłemu, któremu ufasz, na przykład wychowawcy, nauczycielowi albo trenerowi.

crisis-child-adult =
    Czy dziecko jest teraz krzywdzone? Zadzwoń: { -tel-112 }.
    Sam nie mogę wysłać pomocy. Zadzwoń, proszę, sam lub sama.
    Potem, albo jeśli nie masz pewności: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. Po radę i żeby zgłosić obawy o dziecko.
    Dziecko może też samo zadzwonić albo napisać: { -kt }, { -kt-tel }.
    { -dutch }
