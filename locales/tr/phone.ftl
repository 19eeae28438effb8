# Telefon ve internette güvenlik.

phone =
    Biri telefonun üzerinden seni izliyor olabilir mi, ya da biri hep nerede olduğunu mu biliyor? Bu çok olur.
    Telefonunda bir casus uygulama olduğunu mu düşünüyorsun? O zaman öbür kişi bu konuşmayı da görebilir. Yapabiliyorsan başka bir telefon ya da bilgisayar kullan.
    Önce: bir şeyi ancak güvenliyse yap. Öbür kişi bazı adımları fark edebilir. Emin değil misin? Önce danış: { -vt } ({ -vt-tel }) ya da dijital takip konusunda yardım eden { -safetyned }. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.
    Neyi daha çok bilmek istersin?

opt-phone-location = Biri nerede olduğumu biliyor
opt-phone-spyware = Telefonumda casus uygulama var mı?
opt-phone-accounts = Şifreler ve hesaplar
opt-phone-erase = Bu konuşmayı ve sohbeti silmek

phone-location =
    Biri hep nerede olduğunu mu biliyor?
    - Telefonunda ve uygulamalarında "konum paylaşımı" açık mı, bak. Güvenli olunca kapat.
    - Küçük GPS takip cihazları var. Örneğin bir arabanın altına, bir çantaya ya da bir çocuğun oyuncağına gizlenirler.
    - Biri toplu taşıma kartının (OV-chipkaart) hesabına girebiliyor mu? O zaman nereye gittiğini görebilir.
    - Evdeki kameralar gibi akıllı cihazlar da izleyebilir.
    Bir şey mi buldun? Kaldırmadan önce danış: { -vt }, { -vt-tel }, ya da { -safetyned }. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

phone-spyware =
    Casus uygulamanın (stalkerware) işaretleri:
    - pilin çabuk bitiyor
    - telefonun normalden çok daha fazla veri kullanıyor
    - pil ya da veri kullanımında tanımadığın bir uygulama
    - senin vermediğin "Erişilebilirlik" izinleri olan uygulamalar
    Uygulamayı genellikle telefonunu eline almış biri yükler. Öbür kişinin bilmediği bir PIN yardım eder. Uygulamaları sadece resmî uygulama mağazasından yükle.
    Tehlikede misin? Ara: { -tel-112 }.

phone-spyware-remove =
    Önemli: böyle bir uygulamayı hemen silme. Bu kanıtı yok eder ve öbür kişi bildiğini fark edebilir.
    Önce danış. Ne olduğunu yaz: kâğıda, ya da öbür kişinin giremediği bir cihaza.
    Fabrika ayarlarına sıfırlama uygulamayı siler. Ama tüm fotoğraflarını, mesajlarını ve kanıtlarını da siler.
    Danışma: { -vt }, { -vt-tel }, ya da { -safetyned }. { -dutch }

phone-accounts =
    Öbür kişi hesaplarına girebiliyor mu?
    - Şifrelerini, öbür kişinin hiç erişmediği bir cihazda değiştir.
    - Her hesapta hangi cihazların giriş yaptığına bak.
    - Ortak hesapları düşün: e-posta, takvim, fotoğraflarının olduğu bulut, ve DigiD de.
    - Öbür kişinin bilmediği bir PIN kullan.
    Bir şeyi değiştirmenin güvenli olup olmadığından emin değil misin? Önce danış: { -vt } ({ -vt-tel }) ya da { -safetyned }. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

phone-erase =
    Bu konuşmayı nasıl silersin:
    - stop yaz, ya da aşağıda "Bu konuşmayı sil" seç. Baken o zaman nerede olduğunu unutur ve sohbet uygulamanın izin verdiği yerde mesajları siler.
    - Sonra sohbetin kendisini uygulamanda sil: sohbetin üzerine basılı tut ve sil seç.
    - Sohbet uygulaman bir tablette ya da bilgisayarda da mı var? Oraya da bak.
    Baken yazdıklarını kendisi saklamaz. Tehlikede misin? Ara: { -tel-112 }.
