## Warsztat scenariuszowy (sekcja Komunikacja): czynniki zmian, scenariusze, decyzje strategiczne.

workshop-list-title = Warsztaty scenariuszowe
workshop-list-lead = Zastanów się razem z innymi, w jakim kierunku może rozwijać się kształcenie i szkolenie zawodowe: nazwij siły, które na nie wpływają, wyobraź sobie cztery możliwe przyszłości i oceń decyzje, które podejmujemy już dziś.
workshop-new-link = Rozpocznij warsztat
workshop-login-to-start = Zaloguj się, aby rozpocząć warsztat
workshop-filter-label = Filtruj warsztaty
workshop-count = { $count ->
    [one] Jeden warsztat
    [few] { $count } warsztaty
    [many] { $count } warsztatów
   *[other] { $count } warsztatu
}
workshop-list-none = Nie rozpoczęto jeszcze żadnego warsztatu.
workshop-list-none-filtered = Żaden warsztat nie spełnia tych kryteriów.

## Etapy

workshop-phase-drivers = Zbieranie czynników zmian
workshop-phase-scenarios = Pisanie scenariuszy
workshop-phase-closed = Zamknięty
workshop-steps-label = Etapy warsztatu
workshop-step-drivers = 1. Czynniki zmian
workshop-step-scenarios = 2. Scenariusze i decyzje
workshop-step-closed = 3. Wyniki

## Rozpoczynanie warsztatu

workshop-new-title = Rozpocznij warsztat scenariuszowy
workshop-new-lead = Będziesz prowadzić ten warsztat: członkowie proponują i oceniają czynniki zmian, Ty wybierasz dwie osie, a wszyscy razem piszą cztery scenariusze.
workshop-label-title = Tytuł
workshop-label-focal-question = Pytanie przewodnie
workshop-focal-question-hint = Strategiczne pytanie, któremu poświęcony jest warsztat, na przykład: Jak uczniowie kształcący się w zawodach budowlanych będą zdobywać umiejętności zawodowe?
workshop-label-horizon = Horyzont czasowy
workshop-horizon-hint = Rok, którego dotyczą scenariusze – od { $min } do { $max }.
workshop-label-lang = Język warsztatu
workshop-label-community = Społeczność
workshop-no-community = Nie ma jeszcze społeczności, w której możesz rozpocząć warsztat.
workshop-create-button = Rozpocznij warsztat
workshop-error-horizon = Wpisz rok od { $min } do { $max }.
workshop-error-community = Wybierz jedną z dostępnych społeczności.

## Strona warsztatu

workshop-label-phase = Etap
workshop-label-facilitator = Osoba prowadząca
workshop-report-link = Raport
workshop-markdown-link = Pobierz jako plik Markdown
workshop-closed-notice = Ten warsztat jest zamknięty. Możesz przeglądać i eksportować jego wyniki, ale nie można niczego zmienić, dopóki osoba prowadząca nie otworzy go ponownie.
workshop-login-to-take-part = Zaloguj się, aby wziąć udział w tym warsztacie
workshop-verify-to-take-part = Potwierdź swój adres e-mail, aby wziąć udział w tym warsztacie.
workshop-proposed-by = autor propozycji: { $name }
workshop-someone = ktoś

## Czynniki zmian

