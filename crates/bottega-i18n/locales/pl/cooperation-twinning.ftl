# Współpraca: współpraca bliźniacza w ramach partnerstwa (lista, rozpoczęcie, przegląd, cztery
# obszary i ich działania z uczestnikami i dowodami realizacji, dziennik wsparcia).

tw-list-title = Współpraca bliźniacza
tw-list-lead = Współpraca bliźniacza w ramach partnerstwa „{ $title }”: jedna instytucja wspiera drugą w realizacji planu rozwoju potencjału obejmującego cztery obszary, a obie prowadzą dziennik wsparcia.
tw-list-none = W tym partnerstwie nie rozpoczęto jeszcze żadnej współpracy bliźniaczej.
tw-list-not-active = Współpracę bliźniaczą można rozpocząć tylko wtedy, gdy partnerstwo jest aktywne.
tw-new-link = Rozpocznij współpracę bliźniaczą
tw-count = { $count ->
    [one] Jeden projekt współpracy bliźniaczej
    [few] { $count } projekty współpracy bliźniaczej
    [many] { $count } projektów współpracy bliźniaczej
   *[other] { $count } projektu współpracy bliźniaczej
}
tw-back-to-list = Współpraca bliźniacza w partnerstwie „{ $title }”
tw-coaching-line = Instytucja wspierająca: { $org } ({ $country })
tw-coached-line = Instytucja wspierana: { $org } ({ $country })
tw-runs = od { $start } do { $end }
tw-pair = { $coaching } wspiera { $coached }

tw-new-title = Rozpocznij współpracę bliźniaczą
tw-new-lead = Połącz w parę instytucję wspierającą i instytucję wspieraną spośród organizacji partnerstwa. Na początku wszystkie cztery obszary planu mają stan „nierozpoczęty”; następnie członkowie obu organizacji dodają działania i prowadzą dziennik wsparcia.
tw-edit-title = Edytuj współpracę bliźniaczą
tw-label-sides = Dwie instytucje
tw-sides-hint = Obie muszą być organizacjami partnerstwa, a Ty musisz być administratorem jednej z nich.
tw-sides-fixed-hint = Instytucja wspierająca i instytucja wspierana pozostają takie, jak w chwili rozpoczęcia współpracy bliźniaczej.
tw-label-coaching = Instytucja wspierająca
tw-label-coached = Instytucja wspierana
tw-label-title = Nazwa współpracy bliźniaczej
tw-label-description = Opis
tw-description-hint = Co instytucja wspierana chce zbudować i jak pomoże jej w tym wsparcie. Możesz używać składni Markdown.
tw-label-lang = Język tekstu
tw-label-period = Okres
tw-partnership-period = Partnerstwo trwa od { $start } do { $end }; współpraca bliźniacza musi się zmieścić w tym okresie.
tw-label-starts-on = Początek
tw-label-ends-on = Koniec
tw-create-button = Rozpocznij współpracę bliźniaczą
tw-save-button = Zapisz zmiany
tw-cancel = Anuluj

tw-error-ends-before-start = Koniec nie może przypadać przed początkiem.
tw-error-outside-partnership = Partnerstwo trwa od { $start } do { $end }: wybierz daty z tego okresu.
tw-error-not-party = Wybierz jedną z organizacji partnerstwa.
tw-error-same-org = Instytucja wspierana musi być inną organizacją niż instytucja wspierająca.
tw-error-not-your-org = Współpracę bliźniaczą możesz rozpocząć tylko dla organizacji, którą administrujesz: wybierz ją jako instytucję wspierającą lub wspieraną.
tw-error-not-parties = Jedna z tych organizacji nie należy już do partnerstwa.
tw-error-partnership-not-active = Współpracę bliźniaczą można rozpocząć tylko wtedy, gdy partnerstwo jest aktywne.
tw-error-start-admins-only = Współpracę bliźniaczą mogą rozpocząć tylko administratorzy organizacji należących do tego partnerstwa.
tw-error-admins-only = Tylko administratorzy instytucji wspierającej lub wspieranej mogą to zrobić.
tw-error-sides-only = Tylko członkowie instytucji wspierającej lub wspieranej mogą to zrobić.
tw-error-read-only = Partnerstwo nie jest już aktywne: tę współpracę bliźniaczą można przeglądać, ale nie można jej zmieniać.
tw-error-headcount = { $category }: wpisz liczbę osób jako liczbę całkowitą od 0 do 10 000.
tw-error-done-in-future = Działanie, które jeszcze się nie rozpoczęło, nie może być wykonane: pozostaw je jako zaplanowane.
tw-error-unknown-resource = W bazie materiałów nie ma materiału o tym adresie lub numerze albo nie masz do niego dostępu.
tw-error-already-evidence = Ten materiał jest już dowodem realizacji tego działania.
tw-error-evidence-full = Maksymalna liczba dowodów realizacji jednego działania to { $limit }.
tw-error-side = Wybierz jedną z dwóch instytucji.
tw-error-held-in-future = Dziennik dotyczy spotkań, które już się odbyły: data nie może przypadać w przyszłości.
tw-error-log-empty = Opisz, co uzgodniono, jakie są kolejne kroki, albo jedno i drugie.
tw-error-log-authors-only = Tylko autor tego wpisu może go zmienić.

