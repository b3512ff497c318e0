# Współpraca: grupy robocze (lista, przegląd, członkostwo, materiały, zamknięcie).

wg-list-title = Grupy robocze
wg-list-lead = Krótkoterminowe grupy, które wspólnie pracują nad jednym tematem – z tablicą zadań, wspólnymi stronami, spotkaniami i własną dyskusją – aż do spisania tego, co udało się wypracować.
wg-new-link = Załóż grupę roboczą
wg-login-to-start = Zaloguj się, aby założyć grupę roboczą
wg-mine-title = Twoje grupy
wg-filter-label = Filtruj grupy robocze
wg-label-status = Stan
wg-status-active = Aktywna
wg-status-archived = Zarchiwizowana
wg-status-all = Wszystkie
wg-count = { $count ->
    [one] Jedna grupa robocza
    [few] { $count } grupy robocze
    [many] { $count } grup roboczych
   *[other] { $count } grupy roboczej
}
wg-list-none = Nie ma jeszcze pasującej grupy roboczej.
wg-member-count = { $count ->
    [one] jeden członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}
wg-runs = od { $start } do { $end }

wg-membership-open = Otwarta: może dołączyć każda zalogowana osoba
wg-membership-request = Na prośbę: nowych członków przyjmują koordynatorzy
wg-membership-invitation = Na zaproszenie koordynatorów
wg-place-member-coordinator = Koordynujesz tę grupę.
wg-place-member-member = Należysz do tej grupy.
wg-place-requested-member = Prośba wysłana
wg-place-invited-member = Zaproszenie czeka na Twoją odpowiedź
wg-role-coordinator = Koordynator
wg-role-member = Członek

wg-new-title = Załóż grupę roboczą
wg-new-lead = Napisz, czym zajmuje się grupa i co ma wypracować. Od początku będziesz ją koordynować; grupa otrzyma własną tablicę zadań, strony, spotkania i dyskusję.
wg-edit-title = Edytuj grupę roboczą
wg-label-title = Nazwa grupy
wg-label-theme = Temat
wg-theme-hint = Jedna linijka, na przykład „Zielone kompetencje w nauce zawodu stolarza”.
wg-label-goal = Cel
wg-goal-hint = Co grupa chce osiągnąć i do kiedy. Możesz używać składni Markdown.
wg-label-lang = Język tekstu
wg-label-starts-on = Początek
wg-label-ends-on = Koniec
wg-ends-on-hint = Grupa robocza działa krótkoterminowo: najwyżej trzy lata.
wg-label-membership = Kto może dołączyć
wg-label-sectors = Sektory
wg-create-button = Załóż grupę
wg-save-button = Zapisz zmiany
wg-label-dates = Okres działania
wg-label-members = Członkowie
wg-label-coordinators = Koordynatorzy

wg-error-ends-before-start = Koniec nie może przypadać przed początkiem.
wg-error-too-long = Grupa robocza może działać najwyżej trzy lata – wybierz wcześniejszą datę zakończenia.
wg-error-archived = Ta grupa robocza jest zamknięta: jej przestrzeń robocza jest teraz archiwum i nie można już jej zmieniać.
wg-error-members-only = Tylko członkowie tej grupy roboczej mogą to zrobić.
wg-error-coordinators-only = Tylko koordynatorzy tej grupy roboczej mogą to zrobić.
wg-error-already-placed = Należysz już do tej grupy albo Twoja prośba lub zaproszenie czeka na odpowiedź.
wg-error-not-placed = Nie należysz do tej grupy.
wg-error-no-invitation = Nie ma zaproszenia, na które można odpowiedzieć.
wg-error-message-too-long = Wiadomość jest za długa (najwyżej 1000 znaków).
wg-error-last-coordinator = Grupa musi mieć koordynatora: najpierw nadaj tę rolę innej osobie.
wg-error-not-possible = Tej zmiany nie można wprowadzić w przypadku tej osoby.
wg-error-unknown-person = Na platformie Bottega nie jest zarejestrowany nikt o takiej nazwie użytkownika ani takim adresie e-mail.
wg-error-already-has-place = Ta osoba już należy do grupy, poprosiła o dołączenie lub ma już zaproszenie.
wg-error-unknown-resource = W bazie materiałów nie ma materiału o tym adresie lub numerze albo nie masz do niego dostępu.
wg-error-already-linked = Ten materiał jest już powiązany z grupą.
wg-error-not-closed = Grupa jest nadal aktywna: jej wyniki publikuje się po zamknięciu grupy.
wg-error-already-published = Wyniki zostały już opublikowane.

