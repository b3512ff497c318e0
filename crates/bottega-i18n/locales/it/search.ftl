## Ricerca in tutta la piattaforma

search-title = Cerca
search-nav = Cerca
search-label = Parole da cercare
search-button = Cerca
search-lead = Cerca discussioni e domande in tutte le lingue della comunità. Le parole vengono trovate anche nelle loro altre forme (apprendista, apprendisti) e i piccoli errori di battitura sono perdonati.
search-sort = Ordine
search-sort-relevance = Prima i più pertinenti
search-sort-newest = Prima i più recenti
search-sort-rating = Prima i più apprezzati
search-refine = Affina i risultati
search-count = { $count ->
    [0] Nessun risultato
    [one] Un risultato
   *[other] { $count } risultati
}
search-none = Non abbiamo trovato nulla. Prova con meno parole o con parole diverse, oppure togli un filtro.
search-facet-type = Tipo
search-facet-language = Lingua
search-facet-country = Paese
search-facet-sector = Settore
search-facet-theme = Tema
search-kind-thread = Discussione
search-kind-question = Domanda
search-kind-resource = Risorsa
search-kind-practice = Buona pratica
