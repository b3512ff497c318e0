## Symulacja przedsiębiorstwa: strony, formularze i komunikaty. Własne teksty silnika (raporty,
## zdarzenia, słowniczek, scenariusze) znajdują się w pliku simulation-engine.ftl.

sim-title = Symulacja przedsiębiorstwa
sim-intro-lead = Poprowadź małą firmę rzemieślniczą na bezpiecznym, symulowanym rynku: ustalaj ceny, planuj produkcję, zatrudniaj i szkol pracowników, promuj swoje produkty, inwestuj i zaciągaj kredyty – i zobacz, jak Twoje decyzje wpływają na pieniądze, ludzi i klientów.
sim-intro-how = Nauczyciel rozpoczyna grę dla klasy i podaje kod. Uczniowie dołączają do zespołu za pomocą tego kodu i podejmują decyzje runda po rundzie; każda runda to jeden miesiąc życia firmy.
sim-intro-sign-in = Zaloguj się, aby grać lub rozpocząć grę
sim-money = { $amount } €
sim-percent = { $value }%

sim-join-title = Dołącz do gry
sim-label-code = Kod gry
sim-join-button = Dołącz
sim-playing-title = Gry, w których biorę udział
sim-playing-none = Nie bierzesz jeszcze udziału w żadnej grze. Poproś nauczyciela o kod gry.
sim-teaching-title = Gry, które prowadzę
sim-teaching-none = Nie masz jeszcze żadnej rozpoczętej gry.
sim-new-button = Rozpocznij nową grę
sim-status-round = Runda { $round } z { $rounds }
sim-status-finished = Zakończona
sim-taught-by = prowadzi: { $name }
sim-label-choose-team = Wybierz swój zespół
sim-players-count = { $count ->
    [one] jedna osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
}

