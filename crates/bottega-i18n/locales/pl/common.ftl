## Układ strony, nawigacja i komunikaty wspólne dla wszystkich stron.

skip-to-content = Przejdź do treści głównej
nav-main-label = Sekcje
nav-account-label = Twoje konto
nav-account = Konto
nav-admin = Administracja
nav-logout = Wyloguj się
nav-login = Zaloguj się
nav-register = Dołącz do Bottegi
nav-directory = Katalog
nav-people = Osoby
language-switch-label = Język
language-switch-button = Zmień
verify-pending-notice = Potwierdź swój adres e-mail, korzystając z linku, który Ci wysłaliśmy. Do tego czasu możesz przeglądać serwis, ale nie możesz dołączać do organizacji.
verify-resend-button = Wyślij link ponownie
footer-about = Bottega to otwartoźródłowe miejsce spotkań społeczności kształcenia i szkolenia zawodowego z całej Europy i Bałkanów Zachodnich.
footer-sections = Sekcje platformy Bottega
choose-optional = (nie podano)
choose-any = Wszystkie
choose-one = Wybierz
filter-button = Pokaż wyniki
save-button = Zapisz
label-search-name = Nazwa zawiera

## Błędy

error-title = Coś poszło nie tak
error-not-found = Nie znaleźliśmy tej strony. Mogła zostać przeniesiona albo nie jest dla Ciebie widoczna.
error-forbidden = Nie masz uprawnień do wykonania tej czynności.
error-login-required = Zaloguj się, aby kontynuować.
error-verification-required = Najpierw potwierdź swój adres e-mail. Skorzystaj z linku, który Ci wysłaliśmy, albo poproś o nowy u góry strony.
error-csrf-invalid = Ten formularz wygasł lub nie pochodzi z platformy Bottega. Wróć, odśwież stronę i wyślij formularz ponownie.
error-session-missing = Twoja przeglądarka nie przesłała pliku cookie zabezpieczającego platformy Bottega. Zezwól na pliki cookie dla tej witryny, odśwież stronę i spróbuj ponownie.
error-rate-limited = { $minutes ->
    [one] Zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.
    [few] Zbyt wiele prób. Odczekaj { $minutes } minuty i spróbuj ponownie.
    [many] Zbyt wiele prób. Odczekaj { $minutes } minut i spróbuj ponownie.
   *[other] Zbyt wiele prób. Odczekaj { $minutes } minuty i spróbuj ponownie.
}
error-payload-too-large = Przesłane dane są zbyt duże. Wyślij coś mniejszego.
error-internal = Wystąpił błąd po naszej stronie. Został zarejestrowany – spróbuj ponownie za chwilę.
error-bad-request = Nie udało się zrozumieć żądania. Wróć i spróbuj ponownie.
error-reference = Błąd { $code }
error-home-link = Przejdź do strony głównej

## Formularze

form-error-summary = Popraw następujące elementy
form-error-required = To pole jest wymagane.
form-error-too-short = Minimalna liczba znaków: { $limit }.
form-error-too-long = Maksymalna liczba znaków (lub elementów): { $limit }.
form-error-email-invalid = Wpisz adres e-mail w postaci nazwa@example.org.
form-error-email-taken = Konto z tym adresem e-mail już istnieje. Zaloguj się albo zresetuj hasło.
form-error-password-common = To hasło należy do tych, które atakujący sprawdzają w pierwszej kolejności. Wybierz inne, na przykład kilka słów, które coś dla Ciebie znaczą.
form-error-password-like-email = Hasło nie może być Twoim adresem e-mail.
form-error-password-mismatch = Podane hasła nie są takie same.
form-error-password-wrong = Hasło jest nieprawidłowe.
form-error-invalid-choice = Wybierz jedną z dostępnych opcji.
form-error-url-invalid = Wpisz adres strony internetowej zaczynający się od http:// lub https://.
form-error-control-characters = Usuń z tego tekstu niewidoczne znaki sterujące.
paging-label = Strony
paging-previous = Poprzednia strona
paging-next = Następna strona
paging-position = Strona { $page } z { $pages }

