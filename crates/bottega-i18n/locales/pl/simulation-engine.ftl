### Symulacja przedsiębiorstwa (crate bottega-sim). Silnik nie tworzy zdań: każdy pokazywany tekst
### to klucz, a identyfikator Fluent klucza to ten klucz z kropkami zamienionymi na myślniki
### (bottega_sim::fluent_id). Argumenty przychodzą z silnika z typami i są przygotowywane przez warstwę WWW:
###   liczby ($people, $units, $hours, $count, $planned, $produced, $ordered, $delivered,
###     $rounds_left) są liczbami, żeby działały warianty liczby mnogiej;
###   kwoty ($amount, $cost, $revenue, $profit, $cash_change, $severance) to gotowe teksty,
###     np. „1 234,50 €” ($cash_change zachowuje znak minus);
###   udziały ($margin, $ratio, $rate, $from, $to) to gotowe wartości procentowe, np. „42%”;
###   nazwy ($product, $material, $equipment, $incident, $response) to inne komunikaty z tego
###     pliku, tłumaczone najpierw. Brzmią jak etykiety („Chleb na zakwasie”), dlatego w zdaniach
###     stoją na początku albo po dwukropku (bez odmiany przez przypadki).
### Błędy decyzji mogą dostać $min i $max (sformatowane jako kwota, godziny lub liczba, zależnie
### od pola) oraz $field (przetłumaczoną etykietę pola); są wyświetlane obok pola.

## Raport z rundy: objaśnienia wyników

report-bankrupt = Twoja firma zbankrutowała. Zbyt wiele rund z rzędu potrzebowała kredytu awaryjnego i nie jest już w stanie spłacać swoich długów, dlatego zakończyła działalność i nie podejmuje już decyzji. Przejrzyj swoje raporty i sprawdź, na co poszły pieniądze – to najcenniejsza lekcja z tej gry.
report-break_even = Aby osiągnąć próg rentowności, czyli pokryć wszystkie koszty stałe bez straty, przy marżach z tej rundy potrzebujesz przychodów około { $revenue } na rundę. Sprzedaż powyżej tego progu przynosi zysk, a poniżej – stratę. Lepsze ceny, tańsze materiały lub niższe koszty stałe obniżają próg rentowności.
report-depreciation = Twój sprzęt stracił w tej rundzie { $amount } wartości z powodu wieku i zużycia. To amortyzacja: teraz nie wypłynęły z tego powodu żadne pieniądze z Twojego konta, ale to prawdziwy koszt, bo pewnego dnia maszyny trzeba będzie wymienić. Zaplanuj, żeby mieć na to pieniądze, kiedy przyjdzie czas.
report-emergency_loan = Zabrakło Ci pieniędzy, więc bank uzupełnił brakującą kwotę { $amount } kredytem awaryjnym. Jest to drogi kredyt – oprocentowanie wynosi { $rate } rocznie – i zostanie spłacony automatycznie, gdy tylko znów będziesz mieć pieniądze. Uważaj: jeśli pieniędzy zabraknie { $rounds_left ->
        [one] także w następnej rundzie
        [few] w każdej z { $rounds_left } kolejnych rund
        [many] w każdej z { $rounds_left } kolejnych rund
       *[other] w każdej z { $rounds_left } kolejnych rund
    }, Twoja firma zbankrutuje. Wydawaj mniej, sprzedawaj więcej albo w porę zaciągnij zwykły kredyt bankowy.
