## Sekcja Komunikacja: społeczności, dyskusje, wzajemna pomoc, moderacja, powiadomienia

comm-lead = Rozmawiaj ze szkołami zawodowymi, przedsiębiorstwami, stowarzyszeniami i decydentami z całej Europy: dyskutuj o strategii, proś o pomoc w problemach z codziennej pracy i wspólnie z innymi zastanawiaj się, w jakim kierunku może rozwijać się kształcenie i szkolenie zawodowe.
comm-communities = Społeczności
comm-no-communities = Nie ma jeszcze żadnej społeczności, którą możesz zobaczyć.
comm-latest = Najnowsza aktywność
comm-threads = Dyskusje
comm-no-threads = Nikt jeszcze niczego tu nie napisał. Rozpocznij pierwszą dyskusję!
comm-none-in-languages = Nic tutaj nie zostało napisane w wybranych przez Ciebie językach. Usuń filtr języka, aby zobaczyć wszystko.
comm-thread-count = { $count ->
    [one] jedna dyskusja
    [few] { $count } dyskusje
    [many] { $count } dyskusji
   *[other] { $count } dyskusji
}
comm-post-count = { $count ->
    [one] jeden wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
comm-visibility-public = publiczna
comm-visibility-members = tylko dla członków
comm-visibility-private = prywatna – tylko dla członków organizacji
comm-new-discussion = Rozpocznij dyskusję
comm-ask-question = Zadaj pytanie
comm-sign-in-to-post = Zaloguj się, aby wziąć udział
comm-older = Starsze dyskusje
comm-language-filter = Języki
comm-my-languages = Tylko w znanych mi językach
comm-written-in = Napisane w języku
comm-started-by = autor wątku: { $name }
comm-replies = { $count ->
    [0] jeszcze bez odpowiedzi
    [one] jedna odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
comm-last-activity = ostatnia aktywność: { $date }
comm-new = nowe
comm-unread = { $count ->
    [one] jeden nieprzeczytany wpis
    [few] { $count } nieprzeczytane wpisy
    [many] { $count } nieprzeczytanych wpisów
   *[other] { $count } nieprzeczytanego wpisu
}
comm-pinned = Przypięte
comm-locked = Zamknięte
comm-question = Pytanie
comm-solved = Rozwiązane
comm-hidden-thread = Ukryte przez moderatora
comm-deleted-thread = Usunięte

## Pisanie

comm-title = Tytuł
comm-body = Twój tekst
comm-markdown-hint = Możesz używać składni Markdown: **pogrubienie**, _kursywa_, listy, > cytaty, [linki](https://example.org). Aby wspomnieć o kimś, wpisz @ i nazwę użytkownika tej osoby, na przykład @giulia-rossi.
comm-post-language = Język Twojego tekstu
comm-detect-language = Rozpoznaj automatycznie
comm-start-button = Rozpocznij dyskusję
comm-ask-lead = Opisz konkretny problem z Twojej codziennej pracy. Napisz, gdzie się pojawia, aby mogły Ci pomóc osoby z podobnymi doświadczeniami.
comm-ask-button = Zadaj pytanie
comm-context = Gdzie pojawia się problem
comm-context-hint = Nieobowiązkowe, ale dzięki temu Twoje pytanie łatwiej trafi do właściwych osób.
comm-provider-type = Typ organizacji
comm-check-similar = Szukaj podobnych pytań
comm-similar-heading = Podobne pytania zadane wcześniej
comm-mention-unknown = Nikt na platformie Bottega nie ma nazwy użytkownika { $handles }. Sprawdź pisownię albo usuń znak @.
comm-too-many-mentions = Maksymalna liczba osób, o których możesz wspomnieć w jednym tekście: { $limit }.
comm-edit-title = Edytuj swój tekst
comm-edit-hint = Poprzednia wersja pozostanie widoczna w historii wpisu.

## Czytanie wątku

comm-follow = Obserwuj
comm-unfollow = Przestań obserwować
comm-first-unread = Przejdź do pierwszego nieprzeczytanego wpisu
comm-answers = { $count ->
    [0] Nie ma jeszcze odpowiedzi
    [one] Jedna odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
comm-your-answer = Twoja odpowiedź
comm-reply = Odpowiedz
comm-reply-button = Opublikuj odpowiedź
comm-answer-button = Opublikuj odpowiedź
comm-language-detected = Język został rozpoznany automatycznie
comm-language-chosen = Język został wskazany przez autora tekstu
comm-detected = rozpoznany automatycznie
comm-edited = { $count ->
    [one] edytowano
    [few] edytowano { $count } razy
    [many] edytowano { $count } razy
   *[other] edytowano { $count } razy
}
comm-accepted-answer = Zaakceptowane rozwiązanie
comm-post-deleted = Ten wpis został usunięty.
comm-post-hidden = Ten wpis został ukryty przez moderatora.
comm-votes = { $count ->
    [one] jeden głos
    [few] { $count } głosy
    [many] { $count } głosów
   *[other] { $count } głosu
}
comm-likes = { $count ->
    [one] jedno polubienie
    [few] { $count } polubienia
    [many] { $count } polubień
   *[other] { $count } polubienia
}
comm-vote = To mi pomogło
comm-unvote = Wycofaj mój głos
comm-like = Lubię to
comm-unlike = Cofnij polubienie
comm-accept = Zaakceptuj jako rozwiązanie
comm-unaccept = Cofnij oznaczenie jako rozwiązanie
comm-quote = Cytuj
comm-edit = Edytuj
comm-delete = Usuń
comm-flag = Zgłoś
comm-history-title = Historia wpisu
comm-history-current = Obecna wersja
comm-history-before = Wersja sprzed { $date }
comm-history-edited-by = zmieniona przez: { $name }

## Odmowy

comm-thread-locked = Ta dyskusja jest zamknięta: nie można już dodawać odpowiedzi.
comm-thread-deleted = Ta dyskusja została usunięta.
comm-vote-own = Nie możesz głosować na własny wpis.
comm-vote-twice = Twój głos na ten wpis został już policzony. Każdy głos liczy się tylko raz.
comm-vote-none = Nie ma Twojego głosu na ten wpis.
comm-accept-not-question = Jako rozwiązanie można zaakceptować tylko odpowiedź na pytanie.
comm-accept-not-yours = Odpowiedź może zaakceptować tylko osoba, która zadała pytanie, albo moderator.
comm-accept-invalid = Tego wpisu nie można zaakceptować jako rozwiązania.
comm-flag-twice = Ten wpis został już przez Ciebie zgłoszony. Moderatorzy się nim zajmą.

## Wzajemna pomoc

comm-help-title = Wzajemna pomoc
comm-help-lead = Pytaj o problemy z codziennej pracy i pomagaj innym rozwiązywać ich problemy. Odpowiedź, którą osoba pytająca zaakceptuje jako rozwiązanie, wyświetla się na pierwszym miejscu.
comm-help-states = Pytania według statusu
comm-help-filters = Filtruj pytania
comm-state-all = Wszystkie pytania
comm-state-unanswered = { $count ->
    [one] Bez odpowiedzi (1)
    [few] Bez odpowiedzi ({ $count })
    [many] Bez odpowiedzi ({ $count })
   *[other] Bez odpowiedzi ({ $count })
}
comm-state-unsolved = { $count ->
    [one] Nierozwiązane (1)
    [few] Nierozwiązane ({ $count })
    [many] Nierozwiązane ({ $count })
   *[other] Nierozwiązane ({ $count })
}
comm-state-solved = { $count ->
    [one] Rozwiązane (1)
    [few] Rozwiązane ({ $count })
    [many] Rozwiązane ({ $count })
   *[other] Rozwiązane ({ $count })
}
comm-theme = Temat
comm-no-questions = Żadne pytanie nie spełnia tych kryteriów.
comm-ask-choose-theme = Wybierz temat, którego dotyczy Twoje pytanie.
comm-workshops-link = Warsztaty scenariuszowe
help-record = { $answers ->
    [one] Jedna udzielona odpowiedź
    [few] { $answers } udzielone odpowiedzi
    [many] { $answers } udzielonych odpowiedzi
   *[other] { $answers } udzielonej odpowiedzi
}, { $accepted ->
    [one] jedna zaakceptowana jako rozwiązanie
    [few] { $accepted } zaakceptowane jako rozwiązania
    [many] { $accepted } zaakceptowanych jako rozwiązania
   *[other] { $accepted } zaakceptowanej jako rozwiązanie
}

## Zgłoszenia i moderacja

comm-flag-title = Zgłoś wpis
comm-flag-reason = Dlaczego moderatorzy powinni się mu przyjrzeć?
comm-flag-note = Co jeszcze powinni wiedzieć moderatorzy (opcjonalnie)
comm-flag-button = Wyślij zgłoszenie
flag-reason-spam = Reklama lub spam
flag-reason-offensive = Obraźliwe lub lekceważące treści
flag-reason-off-topic = Niezwiązane z tematyką tej społeczności
flag-reason-personal-data = Ujawnia czyjeś dane osobowe
flag-reason-other = Inny powód
moderation-title = Moderacja
moderation-all = Wszystkie społeczności
moderation-empty = Żadne zgłoszenie nie czeka na rozpatrzenie. Dziękujemy za sprawdzenie.
moderation-flagged-by = zgłoszenie od: { $name }
moderation-author = Autor wpisu: { $name }
moderation-hide = Ukryj
moderation-unhide = Pokaż ponownie
moderation-dismiss = Odrzuć zgłoszenie
moderation-suspend-author = Zawieś konto autora
moderation-tools = Moderacja
moderation-lock = Zamknij
moderation-unlock = Otwórz ponownie
moderation-pin = Przypnij
moderation-unpin = Odepnij
moderation-move = Przenieś
moderation-move-to = Przenieś do
moderation-action-hide = ukryto Twój wpis
moderation-action-lock = zamknięto Twoją dyskusję
moderation-action-move = przeniesiono Twoją dyskusję do innej społeczności
moderation-action-other = wprowadzono zmiany w Twojej dyskusji

## Powiadomienia

nav-notifications = { $count ->
    [0] Powiadomienia
    [one] Powiadomienia ({ $count })
    [few] Powiadomienia ({ $count })
    [many] Powiadomienia ({ $count })
   *[other] Powiadomienia ({ $count })
}
notifications-title = Powiadomienia
notifications-none = Nie masz jeszcze żadnych powiadomień.
notifications-read-all = Oznacz wszystkie jako przeczytane
notification-mention = { $actor } wspomina o Tobie w wątku „{ $thread }”
notification-reply = { $actor } odpowiada w wątku „{ $thread }”
notification-accepted = { $actor } akceptuje Twoją odpowiedź w wątku „{ $thread }”
notification-moderation = Moderacja: { $action } – „{ $thread }”
notifications-email-heading = Powiadomienia e-mailem
notifications-email-legend = Wysyłaj mi e-mail
notify-mode-each = przy każdym powiadomieniu
notify-mode-digest = raz dziennie, ze wszystkimi nowościami
notify-mode-off = nigdy
unsubscribe-title = Wyłącz e-maile z powiadomieniami
unsubscribe-lead = Bottega nie będzie już wysyłać Ci e-maili o powiadomieniach. Nadal zobaczysz je po zalogowaniu, a e-maile możesz ponownie włączyć na stronie powiadomień.
unsubscribe-button = Wyłącz e-maile
unsubscribe-done = Gotowe: nie będziemy już wysyłać Ci e-maili z powiadomieniami. Możesz je ponownie włączyć na stronie powiadomień.
email-notification-subject = Nowość na platformie Bottega: { $thread }
email-digest-subject = { $count ->
    [one] Podsumowanie dnia na platformie Bottega: jedno nowe powiadomienie
    [few] Podsumowanie dnia na platformie Bottega: { $count } nowe powiadomienia
    [many] Podsumowanie dnia na platformie Bottega: { $count } nowych powiadomień
   *[other] Podsumowanie dnia na platformie Bottega: { $count } nowego powiadomienia
}
email-notification-greeting = Witaj, { $name }!
email-unsubscribe = Aby nie otrzymywać więcej tych wiadomości, otwórz ten link:

## Komunikaty wyświetlane jednorazowo po wykonaniu czynności

flash-thread-created = Dyskusja została rozpoczęta.
flash-question-asked = Twoje pytanie zostało opublikowane. Powiadomimy Cię o odpowiedziach.
flash-reply-posted = Twoja odpowiedź została opublikowana.
flash-post-edited = Zmiany zostały zapisane.
flash-post-deleted = Wpis został usunięty.
flash-thread-deleted = Dyskusja została usunięta.
flash-vote-counted = Dziękujemy, Twój głos został policzony.
flash-vote-withdrawn = Twój głos został wycofany.
flash-answer-accepted = Odpowiedź została oznaczona jako rozwiązanie.
flash-answer-unaccepted = Odpowiedź nie jest już oznaczona jako rozwiązanie.
flash-followed = Obserwujesz tę dyskusję: powiadomimy Cię o nowych odpowiedziach.
flash-unfollowed = Nie obserwujesz już tej dyskusji.
flash-flagged = Dziękujemy. Moderatorzy przyjrzą się temu wpisowi.
flash-post-hidden = Wpis został ukryty.
flash-post-shown = Wpis jest znowu widoczny.
flash-flags-dismissed = Zgłoszenie zostało odrzucone.
flash-author-suspended = Konto autora zostało zawieszone.
flash-thread-locked = Dyskusja została zamknięta.
flash-thread-unlocked = Dyskusja została ponownie otwarta.
flash-thread-pinned = Dyskusja została przypięta.
flash-thread-unpinned = Dyskusja została odpięta.
flash-thread-moved = Dyskusja została przeniesiona.
flash-notifications-read = Wszystkie powiadomienia zostały oznaczone jako przeczytane.
flash-notification-mode-saved = Ustawienia powiadomień e-mailem zostały zapisane.
comm-community-read-only = Ta dyskusja należy do zamkniętej grupy roboczej i nie można w niej rozpoczynać nowych wątków.
