## Wyszukiwanie w całej platformie

search-title = Szukaj
search-nav = Szukaj
search-label = Szukane słowa
search-button = Szukaj
search-lead = Przeszukuj dyskusje i pytania we wszystkich językach społeczności. Słowa są odnajdywane także w innych formach (praktykant, praktykanci), a drobne literówki nie przeszkadzają.
search-sort = Kolejność
search-sort-relevance = Najpierw najlepiej dopasowane
search-sort-newest = Najpierw najnowsze
search-sort-rating = Najpierw najwyżej oceniane
search-refine = Zawęź wyniki
search-count = { $count ->
    [0] Brak wyników
    [one] Jeden wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
search-none = Nic nie znaleziono. Spróbuj użyć mniej lub innych słów albo usuń jeden z filtrów.
search-facet-type = Rodzaj
search-facet-language = Język
search-facet-country = Kraj
search-facet-sector = Sektor
search-facet-theme = Temat
search-kind-thread = Dyskusja
search-kind-question = Pytanie
search-kind-resource = Materiał
search-kind-practice = Dobra praktyka
