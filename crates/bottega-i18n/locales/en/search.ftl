## Search across the platform

search-title = Search
search-nav = Search
search-label = Words to look for
search-button = Search
search-lead = Search discussions and questions in every language of the community. Words are found in their other forms too (apprentice, apprentices), and small typing mistakes are forgiven.
search-sort = Order
search-sort-relevance = Best match first
search-sort-newest = Newest first
search-sort-rating = Most appreciated first
search-refine = Refine the results
search-count = { $count ->
    [0] No results
    [one] One result
   *[other] { $count } results
}
search-none = Nothing found. Try fewer or other words, or remove a filter.
search-facet-type = Kind
search-facet-language = Language
search-facet-country = Country
search-facet-sector = Sector
search-facet-theme = Theme
search-kind-thread = Discussion
search-kind-question = Question
search-kind-resource = Resource
search-kind-practice = Best practice