wg-archived-notice = Ta grupa robocza jest zamknięta. Jej przestrzeń robocza jest tu przechowywana jako archiwum tylko do odczytu.
wg-workspace-label = Przestrzeń robocza grupy
wg-tab-overview = Przegląd
wg-tab-tasks = Zadania
wg-tab-pages = Strony
wg-tab-meetings = Spotkania
wg-tab-discussion = Dyskusja
wg-tab-resources = Materiały
wg-tab-members = Członkowie

wg-outcome-title = Wyniki
wg-archived-on = Data zamknięcia: { $date }
wg-outcome-published-link = Przeczytaj wyniki w bazie materiałów
wg-outcome-publish-hint = Opublikuj wyniki w bazie materiałów jako rezultat projektu, aby inni mogli je znaleźć i wykorzystać.
wg-outcome-publish-button = Opublikuj wyniki
wg-label-licence = Licencja
wg-label-visibility = Kto może je zobaczyć
wg-visibility-public = Wszyscy
wg-visibility-members = Zalogowani członkowie społeczności

wg-your-place = Twój udział
wg-login-to-join = Zaloguj się, aby dołączyć do tej grupy
wg-leave-button = Opuść grupę
wg-request-waiting = Twoja prośba o dołączenie czeka na decyzję koordynatora.
wg-request-withdraw-button = Wycofaj prośbę
wg-invited = Masz zaproszenie do tej grupy.
wg-invitation-accept-button = Przyjmij zaproszenie
wg-invitation-decline-button = Odrzuć
wg-archived-no-joining = Ta grupa jest zamknięta i nie przyjmuje nowych członków.
wg-join-button = Dołącz do grupy
wg-label-request-message = Wiadomość do koordynatorów
wg-request-message-hint = Opcjonalnie: dlaczego chcesz wziąć udział i co możesz wnieść.
wg-request-button = Poproś o dołączenie
wg-invitation-only = Nowi członkowie dołączają na zaproszenie koordynatorów.

wg-workspace-title = Przestrzeń robocza
wg-summary-tasks = Zadania: otwarte – { $open }, wykonane – { $done }
wg-summary-pages = { $count ->
    [one] Jedna wspólna strona
    [few] { $count } wspólne strony
    [many] { $count } wspólnych stron
   *[other] { $count } wspólnej strony
}
wg-summary-meetings = { $count ->
    [0] Brak zaplanowanych spotkań
    [one] Jedno zaplanowane spotkanie
    [few] { $count } zaplanowane spotkania
    [many] { $count } zaplanowanych spotkań
   *[other] { $count } zaplanowanego spotkania
}
wg-summary-next-meeting = najbliższe: { $when }
wg-summary-threads = { $count ->
    [0] Dyskusja: jeszcze bez wątków
    [one] Dyskusja: jeden wątek
    [few] Dyskusja: { $count } wątki
    [many] Dyskusja: { $count } wątków
   *[other] Dyskusja: { $count } wątku
}
wg-coordination-title = Koordynacja
wg-edit-link = Edytuj opis grupy
wg-manage-members-link = { $count ->
    [0] Zarządzaj członkami
    [one] Zarządzaj członkami (jedna oczekująca prośba)
    [few] Zarządzaj członkami ({ $count } oczekujące prośby)
    [many] Zarządzaj członkami ({ $count } oczekujących próśb)
   *[other] Zarządzaj członkami ({ $count } oczekującej prośby)
}
wg-close-link = Zamknij grupę i opisz jej wyniki

