# "Ben ileri gidiyorum, ya da gitmekten korkuyorum". Dürüst, suçlamadan.

hurt =
    Buna bakman iyi. Bu ilk adım.
    Önce dürüstçe: Baken yazdıklarını saklamaz ve kimseye bir şey söylemez. Ben bir botum, danışman değilim.
    Kendi davranışından sen sorumlusun. Bu şu demek de: onu değiştirebilirsin. İleri giden birçok insan utanç ya da suçluluk duyar. Senin için de yardım var: { -vt }, { -vt-tel }. { -dutch }
    Şu anda biri tehlikede mi? Ara: { -tel-112 }.
    Nereden başlamak istersin?

opt-hurt-timeout = Gerginlik şu anda artıyor
opt-hurt-ladder = Bende nasıl birikiyor?
opt-hurt-kids = Bu çocuklara ne yapıyor?
opt-hurt-help = Benim için hangi yardım var?
opt-hurt-parent = Çocuğuma karşı sabrımı kaybediyorum
opt-hurt-self = Bunu kendimde tanıyorum

hurt-timeout =
    Şimdi bir mola (time-out) ver:
    - Dur. De ki: "Mola veriyorum. Sakinleşince geri geleceğim."
    - Odadan çık ya da dışarı git. Yürüyüşe çık.
    - Alkol içme, uyuşturucu kullanma. Bunlar kendini tutmayı zorlaştırır.
    - Ancak gerçekten sakin olunca geri gel. Sonra konuşmaya devam et.
    Duramıyorsan ara: { -vt }, { -vt-tel }, gece gündüz. Kendisi ileri giden insanlar için de. { -dutch }
    Biri tehlikede mi? Ara: { -tel-112 }.

hurt-ladder =
    Öfke nadiren birdenbire gelir. Çoğu zaman bir merdiven gibi yükselir: hayal kırıklığı, sinir, öfke, hiddet, kudurma. En tepede artık açık düşünemezsin.
    Bu yüzden merdivende olabildiğince aşağıda dur.
    Sık görülen tetikleyiciler:
    - haksızlığa uğramış hissetmek
    - saygı görmediğini hissetmek
    - görülmediğini ya da duyulmadığını hissetmek
    - çaresiz hissetmek
    Kendinde hangi işaretleri fark ediyorsun? Onları tanımayı öğren, sonra mola ver. Bunun için yardım: { -vt }, { -vt-tel }. { -dutch }
    Şu anda biri tehlikede mi? Ara: { -tel-112 }.

hurt-kids =
    Çocuklar sandığından fazlasını fark eder. Gerginliği hissederler, kavgaları duyarlar ve sonuçlarını görürler. Fark etmiyor gibi görünseler bile.
    Şiddeti görmek ya da duymak, çocuklara kendileri dövülmüş gibi zarar verir. Daha sık sorunları olur ve ileride kendi hayatlarında da şiddetle karşılaşmaları daha olasıdır.
    Bunu okumak zor. Ama şu anlama da gelir: sen değişirsen, bu çocuklarına yardım eder.
    Anne babalar için de yardım: { -vt }, { -vt-tel }. { -dutch }
    Çocuğun şu anda tehlikede mi? Ara: { -tel-112 }.

hurt-parent =
    Çocuk büyütmek çok zor olabilir, özellikle stres, para sıkıntısı ya da başka sorunlar varken. Buna bakman, farklı yapmak istediğini gösteriyor.
    - Birikiyor mu? Çocuğunun güvende olduğundan emin ol ve sakinleşene kadar uzaklaş.
    - Yardım iste. Bu başarısızlık değil. Örneğin ev doktorun (huisarts) ya da mahalledeki sosyal ekip veya gençlik ekibi (wijkteam, jeugdteam).
    - Ya da ara: { -vt }, { -vt-tel }, gece gündüz. Adını vermeden danışabilirsin. { -dutch }
    Çocuğun şu anda tehlikede mi? Ara: { -tel-112 }.

hurt-help =
    İleri giden insanlar için yardım var:
    - { -vt }: { -vt-tel }, ücretsiz, gece gündüz. Kendisi şiddet uygulayan insanlar için de. Önce adını vermeden danışabilirsin.
    - Ev doktorun (huisarts).
    - Öfkeyle farklı başa çıkmak için kurslar ve eğitimler. Bölgeye göre değişir. Yakınında ne olduğunu { -vt }, ev doktorun ya da mahalle ekibine (wijkteam) sor.
    { -dutch }
    Not: eşin senden korkuyor mu, ya da eşini kontrol mü ediyorsun? O zaman birlikte çift terapisi başlamak için doğru yer değil. Önce kendin için yardım al.
    Şu anda biri tehlikede mi? Ara: { -tel-112 }.
