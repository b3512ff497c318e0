# Recenzowanie w repozytorium dobrych praktyk: opublikowana karta oceny, kolejka i panel recenzji
# redaktorów, formularz recenzenta, decyzje, wyróżnienia oraz recenzje widziane przez autorów
# (recenzenci pozostają dla autorów anonimowi).

## Karta oceny

bpr-rubric-title = Karta oceny recenzji
bpr-rubric-lead = Każdą praktykę zgłoszoną do repozytorium oceniają recenzenci według tych samych pięciu kryteriów, zanim redaktorzy zdecydują, czy ją opublikować. Na tej stronie znajdziesz to, według czego oceniają recenzenci, i to, czego mogą się spodziewać autorzy.
bpr-rubric-criteria-title = Pięć kryteriów
bpr-rubric-scale = Każde kryterium ocenia się liczbą całkowitą od 1 do 5, z komentarzem uzasadniającym ocenę.
bpr-col-criterion = Kryterium
bpr-col-question = O co pytają recenzenci
bpr-col-one = Ocena 1 oznacza
bpr-col-five = Ocena 5 oznacza
bpr-score-1 = 1 – niedostatecznie
bpr-score-2 = 2 – słabo
bpr-score-3 = 3 – zadowalająco
bpr-score-4 = 4 – dobrze
bpr-score-5 = 5 – znakomicie
bpr-criterion-relevance-question = Czy praktyka odpowiada na rzeczywistą potrzebę kształcenia zawodowego – uczniów, nauczycieli, szkoleniowców lub przedsiębiorstw?
bpr-criterion-relevance-one = Nie wiadomo, na jaką potrzebę odpowiada, albo ma niewiele wspólnego z kształceniem zawodowym.
bpr-criterion-relevance-five = Odpowiada na ważną, jasno opisaną potrzebę, którą ma wiele placówek kształcenia zawodowego lub przedsiębiorstw.
bpr-criterion-innovation-question = Czy wnosi coś nowego w porównaniu z tym, jak zwykle się to robi?
bpr-criterion-innovation-one = Powtarza powszechną praktykę bez nowego pomysłu.
bpr-criterion-innovation-five = To nowe podejście albo nowe zastosowanie istniejącego, z którego inni mogą się czegoś nauczyć.
bpr-criterion-impact-question = Czy są dowody na to, co zmieniła: wyniki, dane liczbowe, opinie uczniów lub przedsiębiorstw?
bpr-criterion-impact-one = Deklaruje się wyniki, ale się ich nie pokazuje.
bpr-criterion-impact-five = Wyniki są zmierzone i udokumentowane, ze źródłami, które inni mogą sprawdzić.
bpr-criterion-transferability-question = Czy inna placówka, w innym kraju lub sektorze, mogłaby ją przejąć?
bpr-criterion-transferability-one = Zależy od warunków, które trudno spotkać gdzie indziej, a opis nie mówi, jak ją dostosować.
bpr-criterion-transferability-five = Jest opisana krok po kroku, z warunkami, kosztami i tym, co trzeba dostosować, tak aby inni mogli ją wykorzystać.
bpr-criterion-sustainability-question = Czy przetrwa dłużej niż pierwsza edycja lub finansowanie?
bpr-criterion-sustainability-one = Kończy się razem z projektem albo gdy odejdą osoby, które ją prowadzą.
bpr-criterion-sustainability-five = Jest wpisana w codzienną pracę i zasoby organizacji.
bpr-rubric-summary-title = Podsumowanie ocen
bpr-rubric-summary = Przy opublikowanej praktyce widać średnią wszystkich ocen ze wszystkich recenzji opublikowanej wersji, od 1,00 do 5,00, średnią dla każdego kryterium oraz liczbę recenzji, na których się opiera. Każda recenzja ma taką samą wagę.
bpr-rubric-rules-title = Jak przebiega recenzja
bpr-rubric-rule-editors = Redaktor repozytorium sprawdza każde zgłoszenie i przydziela recenzentów.
bpr-rubric-rule-two = Każdą wersję oceniają co najmniej dwaj recenzenci, zanim będzie można ją opublikować.
bpr-rubric-rule-organisation = Recenzent nigdy nie należy do organizacji, w imieniu której zgłoszono praktykę, ani do żadnej organizacji jej autora.
bpr-rubric-rule-anonymous = Autorzy czytają każdą recenzję wraz z ocenami i komentarzami, ale nie wiedzą, kto ją napisał: widzą recenzentów tylko jako „Recenzent 1”, „Recenzent 2”.
bpr-rubric-rule-decision = Następnie redaktor przyjmuje wersję (zostaje ona opublikowana wraz z podsumowaniem ocen), prosi autora o poprawki albo ją odrzuca – i uzasadnia swoją decyzję.
bpr-rubric-rule-revision = Poprawiona praktyka to nowa wersja, która jest ponownie recenzowana. Wszystkie wersje i ich recenzje pozostają w historii praktyki.
bpr-rubric-rule-labels = Redaktorzy mogą przyznać opublikowanym praktykom wyróżnienie, takie jak „Dobra praktyka” lub „Historia sukcesu”.