tw-read-only-notice = Partnerstwo nie jest już aktywne: ta współpraca bliźniacza jest przechowywana jako dokumentacja i nie można jej już zmieniać.
tw-nav-label = Części współpracy bliźniaczej
tw-tab-overview = Przegląd
tw-tab-log = Dziennik wsparcia

tw-label-partnership = Partnerstwo
tw-about-title = O współpracy bliźniaczej
tw-plan-title = Plan rozwoju potencjału
tw-plan-lead = Postęp to liczba wykonanych działań spośród tych, które nie zostały anulowane.
tw-plan-caption = Cztery obszary wraz z ich stanem, działaniami i postępem
tw-label-lot = Obszar
tw-label-lot-status = Stan obszaru
tw-label-activities = Działania
tw-label-progress = Postęp
tw-progress-total = Wszystkie obszary
tw-progress-none = Nie zaplanowano jeszcze żadnego działania
tw-progress-words = { $counted ->
    [one] Wykonane działania: { $done } z jednego ({ $percent }%)
    [few] Wykonane działania: { $done } z { $counted } ({ $percent }%)
    [many] Wykonane działania: { $done } z { $counted } ({ $percent }%)
   *[other] Wykonane działania: { $done } z { $counted } ({ $percent }%)
}
tw-count-planned = { $count ->
    [one] { $count } zaplanowane
    [few] { $count } zaplanowane
    [many] { $count } zaplanowanych
   *[other] { $count } zaplanowanego
}
tw-count-done = { $count ->
    [one] { $count } wykonane
    [few] { $count } wykonane
    [many] { $count } wykonanych
   *[other] { $count } wykonanego
}
tw-count-cancelled = { $count ->
    [one] { $count } anulowane
    [few] { $count } anulowane
    [many] { $count } anulowanych
   *[other] { $count } anulowanego
}
tw-manage-title = Zarządzanie współpracą bliźniaczą
tw-edit-link = Edytuj nazwę, opis i okres

tw-lot-status-not-started = Nierozpoczęty
tw-lot-status-in-progress = W toku
tw-lot-status-completed = Zakończony
tw-label-lot-note = Uwaga
tw-lot-note-hint = Na przykład co hamuje realizację obszaru albo co udało się w nim osiągnąć.
tw-lot-state-title = Zaktualizuj stan obszaru
tw-lot-save-button = Zapisz stan

tw-participants-title = Uczestnicy
tw-participants-none = Nie zapisano jeszcze żadnych uczestników.
tw-participants-caption = Uczestnicy współpracy bliźniaczej według kategorii
tw-participants-lot-caption = Uczestnicy obszaru „{ $lot }” według kategorii
tw-participants-category = Kategoria
tw-participants-took-part = Wzięli udział
tw-participants-planned = Oczekiwani
tw-participants-headcount = Liczba osób
tw-participants-total = Wszystkie kategorie
tw-participant-count = { $count ->
    [one] Jeden uczestnik
    [few] { $count } uczestników
    [many] { $count } uczestników
   *[other] { $count } uczestnika
}

tw-activities-title = Działania
tw-activities-none = W tym obszarze nie ma jeszcze żadnego działania.
tw-activity-add-link = Dodaj działanie
tw-activity-new-title = Nowe działanie
tw-activity-new-in = Nowe działanie w obszarze „{ $lot }”
tw-activity-edit-title = Edytuj działanie
tw-activity-edit-link = Edytuj działanie
tw-activity-delete-link = Usuń działanie
tw-label-activity-title = Tytuł
tw-label-activity-description = Opis
tw-activity-description-hint = Co się dzieje, dla kogo i co powinno po tym zostać.
tw-label-place = Miejsce
tw-place-hint = Miejscowość, instytucja lub „online”.
tw-label-activity-status = Stan
tw-activity-status-planned = Zaplanowane
tw-activity-status-done = Wykonane
tw-activity-status-cancelled = Anulowane
tw-label-participants = Uczestnicy według kategorii
tw-participants-hint = Ile osób z każdej kategorii bierze (lub wzięło) udział. Jeśli nikt, pozostaw pole puste.
tw-activity-add-button = Dodaj działanie
tw-activity-save-button = Zapisz działanie
tw-activity-conflict = Podczas Twojej edycji ktoś inny zapisał to działanie. Twoje zmiany są zachowane poniżej; jeśli zapiszesz ponownie, Twoja wersja zastąpi wersję tej osoby.
tw-activity-conflict-see = Zobacz aktualną wersję działania (otworzy się strona, a wprowadzone tu zmiany zostaną utracone)
tw-label-when = Kiedy
tw-label-added-by = Dodane przez
tw-activity-delete-heading = Usunąć to działanie?
tw-activity-delete-text = Działanie „{ $title }” zostanie usunięte wraz z liczbą uczestników i powiązaniami z dowodami realizacji. Same materiały pozostaną w bazie materiałów.
tw-activity-delete-button = Usuń „{ $title }”

