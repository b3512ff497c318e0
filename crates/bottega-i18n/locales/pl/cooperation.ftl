# Współpraca długoterminowa: strona startowa sekcji, partnerstwa (rejestr, propozycja, porozumienie
# i odpowiedzi), wspólny plan działania i postępy w jego realizacji.

## Strona startowa

coop-title = Współpraca
coop-lead = Długoterminowa praca organizacji: partnerstwa z porozumieniem podpisywanym przez każdą organizację i wspólnym planem działania, współpraca bliźniacza, w której jedna instytucja wspiera rozwój drugiej, oraz recenzowane repozytorium dobrych praktyk w kształceniu i szkoleniu zawodowym.
coop-waiting-title = Czekają na Twoją odpowiedź
coop-waiting-lead = Te partnerstwa zaproponowano organizacji, którą administrujesz. Przeczytaj porozumienie i przyjmij je lub odrzuć w imieniu organizacji.
coop-answer-for = dla: { $org }
coop-answer-link = Przeczytaj i odpowiedz
coop-offer-title = Co możesz tu zrobić
coop-partnerships-title = Partnerstwa
coop-partnerships-summary = Organizacje uzgadniają cel i zobowiązania na kilka lat, wspólnie planują cele szczegółowe, działania i kamienie milowe oraz śledzą wskaźniki.
coop-partnership-counts = { $active ->
    [one] Jedno aktywne partnerstwo
    [few] { $active } aktywne partnerstwa
    [many] { $active } aktywnych partnerstw
   *[other] { $active } aktywnego partnerstwa
}, { $ended ->
    [one] jedno zakończone
    [few] { $ended } zakończone
    [many] { $ended } zakończonych
   *[other] { $ended } zakończonego
}
coop-practices-title = Dobre praktyki
coop-practices-summary = Praktyki opisane według wspólnego wzoru, recenzowane przez innych praktyków według opublikowanych kryteriów i możliwe do cytowania dzięki identyfikatorowi.
coop-search-title = Znajdź partnerów
coop-search-summary = Przeszukuj katalog według kraju, sektora, typu organizacji i języka roboczego, a partnerstwo zaproponuj ze strony wybranej organizacji.
coop-mine-title = Partnerstwa Twoich organizacji
coop-mine-none = Twoje organizacje nie uczestniczą jeszcze w żadnym partnerstwie.
coop-no-org = Aby zaproponować partnerstwo lub do niego dołączyć, musisz należeć do organizacji.
coop-no-org-link = Znajdź lub dodaj swoją organizację w katalogu
coop-login = Zaloguj się, aby zobaczyć partnerstwa swoich organizacji i zaproponować nowe
coop-recent-title = Niedawno rozpoczęte partnerstwa
coop-register-link = Wszystkie partnerstwa

## Rejestr

pt-register-title = Partnerstwa
pt-register-lead = Długoterminowa współpraca organizacji na podstawie porozumienia, które każda z nich przyjęła. Propozycje widzą tylko organizacje, których dotyczą.
pt-new-link = Zaproponuj partnerstwo
pt-propose-link = Zaproponuj partnerstwo
pt-login-to-propose = Zaloguj się, aby zaproponować partnerstwo
pt-filter-label = Filtruj partnerstwa
pt-label-theme = Temat
pt-label-status = Stan
pt-label-country = Kraj jednej z organizacji
pt-count = { $count ->
    [one] Jedno partnerstwo
    [few] { $count } partnerstwa
    [many] { $count } partnerstw
   *[other] { $count } partnerstwa
}
pt-register-none = Żadne partnerstwo nie spełnia tych kryteriów.
pt-results-heading = Wyniki
pt-runs = od { $start } do { $end }
pt-status-proposed = Zaproponowane
pt-status-active = Aktywne
pt-status-ended = Zakończone
pt-status-declined = Odrzucone

## Proponowanie i zmiana warunków