## Wspólne określenia

bpr-status-submitted = Czeka na recenzentów
bpr-status-in-review = W recenzji
bpr-status-revise = Czeka na poprawki autora
bpr-status-accepted = Przyjęta
bpr-status-rejected = Odrzucona
bpr-decision-accept = Przyjmij
bpr-decision-revise = Poproś o poprawki
bpr-decision-reject = Odrzuć
bpr-decided-accept = Przyjęta
bpr-decided-revise = Odesłana do poprawy
bpr-decided-reject = Odrzucona
bpr-decision-accept-hint = Publikuje tę wersję wraz z podsumowaniem ocen. Wymaga co najmniej dwóch przesłanych recenzji.
bpr-decision-revise-hint = Prosi autora o nową wersję, która zostanie ponownie zrecenzowana. Wymaga co najmniej jednej przesłanej recenzji.
bpr-decision-reject-hint = Zamyka zgłoszenie. Można tak zdecydować jeszcze przed jakąkolwiek recenzją, z notatką wyjaśniającą powód.
bpr-state-assigned = Recenzja do napisania
bpr-state-submitted = Recenzja przesłana
bpr-state-withdrawn = Wycofano
bpr-version = Wersja { $version }
bpr-reviewer-number = Recenzent { $number }
bpr-score-out-of = { $score } / 5
bpr-mean = Średnia
bpr-overall = Ogółem
bpr-no-score = –
bpr-reviews-in = Otrzymane recenzje: { $done } z { $total }
bpr-review-count = { $count ->
    [one] Na podstawie jednej recenzji
    [few] Na podstawie { $count } recenzji
    [many] Na podstawie { $count } recenzji
   *[other] Na podstawie { $count } recenzji
}
bpr-back-to-practice = Powrót do praktyki
bpr-read-practice = Przeczytaj praktykę
bpr-rubric-link = Karta oceny recenzji

## Kolejka redaktorów

bpr-queue-title = Dobre praktyki do recenzji
bpr-queue-lead = Zgłoszenia czekające na recenzentów, trwające recenzje, praktyki czekające na autorów i ostatnie decyzje. Najpierw te, które czekają najdłużej.
bpr-queue-nav-label = Części kolejki
bpr-queue-all = Wszystko
bpr-queue-submitted-title = Czekające na recenzentów
bpr-queue-in-review-title = W recenzji
bpr-queue-revise-title = Czekające na autora
bpr-queue-decided-title = Ostatnie decyzje
bpr-queue-submitted-none = Żadne zgłoszenie nie czeka na recenzentów.
bpr-queue-in-review-none = Żadna praktyka nie jest w recenzji.
bpr-queue-revise-none = Żadna praktyka nie czeka na swojego autora.
bpr-queue-decided-none = Nie podjęto jeszcze żadnej decyzji.
bpr-queue-see-all = Zobacz wszystkie ({ $count })
bpr-col-practice = Praktyka
bpr-col-submitted-by = Osoba zgłaszająca
bpr-col-waiting-since = Czeka od
bpr-col-reviews = Recenzje
bpr-col-status = Stan
bpr-col-decided = Data decyzji
bpr-col-score = Ocena
bpr-by-for = { $person } w imieniu: { $organisation }
bpr-nobody = (konto usunięte)

