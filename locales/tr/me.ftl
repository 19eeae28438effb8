# "Konu benim": bunu yaşayan kişi.

me =
    Burada olmana sevindim. Durumun "yeterince kötü" olduğundan emin olmak zorunda değilsin.
    Ne olursa olsun: bu asla senin suçun değil. Vuran, tehdit eden ya da kontrol eden, bu davranıştan kendisi sorumludur.
    Adını vermeden danışabilirsin: { -vt }, { -vt-tel }. Ücretsiz, gece gündüz. { -dutch } Tehlikede misin? Ara: { -tel-112 }.
    Neyi daha çok bilmek istersin?

opt-me-forms = Bu normal mi?
opt-me-options = Ne yapabilirim?
opt-young = 18 yaşından küçüğüm
opt-me-more = Diğer konular: erkekler, yaşlılar, namus şiddeti, belgeler
opt-me-cycle = Hep tekrar oluyor
opt-me-stalking = Eski eşim beni rahat bırakmıyor
opt-me-redflags = Ne zaman hemen aramalıyım?
opt-me-fault = Benim suçum mu?
opt-me-safetyplan = Güvenlik planı yapmak
opt-me-stay = (Şimdilik) kalıyorum
opt-me-leave = Gitmek istiyorum
opt-me-huisverbod = Öbür kişi evden çıkmak zorunda mı? (ev yasağı)
opt-me-shelter = Sığınma: nereye gidebilirim?
opt-me-men = Ben bir erkeğim
opt-me-lgbti = Lezbiyen, gey, biseksüel ya da trans'ım
opt-older = Yaşlılar ve bakım
opt-honour = Aile, namus ya da zorla evlendirme
opt-me-money = Biri paramı alıyor
opt-me-family = Çocuğum ya da bir akrabam bana zarar veriyor
opt-phone-safe = Telefonumu güvenli yapmak

me-forms =
    Birçok ilişkide tartışma olur. Ama eşinden, eski eşinden ya da ailenden birinden korkmak normal değil.
    Bu birçok şekilde olabilir:
    - vurmak, itmek, tekmelemek
    - seni küçümsemek, sana hakaret etmek, seni tehdit etmek
    - paranı almak ya da neye harcayacağına karar vermek
    - seni zorla cinsel ilişkiye sokmak
    - seni takip etmek ya da taciz etmek, internette de
    Önemli olan ilişki, yer değil. Evde olmak zorunda değil.

me-forms-control =
    Bazen bu bir düzen (kalıp) olur: öbür kişi kıskançtır, seni kontrol eder, seni küçük düşürür ve seni arkadaşlarından ve ailenden uzak tutar. Bazen tek bir tehdit bile seni korkutmaya yeter. Buna zorlayıcı kontrol denir. Vurma olmasa bile ciddidir.
    Emin değil misin? { -vt } ile danış: { -vt-tel }. Yeterince kötü olduğunu kanıtlamak zorunda değilsin. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

me-cycle =
    Çoğu zaman bir döngü gibi döner:
    - gerginlik birikir
    - kötü bir şey olur
    - sonra özürler ve sözler gelir: "Bir daha asla olmayacak." Bazen öbür kişi bunu gizli tutmanı ister.
    - sonra ilgi ya da hediyelerle iyi bir dönem gelir
    - ve sonra gerginlik yeniden birikir.
    Genellikle kendiliğinden durmaz. Çoğu zaman geri gelir. Bu senin yüzünden değil.
    { -vt } düşünmene yardım edebilir: { -vt-tel }. Adını vermeden danışabilirsin. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

me-fault =
    Hayır. Bu asla senin suçun değil. Şiddet uygulayan, bu davranıştan kendisi sorumludur. Öbür kişinin şiddeti asla senin suçun değil, önce bir tartışma olsa bile, sen karşılık versen bile.
    Birçok insan utanır ya da anlatırsa ne olacağından korkar. Bu anlaşılır. Yalnız değilsin: bu birçok ailede olur.
    Adını vermeden konuşabilirsin: { -vt }, { -vt-tel }. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

