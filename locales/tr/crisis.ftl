# Kriz cevapları. İlk cümle her zaman aranacak numaradır.
# Her kriz cevabı, Baken'in kendisinin yardım gönderemediğini söyler (review S10).
# Bir numara ya da ad bir ekle birleşmez: "Ara: { -vt }, { -vt-tel }." biçimini kullan.

# Yardım hatlarının dili: facts.md Hollandaca dışında bir dil doğrulamıyor.
-dutch = Yardım hatları Hollandaca cevap verebilir.

crisis-acute =
    Sen ya da başka biri tehlikedeyse hemen ara: { -tel-112 }. Emin olmasan da her zaman arayabilirsin.
    Ben kendim yardım gönderemem. Bu yüzden kendin ara: { -tel-112 }.
    Güvenli bir yere gitmek için evden her zaman çıkabilirsin.
    Tehlike geçti mi? O zaman ara: { -vt }, { -vt-tel }. Ücretsiz, gece gündüz. Adını vermeden danışabilirsin.
    { -dutch }

crisis-suicide =
    İntiharı mı düşünüyorsun? Ara: { -zp-tel } ya da { -zp-tel-free }. Ücretsiz, gece gündüz ve anonim. Sohbet (chat) de edebilirsin.
    Bunu tek başına taşımak zorunda değilsin.
    Başka biri için mi endişelisin, ya da biri kendini öldürmekle mi tehdit ediyor? O zaman da arayabilirsin: { -zp-tel }. Bir de { -vt }: { -vt-tel }.
    { -dutch }
    Ben kendim yardım gönderemem. Hemen tehlike var mı? Ara: { -tel-112 }.

crisis-child =
    Evde olanlar senin suçun değil.
    Ara ya da yaz: { -kt }, { -kt-tel }. Ücretsiz ve anonim, 8 ile 18 yaş arası çocuklar ve gençler için.
    { -kt } kapalı mı? Ara: { -vt }, { -vt-tel }, gece gündüz. Çocuklar da oraya arayabilir.
    { -dutch }
    Şu anda birine zarar veriliyor mu? Ara: { -tel-112 }. Ben kendim yardım gönderemem.
    Güvendiğin bir yetişkine de anlat: örneğin mentorun, bir öğretmen ya da antrenörün.

crisis-child-adult =
    Şu anda bir çocuğa zarar veriliyor mu? Ara: { -tel-112 }.
    Ben kendim yardım gönderemem. Lütfen kendin ara.
    Sonra, ya da emin değilsen: { -vt }, { -vt-tel }. Ücretsiz, gece gündüz. Danışmak ve bir çocuk için endişeni bildirmek için.
    Çocuk da kendisi arayabilir ya da yazabilir: { -kt }, { -kt-tel }.
    { -dutch }