## Panel recenzji

bpr-board-title = Panel recenzji
bpr-board-lead = Przydziel recenzentów do najnowszej wersji, śledź ich recenzje i podejmij decyzję.
bpr-board-facts-label = O tej praktyce
bpr-fact-status = Stan
bpr-fact-version = Recenzowana wersja
bpr-fact-submitted-by = Osoba zgłaszająca
bpr-fact-organisation = Organizacja
bpr-fact-published = Opublikowana wersja
bpr-fact-score = Opublikowana ocena
bpr-board-closed = W sprawie tej wersji zapadła już decyzja: przydzielanie recenzentów i podejmowanie decyzji będzie znowu możliwe, gdy autor prześle nową wersję.
bpr-assignments-title = Recenzenci wersji { $version }
bpr-assignments-none = Nie przydzielono jeszcze żadnego recenzenta.
bpr-col-reviewer = Recenzent
bpr-col-assigned = Data przydziału
bpr-col-state = Stan
bpr-col-actions = Działania
bpr-withdraw-button = Wycofaj
bpr-assign-title = Przydziel recenzenta
bpr-label-reviewer = Adres e-mail lub @nazwa użytkownika recenzenta
bpr-reviewer-hint = Recenzent musi mieć potwierdzone konto. Praktyki nie może recenzować nikt z jej organizacji ani z żadnej organizacji jej autora.
bpr-assign-button = Przydziel
bpr-decision-title = Decyzja w sprawie wersji { $version }
bpr-decision-status = { $done ->
    [0] Nie wpłynęła jeszcze żadna recenzja.
    [one] Wpłynęła jedna recenzja.
    [few] Wpłynęły { $done } recenzje.
    [many] Wpłynęło { $done } recenzji.
   *[other] Wpłynęło { $done } recenzji.
}
bpr-label-decision = Decyzja
bpr-label-note = Notatka dla autora
bpr-note-hint = Uzasadnij decyzję; możesz używać składni Markdown. Wymagana, gdy prosisz o poprawki lub odrzucasz praktykę.
bpr-label-lang = Język notatki
bpr-decide-button = Zapisz decyzję
bpr-history-title = Decyzje
bpr-history-none = Nie ma jeszcze żadnej decyzji.
bpr-decision-by = { $decision } – { $editor }, { $date }
bpr-decision-on = { $decision }, { $date }
bpr-all-reviews-link = Wszystkie recenzje według wersji
bpr-labels-title = Wyróżnienia
bpr-labels-not-published = Wyróżnienia przyznaje się po opublikowaniu wersji.
bpr-label-awarded-by = Przyznane przez: { $editor }, { $date }
bpr-label-not-awarded = Nieprzyznane
bpr-award-button = Przyznaj
bpr-remove-label-button = Usuń

## Lista i formularz recenzenta

bpr-mine-title = Moje recenzje
bpr-mine-lead = Praktyki, o których recenzję Cię poproszono, oraz Twoje gotowe recenzje.
bpr-todo-title = Do zrobienia
bpr-todo-none = W tej chwili nie masz nic do recenzowania.
bpr-done-title = Gotowe
bpr-done-none = Nie masz jeszcze żadnej przesłanej recenzji.
bpr-assigned-on = Przydzielono: { $date }
bpr-submitted-on = Przesłano: { $date }
bpr-write-review = Napisz recenzję
bpr-form-title = Recenzja: { $title }
bpr-form-lead = Oceń wersję { $version } według każdego kryterium karty oceny w skali od 1 do 5 i uzasadnij każdą ocenę. Autor zobaczy Twoją recenzję bez Twojego imienia i nazwiska; redaktorzy widzą ją wraz z Twoimi danymi.
bpr-form-version-title = Recenzowana wersja
bpr-form-rubric-title = Twoje oceny
bpr-label-score = Ocena za kryterium „{ $criterion }”
bpr-label-comment = Komentarz do kryterium „{ $criterion }”
bpr-label-summary = Ogólna opinia dla autora i redaktorów
bpr-summary-hint = Co jest mocną stroną, co należy zmienić przed publikacją i czy zalecasz opublikowanie praktyki.
bpr-label-review-lang = Język Twojej recenzji
bpr-submit-review-button = Prześlij recenzję
bpr-submit-once = Recenzję przesyła się tylko raz i potem nie można jej już zmienić.
bpr-change-note = Co się zmieniło w tej wersji: { $note }

