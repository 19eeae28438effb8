# İşaretler: yaşayan kişide, şiddet uygulayan kişide, çocuklarda. Puan yok.

signals =
    İşaretler kanıt değildir. Bir şüphe doğru olmak zorunda değil. Ama dikkatle bakmak, endişelerini konuşmak ve danışmak için bir nedendir. İçgüdün de önemlidir.
    Adını vermeden danışabilirsin: { -vt }, { -vt-tel }. { -dutch }
    Kimdeki işaretler?

opt-signals-victim = Bunu yaşayan birinde
opt-signals-user = Şiddet uygulayan birinde
opt-signals-child = Çocuklarda

signals-victim =
    Bunu yaşayan birinde olası işaretler:
    - sık sık yorgun ya da hasta
    - açık bir açıklaması olmayan morluklar ya da yaralar
    - vücudu çok kapatan kıyafetler
    - huzursuz, korkmuş ya da mutsuz
    - eşi yanındayken farklı davranıyor
    - yalnız konuşmak zor
    - randevuları son anda iptal ediyor
    - kendi parası yok, ya da borçları var
    Tek bir işaret her şeyi söylemez. Gördüklerini topla ve endişelerini konuş. Danışma: { -vt }, { -vt-tel }. { -dutch }
    Şu anda biri tehlikede mi? Ara: { -tel-112 }.

signals-user =
    Şiddet uygulayan birinde olası işaretler:
    - eşine emirler yağdırıyor
    - eşini başkalarının önünde eleştiriyor
    - aşırı kıskanç ya da sahiplenici
    - eşine küfrediyor ya da bağırıyor
    - arkadaşları ve aileyi eşinden uzak tutuyor
    - kendi sorunları için eşini suçluyor
    - evcil hayvanlara kötü davranıyor
    Bunu kendinde mi tanıyorsun? Bu cesaret ister. Yardım var: { -vt }, { -vt-tel }. { -dutch }

signals-child =
    Kavga ve şiddeti görmek ya da duymak, çocuklara kendileri dövülmüş gibi zarar verir.
    Çocuklarda olası işaretler:
    - okulu sık kaçırmak
    - korkmak, ya da bir ebeveyne çok bakmak
    - suçluluk duymak, ya da anne baba arasında sıkışıp kalmak
    - duygularla ya da davranışla ilgili sorunlar
    Bir çocuğun yanında duran bir yetişkine ihtiyacı vardır. Danışma: { -vt }, { -vt-tel }. Çocukların kendileri için: { -kt }, { -kt-tel }. { -dutch }
    Şu anda bir çocuğa zarar veriliyor mu? Ara: { -tel-112 }.
