# Baken'in Matrix'te konuşma yollarının dışında kendisinin söyledikleri (bkz. src/matrix.rs).

matrix-direct-only =
    Baken sadece tek kişiyle özel bir sohbette çalışır, grupta çalışmaz. Bu sohbetten çıkıyorum.
    Bir şey sormak mı istiyorsun? Benimle özel bir sohbet başlat. Tehlikede misin? Ara: { -tel-112 }.

matrix-delete-chat =
    Mesajlarımı sildim, seninkileri de silebildiğim kadar, ve bu sohbetten çıkıyorum.
    Lütfen sohbeti kendi tarafında da sil. Element'te: sohbeti aç, üstte adına dokun ve Ayrıl (Leave) seç.
    Dürüst olmak gerekirse: sunucu silinen mesajları bir süre saklayabilir (varsayılan olarak en fazla 7 gün).
    Her zaman geri gelebilirsin. Tehlikede misin? Ara: { -tel-112 }.

matrix-undecryptable =
    Son mesajını okuyamadım (bende olmayan bir anahtarla şifrelenmiş).
    Lütfen tekrar gönder ya da menü yaz. Tehlikede misin? Ara: { -tel-112 }.

matrix-delete-chat-failed =
    Tüm mesajları silemedim: bu sohbet buna izin vermiyor. Yazdıkların ve cevaplarım hâlâ görülebilir.
    Lütfen sohbeti kendin sil, mümkünse içindeki mesajları da. Element'te: sohbeti aç, üstte adına dokun ve Ayrıl'ı seç.
    Şimdi bu sohbetten çıkıyorum. İstediğin zaman geri gelebilirsin. Tehlikede misin? Ara: { -tel-112 }.