## Recenzje widziane przez autorów, redaktorów i recenzentów

bpr-reviews-title = Recenzje: { $title }
bpr-reviews-lead-author = Wszystkie recenzje Twojej praktyki według wersji, wraz z decyzjami redaktorów. Recenzenci nie są wymienieni z nazwiska.
bpr-reviews-lead-editor = Wszystkie przesłane recenzje według wersji, wraz z decyzjami redaktorów.
bpr-reviews-lead-reviewer = Twoje recenzje tej praktyki.
bpr-reviews-none = Nie wpłynęła jeszcze żadna recenzja.
bpr-reviews-pending = Ta wersja jest u recenzentów. Ich recenzje pojawią się tutaj wraz z decyzją redaktorów.
bpr-version-reviews-title = Wersja { $version }
bpr-version-reviews-none = Nie przesłano żadnej recenzji tej wersji.
bpr-summary-table-caption = Oceny wersji { $version }
bpr-review-title = Recenzent { $number }
bpr-own-review-title = Twoja recenzja wersji { $version }
bpr-review-summary = Ogólna opinia
bpr-decision-note = Notatka redaktorów

## Problemy

bpr-error-own-submission = Ta praktyka jest Twoim zgłoszeniem, więc jej recenzją zajmuje się inny redaktor.
bpr-error-decided = W sprawie tej wersji zapadła już decyzja: nie można już niczego do niej przydzielać, recenzować ani o niej decydować.
bpr-error-version-changed = W międzyczasie autor przesłał nową wersję. Zanim podejmiesz decyzję, zajrzyj ponownie do panelu recenzji.
bpr-error-not-assigned = Recenzję może napisać tylko recenzent przydzielony do recenzowanej wersji.
bpr-error-already-submitted = Twoja recenzja tej wersji została już przesłana. Nie można jej zmienić.
bpr-error-not-published = Wyróżnienia przyznaje się tylko opublikowanym praktykom.
bpr-error-reviews-private = Recenzje praktyki są przeznaczone dla jej autora, recenzentów i redaktorów. Podsumowanie ocen znajduje się na stronie praktyki.
bpr-error-unknown-label = Nie ma takiego wyróżnienia.
bpr-error-not-withdrawable = Tego przydziału nie można wycofać: recenzja została już przesłana albo przydział został już wycofany.
bpr-error-reviewer-unknown = Żadne aktywne konto nie ma takiego adresu e-mail ani nazwy użytkownika.
bpr-error-reviewer-not-verified = Ta osoba nie potwierdziła jeszcze swojego adresu e-mail, więc nie może recenzować.
bpr-error-reviewer-is-author = Autor praktyki nie może jej recenzować.
bpr-error-reviewer-same-organisation = Ta osoba należy do organizacji praktyki lub do jednej z organizacji jej autora, więc nie może jej recenzować.
bpr-error-reviewer-already-assigned = Ta osoba już recenzuje tę wersję.
bpr-error-choose-decision = Wybierz: przyjęcie, prośba o poprawki lub odrzucenie.
bpr-error-note-required = Napisz notatkę, w której wyjaśnisz autorowi powód.
bpr-error-note-lang = Wybierz język notatki.
bpr-error-needs-two-reviews = { $done ->
    [0] Do przyjęcia potrzebne są co najmniej dwie przesłane recenzje; nie wpłynęła jeszcze żadna.
    [one] Do przyjęcia potrzebne są co najmniej dwie przesłane recenzje; wpłynęła tylko jedna.
    [few] Do przyjęcia potrzebne są co najmniej dwie przesłane recenzje; wpłynęły { $done }.
    [many] Do przyjęcia potrzebne są co najmniej dwie przesłane recenzje; wpłynęło { $done }.
   *[other] Do przyjęcia potrzebne są co najmniej dwie przesłane recenzje; wpłynęło { $done }.
}
bpr-error-needs-a-review = Aby poprosić o poprawki, potrzebna jest co najmniej jedna przesłana recenzja – wtedy autor wie, co zmienić. Odrzucić praktykę można bez recenzji.
bpr-error-score-missing = Wybierz ocenę od 1 do 5 za kryterium „{ $criterion }”.
bpr-error-score-range = Ocena za kryterium „{ $criterion }” musi być liczbą całkowitą od 1 do 5.
bpr-error-comment-missing = Napisz komentarz uzasadniający Twoją ocenę za kryterium „{ $criterion }”.
bpr-error-summary-missing = Napisz ogólną opinię dla autora i redaktorów.

