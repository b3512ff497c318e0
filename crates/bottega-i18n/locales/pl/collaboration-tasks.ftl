## Tablica zadań grupy roboczej (sekcja Współpraca): kolumny, karty, strona zadania z komentarzami,
## edytowanie, przenoszenie i usuwanie zadań.

wg-task-board-title = Tablica zadań
wg-task-members-only = Tylko członkowie grupy mogą dodawać i przenosić zadania.

## Filtry

wg-task-filter-label = Filtruj zadania
wg-task-filter-mine = Przypisane do mnie
wg-task-filter-overdue = Tylko zaległe
wg-task-filter-assignee = Osoba odpowiedzialna
wg-task-filter-anyone = Dowolna osoba
wg-task-filter-nobody = Nikt (zadania nieprzypisane)
wg-task-filter-button = Pokaż zadania
wg-task-filter-clear = Pokaż wszystkie zadania
wg-task-filtered-notice = Wyświetlane są tylko zadania pasujące do filtrów.

## Kolumny i karty

wg-task-status-todo = Do zrobienia
wg-task-status-doing = W toku
wg-task-status-done = Zrobione
wg-task-column-count = { $count ->
    [0] brak zadań
    [one] jedno zadanie
    [few] { $count } zadania
    [many] { $count } zadań
   *[other] { $count } zadania
}
wg-task-column-empty = Brak zadań w tej kolumnie.
wg-task-column-more = Wyświetlane zadania: { $shown } z { $count }.
wg-task-assigned-to = Osoba odpowiedzialna: { $name }
wg-task-unassigned = Bez osoby odpowiedzialnej
wg-task-due = Termin: { $date }
wg-task-no-due = Bez terminu
wg-task-overdue = Po terminie
wg-task-comments = { $count ->
    [0] brak komentarzy
    [one] jeden komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}
wg-task-move-start = Rozpocznij
wg-task-move-finish = Zakończ
wg-task-move-back = Przenieś do „Do zrobienia”
wg-task-move-reopen = Otwórz ponownie
wg-task-move-conflict = Po wczytaniu przez Ciebie tablicy ktoś inny zmienił zadanie „{ $title }”, więc nie zostało ono przeniesione. Tablica poniżej pokazuje jego aktualny stan.

## Dodawanie i edytowanie zadania

wg-task-new-heading = Dodaj zadanie
wg-task-edit-heading = Edytuj zadanie
wg-task-label-title = Tytuł
wg-task-label-description = Opis
wg-task-description-hint = Opcjonalnie. Możesz używać składni Markdown: **pogrubienie**, *kursywa*, listy i linki.
wg-task-label-assignee = Osoba odpowiedzialna
wg-task-nobody = Nikt
wg-task-label-due = Termin
wg-task-due-hint = Opcjonalnie. Rok, miesiąc i dzień, na przykład 2026-09-30.
wg-task-label-status = Kolumna
wg-task-create-button = Dodaj zadanie
wg-task-save-button = Zapisz zadanie
wg-task-cancel = Anuluj
wg-task-error-assignee = Wybierz jednego z członków grupy albo nikogo.
wg-task-error-status = Wybierz jedną z kolumn: do zrobienia, w toku lub zrobione.
wg-task-conflict-heading = Ktoś zmienił to zadanie podczas Twojej edycji
wg-task-conflict-text = Zadanie zostało zmienione { $date }, już po jego otwarciu przez Ciebie. Twoje zmiany nie zostały zapisane, ale nic nie przepadło: Twoja wersja nadal znajduje się w formularzu poniżej.
wg-task-current-heading = Aktualna wersja zadania
wg-task-conflict-next = Porównaj obie wersje, w razie potrzeby zaktualizuj formularz i zapisz ponownie.

## Strona zadania

wg-task-created-by = Dodane przez: { $name }, { $date }
wg-task-updated = ostatnia zmiana: { $date }
wg-task-deleted-account = Usunięte konto
wg-task-no-description = Brak opisu.
wg-task-edit-link = Edytuj zadanie
wg-task-delete-link = Usuń zadanie
wg-task-comments-heading = Komentarze
wg-task-comments-none = Nie ma jeszcze komentarzy.
wg-task-comments-more = Wyświetlane komentarze: { $shown } z { $count }.
wg-task-comment-heading = Dodaj komentarz
wg-task-label-comment = Twój komentarz
wg-task-comment-hint = Możesz używać składni Markdown.
wg-task-comment-button = Dodaj komentarz

## Usuwanie zadania

wg-task-delete-heading = Usunąć to zadanie?
wg-task-delete-text = Zadanie „{ $title }” i jego komentarze ({ $count }) zostaną usunięte dla wszystkich. Tej operacji nie można cofnąć.
wg-task-delete-button = Usuń „{ $title }”
wg-task-error-not-yours = Zadanie może usunąć tylko osoba, która je dodała, albo koordynator.

## Komunikaty po zmianie

flash-wg-task-created = Zadanie jest już na tablicy.
flash-wg-task-saved = Zadanie zostało zapisane.
flash-wg-task-moved = Zadanie zostało przeniesione.
flash-wg-task-commented = Twój komentarz został dodany.
flash-wg-task-deleted = Zadanie zostało usunięte.
