# Wymiana zasobów: baza materiałów i kolekcje.

res-toolbox-title = Baza materiałów
res-toolbox-lead = Dokumenty, narzędzia, materiały dydaktyczne, filmy, szablony i rezultaty projektów udostępnione przez szkoły zawodowe, przedsiębiorstwa i stowarzyszenia z całej Europy. Wyszukuj je, filtruj i dziel się własnymi.
res-deposit = Udostępnij materiał
res-deposit-lead = Opisz swój materiał starannie: inni znajdą go po tytule, opisie, językach i tematach. Prześlij jeden lub kilka plików albo podaj link.
res-edit-title = Edytuj materiał
res-section-what = Co to jest
res-section-content = Pliki lub link
res-section-reuse = Licencja i widoczność
res-section-context = Kontekst
res-section-project = Projekt
res-title = Tytuł
res-type = Rodzaj materiału
res-description = Opis
res-description-language = Język opisu
res-detect-language = (rozpoznaj na podstawie tekstu)
res-files = Pliki
res-files-hint = { $count ->
    [one] Jeden plik o rozmiarze do { $size } MB: dokument, arkusz kalkulacyjny, prezentacja, obraz, nagranie audio lub wideo, tekst albo archiwum ZIP.
    [few] Do { $count } plików, każdy o rozmiarze do { $size } MB: dokumenty, arkusze kalkulacyjne, prezentacje, obrazy, nagrania audio i wideo, teksty lub archiwa ZIP.
    [many] Do { $count } plików, każdy o rozmiarze do { $size } MB: dokumenty, arkusze kalkulacyjne, prezentacje, obrazy, nagrania audio i wideo, teksty lub archiwa ZIP.
   *[other] Do { $count } plików, każdy o rozmiarze do { $size } MB: dokumenty, arkusze kalkulacyjne, prezentacje, obrazy, nagrania audio i wideo, teksty lub archiwa ZIP.
}
res-kept-files = Te pliki zostały już przesłane i zostaną dołączone – nie musisz wybierać ich ponownie:
res-link = Link
res-link-hint = Do strony internetowej, narzędzia online lub filmu zamieszczonego gdzie indziej: adres zaczynający się od https://.
res-licence = Licencja
res-visibility = Kto może go zobaczyć
res-org = Kto udostępnia
res-org-hint = Organizacja, do której należysz. Jej administratorzy również będą mogli edytować ten materiał.
res-org-none = Ja, we własnym imieniu
res-country = Kraj pochodzenia
res-eqf = Poziom ERK
res-eqf-level = Poziom { $level } ERK
res-languages = Dostępne w językach
res-themes = Tematy
res-targets = Dla kogo
res-competences = Obszary kompetencji
res-project-name = Nazwa projektu
res-project-number = Numer projektu
res-project-number-hint = Na przykład numer projektu Erasmus+, taki jak 2024-1-IT01-KA220-VET-000123456.
res-project-number-invalid = Używaj tylko liter, cyfr i myślników, jak w 2024-1-IT01-KA220-VET-000123456.
res-visibility-needs-org = Wybierz organizację, której członkowie mogą zobaczyć ten materiał.
res-needs-file-or-link = Prześlij co najmniej jeden plik lub podaj link.
res-version-needs-one-file = Wybierz jeden plik do przesłania.
res-save = Zapisz
res-publish = Opublikuj
res-shared-by = Udostępnione przez: { $name }
res-downloads = { $count ->
    [one] jedno pobranie
    [few] { $count } pobrania
    [many] { $count } pobrań
   *[other] { $count } pobrania
}
res-open-link = Otwórz link
res-preview-of = Podgląd: { $name }
res-version = wersja { $number }
res-older-versions = { $count ->
    [one] Jedna wcześniejsza wersja
    [few] { $count } wcześniejsze wersje
    [many] { $count } wcześniejszych wersji
   *[other] { $count } wcześniejszej wersji
}
res-new-version = Nowa wersja tego pliku
res-version-note = Co się zmieniło (opcjonalnie)
res-upload-version = Prześlij
res-add-file = Dodaj kolejny plik
res-delete = Usuń ten materiał
res-rating = Ocena
res-rating-summary = { $average } na 5 ({ $count ->
    [one] jedna ocena
    [few] { $count } oceny
    [many] { $count } ocen
   *[other] { $count } oceny
})
res-not-rated = Jeszcze bez ocen.
res-rating-distribution = Oceny według liczby gwiazdek
res-stars = { $count ->
    [one] 1 gwiazdka
    [few] { $count } gwiazdki
    [many] { $count } gwiazdek
   *[other] { $count } gwiazdki
}
res-your-rating = Twoja ocena
res-rate-button = Oceń
res-rating-invalid = Wybierz od 1 do 5 gwiazdek.
res-rate-own = Nie można oceniać własnych materiałów.
res-collections-title = Kolekcje
res-collections-lead = Starannie dobrane zestawy materiałów na jeden temat, przygotowane przez członków i organizacje.
res-in-collections = W kolekcjach:
res-new-collection = Utwórz kolekcję
res-add-to-collection = Dodaj do swojej kolekcji
res-collection-note = Notatka (opcjonalnie)
res-add-button = Dodaj
res-already-in-collection = Ten materiał jest już w tej kolekcji.
res-reuses-heading = { $count ->
    [0] Kto wykorzystał ten materiał
    [one] Wykorzystano raz
    [few] Wykorzystano { $count } razy
    [many] Wykorzystano { $count } razy
   *[other] Wykorzystano { $count } razy
}
res-report-reuse = Udało Ci się go wykorzystać lub dostosować?
res-reuse-how = Jak go wykorzystano
res-reuse-hint = Na przykład: „Dostosowaliśmy go dla uczniów piekarzy w Splicie w Chorwacji”.
res-reuse-country = Gdzie
res-reuse-org = W jakiej organizacji
res-reuse-button = Podziel się z innymi
res-comments-heading = { $count ->
    [0] Komentarze
    [one] Jeden komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}