sim-new-title = Rozpocznij grę
sim-new-lead = Wybierz branżę, liczbę zespołów i liczbę rund. Uczniowie dołączą za pomocą kodu, który zobaczysz na następnej stronie.
sim-label-title = Nazwa gry
sim-label-scenario = Branża
sim-label-mode = Jak grają zespoły
sim-mode-solo = Każdy zespół rywalizuje z firmami sterowanymi przez komputer
sim-mode-competitive = Zespoły rywalizują ze sobą o tych samych klientów
sim-label-teams = Liczba zespołów
sim-hint-teams = Od 1 do { $max }.
sim-label-team-names = Nazwy zespołów (opcjonalnie)
sim-hint-team-names = Jedna nazwa w każdym wierszu; zespoły bez nazwy otrzymają numery.
sim-label-rounds = Liczba rund
sim-hint-rounds = Od 1 do { $max }. Dwanaście rund to jeden rok.
sim-label-round-length = Długość rundy
sim-length-by-hand = Każdą rundę uruchamiam ręcznie
sim-length-hours = { $count ->
    [one] jedna godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
sim-length-days = { $count ->
    [one] jeden dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
sim-length-weeks = { $count ->
    [one] jeden tydzień
    [few] { $count } tygodnie
    [many] { $count } tygodni
   *[other] { $count } tygodnia
}
sim-label-lang = Język nazwy
sim-create-button = Rozpocznij grę
sim-team-default-name = Zespół { $number }

sim-label-progress = Postęp
sim-label-deadline = Zamknięcie bieżącej rundy
sim-deadline-at = zamknięcie: { $when }
sim-code-hint = Uczniowie dołączają w sekcji Symulacja przedsiębiorstwa → Dołącz do gry, podając kod { $code }.
sim-play-title = Runda { $round }
sim-decided-count = Zespoły, które przesłały decyzje: { $decided } z { $teams }.
sim-play-button = Rozegraj teraz rundę { $round }
sim-play-hint = Zespoły, które nie przesłały decyzji, zachowują ceny, ilości, godziny i wydatki z poprzedniej rundy; w oczekujących zdarzeniach zostanie wybrana reakcja domyślna.
sim-finished-notice = Wszystkie rundy zostały rozegrane. Podsumowanie kompetencji każdego ucznia znajduje się w jego profilu.
sim-debrief-title = Omówienie gry
sim-csv-link = Pobierz wyniki (CSV)
sim-debrief-table = Wyniki zespołów w całej grze
sim-col-total-profit = Łączny zysk netto
sim-col-final-cash = Środki pieniężne na koniec
sim-col-average-share = Średni udział w rynku
sim-debrief-stories = Zdarzenia i odpowiedzi zespołów
sim-teams-title = Zespoły
sim-col-team = Zespół
sim-col-players = Gracze
sim-col-decided = Decyzje w tej rundzie
sim-decided-yes = Tak
sim-decided-no = Jeszcze nie
sim-no-players = jeszcze nikt
sim-remove-player = Usuń z gry: { $name }
sim-place-title = Przydziel ucznia do zespołu
sim-label-person = Uczeń
sim-hint-person = Nazwa użytkownika (bez @) lub adres e-mail na platformie Bottega. Uczeń, który już bierze udział w grze, zostanie przeniesiony do wybranego zespołu.
sim-place-button = Przydziel do zespołu
sim-bankrupt = bankrut
sim-computer = sterowany przez komputer
sim-computer-team = Firma sterowana przez komputer nr { $number }

sim-team-members = Członkowie zespołu:
sim-decide-title = Decyzje na rundę { $round }
sim-submitted-by = Przesłane przez: { $name }, { $when }. Możesz je jeszcze zmienić, dopóki runda nie zostanie rozegrana.
sim-not-submitted = Twój zespół nie przesłał jeszcze decyzji na tę rundę.
sim-pending-incidents = Zdarzenia czekające na Twoją odpowiedź:
sim-decide-button = Podejmij decyzje
sim-dashboard-title = Twoja firma dziś
sim-no-rounds-yet = Nie rozegrano jeszcze żadnej rundy.
sim-chart-money = Środki pieniężne i zysk w kolejnych rundach
sim-chart-customers = Klienci w kolejnych rundach
sim-last-round-title = Co się wydarzyło w rundzie { $round }
sim-full-report = Pełny raport z rachunkiem zysków i strat, bilansem i rachunkiem przepływów pieniężnych
sim-history-title = Najważniejsze wskaźniki w kolejnych rundach
sim-col-round = Runda
sim-stories-title = Zdarzenia i Twoje odpowiedzi
sim-stories-none = Nie ma jeszcze odpowiedzi na żadne zdarzenie.
sim-round-label = Runda { $round }
sim-chosen-response = Wybrana reakcja:
sim-automatic-response = wybrana automatycznie, bo nie przesłano decyzji
sim-comments-title = Komentarze nauczyciela
sim-comments-none = Nie ma jeszcze komentarzy.
sim-comment-by = autor: { $name }
sim-label-comment = Komentarz
sim-comment-button = Dodaj komentarz
sim-bankrupt-notice = Firmie zbyt długo brakowało pieniędzy i zbankrutowała: nie prowadzi już działalności. Przejrzyj raporty, żeby sprawdzić, na co poszły pieniądze.
sim-reused-notice = Na tę rundę nie przesłano decyzji, więc ponownie użyto wyborów z poprzedniej rundy.

sim-figure-cash = Środki pieniężne
sim-figure-profit = Zysk netto
sim-figure-revenue = Przychody
sim-figure-gross-margin = Marża brutto
sim-figure-market-share = Udział w rynku
sim-figure-satisfaction = Zadowolenie klientów
sim-figure-staff = Pracownicy
sim-figure-morale = Morale pracowników
sim-figure-reputation = Reputacja
sim-figure-break-even = Przychody w progu rentowności

sim-report-title = Raport z rundy { $round }
sim-rounds-nav = Inne rundy
sim-report-explanations = Co to oznacza
sim-report-events = Co się wydarzyło
sim-report-glossary = Pojęcia użyte w tym raporcie:
sim-report-products = Sprzedaż według produktów
sim-col-product = Produkt
sim-col-price = Cena
sim-col-planned = Plan
sim-col-produced = Wyprodukowane lub dostępne
sim-col-demand = Popyt klientów
sim-col-sold = Sprzedane
sim-col-lost = Utracona sprzedaż
sim-col-written-off = Wyrzucone
sim-income-statement = Rachunek zysków i strat
sim-balance-assets = Bilans: aktywa, czyli to, co firma posiada
sim-balance-liabilities = Bilans: pasywa, czyli zobowiązania firmy i kapitał właścicieli
sim-cash-flow-statement = Rachunek przepływów pieniężnych
sim-is-revenue = Przychody ze sprzedaży
sim-is-cost-of-goods = Koszt własny sprzedaży
sim-is-write-offs = Wyrzucone towary
sim-is-gross-profit = Zysk brutto ze sprzedaży
sim-is-wages = Wynagrodzenia
sim-is-overtime = Wynagrodzenia za nadgodziny
sim-is-recruitment = Rekrutacja i odprawy
sim-is-training = Szkolenia
sim-is-marketing = Marketing
sim-is-rent = Czynsz
sim-is-incident-costs = Koszty zdarzeń
sim-is-other-income = Pozostałe przychody
sim-is-depreciation = Amortyzacja
sim-is-operating-profit = Zysk operacyjny
sim-is-interest-expense = Zapłacone odsetki
sim-is-interest-income = Otrzymane odsetki
sim-is-profit-before-tax = Zysk przed opodatkowaniem
sim-is-tax = Podatek
sim-is-net-profit = Zysk netto
sim-bs-cash = Środki pieniężne
sim-bs-materials = Materiały w magazynie
sim-bs-goods = Wyroby gotowe w magazynie
sim-bs-equipment-cost = Sprzęt według ceny zakupu
sim-bs-depreciation = Dotychczasowa amortyzacja
sim-bs-total-assets = Aktywa razem
sim-bs-bank-loan = Kredyt bankowy
sim-bs-emergency-loan = Kredyt awaryjny
sim-bs-total-liabilities = Zobowiązania razem
sim-bs-share-capital = Kapitał wniesiony przez właścicieli
sim-bs-retained-earnings = Zyski zatrzymane
sim-bs-total-equity = Kapitał własny razem
sim-bs-total-liabilities-equity = Zobowiązania i kapitał własny razem
sim-cf-opening = Środki pieniężne na początku rundy
sim-cf-customers = Wpływy od klientów
sim-cf-other-receipts = Inne wpływy
sim-cf-suppliers = Płatności dla dostawców
sim-cf-staff = Wypłaty dla pracowników
sim-cf-other-payments = Czynsz, marketing, szkolenia i inne płatności
sim-cf-interest-paid = Zapłacone odsetki
sim-cf-interest-received = Otrzymane odsetki
sim-cf-tax = Zapłacony podatek
sim-cf-operating = Przepływy z działalności operacyjnej
sim-cf-equipment = Zakup sprzętu
sim-cf-investing = Przepływy z działalności inwestycyjnej
sim-cf-loans = Zaciągnięte kredyty
sim-cf-repayments = Spłacone kredyty
sim-cf-emergency = Otrzymany kredyt awaryjny
sim-cf-emergency-repaid = Spłacony kredyt awaryjny
sim-cf-financing = Przepływy z działalności finansowej
sim-cf-change = Zmiana stanu środków pieniężnych
sim-cf-closing = Środki pieniężne na koniec rundy

sim-cash-now = środki pieniężne: { $amount }
sim-staff-now = { $count ->
    [one] zatrudniona jest jedna osoba
    [few] zatrudnione są { $count } osoby
    [many] zatrudnionych jest { $count } osób
   *[other] zatrudnionych jest { $count } osoby
}
sim-preview-title = Co by było, gdyby: runda z tymi decyzjami
sim-preview-hint = Podgląd obliczony przez ten sam silnik symulacji przy założeniu, że wszystkie pozostałe zespoły zachowają swoje obecne wybory. Nic jeszcze nie zostało przesłane.
sim-section-incidents = Zdarzenia, na które trzeba odpowiedzieć
sim-label-response = Twoja reakcja
sim-label-justification = Dlaczego ta reakcja?
sim-hint-justification = Kilka zdań własnymi słowami: czyta je nauczyciel, a liczą się jako dowód Twoich kompetencji.
sim-section-products = Produkty i godziny otwarcia
sim-label-price = Cena: { $product }
sim-label-volume = Ilość: { $product }
sim-hint-last-demand = Popyt klientów w poprzedniej rundzie: { $units }.
sim-label-hours = Godziny otwarcia w tygodniu
sim-hint-hours = Standardowy tydzień pracy to { $standard } godz.; czas powyżej tego to nadgodziny (maksymalnie { $max } godz.).
sim-section-materials = Zakup materiałów
sim-label-buy = { $material }: ilość do kupienia
sim-hint-in-stock = W magazynie: { $units }.
sim-section-people = Pracownicy
sim-label-hire = Liczba osób do zatrudnienia
sim-hint-labour-pool = { $count ->
    [one] Pracy szuka jedna osoba.
    [few] Pracy szukają { $count } osoby.
    [many] Pracy szuka { $count } osób.
   *[other] Pracy szuka { $count } osoby.
}
sim-label-let-go = Liczba osób do zwolnienia
sim-hint-staff = { $count ->
    [one] Obecnie pracuje u Ciebie jedna osoba.
    [few] Obecnie pracują u Ciebie { $count } osoby.
    [many] Obecnie pracuje u Ciebie { $count } osób.
   *[other] Obecnie pracuje u Ciebie { $count } osoby.
}
sim-label-wage = Miesięczne wynagrodzenie na osobę
sim-label-training = Budżet szkoleniowy
sim-section-marketing = Marketing w poszczególnych kanałach
sim-section-investment = Sprzęt i finanse
sim-label-equipment = { $equipment }: liczba do kupienia
sim-hint-unit-price = Cena za sztukę: { $price }.
sim-label-loan-draw = Nowy kredyt bankowy
sim-label-loan-repay = Spłata kredytu bankowego
sim-hint-loan-outstanding = Pozostało do spłaty: { $amount }.
sim-hint-between = Od { $min } do { $max }.
sim-hint-at-most = Maksymalnie { $max }.
sim-section-quality = Jakość i zrównoważony rozwój
sim-quality-standard = Standardowe materiały i metody
sim-quality-premium = Premium: droższe materiały, wyższa jakość
sim-quality-eco = Zrównoważona produkcja: lokalne i ekologiczne materiały, które przyciągają klientów dbających o środowisko
sim-preview-button = Pokaż podgląd wyniku
sim-submit-button = Prześlij decyzje

sim-glossary-title = Pojęcia biznesowe w prostych słowach
sim-glossary-lead = Pojęcia używane w raportach, wyjaśnione prostym językiem.

sim-error-required = Wpisz wartość.
sim-error-whole-number = Wpisz liczbę całkowitą, np. 120.
sim-error-amount = Wpisz kwotę w euro, np. 4,50.
sim-error-too-large = Ta liczba jest zdecydowanie za duża.
sim-error-choose = Wybierz jedną z opcji.
sim-error-between = Wpisz liczbę całkowitą od { $min } do { $max }.
sim-error-length = Tekst musi mieć od { $min } do { $max } znaków.
sim-error-competitive-needs-two = Żeby zespoły mogły rywalizować ze sobą, potrzebne są co najmniej dwa zespoły.
sim-error-too-many-names = Podano więcej nazw niż zespołów. Maksymalna liczba nazw: { $count }.
sim-error-name-length = Maksymalna liczba znaków w nazwie zespołu: { $max }.
sim-error-unknown-code = Żadna trwająca gra nie ma takiego kodu. Sprawdź kod u nauczyciela.
sim-error-own-game = Prowadzisz tę grę, więc nie możesz w niej grać.
sim-error-game-finished = Ta gra już się zakończyła – nie można niczego zmienić.
sim-error-choose-team = Wybierz zespół z tej gry.
sim-error-not-your-team = Decyzje za ten zespół mogą podejmować tylko jego członkowie.
sim-error-teacher-only = Może to zrobić tylko nauczyciel, który prowadzi tę grę.
sim-error-round-moved-on = Ta runda została już rozegrana. Wpisane przez Ciebie dane są zachowane poniżej: porównaj je z nowym raportem, zanim prześlesz je na następną rundę.
sim-error-deadline-passed = Termin tej rundy minął, więc nie można już przesyłać decyzji. Wpisane przez Ciebie dane są zachowane poniżej; runda zostanie wkrótce rozegrana.
sim-error-round-already-played = Ta runda została przed chwilą rozegrana (może przez drugie kliknięcie albo upływ terminu). Nic nie zostało rozegrane dwa razy.
sim-error-unknown-person = Nie ma aktywnego użytkownika o takiej nazwie użytkownika lub adresie e-mail.
sim-error-comment-length = Komentarz musi zawierać tekst i może mieć najwyżej 2000 znaków.

flash-sim-created = Gra się rozpoczęła. Przekaż uczniom kod widoczny poniżej.
flash-sim-joined = Witamy w zespole! Podejmij swoje pierwsze decyzje.
flash-sim-already-in-team = Już należysz do zespołu w tej grze.
flash-sim-decisions-saved = Twoje decyzje zostały zapisane. Możesz je zmieniać, dopóki runda nie zostanie rozegrana.
flash-sim-round-played = Runda została rozegrana. Każdy zespół może przeczytać swój raport.
flash-sim-game-finished = Ostatnia runda została rozegrana: gra dobiegła końca. Otwórz omówienie, aby porównać zespoły.
flash-sim-player-placed = Uczeń jest teraz w zespole.
flash-sim-player-removed = Usunięto ucznia z gry.
flash-sim-comment-added = Twój komentarz został dodany.

sim-profile-title = Kompetencje z symulacji przedsiębiorstwa
sim-profile-lead = Kompetencje EntreComp wykazane w decyzjach i pisemnych uzasadnieniach podczas gier w symulację przedsiębiorstwa.
sim-profile-results = łączny zysk: { $profit }, środki pieniężne na koniec: { $cash }
sim-profile-evidence = { $count ->
    [one] jeden dowód
    [few] { $count } dowody
    [many] { $count } dowodów
   *[other] { $count } dowodu
}
sim-profile-justifications = { $count ->
    [one] Jedno pisemne uzasadnienie
    [few] { $count } pisemne uzasadnienia
    [many] { $count } pisemnych uzasadnień
   *[other] { $count } pisemnego uzasadnienia
}
