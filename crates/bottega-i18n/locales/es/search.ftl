## Búsqueda en toda la plataforma

search-title = Buscar
search-nav = Buscar
search-label = Palabras que buscar
search-button = Buscar
search-lead = Busca debates y preguntas en todos los idiomas de la comunidad. Las palabras se encuentran también en sus otras formas (aprendiz, aprendices) y se perdonan los pequeños errores de escritura.
search-sort = Orden
search-sort-relevance = Primero los más pertinentes
search-sort-newest = Primero los más recientes
search-sort-rating = Primero los más valorados
search-refine = Afinar los resultados
search-count = { $count ->
    [0] Ningún resultado
    [one] Un resultado
   *[other] { $count } resultados
}
search-none = No se ha encontrado nada. Prueba con menos palabras o con otras, o quita un filtro.
search-facet-type = Tipo
search-facet-language = Idioma
search-facet-country = País
search-facet-sector = Sector
search-facet-theme = Tema
search-kind-thread = Debate
search-kind-question = Pregunta
search-kind-resource = Recurso
search-kind-practice = Buena práctica
