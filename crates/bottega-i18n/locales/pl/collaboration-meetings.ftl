## Współpraca: spotkania grupy roboczej, ich agenda, protokoły, lista obecności i pliki kalendarza.

wg-meeting-list-title = Spotkania
wg-meeting-plan-link = Zaplanuj spotkanie
wg-meeting-upcoming = Nadchodzące spotkania
wg-meeting-upcoming-none = Nie zaplanowano żadnego spotkania.
wg-meeting-upcoming-more = { $count ->
    [one] Jeszcze jedno nadchodzące spotkanie znajdziesz tylko w pliku kalendarza.
    [few] Jeszcze { $count } nadchodzące spotkania znajdziesz tylko w pliku kalendarza.
    [many] Jeszcze { $count } nadchodzących spotkań znajdziesz tylko w pliku kalendarza.
   *[other] Jeszcze { $count } nadchodzącego spotkania znajdziesz tylko w pliku kalendarza.
}
wg-meeting-past = Minione spotkania
wg-meeting-past-none = Nie odbyło się jeszcze żadne spotkanie.
wg-meeting-has-minutes = Protokół
wg-meeting-no-minutes = Bez protokołu
wg-meeting-present-count = { $count ->
    [one] Obecna jedna osoba
    [few] Obecne { $count } osoby
    [many] Obecnych { $count } osób
   *[other] Obecne { $count } osoby
}

## Godziny

# Spotkanie, które zaczyna się i kończy tego samego dnia, np. „14 lipca 2026, 14:30–16:00”.
wg-meeting-span-one-day = { $date }, { $start }–{ $end }
# Spotkanie, które kończy się następnego dnia.
wg-meeting-span-two-days = { $date }, { $start } – { $enddate }, { $end }
wg-meeting-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } godz.
       *[other] { $hours } godz. { $minutes } min
    }
}
wg-meeting-in-utc = Czas UTC:
wg-meeting-in-zone = Czas w strefie { $zone }:
wg-meeting-zone-label = Pokaż godziny także w strefie
wg-meeting-zone-none = (tylko strefa spotkania i UTC)
wg-meeting-zone-button = Pokaż

## Pliki kalendarza

wg-meeting-ics-all = Dodaj wszystkie spotkania do swojego kalendarza (.ics)
wg-meeting-ics-all-hint = Plik kalendarza zawiera spotkania grupy z godzinami w UTC, dzięki czemu Twój kalendarz pokaże je o właściwej godzinie, gdziekolwiek jesteś. Po każdej zmianie zaimportuj go ponownie: spotkania zostaną zaktualizowane, a nie zdublowane.
wg-meeting-ics-one = Dodaj do swojego kalendarza (.ics)
wg-meeting-ics-hint = Gdy spotkanie się zmieni, zaimportuj plik ponownie: kalendarz zastąpi poprzedni wpis.

## Strona spotkania

wg-meeting-label-when = Termin
wg-meeting-label-duration = Czas trwania
wg-meeting-label-where = Miejsce lub wideorozmowa
wg-meeting-place-none = Jeszcze nie podano
wg-meeting-label-planned-by = Zaplanowane przez
wg-meeting-edit-link = Zmień termin, miejsce lub agendę
wg-meeting-agenda = Agenda
wg-meeting-agenda-none = Nie ma jeszcze agendy.
wg-meeting-minutes = Protokół
wg-meeting-minutes-none = Protokół nie został jeszcze sporządzony.
wg-meeting-minutes-later = Protokół sporządza się w trakcie spotkania lub po nim.
wg-meeting-minutes-by = Ostatnia zmiana: { $name }, { $date }
wg-meeting-minutes-write = Sporządź protokół
wg-meeting-minutes-edit = Edytuj protokół
wg-meeting-attendance = Lista obecności
wg-meeting-attendance-none = Nie odnotowano obecności.
wg-meeting-attendance-record = Uzupełnij listę obecności
wg-meeting-attendance-present = Obecność
wg-meeting-attendance-excused = Nieobecność usprawiedliwiona
wg-meeting-attendance-absent = Nieobecność
wg-meeting-attendance-unrecorded = Brak wpisu

## Planowanie i zmiana spotkania