report-gross_margin = Twoja marża brutto wyniosła { $margin }. To część przychodów ze sprzedaży, która zostaje po opłaceniu sprzedanych materiałów i towarów. Z niej trzeba pokryć wynagrodzenia, czynsz, marketing i wszystko inne, dlatego wyższa cena lub tańsze materiały robią dużą różnicę.
report-interest_paid = Twoja firma zapłaciła { $amount } tytułem odsetek od kredytów. Odsetki to cena pożyczonych pieniędzy. Spłacanie kredytów, kiedy masz wolne środki, obniża ten koszt.
report-inventory_built_up = Wartość towarów czekających w magazynie wzrosła o { $amount }. Te pieniądze są zamrożone w produktach, których jeszcze nie sprzedano: widać je w bilansie, ale nie możesz ich wydać. Staraj się produkować tyle, ile klienci naprawdę kupują.
report-loss = W tej rundzie Twoja firma poniosła stratę w wysokości { $amount }: koszty były wyższe niż przychody. Strata zmniejsza wartość firmy dla jej właścicieli. Sprawdź, które koszty wzrosły i czy Twoje ceny i sprzedaż je pokrywają.
report-loss_carry_forward_used = Straty z poprzednich rund obniżyły Twój dochód do opodatkowania o { $amount }, więc w tej rundzie podatek był niższy. Przepisy pozwalają firmie odliczyć dawne straty od późniejszych zysków, co pomaga jej stanąć na nogi.
report-lost_sales_capacity = { $product }: klienci chcieli kupić o { $units ->
        [one] jedną jednostkę
        [few] { $units } jednostki
        [many] { $units } jednostek
       *[other] { $units } jednostki
    } więcej, niż udało się wyprodukować lub obsłużyć w tej rundzie. Ta sprzedaż przepadła, a rozczarowani klienci szkodzą Twojej reputacji. Sprawdź, co Cię ograniczyło, i zaplanuj więcej godzin pracy, pracowników lub sprzętu.
report-lost_sales_stock = { $product }: klienci chcieli kupić o { $units ->
        [one] jedną jednostkę
        [few] { $units } jednostki
        [many] { $units } jednostek
       *[other] { $units } jednostki
    } więcej, niż było gotowe do sprzedaży. Ta sprzedaż przepadła, a klienci, którzy wychodzą z pustymi rękami, szkodzą Twojej reputacji. Zastanów się, czy w następnej rundzie nie zaplanować większej ilości.
report-no_contribution_margin = Po opłaceniu materiałów i innych kosztów, które rosną z każdą sprzedażą, nie zostało nic na pokrycie kosztów stałych, takich jak czynsz i wynagrodzenia. W obecnej sytuacji każda dodatkowa sprzedaż pogarsza wynik, zamiast go poprawiać. Podnieś ceny lub obniż koszt jednostkowy, zanim spróbujesz sprzedawać więcej.
report-overtime = Twój zespół przepracował w tej rundzie { $hours ->
        [one] jedną nadgodzinę
        [few] { $hours } nadgodziny
        [many] { $hours } nadgodzin
       *[other] { $hours } nadgodziny
    }, za które trzeba było dopłacić { $cost }. Nadgodziny pomagają w okresach dużego ruchu, ale są drogie i męczą ludzi. Jeśli potrzebujesz ich w każdej rundzie, pomyśl o zatrudnieniu nowych osób.
report-production_limited_equipment = Twój plan obejmował łącznie { $planned ->
        [one] jedną jednostkę
        [few] { $planned } jednostki
        [many] { $planned } jednostek
       *[other] { $planned } jednostki
    } (produkty lub wizyty), ale wykonać dało się tylko { $produced }: Twój sprzęt pracował na pełnych obrotach. Kup więcej sprzętu albo planuj takie ilości, z którymi poradzą sobie Twoje maszyny.
report-production_limited_labour = Twój plan obejmował łącznie { $planned ->
        [one] jedną jednostkę
        [few] { $planned } jednostki
        [many] { $planned } jednostek
       *[other] { $planned } jednostki
    } (produkty lub wizyty), ale wykonać dało się tylko { $produced }: Twojemu zespołowi zabrakło godzin pracy. Pomogłoby zatrudnienie nowych osób, szkolenie zespołu, żeby pracował szybciej, albo dłuższe godziny otwarcia – choć nadgodziny kosztują więcej.
report-production_limited_materials = Twój plan obejmował łącznie { $planned ->
        [one] jedną jednostkę
        [few] { $planned } jednostki
        [many] { $planned } jednostek
       *[other] { $planned } jednostki
    } (produkty lub wizyty), ale wykonać dało się tylko { $produced }: w magazynie zabrakło materiałów. Kupuj tyle materiałów, ile potrzeba na planowane ilości, z niewielkim zapasem na wypadek opóźnionej dostawy.
