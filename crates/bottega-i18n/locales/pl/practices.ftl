# Współpraca: repozytorium dobrych praktyk z perspektywy autorów i czytelników (lista, zgłaszanie
# praktyki według ustrukturyzowanego wzoru, nowe wersje, strona praktyki, historia wersji,
# zgłoszenia wdrożeń).

bp-list-title = Dobre praktyki
bp-list-lead = Praktyki z kształcenia i szkolenia zawodowego z całej Europy, opisane według jednego wzoru, zrecenzowane przez osoby z branży według jawnej karty oceny i opublikowane z identyfikatorem, na który możesz się powołać.
bp-submit-link = Zgłoś praktykę
bp-mine-link = Twoje praktyki
bp-login-to-submit = Zaloguj się, aby zgłosić praktykę
bp-rubric-link = Jak przebiega recenzja praktyk
bp-filter-label = Filtruj dobre praktyki
bp-filter-text = Słowa w tytule lub streszczeniu
bp-filter-clear = Wyczyść filtry
bp-label-theme = Temat
bp-label-sector = Sektor
bp-label-country = Kraj
bp-label-competence = Kompetencja
bp-label-written-in = Napisana w języku
bp-label-label = Wyróżnienie
bp-sort-label = Kolejność
bp-sort-newest = Najpierw najnowsze
bp-sort-score = Najpierw najwyżej ocenione w recenzjach
bp-sort-adopted = Najpierw najczęściej wdrażane
bp-count = { $count ->
    [one] Jedna opublikowana praktyka
    [few] { $count } opublikowane praktyki
    [many] { $count } opublikowanych praktyk
   *[other] { $count } opublikowanej praktyki
}
bp-list-none = Nie opublikowano jeszcze żadnej praktyki.
bp-list-none-filtered = Żadna opublikowana praktyka nie pasuje do tych filtrów.
bp-version = Wersja { $number }
bp-published-on = opublikowana { $date }
bp-written-on = napisana { $date }
bp-score = { $score } na 5 na podstawie { $count ->
    [one] jednej recenzji
    [few] { $count } recenzji
    [many] { $count } recenzji
   *[other] { $count } recenzji
}
bp-score-none = Jeszcze bez oceny z recenzji
bp-adopted-count = { $count ->
    [0] jeszcze niewdrożona
    [one] wdrożona raz
    [few] wdrożona { $count } razy
    [many] wdrożona { $count } razy
   *[other] wdrożona { $count } razy
}
bp-eqf-level = Poziom { $level } ERK

## Twoje praktyki

bp-mine-title = Twoje praktyki
bp-mine-lead = Zgłoszone przez Ciebie praktyki, etap recenzji każdej z nich i ich wersje.
bp-mine-count = { $count ->
    [one] Jedna praktyka
    [few] { $count } praktyki
    [many] { $count } praktyk
   *[other] { $count } praktyki
}
bp-mine-none = Nie masz jeszcze zgłoszonych praktyk.
bp-newest-version = najnowsza wersja: { $number }
bp-published-version = czytelnicy widzą wersję { $number }
bp-not-published-yet = jeszcze nieopublikowana
bp-last-change = ostatnia zmiana: { $date }
bp-revise-link = Napisz nową wersję
bp-reviews-link = Przeczytaj recenzje
bp-versions-link = Historia wersji

## Stany

bp-status-submitted = Zgłoszona – czeka na redaktora
bp-status-in-review = W recenzji
bp-status-revise = Potrzebne poprawki
bp-status-accepted = Opublikowana
bp-status-rejected = Nieprzyjęta
bp-banner-submitted = Redaktor przydzieli recenzentów. Dopóki wersja nie zostanie opublikowana, mogą ją czytać tylko Ty, redaktorzy i jej recenzenci.
bp-banner-in-review = Recenzenci oceniają tę wersję według opublikowanej karty oceny. Do czasu publikacji mogą ją czytać tylko Ty, redaktorzy i jej recenzenci.
bp-banner-revise = Redaktorzy proszą o nową wersję: przeczytaj recenzje, a potem napisz nową wersję z notatką o tym, co się zmieniło.
bp-banner-accepted = Ta wersja została przyjęta i opublikowana.
bp-banner-rejected = Redaktorzy nie przyjęli tej wersji. Uzasadnienie znajdziesz w recenzjach.
bp-banner-revision = To jest wersja { $version }: jeszcze nieopublikowana poprawka opublikowanej wersji { $published }. Czytelnicy nadal widzą wersję { $published }.
bp-read-version = Przeczytaj wersję { $number }

## Zgłaszanie i nowe wersje