wg-meeting-plan-title = Zaplanuj spotkanie
wg-meeting-plan-lead = Podaj godzinę w strefie czasowej, która jest dla Ciebie najwygodniejsza; wszyscy zobaczą ją w tej strefie i w UTC, a kalendarze same przeliczą ją na czas lokalny swoich użytkowników.
wg-meeting-edit-title = Edytuj spotkanie
wg-meeting-edit-hint = Osoby, które dodały spotkanie do swojego kalendarza, zobaczą zmianę po ponownym zaimportowaniu pliku kalendarza.
wg-meeting-label-title = Tytuł
wg-meeting-legend-when = Kiedy spotkanie się zaczyna i jak długo trwa
wg-meeting-label-date = Data
wg-meeting-date-hint = Na przykład 2026-07-14. Możesz podać datę z przeszłości, aby odnotować spotkanie, które już się odbyło.
wg-meeting-label-time = Godzina rozpoczęcia
wg-meeting-time-hint = W formacie 24-godzinnym, na przykład 14:30, w strefie czasowej wybranej poniżej.
wg-meeting-label-time-zone = Strefa czasowa
wg-meeting-time-zone-hint = Strefa czasowa godziny rozpoczęcia. Osoby w innych strefach zobaczą też godzinę w UTC.
wg-meeting-label-duration-minutes = Czas trwania w minutach
wg-meeting-duration-hint = Od { $min } do { $max } minut.
wg-meeting-label-place = Miejsce lub link do wideorozmowy
wg-meeting-place-hint = Sala i jej adres albo link do wideorozmowy (opcjonalnie).
wg-meeting-label-agenda = Agenda
wg-meeting-agenda-hint = Markdown: wiersz zaczynający się od „1.” lub „-” to punkt listy; działają też **pogrubienie**, *kursywa* i linki.
wg-meeting-label-lang = Język tytułu i agendy
wg-meeting-plan-button = Zaplanuj spotkanie
wg-meeting-save-button = Zapisz zmiany

## Protokół

wg-meeting-minutes-title = Sporządź protokół
wg-meeting-minutes-hint = Markdown. Co omówiono, co postanowiono, kto co robi i do kiedy. Każdy członek grupy może go uzupełnić.
wg-meeting-label-minutes-lang = Język protokołu
wg-meeting-minutes-button = Zapisz protokół

## Lista obecności

wg-meeting-attendance-title = Uzupełnij listę obecności
wg-meeting-attendance-legend = Kto był na spotkaniu
wg-meeting-attendance-hint = Jedna odpowiedź dla każdego członka grupy. „Brak wpisu” usuwa odpowiedź podaną wcześniej.
wg-meeting-coordinator = Koordynator
wg-meeting-attendance-button = Zapisz listę obecności

## Problemy

wg-meeting-error-date = Wpisz prawidłową datę, na przykład 2026-07-14.
wg-meeting-error-time = Wpisz godzinę w formacie 24-godzinnym, na przykład 14:30.
wg-meeting-error-time-zone = Wybierz jedną z dostępnych stref czasowych.
wg-meeting-error-duration = Wpisz liczbę minut od { $min } do { $max }.
wg-meeting-error-time-gap = Tego dnia w strefie { $zone } nie ma godziny { $time }: zegary przestawia się wtedy na czas letni. Wybierz inną godzinę, na przykład { $next }.
wg-meeting-error-time-missing = Tego dnia w strefie { $zone } nie ma godziny { $time }. Wybierz inną godzinę.
wg-meeting-error-organisers-only = Tylko osoba, która zaplanowała to spotkanie, i koordynatorzy grupy mogą je zmieniać lub uzupełniać listę obecności.
wg-meeting-error-attendance-status = Wybierz dla osoby { $name }: obecność, nieobecność usprawiedliwiona, nieobecność lub brak wpisu.
wg-meeting-error-attendance-outsider = Obecność można odnotować tylko w przypadku członków grupy. Jedna z osób w formularzu nie jest (lub już nie jest) członkiem grupy – odśwież formularz i spróbuj ponownie.

## Komunikaty po zmianie

flash-wg-meeting-planned = Spotkanie zostało zaplanowane. Dodaj je do swojego kalendarza za pomocą pliku .ics.
flash-wg-meeting-recorded = Spotkanie zostało zapisane. Jego termin już minął, dlatego widnieje wśród minionych spotkań.
flash-wg-meeting-updated = Spotkanie zostało zmienione.
flash-wg-meeting-minutes-saved = Protokół został zapisany.
flash-wg-meeting-attendance-saved = Lista obecności została zapisana.