wg-members-title = Członkowie
wg-col-person = Osoba
wg-col-role = Rola
wg-col-since = W grupie od
wg-col-actions = Działania
wg-promote-button = Nadaj rolę koordynatora
wg-demote-button = Nadaj rolę członka
wg-remove-button = Usuń
wg-requests-title = Prośby o dołączenie
wg-requests-none = Brak oczekujących próśb.
wg-accept-button = Przyjmij
wg-decline-button = Odrzuć
wg-invitations-title = Zaproszenia
wg-revoke-button = Wycofaj zaproszenie
wg-label-person = Nazwa użytkownika lub adres e-mail
wg-person-hint = Ta osoba musi już mieć konto na platformie Bottega; powiadomimy ją e-mailem.
wg-invite-button = Zaproś

wg-resources-title = Powiązane materiały
wg-resources-lead = Dokumenty, narzędzia i rezultaty z bazy materiałów, z którymi pracuje grupa.
wg-resources-none = Nie powiązano jeszcze żadnego materiału.
wg-linked-by = powiązane przez: { $name }
wg-unlink-button = Usuń powiązanie
wg-link-title = Powiąż materiał
wg-label-resource = Adres lub numer materiału
wg-resource-hint = Skopiuj adres strony materiału, na przykład /resources/12.
wg-label-note = Dlaczego jest ważny dla grupy
wg-link-button = Powiąż materiał
wg-deposit-link = Udostępnij nowy materiał w bazie materiałów

wg-close-title = Zamknij grupę
wg-close-lead = Opisz, co grupa osiągnęła: rezultaty, decyzje, co inni mogą wykorzystać i co pozostaje otwarte.
wg-label-outcome = Wyniki
wg-outcome-hint = Możesz używać składni Markdown. Wyniki pozostaną na stronie grupy i później będzie można je opublikować w bazie materiałów.
wg-close-warning = Zamknięcia nie można cofnąć: zadania, strony, spotkania i dyskusja staną się archiwum tylko do odczytu.
wg-preview-title = Podgląd
wg-preview-button = Podgląd
wg-close-button = Zamknij grupę

flash-wg-created = Grupa robocza jest gotowa. Zaproś do niej inne osoby albo udostępnij jej adres.
flash-wg-updated = Opis grupy został zapisany.
flash-wg-joined = Witamy w grupie!
flash-wg-requested = Twoja prośba została wysłana do koordynatorów.
flash-wg-left = Nie należysz już do tej grupy.
flash-wg-request-withdrawn = Twoja prośba została wycofana.
flash-wg-invitation-declined = Zaproszenie zostało odrzucone.
flash-wg-invited = Zaproszenie zostało wysłane.
flash-wg-request-accepted = Prośba została przyjęta.
flash-wg-place-removed = Gotowe.
flash-wg-member-removed = Osoba została usunięta z grupy.
flash-wg-role-changed = Rola została zmieniona.
flash-wg-resource-linked = Materiał został powiązany z grupą.
flash-wg-resource-unlinked = Powiązanie zostało usunięte.
flash-wg-closed = Grupa została zamknięta, a jej przestrzeń robocza – zarchiwizowana.
flash-wg-outcome-published = Wyniki zostały opublikowane w bazie materiałów.

email-group-invitation-subject = Zaproszenie do grupy roboczej { $name }
email-group-invitation-body =
    Dzień dobry!

    Osoba koordynująca grupę roboczą { $name } na platformie Bottega zaprasza Cię do udziału w jej pracach. Otwórz stronę grupy, aby przyjąć lub odrzucić zaproszenie:

    { $link }
wg-back-to-group = ← Powrót do grupy roboczej