pt-new-title = Zaproponuj partnerstwo
pt-new-lead = Opisz, co organizacje będą robić wspólnie. Administratorzy każdej organizacji partnerskiej otrzymają wiadomość e-mail; partnerstwo rozpocznie się, gdy administrator każdej organizacji przyjmie te warunki.
pt-edit-title = Zmień warunki
pt-edit-lead = Zmiana warunków oznacza ponowne pytanie do wszystkich organizacji: udzielone już zgody wracają do stanu oczekiwania, bo nikogo nie wiążą warunki, których nie przeczytał.
pt-no-org-lead = Partnerstwo proponuje się w imieniu organizacji, a Ty jeszcze do żadnej nie należysz. Poproś w katalogu o dołączenie do swojej organizacji albo ją tam dodaj.
pt-no-org-join = Znajdź swoją organizację w katalogu
pt-no-org-create = Dodaj nową organizację
pt-label-from-org = W imieniu
pt-to-chosen = Propozycja dla
pt-label-partners = Organizacje partnerskie
pt-label-more-partners = Kolejne organizacje partnerskie
pt-partners-hint = Jedna organizacja w wierszu: jej adres w katalogu (na przykład scuola-edile-roma) lub link do jej strony.
pt-label-title = Tytuł partnerstwa
pt-label-themes = Tematy strategiczne
pt-themes-hint = Wybierz co najmniej jeden.
pt-label-purpose = Cel
pt-purpose-hint = Czemu służy partnerstwo i co powinno zmienić. Możesz używać składni Markdown.
pt-label-commitments = Zobowiązania
pt-commitments-hint = Do czego zobowiązuje się każda organizacja: kadra, czas, przyjmowanie gości, środki finansowe, dane. Możesz używać składni Markdown.
pt-label-lang = Język tekstu
pt-label-starts-on = Początek
pt-label-ends-on = Koniec
pt-ends-on-hint = Porozumienie może obowiązywać najwyżej dziesięć lat.
pt-label-your-signatory = Kto podpisuje w imieniu Twojej organizacji
pt-your-signatory-hint = Jeśli administrujesz organizacją składającą propozycję, złożenie propozycji oznacza jej przyjęcie przez tę organizację: podaj, kto podpisuje porozumienie w jej imieniu i w jakiej funkcji.
pt-label-signatory-name = Imię i nazwisko osoby podpisującej
pt-label-signatory-role = Funkcja osoby podpisującej
pt-propose-button = Wyślij propozycję
pt-save-terms-button = Zapisz nowe warunki

pt-error-ends-before-start = Koniec nie może przypadać przed początkiem.
pt-error-too-long = Porozumienie może obowiązywać najwyżej dziesięć lat – wybierz wcześniejszą datę zakończenia.
pt-error-themes-required = Wybierz co najmniej jeden temat.
pt-error-not-your-org = Wybierz jedną ze swoich organizacji.
pt-error-partner-address = To nie są adresy z katalogu: { $list }
pt-error-unknown-partner = Żadna organizacja w katalogu nie ma takiego adresu: { $list }
pt-error-no-partner = Podaj co najmniej jedną organizację partnerską.
pt-error-too-many-partners = Maksymalna liczba organizacji partnerskich w jednej propozycji to { $limit }.
pt-error-own-org-only = Partnerstwo wymaga co najmniej jednej organizacji poza Twoją.
pt-error-number = Wpisz liczbę, na przykład 40 lub 12,5.
pt-error-number-range = Ta liczba jest za duża.
pt-error-no-organisation = Aby zaproponować partnerstwo, musisz należeć do organizacji.
pt-error-not-org-admin = Tylko administrator tej organizacji może odpowiedzieć w jej imieniu. Nic nie zostało zmienione.
pt-error-not-proposed = To partnerstwo nie jest już propozycją: zostało już przyjęte, odrzucone lub wycofane.
pt-error-not-active = Zakończyć można tylko aktywne partnerstwo.
pt-error-closed = To partnerstwo zostało zakończone lub odrzucone: jego plan pozostaje w niezmienionej postaci i nie można go już edytować.
pt-error-members-only = Tylko członkowie organizacji partnerskich mogą to zrobić.
pt-error-proposer-only = Tylko osoba, która zaproponowała to partnerstwo, lub administrator organizacji, która je zaproponowała, może to zrobić.
pt-error-admins-only = Tylko administrator jednej z organizacji partnerskich może zakończyć partnerstwo.