report-profit = W tej rundzie Twoja firma osiągnęła zysk w wysokości { $amount }: przychody były wyższe niż wszystkie koszty razem. Zysk zwiększa wartość firmy dla jej właścicieli. Zdecyduj, czy zachować go jako zapas gotówki, czy go zainwestować.
report-profit_but_cash_fell = Twoja firma osiągnęła zysk w wysokości { $profit }, a mimo to stan środków pieniężnych zmienił się o { $cash_change }. Zysk i gotówka to nie to samo: pieniądze mogą być zamrożone w zapasach, wydane na sprzęt albo przeznaczone na spłatę kredytów. Pilnuj jednego i drugiego.
report-reputation_fell = Twoja reputacja spadła z { $from } do { $to }. Słaba jakość, zła relacja jakości do ceny i klienci, których nie udało się obsłużyć – wszystko to zmienia opinię ludzi o Twojej firmie, a słabsza reputacja oznacza mniej klientów w kolejnych rundach. Popracuj nad jakością i zadbaj, żeby starczyło dla wszystkich, a odzyskasz dobrą opinię.
report-staff_quit = W tej rundzie z firmy { $people ->
        [one] odeszła jedna osoba
        [few] odeszły { $people } osoby
        [many] odeszło { $people } osób
       *[other] odeszło { $people } osoby
    }. Kiedy ludzie odchodzą, zabierają ze sobą swoje doświadczenie, a rekrutacja nowych osób kosztuje. Niskie płace, słabe morale i zbyt wiele nadgodzin sprawiają, że ludzie odchodzą.
report-tax_paid = Twoja firma zapłaciła { $amount } podatku dochodowego od zysku. Ten podatek płaci się tylko wtedy, gdy firma ma zysk, więc to cena udanej rundy.
report-unsold_written_off = { $product }: { $units ->
        [one] jedną niesprzedaną sztukę trzeba było wyrzucić
        [few] { $units } niesprzedane sztuki trzeba było wyrzucić
        [many] { $units } niesprzedanych sztuk trzeba było wyrzucić
       *[other] { $units } niesprzedanej sztuki trzeba było wyrzucić
    }, co oznacza stratę w wysokości { $cost }. Świeżych produktów nie da się przechować do następnej rundy, więc planuj ilości bliższe temu, co kupują klienci.
report-wage_below_market = Płacisz { $ratio } zwykłego wynagrodzenia rynkowego. Teraz oszczędzasz, ale niska płaca obniża motywację zespołu i zwiększa ryzyko odejść, a zastąpienie pracowników też kosztuje.

## Raport z rundy: co się wydarzyło

event-bankrupt = Twoja firma zbankrutowała i zakończyła działalność.
event-delivery_short = { $material }: zamówiono { $ordered }, ale dotarło tylko { $delivered }.
event-emergency_loan = Zabrakło Ci pieniędzy: bank udzielił Ci kredytu awaryjnego w wysokości { $amount }.
event-emergency_loan_repaid = Automatycznie spłacono { $amount } kredytu awaryjnego.
event-equipment_bought = { $equipment }: kupiono { $count ->
        [one] jedną sztukę
        [few] { $count } sztuki
        [many] { $count } sztuk
       *[other] { $count } sztuki
    } za { $cost }.
event-equipment_retired = { $equipment }: { $count ->
        [one] jedna sztuka osiągnęła koniec okresu użytkowania i została wycofana z eksploatacji.
        [few] { $count } sztuki osiągnęły koniec okresu użytkowania i zostały wycofane z eksploatacji.
        [many] { $count } sztuk osiągnęło koniec okresu użytkowania i zostało wycofanych z eksploatacji.
       *[other] { $count } sztuki osiągnęło koniec okresu użytkowania i zostało wycofane z eksploatacji.
    }
event-incident = Coś się wydarzyło: { $incident }. Wybierz, jak zareagować, podejmując kolejne decyzje.
event-incident_resolved = { $incident }: wybrana reakcja – „{ $response }”.
event-staff_hired = { $people ->
        [one] Do zespołu dołączyła jedna nowa osoba
        [few] Do zespołu dołączyły { $people } nowe osoby
        [many] Do zespołu dołączyło { $people } nowych osób
       *[other] Do zespołu dołączyło { $people } nowej osoby
    }. Rekrutacja kosztowała { $cost }.
