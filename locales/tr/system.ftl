# Baken'in konuşma yollarının dışında söyledikleri.

not-understood =
    Ne demek istediğini tam anlamıyorum, ama yardım etmek istiyorum. Aşağıda bir konu seç, ya da başka kelimelerle söyle.
    Tehlikede misin? Ara: { -tel-112 }.
    Bir insanla konuşmak ister misin? Ara: { -vt }, { -vt-tel }. Ücretsiz, gece gündüz. { -dutch }

non-text =
    Sadece metin okuyabilirim. Fotoğraflara, sesli mesajlara ya da dosyalara bakmam ve onları saklamam.
    Lütfen adın ya da adresin gibi kişisel bilgiler gönderme. Neler olduğunu birkaç kelimeyle yaz.

empty-message = Mesajında kelime görmüyorum. Neler olduğunu birkaç kelimeyle yaz, ya da bir numara seç.

erased =
    Konuşma silindi. Artık nerede olduğunu bilmiyorum.
    Sohbetin kendisini de uygulamanda sil: sohbetin üzerine basılı tut ve sil seç.
    Tehlikede misin? Ara: { -tel-112 }.

slow-down = Çok hızlı çok mesaj gönderiyorsun. Biraz dur, hâlâ buradayım. Tehlikede misin? Ara: { -tel-112 }.


not-offered =
    { $count ->
        [1] 1 seç, ya da neler olduğunu yaz.
       *[other] 1 ile { $count } arasında bir numara seç, ya da neler olduğunu yaz.
    }

deep-link-promise = Ben bir sohbet botuyum. Silmek için stop yaz. Tehlikede misin? Ara: { -tel-112 }.

# Terminal (baken chat): uygulama metni düğmeler ya da sohbet uygulaması hakkında olduğunda kendi sözleri.

console-help =
    Baken nasıl çalışır: seçtiğin numarayı yaz ve Enter'a bas. Neler olduğunu doğrudan da yazabilirsin.
    Bu kelimeler her zaman çalışır:
    menü: başa dön
    dil: başka bir dil
    stop ya da sil: bu konuşmayı sil
    çıkış: Baken'i kapat
    { -tel-112 }: tehlikedeysen
    Tehlikede misin? Ara: { -tel-112 }.

console-erased =
    Konuşma silindi. Artık nerede olduğunu bilmiyorum. Ekran temizlendi.
    Biri bakabilirse bu pencereyi de kapat.
    Tehlikede misin? Ara: { -tel-112 }.

console-how-to-quit = Baken'i kapatmak için çıkış yaz ya da Ctrl-D'ye bas. Hiçbir şey saklanmaz.

# Said (in this language) after an answer when a message was clearly written in this language but the conversation is in another.
language-offer = Türkçe devam etmek ister misin? Yaz: tr