## Potwierdzenia

flash-bpr-assigned = Recenzent został przydzielony i powiadomiony e-mailem.
flash-bpr-withdrawn = Przydział został wycofany.
flash-bpr-review-submitted = Dziękujemy, Twoja recenzja została przesłana.
flash-bpr-accepted = Wersja została przyjęta i opublikowana. Autor został powiadomiony e-mailem.
flash-bpr-revise = Autor został poproszony o poprawki i powiadomiony e-mailem.
flash-bpr-rejected = Praktyka została odrzucona. Autor został powiadomiony e-mailem.
flash-bpr-label-awarded = Wyróżnienie zostało przyznane.
flash-bpr-label-removed = Wyróżnienie zostało usunięte.

## E-maile

bpr-email-assigned-subject = Prośba o recenzję praktyki { $name }
bpr-email-assigned-body =
    Redaktor repozytorium dobrych praktyk platformy Bottega prosi Cię o zrecenzowanie praktyki { $name }.

    Oceń ją według pięciu kryteriów opublikowanej karty oceny w skali od 1 do 5, z komentarzem do każdego z nich. Autor przeczyta Twoją recenzję bez Twojego imienia i nazwiska.

    Tutaj przeczytasz praktykę i napiszesz recenzję:
    { $link }
bpr-email-withdrawn-subject = Recenzja nie jest już potrzebna: { $name }
bpr-email-withdrawn-body =
    Twoja recenzja praktyki { $name } nie jest już potrzebna: redaktorzy wycofali przydział albo podjęli już decyzję w sprawie tej wersji. Dziękujemy za poświęcony czas.

    Twoje recenzje:
    { $link }
bpr-email-review-in-subject = Wpłynęła recenzja: { $name }
bpr-email-review-in-body =
    Recenzent przesłał recenzję praktyki { $name }.

    Panel recenzji:
    { $link }
bpr-email-decision-accept-subject = Twoja praktyka została opublikowana: { $name }
bpr-email-decision-accept-body =
    Dobra wiadomość: redaktorzy przyjęli Twoją praktykę { $name }. Jest już opublikowana w repozytorium dobrych praktyk wraz z podsumowaniem ocen.

    Przeczytaj recenzje i notatkę redaktorów:
    { $link }
bpr-email-decision-revise-subject = Prośba o poprawki w Twojej praktyce: { $name }
bpr-email-decision-revise-body =
    Redaktorzy proszą Cię o poprawienie praktyki { $name }, zanim będzie można ją opublikować. Poprawiona praktyka będzie nową wersją, która zostanie ponownie zrecenzowana.

    Przeczytaj recenzje i to, o co proszą redaktorzy:
    { $link }
bpr-email-decision-reject-subject = Decyzja w sprawie Twojej praktyki: { $name }
bpr-email-decision-reject-body =
    Redaktorzy postanowili nie publikować Twojej praktyki { $name }.

    Przeczytaj recenzje i wyjaśnienie redaktorów:
    { $link }
