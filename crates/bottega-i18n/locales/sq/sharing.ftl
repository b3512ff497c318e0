# Ndarja: kutia e mjeteve me burime dhe koleksionet.

res-toolbox-title = Kutia e mjeteve
res-toolbox-lead = Dokumente, mjete, materiale mësimore, video, modele dhe rezultate projektesh të ndara nga shkolla profesionale, kompani dhe shoqata në të gjithë Evropën. Kërkoni, filtroni dhe ndani edhe burimet tuaja.
res-deposit = Ndani një burim
res-deposit-lead = Përshkruajeni mirë burimin tuaj: të tjerët e gjejnë përmes titullit, përshkrimit, gjuhëve dhe temave. Ngarkoni një ose më shumë skedarë, ose jepni një lidhje.
res-edit-title = Ndryshoni burimin
res-section-what = Çfarë është
res-section-content = Skedarët ose lidhja
res-section-reuse = Licenca dhe kush mund ta shohë
res-section-context = Ku përshtatet
res-section-project = Projekti
res-title = Titulli
res-type = Lloji i burimit
res-description = Përshkrimi
res-description-language = Gjuha e përshkrimit
res-detect-language = (zbulo automatikisht nga teksti)
res-files = Skedarët
res-files-hint = Deri në { $count ->
    [one] një skedar
   *[other] { $count } skedarë
}, secili deri në { $size } MB: dokumente, fletëllogaritëse, prezantime, foto, audio, video, tekst ose arkiva ZIP.
res-kept-files = Këta skedarë janë ngarkuar tashmë dhe do të bashkëngjiten; nuk keni nevojë t'i zgjidhni sërish:
res-link = Lidhja
res-link-hint = Për një uebsajt, një mjet në internet ose një video diku tjetër: adresa e tij, që fillon me https://.
res-licence = Licenca
res-visibility = Kush mund ta shohë
res-org = Ndarë në emër të
res-org-hint = Një organizatë ku jeni anëtar. Atëherë edhe administratorët e saj mund ta ndryshojnë burimin.
res-org-none = Vetëm në emrin tim
res-country = Vendi i origjinës
res-eqf = Niveli KEK
res-eqf-level = Niveli KEK { $level }
res-languages = I disponueshëm në
res-themes = Temat
res-targets = I destinuar për
res-competences = Fushat e kompetencave
res-project-name = Emri i projektit
res-project-number = Numri i projektit
res-project-number-hint = Për shembull numri Erasmus+, si 2024-1-IT01-KA220-VET-000123456.
res-project-number-invalid = Përdorni vetëm shkronja, shifra dhe viza, si te 2024-1-IT01-KA220-VET-000123456.
res-visibility-needs-org = Zgjidhni organizatën, anëtarët e së cilës mund ta shohin.
res-needs-file-or-link = Ngarkoni të paktën një skedar ose jepni një lidhje.
res-version-needs-one-file = Zgjidhni një skedar për ta ngarkuar.
res-save = Ruaj
res-publish = Publiko
res-shared-by = Ndarë nga { $name }
res-downloads = { $count ->
    [one] një shkarkim
   *[other] { $count } shkarkime
}
res-open-link = Hap lidhjen
res-preview-of = Pamje paraprake e { $name }
res-version = versioni { $number }
res-older-versions = { $count ->
    [one] Një version i mëparshëm
   *[other] { $count } versione të mëparshme
}
res-new-version = Version i ri i këtij skedari
res-version-note = Çfarë ndryshoi (sipas dëshirës)
res-upload-version = Ngarko
res-add-file = Shtoni një skedar tjetër
res-delete = Fshije këtë burim
res-rating = Vlerësimi
res-rating-summary = { $average } nga 5 ({ $count ->
    [one] një vlerësim
   *[other] { $count } vlerësime
})
res-not-rated = Ende pa vlerësime.
res-rating-distribution = Vlerësimet sipas numrit të yjeve
res-stars = { $count ->
    [one] 1 yll
   *[other] { $count } yje
}
res-your-rating = Vlerësimi juaj
res-rate-button = Vlerëso
res-rating-invalid = Zgjidhni nga 1 deri në 5 yje.
res-rate-own = Nuk mund të vlerësoni një burim që e keni ndarë vetë.
res-collections-title = Koleksionet
res-collections-lead = Lista të përzgjedhura burimesh për një temë, të përgatitura nga anëtarët dhe organizatat.
res-in-collections = Në koleksionet:
res-new-collection = Krijoni një koleksion
res-add-to-collection = Shtojeni në koleksionin tuaj
res-collection-note = Shënim (sipas dëshirës)
res-add-button = Shto
res-already-in-collection = Ky burim është tashmë në atë koleksion.
res-reuses-heading = { $count ->
    [0] Kush e ka ripërdorur
    [one] Ripërdorur një herë
   *[other] Ripërdorur { $count } herë
}
res-report-reuse = E keni ripërdorur ose përshtatur?
res-reuse-how = Si e përdorët
res-reuse-hint = Për shembull: „E përshtatëm për nxënësit tanë të furrëtarisë në Split, Kroaci.“
res-reuse-country = Ku
res-reuse-org = Në cilën organizatë
res-reuse-button = Tregojuni të tjerëve
res-comments-heading = { $count ->
    [0] Komentet
    [one] Një koment
   *[other] { $count } komente
}
res-comment = Komenti juaj
res-comment-button = Komento
res-comment-deleted = Ky koment u fshi.
res-comment-delete = Fshije komentin
res-login-to-take-part = Hyni në llogari për të vlerësuar, komentuar ose treguar si e keni ripërdorur.
res-collection-items = { $count ->
    [one] një burim
   *[other] { $count } burime
}
res-no-collections = Ende nuk ka koleksione.
res-curated-by = Përzgjedhur nga { $name }
res-collection-edit = Ndryshoni koleksionin
res-collection-org = Mbahet nga
res-collection-empty = Ky koleksion është bosh. Shtoni burime nga faqet e tyre.
res-collection-delete = Fshije këtë koleksion
res-move-up = Ngjit lart { $title }
res-move-down = Zbrit poshtë { $title }
res-remove-from-collection = Hiqe nga koleksioni

