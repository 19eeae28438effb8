# Yaşlılar, bakıma ihtiyacı olanlar ve gayriresmî bakıcılar (mantelzorgers).

older =
    Yaşlı mısın, ya da başkalarının bakımına mı ihtiyacın var? O zaman bazen etrafındaki insanlara bağımlısın. Bu seni daha savunmasız yapar.
    Bu; paranı alan, sana zarar veren, sana hakaret eden ya da ihtiyacın olan bakımı vermeyen biri olabilir. Çoğu zaman birlikte yaşadığın biri, ya da aileden biridir.
    Bu senin suçun değil. Yardım ev doktorun, evde bakım ya da { -vt } üzerinden var: { -vt-tel }. Ücretsiz, gece gündüz. Adını vermeden danışabilirsin.
    Yaşlı biri için mi endişelisin? O zaman da { -vt } ile danışabilirsin. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

opt-older-care = Bana bakan kişi bana zarar veriyor ya da beni ihmal ediyor
opt-older-carer = Birine bakıyorum ve bu bana çok geliyor

older-care =
    Eşinden, çocuğundan ya da başka bir akrabandan bakım mı alıyorsun? Buna gayriresmî bakım (mantelzorg) denir. Bakım vermek zor olabilir.
    Bazen kontrolden çıkar. Bakan kişi sinirlenir, sana kaba davranır ya da hakaret eder. Ya da ihtiyacın olan bakımı vermez. Buna, bakan kişi bunaldığı için kontrolden çıkmış bakım denir (ontspoorde mantelzorg).
    Bu senin suçun değil. Sana bakan kişiyi sevsen bile yardım isteyebilirsin. Senin için yardım, bakan kişi için de destek var.
    Ev doktorunla konuş ya da ara: { -vt }, { -vt-tel }. { -dutch } Tehlikede misin? Ara: { -tel-112 }.

older-carer =
    Birine bakıyorsun ve bazen sinirli, kaba ya da sabırsız mı oluyorsun? Bakım vermek zor olabilir. Buna bakman iyi bir adım.
    - Biriktiğini hissediyor musun? Öbür kişi o an güvendeyse, kısa bir süre uzaklaş.
    - Yardım iste: ev doktorun, belediyendeki bakıcı desteği, ya da { -vt }: { -vt-tel }. { -vt } kendisi ileri giden insanlar için de var. { -dutch }
    Yardım istemek bir ceza değil. Senin için ve baktığın kişi için daha iyi bir duruma doğru ilk adım.
    Şu anda biri tehlikede mi? Ara: { -tel-112 }.
