# Kim yardım edebilir: iletişim kartı, ve Veilig Thuis aranınca ne olur.

contacts =
    Kim yardım edebilir:
    - Tehlikede: ara, { -tel-112 }.
    - { -vt } (aile içi şiddet danışma hattı): { -vt-tel }. Ücretsiz, gece gündüz. Adını vermeden danışabilirsin. Bunu yaşayanlar, endişelenenler ve kendisi ileri gidenler için.
    - İntiharı düşünüyorsan: { -zp-tel } ya da { -zp-tel-free }, gece gündüz.
    - 8 ile 18 yaş arası çocuklar ve gençler: { -kt }, { -kt-tel }.
    - Bir suçun mağduru ya da tanığı: { -sh }, { -sh-tel } (yerel ücret).
    - Erkekler: { -mm }. Telefonun için yardım: { -safetyned }.
    { -dutch }

contacts-vt =
    { -vt } ({ -vt-tel }): aradığında ne olur?
    - Bölgendeki { -vt } ile konuşursun. Ücretsiz, gece gündüz.
    - Anonim kalabilir ve sadece danışabilirsin. Ne anlatacağına sen karar verirsin.
    - Bildirim yapmak: { -vt } harekete geçsin istersin. Bunun için ararsın.
    - Web sitesindeki sohbet tamamen anonimdir. Orada danışabilirsin, ama bildirim yapamazsın.
    - Bir bildirimden sonra { -vt } herkesin ne kadar güvende olduğuna bakar ve hangi adımların gerektiğine karar verir.
    { -dutch }
    Hemen tehlike var mı? Ara: { -tel-112 }.

opt-contacts-vt = Veilig Thuis: aradığımda ne olur?
