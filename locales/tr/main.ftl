# Karşılama, menü, yardım, dil, gizlilik. Sade Türkçe, kısa mesajlar.

welcome-intro =
    Merhaba, Baken ile yazışıyorsun. Ben bir sohbet botuyum (chatbot), insan değilim.
    Evde kendini güvende hissetmediğinde neler olduğunu anlatırım ve kimin yardım edebileceğini söylerim. Senin için, ya da başka biri için.

    Baken'e karşı anonim kalırsın. Yazdıklarını saklamam, adını ya da numaranı da. Bu konuşmada nerede olduğunu hatırlarım ve mesaj gelmeyen { $ttl } dakikadan sonra bunu da unuturum.
    Dikkat: sohbet uygulamanın kendisi mesajları saklar.
    Bu konuşmayı silmek için istediğin an stop yaz.
    Başka bir dil için dil yaz.
    Tehlikede misin? Ara: { -tel-112 }.

welcome-safe = Önce: bunu şu anda kimse bakmadan okuyabiliyor musun?

opt-safe-yes = Evet, rahatça okuyabiliyorum
opt-safe-no = Hayır, biri bakabilir
opt-in-danger = Şu anda tehlikedeyim

unsafe-now =
    Dikkatli olman iyi.
    Aşağıda "Bu konuşmayı sil" seç, ya da stop yaz. O zaman mesajlarımı silebildiğim yerden silerim.
    Güvenli olunca geri gel. Gece gündüz buradayım.
    Tehlikede misin? Ara: { -tel-112 }. Güvenli bir yere gitmek için evden her zaman çıkabilirsin.

menu = Sana nasıl yardım edebilirim? Bir konu seç, ya da neler olduğunu kendi sözlerinle yaz.

opt-me = Konu benim
opt-worried = Biri için endişeliyim
opt-hurt = İleri gidiyorum, ya da gitmekten korkuyorum
opt-phone = Telefon ve internette güvenlik
opt-signals = İşaretleri tanımak
opt-contacts = Kim yardım edebilir?
opt-menu = Menüye dön
opt-privacy = Baken neleri saklıyor?
opt-language = Dil / Taal
opt-about-bot = Sen insan mısın?
opt-erase = Bu konuşmayı sil
opt-safe-now = Şu anda güvendeyim

help =
    Baken nasıl çalışır: bir düğmeye dokun ya da seçtiğin numarayı yaz. Neler olduğunu doğrudan da yazabilirsin.
    Bu kelimeler her zaman çalışır:
    menü: başa dön
    dil: başka bir dil
    stop ya da sil: bu konuşmayı sil
    { -tel-112 }: ne yapabileceğini gösteririm
    Baken kimseyi aramaz ve yardım gönderemez. Tehlikede misin? Kendin ara: { -tel-112 }.

language = Dilini seç. / Kies je taal. / Choose your language.

about-bot =
    Ben bir botum: bir bilgisayar programı, insan değilim. Mesajlarını hiçbir insan okumaz ve kimseye bir şey söylemem.
    Bir insanla konuşmak ister misin? Ara: { -vt }, { -vt-tel }. Ücretsiz, gece gündüz, ve anonim kalabilirsin.
    { -vt } ile web sitesinde sohbet (chat) de edebilirsin. Bu sohbet genellikle hafta içi gündüz açıktır.
    { -dutch }

privacy =
    Baken neleri saklar: konuşmada nerede olduğunu ve hangi dilde konuştuğunu. Yazdıklarını, adını ve numaranı saklamaz. Mesaj gelmeyen { $ttl } dakikadan sonra bunu da unuturum.
    Baken bir konunun kaç kez seçildiğini de sayar. Bu sayı senin hakkında hiçbir şey söylemez.
    Baken hiçbir şeyi başkasına iletmez: ne Veilig Thuis, ne polis, ne de başka biri. Birini arayıp aramamaya sen karar verirsin.
    Dikkat: mesajlar kendi sohbet uygulamanda kalır, bazen o uygulamanın kurulu olduğu bir tablette ya da bilgisayarda da. Bu konuşmayı silmek için stop yaz, sonra sohbetin kendisini de sil.
    Tehlikede misin? Ara: { -tel-112 }.

link-vt = Veilig Thuis (sohbet ve bilgi, Hollandaca)
    .url = { -vt-url }
link-113 = { -zp } (intiharı önleme, sohbet, Hollandaca)
    .url = { -zp-url }
link-kt = De Kindertelefoon (sohbet, Hollandaca)
    .url = { -kt-url }
link-safetyned = SafetyNed: dijital güvenlik
    .url = { -safetyned-url }
link-mm = Erkekler: { -mm } üzerinden anonim iletişim
    .url = { -mm-url }

# Tehlike olabileceğinde motorun sıradan bir cevaptan önce gösterdiği tek satır.
caution-line = Şu anda tehlikede misin? Ara: { -tel-112 }.