event-staff_left_after_incident = Po tym zdarzeniu z firmy { $people ->
        [one] odeszła jedna osoba
        [few] odeszły { $people } osoby
        [many] odeszło { $people } osób
       *[other] odeszło { $people } osoby
    }.
event-staff_let_go = Zwolniono { $people ->
        [one] jedną osobę
        [few] { $people } osoby
        [many] { $people } osób
       *[other] { $people } osoby
    }. Odprawa: { $severance }.
event-staff_quit = { $people ->
        [one] Z pracy odeszła jedna osoba.
        [few] Z pracy odeszły { $people } osoby.
        [many] Z pracy odeszło { $people } osób.
       *[other] Z pracy odeszło { $people } osoby.
    }

## Słowniczek: pojęcie i krótkie wyjaśnienie w .definition

glossary-revenue = Przychody
    .definition = Wszystkie pieniądze, które klienci płacą Ci w ciągu rundy za Twoje produkty i usługi, zanim odejmie się jakiekolwiek koszty.
glossary-gross_margin = Marża brutto
    .definition = Część przychodów, która zostaje po opłaceniu sprzedanych materiałów i towarów. Marża brutto 40% oznacza, że z każdego euro sprzedaży zostaje 40 centów na wynagrodzenia, czynsz i wszystko inne.
glossary-contribution_margin = Marża pokrycia
    .definition = Przychody pomniejszone o koszty, które rosną z każdą sprzedaną jednostką, na przykład o materiały. To kwota, którą sprzedaż wnosi na pokrycie kosztów stałych, takich jak czynsz i wynagrodzenia, a potem na zysk.
glossary-break_even = Próg rentowności
    .definition = Wielkość sprzedaży, przy której przychody dokładnie pokrywają wszystkie koszty: nie ma ani zysku, ani straty. Sprzedasz więcej – masz zysk; sprzedasz mniej – ponosisz stratę.
glossary-cash_flow = Przepływy pieniężne
    .definition = Pieniądze, które w ciągu rundy rzeczywiście wpływają na rachunek bankowy firmy i z niego wypływają. Firma może mieć zysk, a mimo to zabraknie jej gotówki, na przykład gdy pieniądze są zamrożone w zapasach lub maszynach.
glossary-depreciation = Amortyzacja
    .definition = Maszyny tracą wartość, gdy się starzeją i zużywają. Zamiast zaliczać całą ich cenę do kosztów w rundzie zakupu, rozkłada się ten koszt na lata, przez które się z nich korzysta.
glossary-working_capital = Kapitał obrotowy
    .definition = To, czym firma dysponuje w krótkim okresie (gotówka, zapasy, należności, czyli pieniądze, które inni są jej winni), minus to, co musi wkrótce zapłacić. Pokazuje, czy firma jest w stanie opłacać bieżące rachunki.
glossary-inventory = Zapasy
    .definition = Materiały czekające na użycie i gotowe produkty czekające na sprzedaż. Zapasy zamrażają pieniądze, dopóki nie zostaną sprzedane, a świeże produkty mogą się zepsuć.
glossary-interest = Odsetki
    .definition = Cena pożyczenia pieniędzy, zwykle podawana jako procent kwoty kredytu w skali roku. Pieniądze trzymane w banku też mogą przynosić niewielkie odsetki.
glossary-tax = Podatek
    .definition = Firmy oddają państwu część swojego zysku w formie podatku. W rundzie bez zysku nie płaci się podatku dochodowego.
glossary-loss_carry_forward = Odliczenie straty z poprzednich okresów
    .definition = Zasada, która pozwala firmie odjąć straty z wcześniejszych okresów od późniejszych zysków. Dzięki temu płaci niższy podatek, dopóki odrabia gorsze czasy.
glossary-equity = Kapitał własny
    .definition = Ta część firmy, która należy do jej właścicieli: wszystko, co firma posiada, minus wszystko, co jest winna innym. Zyski go powiększają, straty go zmniejszają.