## Przesyłanie plików

upload-empty = Wybierz plik do przesłania.
upload-too-large = Plik jest większy niż { $limit } MB.
upload-malformed = Nie udało się odczytać przesłanego pliku. Spróbuj ponownie.
upload-image-too-large = Obraz jest zbyt duży. Użyj obrazu, którego każdy bok ma mniej niż 8000 pikseli.
upload-not-image = Ten plik nie jest obrazem, który Bottega może wykorzystać. Prześlij plik PNG, JPEG, WebP lub GIF.

## Daty i liczby

date-format = { $day } { $month } { $year }
datetime-format = { $date }, { $time } UTC
date-month-1 = stycznia
date-month-2 = lutego
date-month-3 = marca
date-month-4 = kwietnia
date-month-5 = maja
date-month-6 = czerwca
date-month-7 = lipca
date-month-8 = sierpnia
date-month-9 = września
date-month-10 = października
date-month-11 = listopada
date-month-12 = grudnia
number-group-separator = {"\u00A0"}

## Komunikaty wyświetlane jednorazowo po wykonaniu czynności

flash-registered = Witamy na platformie Bottega! Wysłaliśmy Ci e-mail, aby potwierdzić Twój adres. W międzyczasie opowiedz społeczności trochę o sobie.
flash-verified = Dziękujemy, Twój adres e-mail został potwierdzony.
flash-verification-sent = Wysłaliśmy Ci nowy link potwierdzający.
flash-signed-in = Logowanie zakończyło się powodzeniem.
flash-signed-out = Wylogowanie zakończyło się powodzeniem.
flash-password-reset = Hasło zostało zmienione. Zaloguj się, używając nowego hasła.
flash-password-changed = Hasło zostało zmienione. Nastąpiło wylogowanie na wszystkich pozostałych urządzeniach.
flash-email-change-sent = Wysłaliśmy link na Twój nowy adres. Adres zmieni się, gdy z niego skorzystasz.
flash-email-changed = Twój adres e-mail został zmieniony.
flash-profile-saved = Twój profil został zapisany.
flash-avatar-saved = Twoje zdjęcie zostało zapisane.
flash-avatar-removed = Twoje zdjęcie zostało usunięte.
flash-organisation-created = Organizacja została dodana do katalogu. Masz w niej rolę administratora.
flash-organisation-saved = Dane organizacji zostały zapisane.
flash-logo-saved = Logo zostało zapisane.
flash-already-member = Już należysz do tej organizacji.
flash-request-pending = Twoja prośba o dołączenie już czeka na odpowiedź.
flash-request-sent = Twoja prośba została wysłana do administratorów organizacji.
flash-request-already-decided = Na tę prośbę już udzielono odpowiedzi.
flash-request-accepted = Prośba została przyjęta – ta osoba należy teraz do organizacji.
flash-request-declined = Prośba została odrzucona.
flash-invitation-sent = Zaproszenie zostało wysłane.
flash-invitation-revoked = Zaproszenie zostało wycofane.
flash-last-admin = Organizacja musi mieć co najmniej jednego administratora. Najpierw nadaj rolę administratora innej osobie.
flash-member-changed = Członkostwo zostało zmienione.
flash-invitation-unusable = Tego zaproszenia nie można już wykorzystać.
flash-invitation-accepted = Witamy! Należysz teraz do tej organizacji.
flash-admin-not-self = Na tej liście nie można zmieniać własnego konta.
flash-last-site-admin = Serwis Bottega musi mieć co najmniej jednego aktywnego administratora.
flash-admin-done = Gotowe. Czynność została odnotowana w dzienniku audytu.
form-error-handle-invalid = Nazwa może mieć od 3 do 30 znaków: małe litery, cyfry, myślniki, kropki lub podkreślniki. Musi zaczynać się od litery lub cyfry.
form-error-handle-taken = Ta nazwa użytkownika jest już zajęta. Wybierz inną.
number-decimal-separator = ,

form-error-date = Wpisz prawidłową datę w formacie rok-miesiąc-dzień, na przykład 2027-03-15.