bp-submit-title = Zgłoś dobrą praktykę
bp-submit-lead = Opisz praktykę według poniższego wzoru, aby inni mogli ją ocenić i przenieść do własnej szkoły lub przedsiębiorstwa. Redaktorzy przydzielają co najmniej dwóch recenzentów, którzy oceniają ją według opublikowanej karty oceny; po przyjęciu praktyka zostaje opublikowana z identyfikatorem, na który można się powołać.
bp-from-group = Zgłaszasz wyniki grupy roboczej „{ $group }”. Tytuł, streszczenie, kontekst i rezultaty zostały wypełnione na podstawie pracy grupy: uzupełnij je i popraw przed zgłoszeniem.
bp-revise-title = Napisz nową wersję
bp-revise-lead = Wersja { $version } praktyki { $code }. Wszystkie wcześniejsze wersje pozostają w historii; czytelnicy widzą opublikowaną wersję, dopóki ta nie zostanie przyjęta.
bp-required-hint = Pola oznaczone * są wymagane.
bp-part-about = Praktyka
bp-part-template = Opis
bp-part-descriptors = Gdzie i dla kogo
bp-part-links = Materiały z bazy materiałów
bp-markdown-hint = W każdej sekcji możesz używać składni Markdown: **pogrubienie**, _kursywa_, listy, > cytaty, [linki](https://example.org) i nagłówki.
bp-label-title = Tytuł
bp-label-lang = Język tekstu
bp-label-org = Organizacja
bp-org-hint = Organizacja, w imieniu której zgłaszasz praktykę. Jej członkowie nigdy jej nie recenzują, aby recenzje pozostały niezależne.
bp-org-none-hint = Nie należysz do żadnej organizacji, więc praktyka zostanie zgłoszona w Twoim własnym imieniu.
bp-org-directory-link = Znajdź lub dodaj swoją organizację w katalogu
bp-submitted-for = Zgłoszona w imieniu: { $org }.
bp-section-summary = Streszczenie
bp-section-context = Kontekst
bp-section-problem = Rozwiązywany problem
bp-section-practice = Praktyka
bp-section-resources = Potrzebne zasoby
bp-section-results = Rezultaty i dowody
bp-section-transferability = Możliwość przeniesienia
bp-section-lessons = Wnioski na przyszłość
bp-hint-summary = Krótki akapit o tym, na czym polega praktyka i co dzięki niej osiągnięto; wyświetla się na listach.
bp-hint-context = Gdzie ją prowadzono: szkoła lub przedsiębiorstwo, osoby uczące się, program. Opcjonalnie, ale pomaga czytelnikom.
bp-hint-problem = Co nie działało, u kogo i skąd było to wiadomo.
bp-hint-practice = Co zostało zrobione, krok po kroku, tak aby ktoś inny mógł to powtórzyć.
bp-hint-resources = Ludzie, czas, pieniądze, pomieszczenia i narzędzia, których wymaga. Opcjonalnie, ale pomaga czytelnikom.
bp-hint-results = Co się zmieniło, wraz z dowodami: liczby, ewaluacje, opinie osób uczących się lub przedsiębiorstw.
bp-hint-transferability = Czego potrzebuje inna organizacja, aby przenieść ją do siebie, i co trzeba dostosować. Opcjonalnie, ale recenzenci to oceniają.
bp-hint-lessons = Co warto następnym razem zrobić inaczej. Opcjonalnie, ale pomaga czytelnikom.
bp-label-eqf = Poziom ERK
bp-label-countries = Kraje, w których ją prowadzono
bp-label-themes = Tematy
bp-label-sectors = Sektory
bp-label-competences = Odniesienia do ram kompetencji
bp-label-links = Powiązane materiały z bazy materiałów
bp-links-hint = Jeden materiał z bazy materiałów w każdym wierszu: jego adres (na przykład /resources/12) lub numer. Powiązać można tylko materiały, które widzisz w bazie materiałów; czytelnicy zobaczą te, do których mają dostęp.
bp-deposit-link = Udostępnij nowy materiał w bazie materiałów
bp-label-change-note = Co się zmieniło
bp-change-note-hint = Jedno lub dwa zdania dla redaktorów i recenzentów: co zmieniasz w tej wersji i dlaczego.
bp-submit-next = Po zgłoszeniu praktyka otrzyma identyfikator i będzie czekać na redaktora. Możesz śledzić ją w sekcji „Twoje praktyki”.
bp-preview-button = Podgląd
bp-preview-title = Podgląd
bp-preview-hint = Tak będą wyglądać sekcje. Nic nie zostało jeszcze zapisane: sprawdź je, a potem zgłoś praktykę poniżej.
bp-submit-button = Zgłoś praktykę
bp-revise-button = Zgłoś nową wersję

bp-error-country-required = Wybierz co najmniej jeden kraj, w którym prowadzono praktykę.
bp-error-org-required = Wybierz organizację, w imieniu której zgłaszasz praktykę.
bp-error-too-many-links = { $limit ->
    [one] Możesz powiązać najwyżej jeden materiał.
    [few] Możesz powiązać najwyżej { $limit } materiały.
    [many] Możesz powiązać najwyżej { $limit } materiałów.
   *[other] Możesz powiązać najwyżej { $limit } materiału.
}
bp-error-unknown-resources = To nie są materiały z bazy materiałów, do których masz dostęp: { $items }
bp-error-editors-only = Tylko redaktorzy dobrych praktyk mogą to zrobić.
bp-error-authors-only = Tylko autor tej praktyki może napisać jej nową wersję.
bp-error-not-open-for-revision = Nową wersję można napisać tylko wtedy, gdy redaktorzy poproszą o poprawki, albo po opublikowaniu wersji. Ta praktyka czeka na redaktora lub jest w recenzji.
bp-error-group-coordinators-only = Tylko koordynatorzy tej grupy roboczej mogą zgłosić jej wyniki jako dobrą praktykę.
bp-error-group-not-archived = Grupa robocza jest nadal aktywna: jej wyniki można zgłosić po zamknięciu grupy.
bp-error-group-already-proposed = Wyniki tej grupy roboczej zostały już zgłoszone jako dobra praktyka.
bp-error-not-published = Ta praktyka nie została jeszcze opublikowana, więc nie można zgłosić jej wdrożenia.
bp-error-adopt-own-org = Organizacja, która zgłosiła tę praktykę, nie może zgłosić jej wdrożenia.
bp-error-adoption-already-reported = Wdrożenie tej praktyki w tej organizacji zostało już przez Ciebie zgłoszone.

## Strona praktyki

bp-about-title = O tej praktyce
bp-label-submitter = Kto zgłosił
bp-label-labels = Wyróżnienia
bp-label-source-group = Z grupy roboczej
bp-linked-resources-title = Materiały w bazie materiałów
bp-review-title = Recenzja
bp-review-pending = Jeszcze nieopublikowana: ocena z recenzji pojawi się po przyjęciu wersji.
bp-review-explained = Każdą opublikowaną praktykę ocenili co najmniej dwaj recenzenci pod względem trafności, innowacyjności, dowodów wpływu, możliwości przeniesienia i trwałości.
bp-author-title = Dla Ciebie jako autora
bp-author-state = Stan: { $state }
bp-adopted-heading = { $count ->
    [0] Kto wdrożył tę praktykę
    [one] Wdrożona przez jedną organizację
    [few] Wdrożona przez { $count } organizacje
    [many] Wdrożona przez { $count } organizacji
   *[other] Wdrożona przez { $count } organizacji
}
bp-adopted-none = Nikt jeszcze nie zgłosił wdrożenia tej praktyki. Jeśli Twoja organizacja z niej skorzystała, opisz społeczności, jak to zrobiła.
bp-adopted-all = { $count ->
    [one] Zgłoszenie wdrożenia
   *[other] Wszystkie zgłoszenia wdrożeń ({ $count })
}
bp-adoption-reported-by = zgłoszone przez: { $name }
bp-adoptions-lead = Organizacje, które wdrożyły praktykę „{ $title }”: gdzie i jak.
bp-adopt-title = Zgłoś wdrożenie
bp-adopt-lead = Czy Twoja organizacja przejęła tę praktykę? Napisz, gdzie i jak, oraz co zostało dostosowane: to pomoże innym i będzie uznaniem dla autorów.
bp-adopt-org = Kto wdrożył
bp-adopt-org-none = (bez wskazania organizacji)
bp-adopt-country = Kraj
bp-adopt-how = Jak ją wdrożono
bp-adopt-how-hint = Co przejęto, co dostosowano i co z tego wynikło. Możesz używać składni Markdown.
bp-adopt-button = Zgłoś wdrożenie
bp-login-to-adopt = Zaloguj się, aby zgłosić, że Twoja organizacja wdrożyła tę praktykę

bp-cite-title = Jak cytować
bp-cite-hint = Skopiuj ten opis bibliograficzny; identyfikator i adres nigdy się nie zmieniają.
bp-cite-identifier = Identyfikator
bp-cite-address = Adres
bp-cite-title-label = Tytuł
bp-cite-version = Wersja
bp-cite-year = Rok
bp-cite-author = Autor
bp-citation = { $author } ({ $year }). { $title }, wersja { $version }. Repozytorium dobrych praktyk Bottega, { $code }. { $address }

## Wersje

bp-versions-title = Historia wersji
bp-versions-lead = Wszystkie wersje praktyki { $code }, od najnowszej. Poprawka to nowa wersja: wcześniejsze pozostają takie, jakie były.
bp-version-published = Wersja opublikowana
bp-first-version = Pierwsza wersja.
bp-no-change-note = Brak notatki o zmianach.
bp-version-notice = Czytasz wersję { $version }; najnowsza jest wersja { $newest }.
bp-version-notice-newest = Czytasz wersję { $version }, najnowszą.
bp-version-current-link = Przejdź do praktyki

## Komunikaty wyświetlane jednorazowo po wykonaniu działania

flash-bp-submitted = Praktyka została zgłoszona. Otrzymała identyfikator i czeka na redaktora.
flash-bp-revised = Nowa wersja została zgłoszona i czeka na redaktora.
flash-bp-adoption-reported = Dziękujemy, wdrożenie zostało zgłoszone.

## W przeglądzie zamkniętej grupy roboczej

bp-propose-group-link = Zgłoś wyniki jako dobrą praktykę
bp-propose-group-hint = Otworzy się formularz praktyki wypełniony na podstawie wyników; redaktorzy zlecą następnie recenzję praktyki na potrzeby repozytorium dobrych praktyk.
