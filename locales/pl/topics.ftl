# Tematy z przeglądu z listopada 2026: przemoc seksualna, zawiadomienie policji, zdjęcia, dokumenty,
# za granicą, ciąża, niepełnosprawność. Źródła dla każdego węzła: flows/SOURCES.md.

opt-me-groups = Mężczyźni, osoby starsze, przemoc w imię honoru, LGBT
opt-me-life = Dokumenty, za granicą, ciąża, niepełnosprawność
opt-sexual-violence = Seks wbrew mojej woli, gwałt
opt-images = Nagie zdjęcia albo filmy ze mną
opt-aangifte = Zawiadomienie policji o przestępstwie
opt-papers = Nie mam dokumentów pobytowych
opt-abroad = Jestem już za granicą
opt-pregnancy = Jestem w ciąży
opt-disability = Mam niepełnosprawność

me-groups =
    Pomoc jest dla każdego. Także dla mężczyzn, osób starszych i osób lesbijskich, gejowskich, bi albo trans. I gdy rodzina grozi ci z powodu „honoru”.
    Wybierz, co do ciebie pasuje. Możesz anonimowo poprosić o radę: { -vt }, { -vt-tel }. { -dutch }

me-life =
    Niektóre sytuacje jeszcze bardziej utrudniają proszenie o pomoc. Wtedy też jest pomoc.
    Wybierz, co do ciebie pasuje. Możesz anonimowo poprosić o radę: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. { -dutch }

sexual-violence =
    Ktoś cię zgwałcił albo napastował seksualnie? Albo zmusił do seksu? To nigdy nie jest twoja wina.
    Zadzwoń: { -csg } (lekarze, policja i doradcy razem), { -csg-tel }. Bezpłatnie, w dzień i w nocy, także dla bliskich.
    - To było mniej niż 7 dni temu? Zadzwoń jak najszybciej. Mogą udzielić pomocy medycznej i zabezpieczyć dowody.
    - Policja włącza się tylko, jeśli tego chcesz.
    - To było dawniej? Nadal możesz pójść do { -csg }.
    Dzieje się to w domu albo w związku? Zadzwoń też: { -vt }, { -vt-tel }. { -dutch } Zagrożenie? Zadzwoń: { -tel-112 }.

aangifte =
    Zawiadomienie policji (aangifte) oznacza: oficjalnie informujesz policję o przestępstwie. Ty decydujesz, czy to zrobisz.
    - Najpierw możesz poprosić o radę. { -sh } bezpłatnie pomaga ofiarom, także przy zawiadomieniu: { -sh-tel } (opłata lokalna).
    - { -vt } też doradza: { -vt-tel }, bezpłatnie, w dzień i w nocy.
    - Zawiadomienie składasz na policji. Nie pilne? Zadzwoń na policję: { -politie-tel }.
    - Nie masz dokumentów pobytowych? Mimo to możesz złożyć zawiadomienie.
    { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

images =
    Ktoś udostępnia twoje nagie zdjęcia albo filmy erotyczne? Albo grozi, że je udostępni? To nigdy nie jest twoja wina.
    - Nie płać i nie rób tego, czego chce druga osoba.
    - Zachowaj dowody: rób zrzuty ekranu, zapisuj daty i linki.
    - Zablokuj tę osobę.
    - Zgłoś to stronie albo aplikacji i policji.
    { -helpwanted } pomaga bezpłatnie i anonimowo, także w usuwaniu zdjęć: { -helpwanted-tel }, albo czat na ich stronie (także po angielsku).
    To partner albo były partner? Zadzwoń też: { -vt }, { -vt-tel }. { -dutch } Zagrożenie? Zadzwoń: { -tel-112 }.

papers =
    Nie masz dokumentów pobytowych? Albo twoje prawo pobytu zależy od partnera? Pomoc jest także dla ciebie.
    - Możesz zawiadomić policję, nawet bez dokumentów. Jako ofiara masz prawa, bez względu na status pobytowy.
    - Zasada brzmi: policja nie przekazuje cię do deportacji. W praktyce nie zawsze tak jest.
    - Dlatego najpierw poproś o anonimową radę: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }. Zawsze możesz zadzwonić.

abroad =
    Zostawiono cię za granicą? Albo zmuszają cię tam do małżeństwa?
    - Zadzwoń, gdy jesteś bezpieczny lub bezpieczna i nikt nie słyszy: { -bz-en }, { -bz-tel }. W dzień i w nocy.
    - Możesz też użyć WhatsAppa: { -bz-whatsapp }.
    - Nie pokazuj ludziom wokół, że szukasz pomocy.
    - Holenderskie numery 0800 nie są do dzwonienia z zagranicy.
    { -dutch }

abroad-before =
    Jesteś jeszcze w Holandii i boisz się wyjazdu?
    - Zrób kopie paszportu i dokumentów. Przechowuj je też w internecie.
    - Zapisz swoją historię i wyślij ją komuś, komu ufasz.
    - Powiedz zaufanej osobie, dokąd jedziesz i na jak długo.
    - Poproś o radę: { -vt }, { -vt-tel }. Możesz anonimowo. { -dutch }
    W niebezpieczeństwie w Holandii? Zadzwoń: { -tel-112 }.

pregnancy =
    Jesteś w ciąży? Przemoc ze strony partnera często zaczyna się albo nasila w czasie ciąży. To nie twoja wina.
    - Porozmawiaj o tym z położną albo lekarzem rodzinnym.
    - Poproś o radę: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. Możesz anonimowo. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

disability =
    Masz niepełnosprawność i potrzebujesz opieki innych? Wtedy łatwiej cię skrzywdzić. Na przykład komuś, kto cię rani albo zabiera ci pieniądze.
    Często to ktoś, z kim mieszkasz. To nie twoja wina.
    - Porozmawiaj z kimś, komu ufasz, na przykład z lekarzem albo kimś z opieki.
    - Poproś o radę: { -vt }, { -vt-tel }. Bezpłatnie, w dzień i w nocy. Możesz anonimowo. { -dutch }
    W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

opt-me-pressure = Druga osoba grozi samobójstwem

me-pressure =
    Partner albo były partner grozi samobójstwem, jeśli odejdziesz? Albo jeśli nie zrobisz tego, czego chce? To ogromna presja.
    Taka groźba może być też sposobem, żeby cię kontrolować. Nie odpowiadasz za to, co zrobi druga osoba.
    Martwisz się o tę osobę? { -zp } jest też dla osób, które martwią się o kogoś: { -zp-tel } albo { -zp-tel-free }.
    Poproś też o radę: { -vt }, { -vt-tel }, w dzień i w nocy. { -dutch } Czy ktoś jest teraz w niebezpieczeństwie? Zadzwoń: { -tel-112 }.

link-helpwanted = { -helpwanted }: pomoc przy nagich zdjęciach i nadużyciach w internecie
    .url = { -helpwanted-url }
