# Kasım 2026 incelemesinden konular: cinsel şiddet, suç duyurusu, görüntüler, belgeler, yurt dışı,
# hamilelik, engellilik. Her düğümün kaynakları: flows/SOURCES.md.

opt-me-groups = Erkekler, yaşlılar, namus şiddeti, LGBT
opt-me-life = Belgeler, yurt dışı, hamilelik, engellilik
opt-sexual-violence = İstemediğim seks, tecavüz
opt-images = Benim çıplak fotoğraflarım ya da videolarım
opt-aangifte = Polise suç duyurusu yapmak
opt-papers = Oturum belgem yok
opt-abroad = Zaten yurt dışındayım
opt-pregnancy = Hamileyim
opt-disability = Engelliyim

me-groups =
    Herkes için yardım var. Erkekler için de, yaşlılar için de, lezbiyen, gey, biseksüel ya da trans insanlar için de. Ve ailen seni "namus" yüzünden tehdit ediyorsa.
    Sana uyanı seç. Adını vermeden danışabilirsin: { -vt }, { -vt-tel }. { -dutch }

me-life =
    Bazı durumlar yardım istemeyi daha da zorlaştırır. O zaman da yardım var.
    Sana uyanı seç. Adını vermeden danışabilirsin: { -vt }, { -vt-tel }. Ücretsiz, gece gündüz. { -dutch }

sexual-violence =
    Tecavüze ya da cinsel saldırıya mı uğradın? Ya da biri seni sekse mi zorladı? Bu asla senin suçun değil.
    Ara: { -csg } (doktorlar, polis ve danışmanlar birlikte), { -csg-tel }. Ücretsiz, gece gündüz, yakınların için de.
    - 7 günden daha kısa süre önce mi oldu? Hemen ara. Tıbbi bakım verebilir ve kanıtları saklayabilirler.
    - Polis sadece sen istersen işe karışır.
    - Daha önce mi oldu? Yine de gidebilirsin: { -csg }.
    Evde ya da ilişkinde mi oluyor? Şunu da ara: { -vt }, { -vt-tel }, gece gündüz. { -dutch } Tehlikede misin? Ara: { -tel-112 }.

aangifte =
    Polise suç duyurusu (aangifte) şu demek: bir suçu resmî olarak polise bildirirsin. Bunu yapıp yapmamaya sen karar verirsin.
    - Önce danışabilirsin. { -sh } suç mağdurlarına ücretsiz yardım eder, suç duyurusunda da: { -sh-tel } (yerel ücret).
    - { -vt } de danışmanlık verir: { -vt-tel }, ücretsiz, gece gündüz.
    - Suç duyurusunu polise yaparsın. Acil değil mi? Polisi ara: { -politie-tel }.
    - Oturum belgen yok mu? Yine de suç duyurusu yapabilirsin.
    { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

images =
    Çıplak fotoğrafların ya da seks videoların mı paylaşılıyor? Ya da biri onları paylaşmakla mı tehdit ediyor? Bu asla senin suçun değil.
    - Para ödeme, ve öbür kişinin istediğini yapma.
    - Kanıtları sakla: ekran görüntüsü al, tarihleri ve bağlantıları yaz.
    - Öbür kişiyi engelle.
    - Web sitesine ya da uygulamaya ve polise bildir.
    { -helpwanted } ücretsiz ve anonim yardım eder, görüntüleri kaldırtmakta da: { -helpwanted-tel }, ya da web sitelerinde sohbet et (İngilizce de).
    Eşin ya da eski eşin mi? Şunu da ara: { -vt }, { -vt-tel }. { -dutch } Tehlikede misin? Ara: { -tel-112 }.

papers =
    Oturum belgen yok mu? Ya da oturum iznin eşine mi bağlı? Senin için de yardım var.
    - Belgen olmasa bile polise suç duyurusu yapabilirsin. Mağdur olarak, oturum durumun ne olursa olsun hakların var.
    - Kural şu: polis seni sınır dışı edilmen için aktarmaz. Uygulamada bu her zaman iyi gitmiyor.
    - Bu yüzden önce { -vt } ile anonim danış: { -vt-tel }. Ücretsiz, gece gündüz. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }. Her zaman arayabilirsin.

abroad =
    Yurt dışında mı bırakıldın? Ya da orada evlenmeye mi zorlanıyorsun?
    - Güvende olduğunda ve kimse seni duyamadığında ara: { -bz-en }, { -bz-tel }. Gece gündüz.
    - WhatsApp da kullanabilirsin: { -bz-whatsapp }.
    - Etrafındaki insanların yardım aradığını fark etmesine izin verme.
    - Hollanda'daki 0800 numaraları yurt dışından aramak için değildir.
    { -dutch }

abroad-before =
    Hâlâ Hollanda'da mısın ve bir yolculuktan mı korkuyorsun?
    - Pasaportunun ve belgelerinin kopyalarını al. Onları internette de sakla.
    - Hikâyeni yaz ve güvendiğin birine gönder.
    - Güvendiğin birine nereye ve ne kadar süreliğine gittiğini söyle.
    - { -vt } ile danış: { -vt-tel }. Adını vermeden sorabilirsin. { -dutch }
    Hollanda'da tehlikede misin? Ara: { -tel-112 }.

pregnancy =
    Hamile misin? Eşin şiddeti hamilelikte çoğu zaman başlar ya da kötüleşir. Bu senin suçun değil.
    - Bunu ebenle ya da ev doktorunla konuş.
    - { -vt } ile danış: { -vt-tel }. Ücretsiz, gece gündüz. Adını vermeden sorabilirsin. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

disability =
    Bir engelin var ve başkalarının bakımına mı ihtiyacın var? O zaman daha da savunmasızsın. Örneğin sana zarar veren ya da paranı alan birine karşı.
    Çoğu zaman birlikte yaşadığın biridir. Bu senin suçun değil.
    - Güvendiğin biriyle konuş, örneğin ev doktorun ya da bakımından biri.
    - { -vt } ile danış: { -vt-tel }. Ücretsiz, gece gündüz. Adını vermeden sorabilirsin. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

opt-me-pressure = Öbür kişi intiharla tehdit ediyor

me-pressure =
    Eşin ya da eski eşin, gidersen intihar etmekle mi tehdit ediyor? Ya da istediğini yapmazsan? Bu ağır bir baskı.
    Böyle bir tehdit, seni kontrol etmenin bir yolu da olabilir. Öbür kişinin yaptıklarından sen sorumlu değilsin.
    Onun için endişeli misin? { -zp }, birisi için endişelenen insanlar için de var: { -zp-tel } ya da { -zp-tel-free }.
    Şununla da danış: { -vt }, { -vt-tel }, gece gündüz. { -dutch } Şu anda biri tehlikede mi? Ara: { -tel-112 }.

link-helpwanted = { -helpwanted }: çıplak görüntüler ve internette istismar için yardım
    .url = { -helpwanted-url }