flash-resource-saved = Burimi u ruajt.
flash-resource-deleted = Burimi dhe skedarët e tij u fshinë.
flash-version-saved = Skedari u ngarkua.
flash-rating-saved = Faleminderit, vlerësimi juaj u ruajt.
flash-comment-saved = Komenti juaj u publikua.
flash-comment-deleted = Komenti u fshi.
flash-reuse-saved = Faleminderit që u treguat të tjerëve si e ripërdorët.
flash-collection-saved = Koleksioni u ruajt.
flash-collection-deleted = Koleksioni u fshi.
flash-collection-item-added = Burimi u shtua në koleksion.
flash-collection-item-removed = Burimi u hoq nga koleksioni.
flash-collection-item-moved = Renditja u ndryshua.

size-kb = { $size } KB
size-mb = { $size } MB

upload-error-file = { $name }: { $problem }
upload-error-empty = skedari është bosh.
upload-error-no-extension = emri i skedarit nuk ka prapashtesë, prandaj lloji i tij nuk mund të kontrollohet.
upload-error-not-allowed = skedarët e llojit .{ $ext } nuk pranohen. Pranohen: { $allowed }.
upload-error-mismatch = emri mbaron me .{ $claimed }, por përmbajtja është e llojit { $found }. Riemërtojeni skedarin ose zgjidhni skedarin e duhur.
upload-error-archive-bomb = arkivi, kur hapet, zë shumë më tepër të dhëna se sa përmban, prandaj refuzohet për arsye sigurie.
upload-error-corrupt = skedari është i dëmtuar ose nuk është ajo që tregon lloji i tij.
upload-error-too-large = skedari është më i madh se { $limit } MB.
upload-error-quota = nuk nxë në hapësirën tuaj të ruajtjes prej { $limit } MB. Fshini fillimisht versione ose burime më të vjetra.
upload-error-too-many = mund të ngarkohen njëherësh jo më shumë se { $limit } skedarë.

search-facet-licence = Licenca
search-facet-target = I destinuar për
search-facet-competence = Fusha e kompetencave
search-facet-eqf = Niveli KEK
upload-error-internal = skedari nuk mund të merrej; ju lutemi, provoni përsëri.
upload-error-image-too-large = figura është shumë e madhe për t’u përpunuar (të shumtën 8000 piksela për anë).