res-comment = Twój komentarz
res-comment-button = Skomentuj
res-comment-deleted = Ten komentarz został usunięty.
res-comment-delete = Usuń komentarz
res-login-to-take-part = Zaloguj się, aby oceniać, komentować lub opisać, jak wykorzystano materiał.
res-collection-items = { $count ->
    [one] jeden materiał
    [few] { $count } materiały
    [many] { $count } materiałów
   *[other] { $count } materiału
}
res-no-collections = Nie ma jeszcze żadnych kolekcji.
res-curated-by = Kolekcję prowadzi { $name }
res-collection-edit = Edytuj kolekcję
res-collection-org = Kto prowadzi kolekcję
res-collection-empty = Ta kolekcja jest pusta. Dodawaj materiały z ich stron.
res-collection-delete = Usuń tę kolekcję
res-move-up = Przesuń „{ $title }” wyżej
res-move-down = Przesuń „{ $title }” niżej
res-remove-from-collection = Usuń z kolekcji

flash-resource-saved = Materiał został zapisany.
flash-resource-deleted = Materiał i jego pliki zostały usunięte.
flash-version-saved = Plik został przesłany.
flash-rating-saved = Dziękujemy, Twoja ocena została zapisana.
flash-comment-saved = Twój komentarz został opublikowany.
flash-comment-deleted = Komentarz został usunięty.
flash-reuse-saved = Dziękujemy, że dzielisz się z innymi tym, jak wykorzystano ten materiał.
flash-collection-saved = Kolekcja została zapisana.
flash-collection-deleted = Kolekcja została usunięta.
flash-collection-item-added = Materiał został dodany do kolekcji.
flash-collection-item-removed = Materiał został usunięty z kolekcji.
flash-collection-item-moved = Kolejność została zmieniona.

size-kb = { $size } KB
size-mb = { $size } MB

upload-error-file = { $name }: { $problem }
upload-error-empty = plik jest pusty.
upload-error-no-extension = nazwa pliku nie ma rozszerzenia, więc nie można sprawdzić jego typu.
upload-error-not-allowed = pliki typu .{ $ext } nie są akceptowane. Dozwolone: { $allowed }.
upload-error-mismatch = nazwa kończy się na .{ $claimed }, ale zawartość pliku to: { $found }. Zmień nazwę pliku lub wybierz właściwy.
upload-error-archive-bomb = po rozpakowaniu archiwum zajęłoby nieproporcjonalnie dużo miejsca, dlatego ze względów bezpieczeństwa zostało odrzucone.
upload-error-corrupt = plik jest uszkodzony lub jego zawartość nie odpowiada typowi.
upload-error-too-large = plik jest większy niż { $limit } MB.
upload-error-quota = plik nie mieści się w Twoim limicie miejsca ({ $limit } MB). Najpierw usuń starsze wersje lub materiały.
upload-error-too-many = { $limit ->
    [one] naraz można przesłać tylko jeden plik.
    [few] naraz można przesłać najwyżej { $limit } pliki.
    [many] naraz można przesłać najwyżej { $limit } plików.
   *[other] naraz można przesłać najwyżej { $limit } pliku.
}

search-facet-licence = Licencja
search-facet-target = Dla kogo
search-facet-competence = Obszar kompetencji
search-facet-eqf = Poziom ERK
upload-error-internal = nie udało się odebrać pliku. Spróbuj ponownie.
upload-error-image-too-large = obraz jest zbyt duży, aby go przetworzyć (najwyżej 8000 pikseli na bok).
