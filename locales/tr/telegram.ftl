# Telegram kanalının kendisinin söyledikleri (bkz. src/telegram.rs).

telegram-private-only =
    Baken sadece özel bir sohbette çalışır, grupta ya da kanalda çalışmaz. Bu sohbetten çıkıyorum.
    Bir şey sormak mı istiyorsun? Benimle özel bir sohbet aç. Tehlikede misin? Ara: { -tel-112 }.

telegram-delete-chat =
    Sohbeti Telegram'dan da kaldırmak için:
    • Android: listede sohbetin üzerine basılı tut, çöp kutusuna dokun ve bot için de sil.
    • iPhone: listede sohbeti sola kaydır ve Sil'e dokun.
    • Bilgisayar: sohbete sağ tıkla ve Sohbeti sil seç.
    Her zaman geri gelebilirsin. Tehlikede misin? Ara: { -tel-112 }. Veilig Thuis: { -vt-tel }. { -dutch }

telegram-cmd-start = Yeniden başla
telegram-cmd-menu = Konular menüsü
telegram-cmd-help = Baken nasıl çalışır?
telegram-cmd-language = Başka dil / andere taal
telegram-cmd-erase = Bu konuşmayı sil
