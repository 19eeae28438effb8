# "Biri için endişeliyim": komşular, arkadaşlar, aile, iş arkadaşları.

worried =
    Endişelerini ciddiye alman iyi. Neler olduğundan emin olmak zorunda değilsin. Bir şüphe doğru olmak zorunda değil. İçgüdün de önemlidir.
    Birinin şu anda tehlikede olduğunu mu düşünüyorsun? Ara: { -tel-112 }.
    Ne yapacağından emin değil misin? Danışmak için ara: { -vt }, { -vt-tel }. Ücretsiz, gece gündüz. Adını vermeden danışabilirsin; komşu, arkadaş, akraba ya da iş arkadaşı olarak da. { -dutch }

opt-worried-talk = Bir konuşmaya nasıl başlarım?
opt-worried-do = Ne yapabilirim, ne yapmamalıyım?
opt-worried-who = Bir çocuk, yaşlı biri ya da namus hakkında
opt-child-now = Şu anda bir çocuğa zarar veriliyor
opt-worried-child = Bir çocuk
opt-worried-older = Yaşlı biri ya da bakıma ihtiyacı olan biri
opt-honour-worried = Ailesi tarafından tehdit edilen biri (namus)
opt-worried-self-hurt = Kendim ileri gitmekten korkuyorum

worried-talk =
    Bir konuşmaya nasıl başlanır:
    - O kişiyle, eşi olmadan, yalnız konuşabileceğin bir an bul.
    - Kendi gördüğünle başla: "Son zamanlarda çok yorgun görünüyorsun. Endişeleniyorum. Nasılsın?"
    - Açık sorular sor ve dinle. Kimseyi suçlama.
    - Zorlama. Utanıyor ya da korkuyor olabilir. Belki henüz yardıma hazır değildir.
    - Yanında olduğunu, sonra da, bildir.
    Ona şunu da anlat: { -vt }, { -vt-tel }, ücretsiz. Adını vermeden danışabilir. { -dutch }
    Şu anda biri tehlikede mi? Ara: { -tel-112 }.

worried-do =
    Ne yapabilirsin:
    - İletişimde kal ve dinle.
    - Yardım öner, ama seçimleri ona bırak.
    - Gördüğünü ya da duyduğunu tarihiyle birlikte yaz.
    - Kendin de danış: { -vt }, { -vt-tel }. Düşünmene yardım ederler. Bildirim hakkında da: o zaman { -vt } harekete geçsin istersin.
    { -dutch }

worried-dont =
    Ne yapmamalısın:
    - İkisiyle birlikte konuşmak.
    - Şiddet uygulayan kişiyle kendin konuşmak. Bu durumu daha tehlikeli yapabilir.
    - Kavga eden iki kişinin arasına kendin girmek. Ara: { -tel-112 }.
    - Namusla ilgili durumlarda: aileyi, arkadaşları ya da topluluğu işe katmak. Bu çok tehlikeli olabilir.
    Birinin durumunu anlamak, hiçbir şey yapmamak için bir neden değil. Şu anda mı oluyor? Ara: { -tel-112 }.

worried-who =
    Kimin için endişelisin? Aşağıda seç.
    Emin değil misin? { -vt } çocuklar ve yetişkinler hakkında danışmanlık verir: { -vt-tel }. { -dutch }

worried-child =
    Kavga ve şiddeti görmek ya da duymak, çocuklara kendileri dövülmüş gibi zarar verir.
    - { -vt } ile danış: { -vt-tel }. { -vt } çocuklarla ilgili endişeler için de var. Adını vermeden danışabilirsin.
    - Bir çocuk sana birden bir şey anlatırsa, ciddiye al ve aynı gün danış.
    - Sır tutacağına söz verme.
    - Anne babayla kendin yüzleşme. Önce danış.
    - Bir çocuk kendisi ücretsiz ve anonim arayabilir ya da yazabilir: { -kt }, { -kt-tel }.
    - { -dutch }
    - Şu anda bir çocuğa zarar veriliyor mu? Ara: { -tel-112 }.