glossary-liabilities = Zobowiązania
    .definition = Wszystko, co firma jest winna innym, na przykład kredyty bankowe i jeszcze niezapłacone rachunki.
glossary-market_share = Udział w rynku
    .definition = Twoja część całej sprzedaży na rynku, wyrażona w procentach. Jeśli klienci wydają łącznie 100 000, z czego 25 000 u Ciebie, Twój udział w rynku wynosi 25%.
glossary-price_elasticity = Cenowa elastyczność popytu
    .definition = To, jak silnie klienci reagują na zmianę ceny. Jeśli popyt jest elastyczny, niewielka podwyżka sprawia, że wielu klientów rezygnuje z zakupu; jeśli jest nieelastyczny, większość nadal kupuje.
glossary-adstock = Adstock (efekt pamięci reklamy)
    .definition = Reklama działa jeszcze przez jakiś czas po tym, jak za nią zapłacisz, bo ludzie ją pamiętają. Adstock to ta część Twojego wcześniejszego marketingu, która nadal działa dziś; z każdą rundą trochę słabnie.
glossary-capacity = Zdolność produkcyjna
    .definition = Najwięcej, ile Twoja firma może wyprodukować lub obsłużyć w ciągu rundy. Ograniczają ją godziny pracy, sprzęt i materiały.
glossary-overtime = Nadgodziny
    .definition = Godziny przepracowane ponad normalny tygodniowy czas pracy. Płaci się za nie więcej, a jeśli trwa to długo, ludzie stają się zmęczeni i niezadowoleni.
glossary-staff_turnover = Rotacja pracowników
    .definition = To, ile osób odchodzi z firmy w danym okresie. Duża rotacja kosztuje, bo trzeba rekrutować i szkolić nowe osoby, a razem z odchodzącymi znika ich doświadczenie.
glossary-reputation = Reputacja
    .definition = To, co klienci i ludzie z otoczenia myślą o Twojej firmie. Rośnie dzięki dobrej jakości i obsłudze, a cierpi, gdy klienci się zawiodą.
glossary-emergency_loan = Kredyt awaryjny
    .definition = Kredyt, którego bank udziela automatycznie, gdy stan Twoich środków pieniężnych spadłby poniżej zera. Jest wysoko oprocentowany i zostaje spłacony, gdy tylko znów pojawią się pieniądze.
glossary-bankruptcy = Bankructwo
    .definition = Firma, która nie jest już w stanie spłacać swoich długów, bankrutuje i musi zakończyć działalność. W tej grze do bankructwa prowadzi zbyt wiele rund z rzędu, w których potrzebny jest kredyt awaryjny.

## Decyzje, których nie można przyjąć (wyświetlane obok pola formularza)

decision_error-company_bankrupt = Twoja firma zbankrutowała, więc nie może już podejmować decyzji.
decision_error-negative_quantity = Ta wartość nie może być ujemna. Wpisz wartość od { $min } do { $max }.
decision_error-price_out_of_range = Ustal cenę od { $min } do { $max }.
decision_error-volume_out_of_range = Ilość musi wynosić od { $min } do { $max } na rundę.
decision_error-opening_hours_out_of_range = Godziny otwarcia muszą wynosić od { $min } do { $max } godzin tygodniowo.
decision_error-purchase_out_of_range = Tego materiału możesz kupić od { $min } do { $max } na rundę.
decision_error-hire_exceeds_labour_pool = Tylu osób nie szuka teraz pracy. W tej rundzie możesz zatrudnić najwyżej: { $max }.
decision_error-let_go_exceeds_staff = Nie możesz zwolnić więcej osób, niż zatrudniasz. Najwięcej możesz zwolnić: { $max }.
decision_error-wage_out_of_range = Wynagrodzenie musi wynosić od { $min } (płaca minimalna) do { $max }.
decision_error-training_out_of_range = Budżet szkoleniowy musi wynosić od { $min } do { $max } na rundę.
decision_error-marketing_out_of_range = Na ten kanał możesz wydać od { $min } do { $max } na rundę.
decision_error-equipment_out_of_range = Tego sprzętu możesz kupić od { $min } do { $max } na rundę.
decision_error-loan_exceeds_credit_limit = Bank nie pożyczy Ci aż tyle. Możesz pożyczyć jeszcze najwyżej { $max }.
decision_error-repayment_exceeds_loan = Nie możesz spłacić więcej, niż wynosi Twój dług. Najwięcej możesz spłacić: { $max }.
decision_error-unknown_product = Tego produktu nie ma w grze.
decision_error-unknown_material = Tego materiału nie ma w grze.
decision_error-unknown_channel = Tego kanału marketingowego nie ma w grze.
decision_error-unknown_equipment = Tego sprzętu nie ma w grze.
decision_error-incident_response_missing = Wybierz, jak zareagujesz na to zdarzenie.
decision_error-unknown_incident = To zdarzenie nie czeka na reakcję.
decision_error-duplicate_incident_response = Na to samo zdarzenie są dwie odpowiedzi. Zostaw jedną z nich.
decision_error-unknown_response = Wybierz jedną z reakcji proponowanych dla tego zdarzenia.
decision_error-justification_empty = Wyjaśnij w kilku słowach, dlaczego wybierasz tę reakcję.
decision_error-justification_too_long = Twoje wyjaśnienie jest za długie. Maksymalna liczba znaków: { $max }.

