## Kërkimi në të gjithë platformën

search-title = Kërko
search-nav = Kërko
search-label = Fjalët që kërkoni
search-button = Kërko
search-lead = Kërkoni në diskutimet dhe pyetjet në të gjitha gjuhët e komunitetit. Fjalët gjenden edhe në format e tjera (nxënës, nxënësit), dhe gabimet e vogla të shkrimit falen.
search-sort = Renditja
search-sort-relevance = Më të përshtatshmet së pari
search-sort-newest = Më të rejat së pari
search-sort-rating = Më të vlerësuarat së pari
search-refine = Ngushtoni rezultatet
search-count = { $count ->
    [0] Asnjë rezultat
    [one] Një rezultat
   *[other] { $count } rezultate
}
search-none = Nuk u gjet asgjë. Provoni më pak fjalë ose fjalë të tjera, ose hiqni një filtër.
search-facet-type = Lloji
search-facet-language = Gjuha
search-facet-country = Vendi
search-facet-sector = Sektori
search-facet-theme = Tema
search-kind-thread = Diskutim
search-kind-question = Pyetje
search-kind-resource = Burim
search-kind-practice = Praktikë e mirë