## Porozumienie

pt-nav-label = Strony partnerstwa
pt-tab-agreement = Porozumienie
pt-tab-plan = Plan działania
pt-tab-progress = Postępy
pt-tab-twinnings = Współpraca bliźniacza
pt-ended-notice = To partnerstwo zostało zakończone. Porozumienie, plan i postępy są tu przechowywane jako dokumentacja.
pt-declined-notice = To partnerstwo się nie rozpoczęło: jedna z organizacji je odrzuciła albo propozycja została wycofana.
pt-label-period = Okres
pt-label-terms-version = Warunki
pt-terms-version = wersja { $version }
pt-active-since = aktywne od { $date }
pt-ended-on = data zakończenia: { $date }
pt-parties-title = Organizacje i ich odpowiedzi
pt-col-organisation = Organizacja
pt-col-answer = Odpowiedź
pt-col-signatory = Osoba podpisująca
pt-col-answered = Kto i kiedy odpowiedział
pt-answer-pending = Oczekuje
pt-answer-accepted = Przyjęto
pt-answer-declined = Odrzucono
pt-outdated-terms = wcześniejsze warunki
pt-proposer-badge = inicjator
pt-answered-by = { $name }, { $date }
pt-answer-waiting-notice = Czekamy na odpowiedź Twojej organizacji.
pt-answer-waiting-link = Przeczytaj porozumienie, a następnie odpowiedz poniżej.
pt-answer-title = Odpowiedź w imieniu: { $org }
pt-answer-lead = Jako administrator tej organizacji przyjmujesz lub odrzucasz w jej imieniu wersję { $version } warunków.
pt-answer-hint = Aby przyjąć, podaj, kto podpisuje i w jakiej funkcji. Odrzucenie nie wymaga żadnej z tych informacji i zatrzymuje partnerstwo.
pt-accept-button = Przyjmij w imieniu: { $org }
pt-decline-button = Odrzuć
pt-plan-summary-title = Wspólna praca
pt-plan-summary = Plan działania: { $objectives ->
    [one] jeden cel
    [few] { $objectives } cele
    [many] { $objectives } celów
   *[other] { $objectives } celu
}, { $activities ->
    [one] jedno działanie
    [few] { $activities } działania
    [many] { $activities } działań
   *[other] { $activities } działania
}
pt-progress-summary = Postępy: { $milestones ->
    [one] jeden kamień milowy
    [few] { $milestones } kamienie milowe
    [many] { $milestones } kamieni milowych
   *[other] { $milestones } kamienia milowego
}, { $indicators ->
    [one] jeden wskaźnik
    [few] { $indicators } wskaźniki
    [many] { $indicators } wskaźników
   *[other] { $indicators } wskaźnika
}
pt-twinnings-link = Współpraca bliźniacza w ramach tego partnerstwa
pt-manage-title = Zarządzanie partnerstwem
pt-edit-link = Zmień warunki
pt-withdraw-link = Wycofaj propozycję
pt-end-link = Zakończ partnerstwo
pt-withdraw-title = Wycofaj propozycję
pt-withdraw-confirm = Wycofać propozycję „{ $title }”? Organizacje partnerskie zostaną o tym powiadomione, a partnerstwo się nie rozpocznie.
pt-withdraw-button = Wycofaj propozycję
pt-end-title = Zakończ partnerstwo
pt-end-confirm = Zakończyć teraz partnerstwo „{ $title }”? Jego plan i postępy zostaną zachowane jako dokumentacja i nie będzie można ich już zmieniać.
pt-end-button = Zakończ partnerstwo
pt-cancel-link = Anuluj

