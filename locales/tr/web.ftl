# Web sohbetinin kendi söyledikleri (src/web.rs). Taslak: ana dili Türkçe olan biri henüz kontrol etmedi.

web-quick-exit = Hızlı çıkış
web-quick-exit-hint = Hızlı çıkış (ya da Esc tuşu) hemen bir hava durumu sayfası açar ve bu sohbeti siler.
web-log = Sohbet
web-you = Sen
web-input = Mesajını yaz
web-send = Gönder
web-choices = Ya da seç
web-privacy =
    Baken çerez ve sohbet saklamaz. Tarayıcın bu sayfanın adresini geçmişinde tutar.
    Telefonuna ya da bilgisayarına başkası bakabilir mi? O zaman Baken'i gizli (incognito) bir pencerede aç. Ya da sonra geçmişini sil.
web-too-long =
    Mesajın çok uzundu. Yeniden başladım. Lütfen daha kısa bir mesaj gönder.
    Tehlikede misin? Ara: { -tel-112 }.
web-too-slow =
    Mesajın düzgün gelmedi. Yeniden başladım. Lütfen bir kez daha dene.
    Tehlikede misin? Ara: { -tel-112 }.
web-not-found =
    Bu sayfa yok. Sohbet bu adresin ilk sayfasında başlar.
    Tehlikede misin? Ara: { -tel-112 }.