## EntreComp, europejskie ramy kompetencji w zakresie przedsiębiorczości: obszary i kompetencje

entrecomp-area-ideas_and_opportunities = Pomysły i możliwości
entrecomp-area-resources = Zasoby
entrecomp-area-into_action = Do działania
entrecomp-competence-spotting_opportunities = Dostrzeganie możliwości
entrecomp-competence-creativity = Kreatywność
entrecomp-competence-vision = Wizja
entrecomp-competence-valuing_ideas = Docenianie pomysłów
entrecomp-competence-ethical_sustainable_thinking = Etyczne i zrównoważone myślenie
entrecomp-competence-self_awareness_self_efficacy = Samoświadomość i poczucie własnej skuteczności
entrecomp-competence-motivation_perseverance = Motywacja i wytrwałość
entrecomp-competence-mobilising_resources = Mobilizowanie zasobów
entrecomp-competence-financial_economic_literacy = Wiedza finansowa i ekonomiczna
entrecomp-competence-mobilising_others = Mobilizowanie innych
entrecomp-competence-taking_the_initiative = Podejmowanie inicjatywy
entrecomp-competence-planning_management = Planowanie i zarządzanie
entrecomp-competence-coping_with_uncertainty = Radzenie sobie z niepewnością, niejednoznacznością i ryzykiem
entrecomp-competence-working_with_others = Współpraca z innymi
entrecomp-competence-learning_through_experience = Uczenie się przez doświadczenie

## Dowody kompetencji znalezione w decyzjach zespołu

evidence-decision-eco_production = Wybór zrównoważonej, przyjaznej dla środowiska produkcji
evidence-decision-premium_quality = Wybór jakości premium
evidence-decision-training = Inwestycja w szkolenie zespołu
evidence-decision-hiring = Zatrudnienie nowych pracowników
evidence-decision-equipment_investment = Inwestycja w nowy sprzęt
evidence-decision-loan = Zaciągnięcie lub spłata kredytu bankowego
evidence-decision-marketing_mix = Reklama w kilku kanałach jednocześnie
evidence-decision-production_matched_demand = Dopasowanie produkcji do popytu: nic nie przepadło, nic nie trzeba było wyrzucić
evidence-decision-prices_adjusted = Zmiana cen po analizie poprzedniej rundy
evidence-decision-kept_going_after_loss = Dalsze działanie mimo poniesionej straty

## Wbudowane scenariusze

scenario-bakery-name = Osiedlowa piekarnia
scenario-bakery-description = Poprowadź małą piekarnię rzemieślniczą: piecz chleb, słodkie wypieki i torty okolicznościowe, planuj wczesne zmiany i świeży towar, i zdobądź lojalność mieszkańców okolicy.
scenario-carpentry-name = Zakład stolarski
scenario-carpentry-description = Poprowadź stolarnię, która wykonuje stoły i szafy na wymiar oraz zajmuje się naprawami: wyceniaj duże zlecenia, dbaj o sprawność maszyn i planuj pracę wykwalifikowanego zespołu.
scenario-hair_salon-name = Salon fryzjerski
scenario-hair_salon-description = Poprowadź salon fryzjerski: planuj godziny otwarcia i wizyty, ustalaj ceny strzyżenia, koloryzacji i fryzur ślubnych, i dbaj o zadowolenie zarówno klientów, jak i fryzjerów.

