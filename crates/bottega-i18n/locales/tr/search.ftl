## Platformanın tamamında arama

search-title = Ara
search-nav = Ara
search-label = Aranacak kelimeler
search-button = Ara
search-lead = Topluluğun bütün dillerindeki tartışmalarda ve sorularda arama yapın. Kelimeler farklı biçimleriyle de bulunur (çırak, çıraklar); küçük yazım hataları sorun olmaz.
search-sort = Sıralama
search-sort-relevance = En uygun olanlar önce
search-sort-newest = En yeniler önce
search-sort-rating = En beğenilenler önce
search-refine = Sonuçları daraltın
search-count = { $count ->
    [0] Sonuç yok
    [one] Bir sonuç
   *[other] { $count } sonuç
}
search-none = Hiçbir şey bulunamadı. Daha az ya da farklı kelimeler deneyin veya bir filtreyi kaldırın.
search-facet-type = Tür
search-facet-language = Dil
search-facet-country = Ülke
search-facet-sector = Sektör
search-facet-theme = Tema
search-kind-thread = Tartışma
search-kind-question = Soru
search-kind-resource = Kaynak
search-kind-practice = İyi uygulama