workshop-drivers-heading = Czynniki zmian
workshop-drivers-intro = Czynniki zmian to siły, które do roku wyznaczonego jako horyzont czasowy będą nadawać kierunek kształceniu i szkoleniu zawodowemu. Oceń każdy z nich: jak silny byłby jego wpływ na pytanie przewodnie i na ile niepewny jest jego rozwój.
workshop-drivers-none = Nie zaproponowano jeszcze żadnego czynnika zmian.
workshop-drivers-details = { $count ->
    [one] Pokaż szczegóły czynnika
    [few] Pokaż szczegóły { $count } czynników
    [many] Pokaż szczegóły { $count } czynników
   *[other] Pokaż szczegóły { $count } czynnika
}
workshop-driver-new-heading = Zaproponuj czynnik zmian
workshop-driver-new-hint = Trend, technologia, polityka publiczna, zmiana demograficzna lub gospodarcza – wszystko, co może wpłynąć na odpowiedź na pytanie przewodnie.
workshop-label-driver-title = Czynnik zmian
workshop-label-driver-description = Opis (opcjonalnie)
workshop-label-kind = Rodzaj
workshop-kind-trend = Trend
workshop-kind-trend-hint = już zachodzi, a jego kierunek jest dość jasny
workshop-kind-uncertainty = Niepewność
workshop-kind-uncertainty-hint = może potoczyć się na bardzo różne sposoby
workshop-driver-add-button = Dodaj czynnik
workshop-label-impact = Wpływ
workshop-label-uncertainty = Niepewność
workshop-label-ratings = Liczba ocen
workshop-rate-driver = Oceń ten czynnik
workshop-rate-choice = Oceń tę decyzję
workshop-your-rating = Twoja ocena
workshop-rating-choose = Wybierz…
workshop-rating-option = { $n ->
    [1] 1 – w bardzo małym stopniu
    [2] 2 – w małym stopniu
    [3] 3 – w średnim stopniu
    [4] 4 – w dużym stopniu
   *[5] 5 – w bardzo dużym stopniu
}
workshop-rating-button = Zapisz moją ocenę
workshop-rating-change-button = Zmień moją ocenę
workshop-not-rated = jeszcze bez ocen
workshop-error-rating = Wybierz ocenę od 1 do 5.
workshop-error-rating-missing = Podaj ocenę od 1 do 5.
workshop-error-driver-elsewhere = Ten czynnik nie należy do tego warsztatu. Wybierz jeden z czynników z listy.
workshop-error-choice-elsewhere = Ta decyzja nie należy do tego warsztatu. Oceń jedną z decyzji z listy.

## Wykres

workshop-chart-title = Czynniki zmian według wpływu i niepewności
workshop-chart-desc = { $count ->
    [one] Jeden oceniony czynnik umieszczony według średniej niepewności (oś pozioma, od 1 do 5) i średniego wpływu (oś pionowa, od 1 do 5).
    [few] { $count } ocenione czynniki umieszczone według ich średniej niepewności (oś pozioma, od 1 do 5) i średniego wpływu (oś pionowa, od 1 do 5).
    [many] { $count } ocenionych czynników umieszczonych według ich średniej niepewności (oś pozioma, od 1 do 5) i średniego wpływu (oś pionowa, od 1 do 5).
   *[other] { $count } ocenionego czynnika umieszczonego według średniej niepewności (oś pozioma, od 1 do 5) i średniego wpływu (oś pionowa, od 1 do 5).
} { $critical ->
    [0] Żaden z nich nie jest krytyczną niepewnością.
    [one] Jeden z nich to krytyczna niepewność (duży wpływ, duża niepewność).
    [few] { $critical } z nich to krytyczne niepewności (duży wpływ, duża niepewność).
    [many] { $critical } z nich to krytyczne niepewności (duży wpływ, duża niepewność).
   *[other] { $critical } z nich to krytyczne niepewności (duży wpływ, duża niepewność).
}
workshop-chart-desc-critical = Krytyczne niepewności: { $drivers }.
workshop-chart-desc-empty = Żaden czynnik nie został jeszcze oceniony, więc wykres jest pusty.
workshop-chart-axis-uncertainty = Niepewność
workshop-chart-axis-impact = Wpływ
workshop-chart-critical = Krytyczne niepewności
workshop-chart-trends = Kluczowe trendy
workshop-critical-badge = Krytyczna niepewność
workshop-chart-empty = Wykres będzie się zapełniać, w miarę jak członkowie będą oceniać czynniki.
workshop-chart-caption = { $count ->
    [one] Jeden oceniony czynnik
    [few] { $count } ocenione czynniki
    [many] { $count } ocenionych czynników
   *[other] { $count } ocenionego czynnika
}, { $critical ->
    [0] żaden w obszarze krytycznych niepewności (prawy górny róg)
    [one] w tym jeden w obszarze krytycznych niepewności (prawy górny róg)
    [few] w tym { $critical } w obszarze krytycznych niepewności (prawy górny róg)
    [many] w tym { $critical } w obszarze krytycznych niepewności (prawy górny róg)
   *[other] w tym { $critical } w obszarze krytycznych niepewności (prawy górny róg)
}. Te same dane przedstawiono poniżej w formie listy.
workshop-legend-heading = Legenda wykresu
workshop-drivers-table-caption = Czynniki zmian i ich średnie oceny
workshop-label-number = Nr
workshop-label-driver = Czynnik
workshop-label-impact-average = Średni wpływ
workshop-label-uncertainty-average = Średnia niepewność
workshop-label-quadrant = Ćwiartka