## Materiały

material-flour = Mąka
material-butter = Masło
material-sugar = Cukier
material-packaging = Opakowania
material-timber = Deski drewniane
material-hardware = Zawiasy i okucia
material-finish = Olej i lakier
material-hair_dye = Farba do włosów
material-care_products = Szampony i kosmetyki pielęgnacyjne
material-styling_products = Kosmetyki do stylizacji

## Produkty i usługi

product-sourdough = Chleb na zakwasie
product-croissant = Croissant maślany
product-celebration_cake = Tort okolicznościowy
product-kitchen_table = Stół kuchenny z litego drewna
product-custom_wardrobe = Szafa na wymiar
product-repair_service = Naprawa mebli
product-haircut = Strzyżenie
product-colouring = Koloryzacja
product-bridal_styling = Fryzura ślubna

## Sprzęt

equipment-deck_oven = Piec piętrowy
equipment-rack_oven = Piec obrotowy
equipment-workbench = Stół warsztatowy z elektronarzędziami
equipment-cnc_router = Frezarka CNC
equipment-styling_station = Stanowisko fryzjerskie
equipment-colour_bar = Stanowisko do koloryzacji i mycia

## Grupy klientów

segment-neighbours = Sąsiedzi
segment-commuters = Osoby dojeżdżające do pracy
segment-families = Rodziny świętujące uroczystości
segment-households = Gospodarstwa domowe
segment-architects = Architekci i projektanci wnętrz
segment-neighbourhood = Naprawy dla okolicznych mieszkańców
segment-young_clients = Uczniowie, studenci i młodzi klienci
segment-regulars = Stali klienci koloryzacji
segment-weddings = Śluby i uroczystości

## Kanały marketingowe (te same identyfikatory w każdym scenariuszu, więc nazwy pasują do wszystkich)

channel-flyers = Ulotki w okolicy
channel-social_media = Media społecznościowe
channel-trade_fair = Stoisko na targach

## Zdarzenia i możliwe reakcje. Identyfikatory zdarzeń są wspólne dla wszystkich scenariuszy
## (spóźniona dostawa to mąka w piekarni, dąb w stolarni i farba w salonie), więc nazwy i opisy
## zdarzeń są ogólne; reakcje dostępne tylko w jednym scenariuszu podają szczegóły.

incident-supplier_delay = Dostawa się spóźnia
incident-supplier_delay-description = Twój dostawca nie może dostarczyć na czas wszystkiego, co zamówiono. Jeśli nic nie zrobisz, w tej rundzie będziesz mieć mniej materiałów do pracy, a część klientów może być rozczarowana. Możesz zapłacić więcej gdzie indziej, poczekać albo dostosować swoją ofertę.
incident-supplier_delay-response-find_alternative = Kup u innego dostawcy po wyższej cenie
incident-supplier_delay-response-wait_for_delivery = Poczekaj na dostawę i do tego czasu pracuj na mniejszej ilości
incident-supplier_delay-response-reduce_range = Ogranicz asortyment i piecz z tego, co jest
incident-supplier_delay-response-offer_other_wood = Zaproponuj klientom inny gatunek drewna
incident-supplier_delay-response-offer_alternative_service = Zaproponuj klientom w zamian zabieg pielęgnacyjny

incident-customer_complaint = Skarga klienta
incident-customer_complaint-description = Klient jest niezadowolony z tego, co od Ciebie otrzymał, i może opowiedzieć o tym innym. Twoja reakcja pokazuje, jakie wartości wyznaje Twoja firma, i zmienia to, co ludzie o Tobie myślą.
incident-customer_complaint-response-apologise_and_refund = Przeproś osobiście i zwróć pieniądze
incident-customer_complaint-response-ignore = Odrzuć skargę i niczego nie zmieniaj
incident-customer_complaint-response-improve_process = Popraw sposób pracy, żeby to się nie powtórzyło
incident-customer_complaint-response-fix_for_free = Napraw bezpłatnie u klienta w domu
incident-customer_complaint-response-redo_for_free = Wykonaj usługę jeszcze raz bezpłatnie
incident-customer_complaint-response-consultation_routine = Wprowadź konsultację przed każdą koloryzacją

