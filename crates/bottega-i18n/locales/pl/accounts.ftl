## Rejestracja, logowanie, resetowanie hasła i ustawienia konta

register-title = Dołącz do Bottegi
register-lead = Załóż konto, aby dołączać do organizacji, brać udział w dyskusjach i dzielić się materiałami.
label-display-name = Nazwa widoczna dla innych
label-email = Adres e-mail
label-password = Hasło
label-password-confirm = Powtórz hasło
label-new-password = Nowe hasło
label-current-password = Obecne hasło
label-new-email = Nowy adres e-mail
label-country = Kraj
label-is-minor = Mam mniej niż 18 lat
is-minor-hint = Profile osób poniżej 18. roku życia są prywatne i nigdy nie pojawiają się na publicznych listach.
password-hint = Co najmniej 8 znaków. Kilka niezwiązanych ze sobą słów to silne i łatwe do zapamiętania hasło.
register-button = Załóż konto
register-have-account = Masz już konto?
login-title = Logowanie
login-button = Zaloguj się
login-forgot = Nie pamiętasz hasła?
login-no-account = Nie masz jeszcze konta na platformie Bottega?
login-wrong = Adres e-mail lub hasło jest nieprawidłowe.
login-suspended = To konto zostało zawieszone. Skontaktuj się z administratorami tego serwisu Bottega.
login-throttled = { $minutes ->
    [one] Zbyt wiele nieudanych prób. Ze względów bezpieczeństwa odczekaj minutę, zanim spróbujesz ponownie, albo zresetuj hasło.
    [few] Zbyt wiele nieudanych prób. Ze względów bezpieczeństwa odczekaj { $minutes } minuty, zanim spróbujesz ponownie, albo zresetuj hasło.
    [many] Zbyt wiele nieudanych prób. Ze względów bezpieczeństwa odczekaj { $minutes } minut, zanim spróbujesz ponownie, albo zresetuj hasło.
   *[other] Zbyt wiele nieudanych prób. Ze względów bezpieczeństwa odczekaj { $minutes } minuty, zanim spróbujesz ponownie, albo zresetuj hasło.
}
forgot-title = Resetowanie hasła
forgot-lead = Podaj adres e-mail powiązany z Twoim kontem. Wyślemy na niego link do ustawienia nowego hasła.
forgot-button = Wyślij link
forgot-sent = Jeśli z tym adresem powiązane jest konto, wysłaliśmy na niego link. Link jest jednorazowy i ważny przez godzinę.
reset-title = Ustaw nowe hasło
reset-button = Zapisz nowe hasło
link-problem-title = Ten link nie działa
link-expired = Link wygasł. Poproś o nowy.
link-used = Ten link został już wykorzystany. Każdy link działa tylko raz.
link-unknown = Nie rozpoznajemy tego linku. Sprawdź, czy został skopiowany w całości, albo poproś o nowy.
link-problem-reset = Zresetuj hasło
account-title = Twoje konto
account-edit-profile = Edytuj swój profil
account-email-heading = Adres e-mail
account-current-email = Twój adres to { $email }.
account-verified = potwierdzony
account-unverified = niepotwierdzony
account-email-button = Zmień adres
account-password-heading = Hasło
account-password-lead = Po zmianie hasła nastąpi wylogowanie na wszystkich pozostałych urządzeniach.
account-password-button = Zmień hasło

## Wiadomości e-mail

email-signature = Bottega – społeczność kształcenia i szkolenia zawodowego
email-verify-subject = Potwierdź swój adres e-mail na platformie Bottega
email-verify-body =
    Witaj, { $name }!

    Cieszymy się, że dołączasz do platformy Bottega. Potwierdź swój adres e-mail, otwierając ten link:

    { $link }

    Link jest ważny przez trzy dni. Jeśli to nie Ty zakładasz konto, zignoruj tę wiadomość.
email-reset-subject = Resetowanie hasła do konta na platformie Bottega
email-reset-body =
    Witaj, { $name }!

    Otrzymaliśmy prośbę o zresetowanie hasła do Twojego konta na platformie Bottega. Aby ustawić nowe hasło, otwórz ten link:

    { $link }

    Link jest jednorazowy i ważny przez godzinę. Jeśli to nie Ty prosisz o zmianę hasła, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.
email-change-subject = Potwierdź swój nowy adres e-mail na platformie Bottega
email-change-body =
    Witaj, { $name }!

    Potwierdź, że to Twój nowy adres e-mail na platformie Bottega, otwierając ten link:

    { $link }

    Do tego czasu Twoje konto zachowa dotychczasowy adres.
email-invitation-subject = Zaproszenie do organizacji { $name } na platformie Bottega
email-invitation-body =
    Dzień dobry!

    Zapraszamy Cię do organizacji { $name } na platformie Bottega – w społeczności kształcenia i szkolenia zawodowego. Aby przyjąć zaproszenie, otwórz ten link i zaloguj się lub załóż konto z użyciem tego adresu e-mail:

    { $link }

    Zaproszenie jest ważne przez dwa tygodnie.
email-join-decided-subject = Twoja prośba o dołączenie do organizacji { $org }
email-join-decided-body = Twoja prośba o dołączenie do organizacji { $org } na platformie Bottega została { $outcome }.
join-outcome-accepted = przyjęta
join-outcome-declined = odrzucona