## Osie

workshop-axes-heading = Wybierz osie scenariuszy
workshop-axes-heading-done = Osie scenariuszy
workshop-axes-hint = Wybierz dwa czynniki – najlepiej dwie krytyczne niepewności, które nie zależą od siebie nawzajem – i nazwij dwa skrajne warianty każdego z nich. Spowoduje to przejście do etapu scenariuszy: powstaną cztery scenariusze, po jednym dla każdego połączenia wariantów, a czynników nie będzie już można dodawać ani oceniać.
workshop-axis-x = Oś pozioma
workshop-axis-y = Oś pionowa
workshop-axis-x-named = Oś pozioma: { $driver }
workshop-axis-y-named = Oś pionowa: { $driver }
workshop-label-axis-driver = Czynnik
workshop-label-pole-low = Biegun niski (jeden skrajny wariant)
workshop-label-pole-high = Biegun wysoki (wariant przeciwny)
workshop-axes-button = Ustal osie i otwórz scenariusze
workshop-error-same-axis = Dla każdej osi wybierz inny czynnik.
workshop-error-two-drivers = Do wyznaczenia osi potrzebne są co najmniej dwa czynniki. Najpierw zaproponuj więcej czynników.

## Scenariusze

workshop-scenarios-heading = Scenariusze
workshop-scenario-unnamed = Scenariusz { $quadrant }
workshop-scenario-empty = Ten scenariusz nie został jeszcze napisany.
workshop-scenario-edited = Ostatnia zmiana: { $name }, { $date }
workshop-scenario-edit = Napisz ten scenariusz
workshop-scenario-history = Wcześniejsze wersje
workshop-scenario-edit-heading = Napisz scenariusz { $quadrant }
workshop-label-poles = Położenie tego scenariusza:
workshop-label-scenario-name = Nazwa scenariusza
workshop-label-narrative = Narracja
workshop-narrative-hint = Opisz tę przyszłość tak, jakby była Twoją teraźniejszością: jak wygląda kształcenie i szkolenie zawodowe, kto się uczy, czego i gdzie. Możesz używać składni Markdown: **pogrubienie**, *kursywa*, listy zaczynające się od -, linki.
workshop-scenario-save-button = Zapisz scenariusz
workshop-preview-button = Podgląd
workshop-preview-heading = Podgląd
workshop-cancel = Anuluj
workshop-error-stale-revision = Podczas Twojej pracy nad tekstem ktoś inny zapisał ten scenariusz. Twój tekst nie został zapisany: porównaj go z widoczną tutaj wersją drugiej osoby, połącz oba teksty i zapisz ponownie.
workshop-conflict-heading = Ten scenariusz zmienił się podczas Twojej pracy nad tekstem
workshop-conflict-text = Nową wersję zapisano { $date } (autor: { $name }). Twój tekst nadal znajduje się w formularzu poniżej.
workshop-conflict-their-version = Wersja drugiej osoby, obecnie zapisana
workshop-conflict-source = Tekst drugiej osoby w formacie Markdown, do skopiowania
workshop-conflict-next = Gdy ponownie zapiszesz scenariusz, Twój tekst zastąpi wersję drugiej osoby, więc przenieś z niej to, co chcesz zachować.
workshop-history-title = Wcześniejsze wersje
workshop-history-current = Obecna wersja ({ $revision })
workshop-history-version = Wersja { $revision }
workshop-history-replaced = Zastąpiona przez: { $name }, { $date }
workshop-history-none = Nie ma jeszcze wcześniejszych wersji.