incident-team_conflict = Kłopoty w zespole
incident-team_conflict-description = Osoby w Twoim zespole spierają się o podział pracy. Atmosfera się pogarsza, a niezadowolony zespół pracuje mniej wydajnie. Zdecyduj, czy i jak zainterweniować.
incident-team_conflict-response-mediate = Zorganizuj rozmowę z mediatorem
incident-team_conflict-response-let_them_sort_it_out = Pozwól im samym to rozwiązać
incident-team_conflict-response-reorganise_shifts = Przeorganizuj grafik zmian razem z zespołem
incident-team_conflict-response-mentoring_plan = Wprowadź program mentoringu
incident-team_conflict-response-reassign_tasks = Podziel zadania na nowo na zebraniu zespołu
incident-team_conflict-response-rotate_shifts = Ustal z zespołem sprawiedliwą rotację

incident-equipment_failure = Awaria maszyny
incident-equipment_failure-description = Jedna z Twoich maszyn przestała działać. Dopóki znów nie ruszy, możesz wyprodukować lub obsłużyć mniej. Naprawa kosztuje, ale czekanie obniża zdolność produkcyjną.
incident-equipment_failure-response-repair_now = Zleć natychmiastową naprawę
incident-equipment_failure-response-make_do = Pracuj dalej na tym, co jeszcze działa
incident-equipment_failure-response-rent_replacement = Wynajmij piec zastępczy na miesiąc
incident-equipment_failure-response-share_with_neighbour = Korzystaj z maszyny w sąsiednim warsztacie
incident-equipment_failure-response-lease_replacement = Weź sprzęt zastępczy w leasing na miesiąc

incident-large_order = Duże dodatkowe zamówienie
incident-large_order-description = Ważny klient chce złożyć duże zamówienie poza Twoją zwykłą działalnością. Może to przynieść sporą sprzedaż, ale czas Twojego zespołu i Twój sprzęt są ograniczone. Zdecyduj, czy dasz radę je przyjąć, i w jaki sposób.
incident-large_order-response-accept_with_overtime = Przyjmij i pracuj w nadgodzinach
incident-large_order-response-decline = Grzecznie odmów
incident-large_order-response-accept_and_hire_temp = Przyjmij i zatrudnij pomoc tymczasową
incident-large_order-response-subcontract_part = Przyjmij i zleć część pracy innemu warsztatowi
incident-large_order-response-partner_with_freelancer = Przyjmij i nawiąż współpracę z fryzjerem freelancerem

incident-ethical_choice = Kwestia sumienia
incident-ethical_choice-description = Stajesz przed wyborem, w którym najtańsza lub najłatwiejsza opcja niekoniecznie jest właściwa. Pomyśl o ludziach, o środowisku i o dobrym imieniu swojej firmy, a nie tylko o pieniądzach.
incident-ethical_choice-response-donate_to_food_bank = Przekaż niesprzedany chleb do banku żywności
incident-ethical_choice-response-sell_as_animal_feed = Sprzedaj pozostały chleb jako paszę dla zwierząt
incident-ethical_choice-response-throw_away = Wyrzuć niesprzedany chleb
incident-ethical_choice-response-buy_certified = Zostań przy certyfikowanym drewnie
incident-ethical_choice-response-take_cheap_timber = Kup tanie drewno niewiadomego pochodzenia
incident-ethical_choice-response-ask_for_proof = Poproś dostawcę o udokumentowanie pochodzenia drewna
incident-ethical_choice-response-refuse_and_report = Odmów zakupu farby i powiadom organizację branżową
incident-ethical_choice-response-use_cheap_dye = Użyj taniej farby
incident-ethical_choice-response-switch_to_natural_brand = Przejdź na naturalne farby innej marki