flash-pt-proposed = Propozycja została wysłana. Administratorzy każdej organizacji partnerskiej otrzymali wiadomość e-mail.
flash-pt-accepted = Zgoda Twojej organizacji została zapisana. Partnerstwo rozpocznie się, gdy przyjmą je wszystkie organizacje.
flash-pt-active = Wszystkie organizacje wyraziły zgodę: partnerstwo jest aktywne.
flash-pt-declined = Twoja organizacja odrzuciła partnerstwo.
flash-pt-terms-revised = Nowe warunki zostały zapisane. Każda organizacja zostanie poproszona o ich przyjęcie.
flash-pt-withdrawn = Propozycja została wycofana.
flash-pt-ended = Partnerstwo zostało zakończone.

## Wspólny plan działania

pt-plan-title = Plan działania
pt-plan-lead = Cele, służące im działania wraz z osobami odpowiedzialnymi, kamienie milowe z terminami oraz wskaźniki, które pokazują, czy partnerstwo osiąga to, co sobie założyło.
pt-plan-read-only = Partnerstwo nie jest w toku: jego plan jest pokazany w takiej postaci, w jakiej był, i nie można go zmieniać.
pt-plan-empty = Plan jest na razie pusty.
pt-add-objective = Dodaj cel
pt-add-activity = Dodaj działanie
pt-add-milestone = Dodaj kamień milowy
pt-add-indicator = Dodaj wskaźnik
pt-objective-heading = Cel { $n }:
pt-no-objective = Bez przypisanego celu
pt-objective-empty = Dla tego celu nic jeszcze nie zaplanowano.
pt-edit-item = Edytuj
pt-delete-item = Usuń
pt-move-up = Przesuń w górę
pt-move-down = Przesuń w dół
pt-record-value-link = Zapisz wartość
pt-activities-title = Działania
pt-milestones-title = Kamienie milowe
pt-indicators-title = Wskaźniki
pt-col-activity = Działanie
pt-col-owner = Kto odpowiada
pt-col-dates = Terminy
pt-col-status = Stan
pt-col-actions = Czynności
pt-col-milestone = Kamień milowy
pt-col-due = Termin
pt-col-indicator = Wskaźnik
pt-col-baseline = Wartość wyjściowa
pt-col-target = Wartość docelowa
pt-col-latest = Ostatnia wartość
pt-col-share = Realizacja wartości docelowej
pt-activity-planned = Zaplanowane
pt-activity-ongoing = W toku
pt-activity-done = Wykonane
pt-activity-cancelled = Anulowane
pt-milestone-status-planned = Zaplanowany
pt-milestone-status-reached = Osiągnięty
pt-milestone-status-missed = Nieosiągnięty
pt-milestone-on-time = Osiągnięty w terminie
pt-milestone-late = Osiągnięty z opóźnieniem
pt-milestone-missed = Nieosiągnięty
pt-milestone-overdue = Po terminie
pt-milestone-upcoming = Nadchodzący
pt-reached-on = dnia { $date }
pt-percent = { $value }%
pt-back-to-plan = Powrót do planu działania: { $title }