me-redflags =
    Bazı işaretler ciddi tehlike var demektir. Örneğin:
    - öbür kişi seni hiç boğmaya çalıştı ya da boğazını sıktı
    - bir silah var, ya da silahla tehdit var
    - öbür kişi sana ya da çocuklara zarar vermekle tehdit ediyor
    - kontrol ve kıskançlık giderek artıyor
    - gitmek istiyorsun, ve öbür kişi kıskanç ya da seni kontrol ediyor
    - eski eşin seni takip etmeye devam ediyor
    Bu bir test değil. Bir şey tanıdık mı geliyor? Şu anda tehlikeliyse ara: { -tel-112 }. Değilse bugün ara: { -vt }, { -vt-tel }. { -dutch }

me-options =
    Ne yapacağına sen karar verirsin. Kalırsan da gitmek istersen de yardım var.
    Birçok insan { -vt } ile bir konuşmayla başlar: { -vt-tel }. Ücretsiz, gece gündüz, ve anonim kalabilirsin. Birlikte bir güvenlik planı yapabilirsiniz. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.
    Neyi daha çok bilmek istersin?

me-stay =
    Yardım almak için gitmek zorunda değilsin. Kalsan da güvenliğin için çalışabilirsin.
    - { -vt } ile birlikte bir güvenlik planı yap.
    - Güvende kalmana şimdiden ne yardım ediyor? Ve kim yardım edebilir: güvendiğin ve arayabileceğin biri?
    - Tehlikeli olursa ara: { -tel-112 }. Güvenli bir yere gitmek için evden her zaman çıkabilirsin.
    Kalırsan da { -vt } yardım eder: { -vt-tel }, gece gündüz. { -dutch }

me-leave =
    Gitmek büyük bir adım. Bil ki: öbür kişi kıskançsa ya da seni kontrol ediyorsa, gitme zamanı özellikle tehlikelidir. O zaman ek koruma gerekir.
    Bu yüzden önce { -vt } ile bir güvenlik planı yap: { -vt-tel }. Ücretsiz, gece gündüz. Adını vermeden danışabilirsin. { -dutch }
    Her şeyi kendin ayarlamak zorunda değilsin. Kadınlar ve erkekler için sığınma yerleri var.
    Şu anda tehlikeli mi? Ara: { -tel-112 }.

me-safetyplan =
    Güvenlik planı, işler güvensizleştiğinde ne yapacağının planıdır. Onu { -vt } ya da bir destek çalışanıyla birlikte yaparsın. İçinde örneğin şunlar olur:
    - hangi anlar güvensiz
    - seni ne korur, ve sana kim yardım edebilir
    - ne üzerinde, kiminle anlaşıyorsun
    - plana kim göz kulak oluyor
    Bir şey değişirse planı güncelle.
    Planın için yardım: { -vt }, { -vt-tel }, gece gündüz. { -dutch }

me-safetyplan-digital =
    Telefonunu ve interneti de planına kat. Örneğin "konum paylaşımını" kapat. Daha fazla ipucu "Telefonumu güvenli yapmak" altında ve { -safetyned } sitesinde.
    Tehlikede misin? Ara: { -tel-112 }.

me-shelter =
    Gitmen mi gerekiyor ve gidecek güvenli bir yerin yok mu? Kadınlar ve erkekler için sığınma yerleri var.
    { -vt } sana yardım edebilir ve seni bir sığınma yerine yönlendirebilir: { -vt-tel }, gece gündüz.
    { -vt } bir sığınma yeri bulmana yardım eder. Erkekler şu site üzerinden de anonim iletişim kurabilir: { -mm }.
    { -dutch }
    Hemen tehlike var mı? Ara: { -tel-112 }. Güvenli bir yere gitmek için evden her zaman çıkabilirsin.