tw-evidence-title = Dowody realizacji
tw-evidence-lead = Sprawozdania, zdjęcia, programy spotkań i inne dowody realizacji działania przechowywane w bazie materiałów.
tw-evidence-none = Nie powiązano jeszcze żadnych dowodów realizacji.
tw-evidence-added-by = powiązane przez: { $name }
tw-evidence-unlink-button = Usuń
tw-evidence-link-title = Powiąż dowód realizacji
tw-label-resource = Materiał z bazy materiałów
tw-resource-hint = Wklej adres strony materiału lub wpisz jego numer. Można powiązać tylko materiały, które widzisz – najwyżej { $limit } na jedno działanie.
tw-evidence-link-button = Powiąż materiał
tw-deposit-link = Najpierw udostępnij nowy materiał w bazie materiałów

tw-log-title = Dziennik wsparcia
tw-log-lead = Spotkania obu instytucji: co omówiono, co uzgodniono i co dalej. Najnowsze wpisy na początku.
tw-log-latest-title = Najnowsze wpisy w dzienniku wsparcia
tw-log-none = W dzienniku wsparcia nie ma jeszcze żadnego wpisu.
tw-log-count = { $count ->
    [one] Jeden wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
tw-log-all-link = { $count ->
    [0] Otwórz dziennik wsparcia
    [one] Cały dziennik wsparcia (jeden wpis)
    [few] Cały dziennik wsparcia ({ $count } wpisy)
    [many] Cały dziennik wsparcia ({ $count } wpisów)
   *[other] Cały dziennik wsparcia ({ $count } wpisu)
}
tw-log-add-link = Dodaj wpis do dziennika
tw-log-side = w imieniu: { $org }
tw-log-by = autor: { $name }
tw-log-new-title = Nowy wpis w dzienniku
tw-log-edit-title = Edytuj wpis w dzienniku
tw-log-label-side = W imieniu
tw-log-side-hint = Należysz do obu instytucji: wskaż, w imieniu której z nich piszesz ten wpis.
tw-log-writing-for = Piszesz w imieniu: { $org }.
tw-log-label-held-on = Data spotkania
tw-log-label-topic = Temat
tw-log-label-agreed = Co uzgodniono
tw-log-agreed-hint = Decyzje i zobowiązania każdej ze stron. Możesz używać składni Markdown.
tw-log-label-next-steps = Kolejne kroki
tw-log-next-steps-hint = Kto co robi i do kiedy. Możesz używać składni Markdown.
tw-log-add-button = Dodaj do dziennika
tw-log-save-button = Zapisz wpis
tw-log-edit-link = Edytuj
tw-log-delete-link = Usuń
tw-log-delete-heading = Usunąć ten wpis z dziennika?
tw-log-delete-text = Wpis „{ $topic }” z dnia { $date } zostanie usunięty dla obu instytucji.
tw-log-delete-button = Usuń „{ $topic }”

# Wyświetlane jednorazowo po zmianie; platforma pokazuje tylko komunikaty, których identyfikator zaczyna się od flash-.
flash-tw-created = Współpraca bliźniacza została rozpoczęta.
flash-tw-updated = Współpraca bliźniacza została zapisana.
flash-tw-lot-saved = Stan obszaru został zapisany.
flash-tw-activity-added = Działanie zostało dodane. Teraz możesz powiązać z nim dowody realizacji.
flash-tw-activity-saved = Działanie zostało zapisane.
flash-tw-activity-deleted = Działanie zostało usunięte.
flash-tw-evidence-linked = Materiał został powiązany jako dowód realizacji.
flash-tw-evidence-unlinked = Materiał nie jest już dowodem realizacji tego działania.
flash-tw-log-added = Wpis został dodany do dziennika wsparcia.
flash-tw-log-saved = Wpis w dzienniku został zapisany.
flash-tw-log-deleted = Wpis z dziennika został usunięty.