## Wybory strategiczne i decyzje

workshop-choices-heading = Wybory strategiczne i decyzje
workshop-choices-intro = Jakie decyzje można by podjąć już dziś, aby zbliżyć się do jednej z tych przyszłości albo się od niej oddalić? Dodawaj decyzje i oceniaj każdą z nich: na ile prawdopodobne jest jej podjęcie i na ile jest pożądana.
workshop-choices-count = { $count ->
    [0] Brak decyzji
    [one] Jedna decyzja
    [few] { $count } decyzje
    [many] { $count } decyzji
   *[other] { $count } decyzji
}
workshop-choices-none = Do tego scenariusza nie dodano jeszcze żadnej decyzji.
workshop-label-choice = Wybór lub decyzja
workshop-choice-hint = Na przykład: Uczynić okres uczenia się poprzez pracę częścią każdego programu kształcenia zawodowego.
workshop-label-direction = Kierunek
workshop-direction-towards = Przybliża do tego scenariusza
workshop-direction-away = Oddala od tego scenariusza
workshop-choice-add-button = Dodaj decyzję
workshop-label-plausibility = Prawdopodobieństwo
workshop-label-desirability = Pożądalność
workshop-promising-badge = Prawdopodobna i pożądana

## Wyniki

workshop-results-heading = Wyniki
workshop-results-caption = Scenariusze według ocen przypisanych do nich decyzji
workshop-label-scenario = Scenariusz
workshop-label-choices = Decyzje
workshop-label-plausibility-average = Średnie prawdopodobieństwo
workshop-label-desirability-average = Średnia pożądalność
workshop-results-none = Nie oceniono jeszcze żadnej decyzji.
workshop-most-desirable = Najbardziej pożądany scenariusz: { $scenario } (średnia pożądalność: { $value })
workshop-most-plausible = Najbardziej prawdopodobny scenariusz: { $scenario } (średnie prawdopodobieństwo: { $value })
workshop-promising-heading = Decyzje ocenione jako zarazem prawdopodobne i pożądane
workshop-promising-hint = Decyzje, których średnie prawdopodobieństwo i średnia pożądalność wynoszą co najmniej 3,5 – warto je uwzględnić w rekomendacjach.
workshop-promising-none = Żadna decyzja nie została jeszcze oceniona jako zarazem prawdopodobna i pożądana.

## Prowadzenie warsztatu

workshop-facilitation-heading = Prowadzenie warsztatu
workshop-close-hint = Zamknięcie warsztatu zachowuje wszystko w obecnym stanie: nikt nie może już niczego zmienić, a wyniki można przeglądać i eksportować.
workshop-close-button = Zamknij warsztat
workshop-reopen-hint = Po ponownym otwarciu członkowie mogą znowu brać udział w warsztacie od miejsca, w którym został przerwany.
workshop-reopen-button = Otwórz warsztat ponownie
workshop-error-closed = Ten warsztat jest zamknięty, więc nie można w nim niczego zmienić.
workshop-error-wrong-phase = Ten warsztat jest teraz na innym etapie. Odśwież stronę, aby zobaczyć, co możesz zrobić.

## Raport

workshop-report-title = Raport z warsztatu
workshop-report-generated = Data wygenerowania: { $date }
workshop-print-hint = Aby wydrukować raport lub zapisać go jako plik PDF, użyj polecenia drukowania w przeglądarce.

## Komunikaty wyświetlane jednorazowo po wykonaniu czynności

flash-workshop-created = Warsztat został rozpoczęty. Zaproś członków do proponowania czynników zmian.
flash-workshop-driver-added = Zaproponowany czynnik został dodany.
flash-workshop-rating-saved = Twoja ocena została zapisana.
flash-workshop-axes-set = Osie zostały ustalone: można już pisać cztery scenariusze.
flash-workshop-scenario-saved = Scenariusz został zapisany.
flash-workshop-choice-added = Twoja decyzja została dodana.
flash-workshop-closed = Warsztat został zamknięty.
flash-workshop-reopened = Warsztat został ponownie otwarty.
