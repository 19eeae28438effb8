# Namus, zorla evlendirme, yurt dışında bırakılma. Asla aileyi ya da arabulucuları önerme.

honour =
    Ailen seni tehdit ediyor, kilitliyor ya da kontrol mü ediyor? Aileyi utandırdığını ("namus") söyledikleri için mi? Örneğin kimi eş olarak seçtiğin için, ya da gitmek istediğin için.
    Bu; tehdit, yalnız bırakma, dövme ya da zorla evlendirme olabilir. Ya da dışlanma: ailen artık seni tanımak istemiyor.
    Tehlike aynı anda birkaç aile üyesinden gelebilir. Biri tutuklansa bile tehlike her zaman geçmiş olmaz.

honour-help =
    Ne yapabilirsin:
    - Bunu aileyle ya da ailenin tanıdıklarıyla konuşma. Arabuluculuk yapmak isteyen topluluktan insanlarla da konuşma. Bu tehlikeyi büyütebilir.
    - Ara: { -vt }, { -vt-tel }. Orada namus ve aile konusunda uzmanlar var. Ücretsiz, gece gündüz. Adını vermeden danışabilirsin.
    - Bildirim yaparsan (yani { -vt } harekete geçsin istersen), { -vt } ve polis tehlikenin ne kadar büyük olduğuna birlikte bakar.
    - 18 yaşından küçük müsün? { -kt } de yardım eder: { -kt-tel }.
    - { -dutch }
    - Hemen tehlike var mı? Ara: { -tel-112 }.

opt-honour-marriage = Zorla evlendirme ya da yurt dışında bırakılma

honour-marriage =
    Ailenin seçtiği biriyle evlenmek zorunda kalmaktan mı korkuyorsun? Ya da bir tatilde yurt dışında bırakılmaktan mı?
    - Hâlâ Hollanda'da mısın? Yardımı yola çıkmadan önce iste, sonra değil.
    - Zaten yurt dışında mısın? Aşağıda "Zaten yurt dışındayım" seçeneğini seç.
    - Aile dışından güvendiğin birine anlat. O kişiden ailenle konuşmamasını iste.
    - Ara: { -vt }, { -vt-tel }, gece gündüz. Bu durumlar için uzmanları var.
    - 18 yaşından küçük müsün? Şunu da ara ya da yaz: { -kt }, { -kt-tel }.
    - { -dutch }
    - Hemen tehlike var mı? Ara: { -tel-112 }.

honour-worried =
    Ailesi tarafından "namus" yüzünden tehdit edilen ya da kontrol edilen biri için mi endişelisin?
    - Sadece o kişiyle konuş, yanında kimse yokken.
    - Bunu aileye, arkadaşlara ya da topluluğa aktarma. Ama { -vt } ya da polise anlat.
    - Aileye, arkadaşlara ya da tanıdıklara gitme, arabulucu da arama. Bu tehlikeyi çok büyütebilir.
    - Her zaman { -vt } ile danış. Bu durumlar için uzmanları var: { -vt-tel }.
    - { -dutch }
    - Hemen tehlike var mı? Ara: { -tel-112 }.
