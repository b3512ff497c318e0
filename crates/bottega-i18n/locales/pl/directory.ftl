## Osoby i profile

people-title = Osoby
people-lead = Członkowie społeczności, którzy zdecydowali się udostępnić swój profil.
people-filter-label = Filtruj osoby
people-count = { $count ->
    [one] Jedna osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
}
label-role = Rola
label-roles = Role
label-sector = Sektor
label-sectors = Sektory
label-language = Język
label-languages = Znane języki
avatar-alt = Zdjęcie: { $name }
profile-joined = W społeczności od { $date }
profile-edit-link = Edytuj swój profil
profile-about = O sobie
profile-organisations = Organizacje
profile-edit-title = Twój profil
profile-avatar-heading = Zdjęcie
label-avatar = Prześlij zdjęcie
avatar-hint = PNG, JPEG, WebP lub GIF, maksymalnie 5 MB. Przycinamy zdjęcie do kwadratu i usuwamy wszystkie ukryte dane, na przykład informację o miejscu jego wykonania.
avatar-upload-button = Prześlij
avatar-remove-button = Usuń zdjęcie
label-bio = Kilka słów o sobie
label-bio-lang = Język tego opisu
label-visibility = Kto może zobaczyć Twój profil
profile-minor-not-public = Profile osób poniżej 18. roku życia nie mogą być publiczne.
profile-bio-lang-needed = Podaj, w jakim języku napisany jest Twój tekst, aby czytelnicy mogli go odnaleźć.

## Organizacje i wyszukiwanie partnerów

directory-title = Katalog i wyszukiwarka partnerów
directory-lead = Znajdź placówki kształcenia zawodowego, przedsiębiorstwa, stowarzyszenia i instytucje publiczne, z którymi możesz współpracować.
directory-add = Dodaj swoją organizację
directory-filter-label = Filtruj organizacje
directory-count = { $count ->
    [one] Jedna organizacja
    [few] { $count } organizacje
    [many] { $count } organizacji
   *[other] { $count } organizacji
}
directory-members = { $count ->
    [one] jeden członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}
directory-none = Żadna organizacja nie spełnia tych kryteriów. Spróbuj usunąć jeden z filtrów.
label-org-type = Typ organizacji
label-org-name = Nazwa organizacji
label-org-role = Rola w organizacji
label-city = Miejscowość
label-website = Strona internetowa
label-description = Opis
label-description-lang = Język opisu
label-working-languages = Języki robocze
label-logo = Prześlij logo
label-join-message = Wiadomość do administratorów (opcjonalnie)
logo-alt = Logo: { $name }
logo-upload-button = Prześlij logo
org-listed-since = W katalogu od { $date }
org-about = O organizacji
org-membership = Członkostwo
org-you-are = Twoja rola w tej organizacji: { $role }.
org-request-pending = Twoja prośba o dołączenie czeka na odpowiedź administratorów.
org-join-button = Poproś o dołączenie
org-login-to-join = Zaloguj się, aby poprosić o dołączenie
org-manage = Członkowie i prośby
org-edit = Edytuj
org-members-heading = { $count ->
    [one] Jeden członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}
org-new-title = Dodaj swoją organizację
org-edit-title = Edytuj organizację
org-logo-heading = Logo
org-description-lang-needed = Podaj, w jakim języku napisany jest opis.
manage-title = Członkowie organizacji { $org }
manage-back = Wróć do organizacji
manage-requests = { $count ->
    [0] Prośby o dołączenie
    [one] Jedna prośba o dołączenie
    [few] { $count } prośby o dołączenie
    [many] { $count } próśb o dołączenie
   *[other] { $count } prośby o dołączenie
}
manage-no-requests = Brak oczekujących próśb.
manage-accept = Przyjmij: { $name }
manage-decline = Odrzuć: { $name }
manage-invitations = Zaproszenia
manage-invite-button = Wyślij zaproszenie
manage-invitation-state = Stan
manage-actions = Działania
manage-revoke = Wycofaj
manage-make-member = Nadaj rolę członka
manage-make-admin = Nadaj rolę administratora
manage-remove = Usuń
member-minor = poniżej 18 lat
invitation-state-pending = oczekujące
invitation-state-accepted = przyjęte
invitation-state-revoked = wycofane
invitation-state-expired = wygasłe
invitation-title = Zaproszenie
invitation-lead = Zapraszamy Cię do organizacji { $org } w roli: { $role }.
invitation-accept = Przyjmij zaproszenie
invitation-sign-in = Aby przyjąć zaproszenie, zaloguj się jako { $email } albo załóż konto z tym adresem.
invitation-used = To zaproszenie zostało już przyjęte.
invitation-revoked = To zaproszenie zostało wycofane.
invitation-expired = To zaproszenie wygasło. Poproś organizację o nowe.
invitation-other-address = To zaproszenie wysłano na inny adres e-mail. Aby je przyjąć, zaloguj się z użyciem tamtego adresu.

## Administracja

admin-title = Osoby w tym serwisie Bottega
admin-audit-link = Dziennik audytu
admin-search-label = Szukaj według nazwy lub adresu e-mail
admin-site-role = Rola w serwisie
admin-status = Status
admin-registered = Data rejestracji
admin-action-for = Czynność dla: { $name }
admin-suspend = Zawieś
admin-reactivate = Aktywuj ponownie
admin-make-member = Nadaj rolę członka
admin-make-editor = Mianuj redaktorem dobrych praktyk
admin-make-moderator = Nadaj rolę moderatora
admin-make-admin = Nadaj rolę administratora
admin-apply = Zastosuj
audit-title = Dziennik audytu
audit-when = Kiedy
audit-who = Kto
audit-action = Czynność
audit-target = Dotyczy
audit-detail = Szczegóły
label-handle = Nazwa użytkownika
handle-hint = Inni mogą wspomnieć o Tobie we wpisie, pisząc @ i Twoją nazwę użytkownika. Dozwolone są małe litery, cyfry, myślniki, kropki i podkreślniki.
admin-communities-title = Społeczności
admin-communities-link = Społeczności
admin-community-new = Nowa społeczność
admin-community-visibility = Kto może ją czytać
admin-community-org = Organizacja, do której należy społeczność prywatna (ostatnia część adresu organizacji w katalogu)
admin-community-org-needed = Społeczność prywatna należy do organizacji: podaj ostatnią część adresu tej organizacji w katalogu, na przykład istituto-professionale-leonardo.
admin-community-position = Kolejność na liście (liczba; mniejsze liczby są wyżej)
admin-community-create = Utwórz społeczność
flash-community-created = Społeczność została utworzona.
