## Wspólne strony grupy roboczej: lista, pisanie, historia i zmiany między wersjami.

wg-page-list-heading = Wspólne strony
wg-page-list-lead = Strony, które grupa pisze wspólnie. Każda wersja jest przechowywana, więc nic, co tu napisano, nigdy nie przepadnie.
wg-page-new-link = Nowa strona
wg-page-list-none = Grupa nie ma jeszcze żadnych stron.
wg-page-count = { $count ->
    [one] Jedna strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
}
wg-page-col-title = Strona
wg-page-col-revision = Wersja
wg-page-col-editor = Autor ostatniej zmiany
wg-page-col-when = Data zmiany
wg-page-someone = były członek
wg-page-meta = Wersja { $revision }, zapisana { $date }, autor: { $name }
wg-page-edit-link = Edytuj
wg-page-history-link = Historia
wg-page-last-changes-link = Ostatnie zmiany

## Pisanie strony

wg-page-new-heading = Nowa strona
wg-page-edit-heading = Edycja
wg-page-editing-revision = Edytujesz wersję { $revision }.
wg-page-label-title = Tytuł
wg-page-label-lang = Język tekstu
wg-page-label-body = Tekst
wg-page-body-hint = Składnia Markdown: # to nagłówek, - to punkt listy, **pogrubienie**, [słowa](https://example.org) to link. Najwyżej 100 000 znaków.
wg-page-label-note = Co zmieniasz?
wg-page-note-hint = Opcjonalnie, na potrzeby historii: kilka słów, na przykład „Dodano daty wizyt”. Najwyżej 200 znaków.
wg-page-create-button = Utwórz stronę
wg-page-save-button = Zapisz
wg-page-preview-button = Podgląd
wg-page-cancel = Anuluj
wg-page-preview-heading = Podgląd (jeszcze niezapisany)
wg-page-error-stale = Podczas Twojej pracy nad tekstem ktoś inny zapisał nowszą wersję tej strony. Twój tekst nadal jest tutaj: porównaj go z tekstem drugiej osoby, zachowaj to, co ważne, i zapisz ponownie.

## Dwie osoby zapisują tę samą wersję

wg-page-conflict-heading = W międzyczasie ktoś inny zapisał tę stronę
wg-page-conflict-text = Nic nie zostało nadpisane. Obecnie zapisana wersja:
wg-page-conflict-their-version = Wersja { $revision }, zapisana przez drugą osobę
wg-page-conflict-source = Tekst drugiej osoby w formacie Markdown, do skopiowania
wg-page-conflict-changes = Co się zmieniło od wersji { $from } do wersji { $to }
wg-page-conflict-next = Jeśli zapiszesz ponownie, Twój tekst stanie się wersją { $next } i zastąpi tekst drugiej osoby jako obecna wersja: najpierw upewnij się, że zawiera to, co chcesz zachować z jej zmian.

## Historia

wg-page-history-heading = Historia
wg-page-history-lead = Wszystkie wersje strony, od najnowszej. Wybierz dwie, aby zobaczyć, co się między nimi zmieniło, albo otwórz jedną, aby przeczytać ją w dawnym brzmieniu.
wg-page-history-caption = { $count ->
    [one] Jedna wersja
    [few] { $count } wersje
    [many] { $count } wersji
   *[other] { $count } wersji
}
wg-page-col-from = Od
wg-page-col-to = Do
wg-page-col-author = Autor
wg-page-col-date = Data
wg-page-col-note = Notatka
wg-page-col-changes = Zmiany
wg-page-compare-from = Porównaj od wersji { $revision }
wg-page-compare-to = Porównaj do wersji { $revision }
wg-page-compare-button = Porównaj wybrane wersje
wg-page-changes-link = Zmiany
wg-page-changes-in = Zmiany wprowadzone w wersji { $revision }
wg-page-revision-link = Wersja { $revision }
wg-page-current = obecna
wg-page-restored-note = Przywrócono wersję { $revision }

## Wcześniejsza wersja

wg-page-old-notice = To jest wcześniejsza wersja. Obecnie strona jest w wersji { $current }.
wg-page-is-current = To jest obecna wersja.
wg-page-compare-current = Porównaj z obecną wersją
wg-page-see-current = Przeczytaj obecną wersję strony
wg-page-restore-hint = Przywrócenie zapisuje ten tekst jako nową wersję; wersje pośrednie pozostają w historii.
wg-page-restore-button = Przywróć wersję { $revision }
wg-page-restore-refused = Wersja nie została przywrócona
wg-page-restore-conflict = Strona zmieniła się podczas przeglądania: jest teraz w wersji { $revision }. Sprawdź obecną stronę, a potem, jeśli nadal chcesz, przywróć wersję ponownie.

## Zmiany między dwiema wersjami

wg-page-diff-title-short = Zmiany
wg-page-diff-heading = Zmiany od wersji { $from } do wersji { $to }
wg-page-diff-caption = Tekst wersji { $from } i wersji { $to }, wiersz po wierszu
wg-page-diff-col-old = Wiersz w wersji { $revision }
wg-page-diff-col-new = Wiersz w wersji { $revision }
wg-page-diff-col-text = Tekst
wg-page-diff-added = Dodano:
wg-page-diff-removed = Usunięto:
wg-page-diff-title = Tytuł
wg-page-diff-lang = Język
wg-page-diff-added-count = { $count ->
    [one] Dodano jeden wiersz
    [few] Dodano { $count } wiersze
    [many] Dodano { $count } wierszy
   *[other] Dodano { $count } wiersza
}
wg-page-diff-removed-count = { $count ->
    [one] usunięto jeden wiersz
    [few] usunięto { $count } wiersze
    [many] usunięto { $count } wierszy
   *[other] usunięto { $count } wiersza
}
wg-page-diff-skipped = { $count ->
    [one] Pominięto jeden niezmieniony wiersz
    [few] Pominięto { $count } niezmienione wiersze
    [many] Pominięto { $count } niezmienionych wierszy
   *[other] Pominięto { $count } niezmienionego wiersza
}
wg-page-diff-same-text = Obie wersje są takie same.
wg-page-diff-same-body = Sam tekst jest taki sam w obu wersjach.
wg-page-diff-same-revision = Wybierz dwie różne wersje, aby zobaczyć, co się między nimi zmieniło.

## Komunikaty po zmianie

flash-wg-page-created = Strona została utworzona.
flash-wg-page-saved = Twoje zmiany zostały zapisane jako nowa wersja.
flash-wg-page-unchanged = Nic nie zostało zmienione, więc nie powstała nowa wersja.
flash-wg-page-restored = Wcześniejsza wersja została przywrócona jako najnowsza.
