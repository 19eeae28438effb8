# Çocuklar ve gençler: basit kelimeler.

young =
    Burada olmana sevindim. Evde ya da ilişkinde olanlar senin suçun değil.
    Adını vermeden ücretsiz arayabilir ya da yazabilirsin: { -kt }, { -kt-tel }. 8 ile 18 yaş arası çocuklar ve gençler için.
    { -kt } kapalı mı? Ara: { -vt }, { -vt-tel }, gece gündüz. Çocuklar da oraya arayabilir. { -dutch }
    Şu anda birine zarar veriliyor mu? Ara: { -tel-112 }.
    Ne hakkında?

opt-young-home = Ev güzel değil ya da güvenli değil
opt-young-dating = Sevgilim bana kötü davranıyor
opt-young-marriage = Evlenmek ya da yurt dışında kalmak zorundayım
opt-young-more = Gençler için daha fazlası
opt-young-tell = Birine nasıl anlatırım?
opt-young-self = Ben de 18 yaşından küçüğüm

young-home =
    Evde sık sık kavga mı oluyor? Biri vuruyor, bağırıyor ya da tehdit mi ediyor? Bu gerçekten çok kötü. Sadece görsen ya da duysan bile acıtır.
    Bunu düzeltmek zorunda değilsin, ve bu senin suçun değil.
    - Güvendiğin bir yetişkinle konuş, örneğin öğretmenin, mentorun ya da antrenörün.
    - Ara ya da yaz: { -kt }, { -kt-tel }. Ücretsiz, ve kimse kim olduğunu bilmek zorunda değil.
    - { -kt } kapalı mı? Ara: { -vt }, { -vt-tel }, gece gündüz.
    - { -dutch }
    - Şu anda birine zarar veriliyor mu? Ara: { -tel-112 }.

young-dating =
    Sevgilin sana zarar mı veriyor? İstemediğin şeyleri, örneğin seksi, yapmaya mı zorluyor? Ya da hep nerede olduğunu ve kiminle konuştuğunu mu bilmek istiyor? Bu doğru değil, sevgiden yaptığını söylese bile.
    - Bu senin suçun değil.
    - Güvendiğin birine anlat.
    - Ara ya da yaz: { -kt }, { -kt-tel }. 18 yaşında ya da daha büyük müsün? Ara: { -vt }, { -vt-tel }.
    - { -dutch }
    - Tehlikede misin? Ara: { -tel-112 }.

young-marriage =
    Seçmediğin biriyle evlenmek zorunda kalmaktan mı korkuyorsun? Ya da bir tatilde yurt dışında kalmak zorunda kalmaktan mı?
    - Yardımı yolculuktan önce iste, sonra değil.
    - Ailen dışından güvendiğin birine anlat. Örneğin mentoruna. O kişiden ailenle konuşmamasını iste.
    - Ara ya da yaz: { -kt }, { -kt-tel }. Ya da ara: { -vt }, { -vt-tel }. Oradaki insanlar bu konuda çok şey biliyor.
    - { -dutch }
    - Tehlikede misin? Ara: { -tel-112 }.

young-tell =
    Birine anlatmak zor olabilir. Bir yol şu:
    - Güvendiğin birini seç: öğretmenin, mentorun, antrenörün ya da bir gençlik çalışanı.
    - Şöyle diyebilirsin: "Evde işler iyi değil. Seninle konuşabilir miyim?"
    - Korkutucu mu? O zaman önce şununla konuş: { -kt }, { -kt-tel }, ya da web sitelerinde yaz.
    - { -kt } kapalı mı? Ara: { -vt }, { -vt-tel }, gece gündüz.
    - { -dutch }
    İlk kişi yardım etmezse başka birine anlatabilirsin. Yardımı hak ediyorsun.
    Şu anda birine zarar veriliyor mu? Ara: { -tel-112 }.