pt-edit-objective-title = Edytuj cel
pt-edit-activity-title = Edytuj działanie
pt-edit-milestone-title = Edytuj kamień milowy
pt-edit-indicator-title = Edytuj wskaźnik
pt-label-objective-title = Cel
pt-label-description = Opis
pt-objective-description-hint = Opcjonalnie: po czym poznać, że cel został osiągnięty.
pt-label-objective = Cel
pt-label-activity-title = Działanie
pt-label-owner-org = Organizacja odpowiedzialna
pt-label-owner-name = Osoba prowadząca
pt-owner-name-hint = Imię i nazwisko osoby, która prowadzi to działanie w tej organizacji.
pt-label-milestone-title = Kamień milowy
pt-label-due-on = Termin
pt-label-reached-on = Data osiągnięcia
pt-reached-on-hint = Tylko dla kamienia milowego oznaczonego jako osiągnięty.
pt-label-indicator-name = Wskaźnik
pt-label-unit = Jednostka
pt-unit-hint = Co jest liczone, na przykład „przeszkoleni nauczyciele”, „przedsiębiorstwa” lub „%”.
pt-label-baseline = Wartość wyjściowa
pt-baseline-hint = Wartość na początku; 0, jeśli pole pozostanie puste.
pt-label-target = Wartość docelowa
pt-target-hint = Wartość, do której dążą partnerzy, na przykład 40 lub 12,5.
pt-save-button = Zapisz
pt-delete-button = Usuń
pt-delete-objectives-title = Usuń cel
pt-delete-objectives-confirm = Usunąć cel „{ $title }”? Jego działania, kamienie milowe i wskaźniki pozostaną w planie, bez przypisanego celu.
pt-delete-activities-title = Usuń działanie
pt-delete-activities-confirm = Usunąć działanie „{ $title }”?
pt-delete-milestones-title = Usuń kamień milowy
pt-delete-milestones-confirm = Usunąć kamień milowy „{ $title }”?
pt-delete-indicators-title = Usuń wskaźnik
pt-delete-indicators-confirm = Usunąć wskaźnik „{ $title }” wraz ze wszystkimi zapisanymi dla niego wartościami?

pt-plan-error-owner = Wybierz jedną z organizacji partnerstwa.
pt-plan-error-reached-future = Kamień milowy nie może zostać osiągnięty w dniu, który jeszcze nie nadszedł.
pt-plan-error-measured-future = Wartość nie może zostać zmierzona w dniu, który jeszcze nie nadszedł.
pt-plan-error-full = Plan zawiera już maksymalną liczbę elementów tego rodzaju.

pt-unit-is = Jednostka: { $unit }
pt-values-title = Zmierzone wartości
pt-values-none = Nie zapisano jeszcze żadnej wartości.
pt-values-of = Wartości wskaźnika: { $name }
pt-col-measured-on = Data pomiaru
pt-col-value = Wartość
pt-col-note = Uwaga
pt-col-recorded-by = Zapisane przez
pt-record-value-title = Zapisz wartość
pt-label-measured-on = Data pomiaru
pt-label-value = Wartość
pt-label-note = Uwaga
pt-record-value-button = Zapisz wartość
pt-progress-link = Zobacz postępy całego planu
pt-chart-measured = Zmierzona
pt-chart-target = Wartość docelowa

flash-pt-plan-saved = Plan działania został zapisany.
flash-pt-plan-deleted = Usunięto z planu działania.
flash-pt-value-recorded = Wartość została zapisana.
flash-pt-value-deleted = Wartość została usunięta.

## Postępy

pt-progress-title = Postępy
pt-overall-title = Ogółem
pt-overall-label = Stopień realizacji
pt-overall-explained = Ta liczba to średnia poniższych wartości, z których każda liczy się tak samo:
pt-overall-none = Nie ma jeszcze czego mierzyć: dodaj do planu działania kamienie milowe, działania lub wskaźniki.
pt-completion-milestones = osiągnięte kamienie milowe: { $done } z { $of }
pt-completion-activities = wykonane działania: { $done } z { $of } (anulowanych nie liczy się)
pt-completion-indicators = wskaźniki: średnio { $share } wartości docelowej (wskaźnik bez wartości liczy się jako 0)
pt-activities-none = Nie zaplanowano jeszcze żadnego działania.
pt-timeline-title = Kamienie milowe w czasie
pt-milestones-none = Nie zaplanowano jeszcze żadnego kamienia milowego.
pt-milestone-count-on-time = { $count ->
    [one] { $count } osiągnięty w terminie
    [few] { $count } osiągnięte w terminie
    [many] { $count } osiągniętych w terminie
   *[other] { $count } osiągniętego w terminie
}
pt-milestone-count-late = { $count ->
    [one] { $count } osiągnięty z opóźnieniem
    [few] { $count } osiągnięte z opóźnieniem
    [many] { $count } osiągniętych z opóźnieniem
   *[other] { $count } osiągniętego z opóźnieniem
}
pt-milestone-count-missed = { $count ->
    [one] { $count } nieosiągnięty
    [few] { $count } nieosiągnięte
    [many] { $count } nieosiągniętych
   *[other] { $count } nieosiągniętego
}
pt-milestone-count-overdue = { $count ->
    [one] { $count } zaległy
    [few] { $count } zaległe
    [many] { $count } zaległych
   *[other] { $count } zaległego
}
pt-milestone-count-upcoming = { $count ->
    [one] { $count } nadchodzący
    [few] { $count } nadchodzące
    [many] { $count } nadchodzących
   *[other] { $count } nadchodzącego
}
pt-indicators-none = Nie zdefiniowano jeszcze żadnego wskaźnika.
pt-indicator-status = ostatnia wartość { $latest }, wartość docelowa { $target }
pt-indicator-share = { $share } drogi od wartości wyjściowej
pt-indicator-no-value = Nie zapisano jeszcze żadnej wartości; wartość docelowa to { $target }.