me-huisverbod =
    Geçici ev yasağı (huisverbod) şu demek: tehlikeye neden olan kişi evden çıkmak zorundadır. O zaman sen evde kalabilirsin.
    - Bunu belediye başkanı verir.
    - 10 gün sürer. Tehlike devam ederse 4 haftaya kadar uzatılabilir.
    - Bu süre içinde o kişi eve gelemez ve orada yaşayanlarla iletişim kuramaz.
    - O günlerde yardım var: senin için, çocuklar için, ve öbür kişi için de.
    Ev yasağını sen mi aldın? O 10 günde senin için de yardım var: { -vt }, { -vt-tel }.
    Neyin mümkün olduğunu sor: { -vt }, { -vt-tel }. { -dutch } Hemen tehlike var mı? Ara: { -tel-112 }.

me-stalking =
    Eski eşin seni takip etmeye, seni beklemeye ya da mesaj göndermeye devam mı ediyor? Ya da yakınlarını mı rahatsız ediyor? Buna ısrarlı takip (stalking) denir. Stalking bir suçtur.
    Eski eşin takibi, bir yabancınınkinden daha tehlikelidir ve daha uzun sürer. Ciddiye al.
    - Ne olduğunu yaz: tarih, saat ve ne oldu. Kâğıda, ya da öbür kişinin giremediği bir cihaza.
    - Mesajları sakla ve ekran görüntüsü al.
    - Bu telefonun ya da internet üzerinden de olabilir: bkz. "Telefonumu güvenli yapmak".
    Danışma: { -vt }, { -vt-tel }. { -dutch } Hemen tehlike var mı? Ara: { -tel-112 }.

me-more =
    Herkes için yardım var: kadınlar ve erkekler, gençler ve yaşlılar, her tür ilişkide ve ailede.
    Sana uyanı seç. Adını vermeden danışabilirsin: { -vt }, { -vt-tel }. { -dutch }

me-men =
    Erkekler de eşin ya da eski eşin şiddetine uğrayabilir. Bu her zaman fark edilmez ve utanç büyük olabilir. Yardımı sen de aynı şekilde hak ediyorsun.
    { -mm } üzerinden, erkeklere yardım ve sığınma sunan kuruluşlarla anonim iletişim kurabilirsin (Hollandaca).
    { -vt } senin için de var: { -vt-tel }, ücretsiz, gece gündüz. { -dutch } Tehlikede misin? Ara: { -tel-112 }.

me-lgbti =
    Lezbiyen, gey, biseksüel, trans ya da queer misin? Bu senin ilişkinde ya da ailende de olabilir.
    Araştırmalar, lezbiyen kadınların, gey erkeklerin, biseksüel ve trans insanların bununla daha da sık karşılaştığını gösteriyor. Biseksüel kadınlar ve gey erkekler internette de daha sık cinsel tacize uğruyor.
    Buradaki tüm yardım senin için de. { -vt }: { -vt-tel }, ücretsiz, gece gündüz. Adını vermeden danışabilirsin. { -dutch }
    Tehlikede misin? Ara: { -tel-112 }.

me-money =
    Biri paranı mı alıyor, paran hakkında senin yerine mi karar veriyor, ya da senin adına bir şeyler mi sipariş ediyor? Bu ekonomik şiddettir. Bir eş ya da eski eş olabilir, ama bir çocuk ya da sana bakan biri de olabilir. Çoğu zaman başkalarına bağımlı olan insanların başına gelir.
    - Bu senin suçun değil.
    - Güvendiğin biriyle ya da ev doktorunla konuş.
    - { -vt } ile danış: { -vt-tel }. Bunu anonim yapabilirsin. { -dutch }
    Hemen tehlike var mı? Ara: { -tel-112 }.

me-family =
    Çocuğun, erkek ya da kız kardeşin ya da başka bir akraban sana zarar mı veriyor, seni tehdit mi ediyor ya da paranı mı alıyor? Bu da aile içi şiddettir. Önemli olan ilişki, yaş ya da yer değil.
    Bu senin suçun değil ve tek başına çözmek zorunda değilsin. Onu sevsen ya da ona baksan bile yardım isteyebilirsin. Yardım istemek öbür kişi için bir ceza değil: daha iyi bir şeye doğru ilk adım.
    { -vt } ile danış: { -vt-tel }. Bunu anonim yapabilirsin. { -dutch } Tehlikede misin? Ara: { -tel-112 }.
