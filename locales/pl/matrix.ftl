# Co Baken mówi sam w Matrixie (zob. src/matrix.rs), poza ścieżkami rozmowy.

matrix-direct-only =
    Baken działa tylko w prywatnym czacie z jedną osobą, nie w grupie. Opuszczam ten czat.
    Chcesz o coś zapytać? Zacznij ze mną prywatny czat. W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

matrix-delete-chat =
    Usunąłem moje wiadomości, a twoje tam, gdzie mogłem, i opuszczam ten czat.
    Usuń, proszę, czat także u siebie. W Elemencie: otwórz czat, dotknij jego nazwy u góry i wybierz Opuść (Leave).
    Szczerze: serwer może przez jakiś czas przechowywać usunięte wiadomości (domyślnie do 7 dni).
    Zawsze możesz wrócić. W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

matrix-undecryptable =
    Nie mogłem przeczytać twojej ostatniej wiadomości (była zaszyfrowana kluczem, którego nie mam).
    Wyślij ją, proszę, jeszcze raz albo napisz menu. W niebezpieczeństwie? Zadzwoń: { -tel-112 }.

matrix-delete-chat-failed =
    Nie mogłem usunąć wszystkich wiadomości: ten czat mi na to nie pozwala. To, co napisałeś i co odpowiedziałem, nadal widać.
    Usuń czat sam, a jeśli możesz, także wiadomości w nim. W Element: otwórz czat, dotknij jego nazwy u góry i wybierz Opuść.
    Teraz wychodzę z tego czatu. Zawsze możesz wrócić. Jesteś w niebezpieczeństwie? Zadzwoń: { -tel-112 }.