## Wiadomości e-mail (każda do administratora organizacji partnerskiej: $org to jego organizacja, $by ta, która działa)

pt-email-proposal-subject = Propozycja partnerstwa: { $title }
pt-email-proposal-body =
    Dzień dobry!

    Organizacja { $by } proponuje organizacji { $org } partnerstwo „{ $title }” na platformie Bottega. Jako administrator organizacji { $org } możesz przeczytać porozumienie i przyjąć je lub odrzucić w imieniu swojej organizacji:

    { $link }
pt-email-proposal-own-subject = Potwierdź partnerstwo zaproponowane w imieniu organizacji { $org }: { $title }
pt-email-proposal-own-body =
    Dzień dobry!

    Członek organizacji { $org } zaproponował na platformie Bottega w jej imieniu partnerstwo „{ $title }”. Partnerstwo rozpocznie się dopiero wtedy, gdy przyjmie je administrator każdej organizacji, również organizacji { $org }. Przeczytaj porozumienie i przyjmij je lub odrzuć:

    { $link }
pt-email-terms-changed-subject = Nowe warunki partnerstwa { $title }
pt-email-terms-changed-body =
    Dzień dobry!

    Organizacja { $by } zmieniła warunki proponowanego partnerstwa „{ $title }”. Wszystkie wcześniejsze zgody wracają do stanu oczekiwania: przeczytaj nowe warunki i ponownie udziel odpowiedzi w imieniu organizacji { $org }:

    { $link }
pt-email-active-subject = Partnerstwo { $title } jest aktywne
pt-email-active-body =
    Dzień dobry!

    Wszystkie organizacje przyjęły porozumienie „{ $title }” (ostatnią odpowiedź przesłała organizacja { $by }). Partnerstwo jest aktywne, a jego plan działania jest dostępny dla członków organizacji { $org }:

    { $link }
pt-email-declined-subject = Partnerstwo { $title } zostało odrzucone
pt-email-declined-body =
    Dzień dobry!

    Organizacja { $by } odrzuciła proponowane partnerstwo „{ $title }”, więc się ono nie rozpocznie. Porozumienie i odpowiedzi można przeczytać tutaj:

    { $link }
pt-email-withdrawn-subject = Propozycja { $title } została wycofana
pt-email-withdrawn-body =
    Dzień dobry!

    Organizacja { $by } wycofała swoją propozycję partnerstwa „{ $title }”. Od organizacji { $org } nie jest już wymagane żadne działanie:

    { $link }
pt-email-ended-subject = Partnerstwo { $title } zostało zakończone
pt-email-ended-body =
    Dzień dobry!

    Organizacja { $by } zakończyła partnerstwo „{ $title }”. Porozumienie, plan i postępy pozostają dostępne jako dokumentacja:

    { $link }

## Na stronie organizacji w katalogu

pt-org-partnerships-title = Aktywne partnerstwa
