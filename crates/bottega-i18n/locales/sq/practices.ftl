# Bashkëpunimi: arkivi i praktikave të mira siç e përdorin autorët dhe lexuesit (lista, paraqitja
# e një praktike sipas modelit të strukturuar, versionet e reja, faqja e praktikës, historiku i
# versioneve, raportet e adoptimit).

bp-list-title = Praktika të mira
bp-list-lead = Praktika nga arsimi dhe formimi profesional në të gjithë Evropën, të përshkruara sipas një modeli të përbashkët, të shqyrtuara nga kolegë sipas një rubrike vlerësimi të publikuar dhe të publikuara me një identifikues që mund ta citoni.
bp-submit-link = Paraqitni një praktikë
bp-mine-link = Praktikat tuaja
bp-login-to-submit = Hyni në llogari për të paraqitur një praktikë
bp-rubric-link = Si shqyrtohen praktikat
bp-filter-label = Filtroni praktikat e mira
bp-filter-text = Fjalë në titull ose në përmbledhje
bp-filter-clear = Pastro filtrat
bp-label-theme = Tema
bp-label-sector = Sektori
bp-label-country = Vendi
bp-label-competence = Kompetenca
bp-label-written-in = Shkruar në
bp-label-label = Etiketa
bp-sort-label = Renditja
bp-sort-newest = Më të rejat së pari
bp-sort-score = Me pikët më të larta të shqyrtimit së pari
bp-sort-adopted = Më të adoptuarat së pari
bp-count = { $count ->
    [one] Një praktikë e publikuar
   *[other] { $count } praktika të publikuara
}
bp-list-none = Ende nuk është publikuar asnjë praktikë.
bp-list-none-filtered = Asnjë praktikë e publikuar nuk përputhet me këta filtra.
bp-version = Versioni { $number }
bp-published-on = publikuar më { $date }
bp-written-on = shkruar më { $date }
bp-score = { $score } nga 5 sipas { $count ->
    [one] një shqyrtimi
   *[other] { $count } shqyrtimeve
}
bp-score-none = Ende pa pikë shqyrtimi
bp-adopted-count = { $count ->
    [0] ende e paadoptuar
    [one] adoptuar një herë
   *[other] adoptuar { $count } herë
}
bp-eqf-level = Niveli KEK { $level }

## Praktikat tuaja

bp-mine-title = Praktikat tuaja
bp-mine-lead = Praktikat që keni paraqitur, në çfarë faze të shqyrtimit është secila dhe versionet e tyre.
bp-mine-count = { $count ->
    [one] Një praktikë
   *[other] { $count } praktika
}
bp-mine-none = Ende nuk keni paraqitur asnjë praktikë.
bp-newest-version = versioni më i ri: { $number }
bp-published-version = lexuesit shohin versionin { $number }
bp-not-published-yet = ende e papublikuar
bp-last-change = ndryshimi i fundit më { $date }
bp-revise-link = Shkruani një version të ri
bp-reviews-link = Lexoni shqyrtimet
bp-versions-link = Historiku i versioneve

## Gjendjet

bp-status-submitted = Paraqitur — në pritje të një redaktori
bp-status-in-review = Në shqyrtim
bp-status-revise = Kërkohen ndryshime
bp-status-accepted = Publikuar
bp-status-rejected = Nuk u pranua
bp-banner-submitted = Një redaktor do të caktojë shqyrtuesit. Derisa një version të publikohet, mund ta lexojnë vetëm ju, redaktorët dhe shqyrtuesit e tij.
bp-banner-in-review = Shqyrtuesit po e vlerësojnë këtë version sipas rubrikës së publikuar të vlerësimit. Derisa të publikohet, mund ta lexojnë vetëm ju, redaktorët dhe shqyrtuesit e tij.
bp-banner-revise = Redaktorët kërkojnë një version të ri: lexoni shqyrtimet, pastaj shkruani një version të ri me një shënim për atë që ndryshoi.
bp-banner-accepted = Ky version është pranuar dhe publikuar.
bp-banner-rejected = Redaktorët nuk e pranuan këtë version. Shqyrtimet shpjegojnë pse.
bp-banner-revision = Ky është versioni { $version }, një rishikim ende i papublikuar i versionit të publikuar { $published }: lexuesit shohin ende versionin { $published }.
bp-read-version = Lexoni versionin { $number }

## Paraqitja dhe versionet e reja

bp-submit-title = Paraqitni një praktikë të mirë
bp-submit-lead = Përshkruajeni praktikën sipas modelit më poshtë, që të tjerët ta gjykojnë dhe ta zbatojnë në shkollën ose kompaninë e tyre. Redaktorët caktojnë të paktën dy shqyrtues, të cilët e vlerësojnë sipas rubrikës së publikuar të vlerësimit; pasi pranohet, ajo publikohet me një identifikues që mund të citohet.
bp-from-group = Po propozoni rezultatet e grupit të punës „{ $group }“. Titulli, përmbledhja, konteksti dhe rezultatet janë plotësuar nga puna e grupit: plotësojini dhe korrigjojini para se ta paraqitni.
bp-revise-title = Shkruani një version të ri
bp-revise-lead = Versioni { $version } i { $code }. Çdo version i mëparshëm mbetet në historik; lexuesit vazhdojnë të shohin versionin e publikuar derisa të pranohet ky.
bp-required-hint = Fushat e shënuara me * janë të detyrueshme.
bp-part-about = Praktika
bp-part-template = Përshkrimi
bp-part-descriptors = Ku dhe për kë
bp-part-links = Burime nga kutia e mjeteve
bp-markdown-hint = Në çdo seksion mund të përdorni Markdown: **të trasha**, _të pjerrëta_, lista, > citime, [lidhje](https://example.org) dhe tituj.
bp-label-title = Titulli
bp-label-lang = Gjuha e tekstit
bp-label-org = Organizata
bp-org-hint = Organizata në emër të së cilës paraqitet praktika. Anëtarët e saj nuk e shqyrtojnë kurrë, që shqyrtimet të mbeten të pavarura.
bp-org-none-hint = Nuk bëni pjesë në asnjë organizatë, prandaj praktika paraqitet në emrin tuaj.
bp-org-directory-link = Gjeni ose shtoni organizatën tuaj në katalog
bp-submitted-for = Paraqitur në emër të { $org }.
bp-section-summary = Përmbledhja
bp-section-context = Konteksti
bp-section-problem = Problemi që trajton
bp-section-practice = Praktika
bp-section-resources = Burimet e nevojshme
bp-section-results = Rezultatet dhe dëshmitë
bp-section-transferability = Transferueshmëria
bp-section-lessons = Mësimet e nxjerra
bp-hint-summary = Një paragraf i shkurtër që tregon çfarë është praktika dhe çfarë arriti; shfaqet në lista.
bp-hint-context = Ku u zhvillua: shkolla ose kompania, nxënësit, programi. Sipas dëshirës, por i ndihmon lexuesit.
bp-hint-problem = Çfarë nuk funksiononte, për kë dhe si e kuptuat.
bp-hint-practice = Çfarë bëtë, hap pas hapi, që edhe dikush tjetër ta bëjë.
bp-hint-resources = Njerëzit, koha, paratë, ambientet dhe mjetet që kërkon. Sipas dëshirës, por i ndihmon lexuesit.
bp-hint-results = Çfarë ndryshoi, me dëshmi: shifra, vlerësime, komente nga nxënësit ose kompanitë.
bp-hint-transferability = Çfarë i duhet një organizate tjetër për ta zbatuar dhe çfarë duhet përshtatur. Sipas dëshirës, por shqyrtuesit e vlerësojnë.
bp-hint-lessons = Çfarë do të bënit ndryshe herën tjetër. Sipas dëshirës, por i ndihmon lexuesit.
bp-label-eqf = Niveli KEK
bp-label-countries = Vendet ku është zbatuar
bp-label-themes = Temat
bp-label-sectors = Sektorët
bp-label-competences = Etiketat e kornizave të kompetencave
bp-label-links = Burime të lidhura nga kutia e mjeteve
bp-links-hint = Një burim të kutisë së mjeteve për rresht: adresën e tij (për shembull /resources/12) ose numrin e tij. Mund të lidhen vetëm burimet që ju i shihni në kutinë e mjeteve; lexuesit shohin ato që u lejohet të shohin.
bp-deposit-link = Ndani një burim të ri në kutinë e mjeteve
bp-label-change-note = Çfarë ndryshoi
bp-change-note-hint = Një ose dy fjali për redaktorët dhe shqyrtuesit: çfarë ndryshuat në këtë version dhe pse.
bp-submit-next = Pasi ta paraqitni, praktika merr identifikuesin e saj dhe pret një redaktor. Mund ta ndiqni te „Praktikat tuaja“.
bp-preview-button = Shiko paraprakisht
bp-preview-title = Pamje paraprake
bp-preview-hint = Kështu do të lexohen seksionet. Ende nuk është ruajtur asgjë: kontrollojini, pastaj paraqitni praktikën më poshtë.
bp-submit-button = Paraqit praktikën
bp-revise-button = Paraqit versionin e ri

bp-error-country-required = Zgjidhni të paktën një vend ku është zbatuar praktika.
bp-error-org-required = Zgjidhni organizatën në emër të së cilës paraqitet praktika.
bp-error-too-many-links = { $limit ->
    [one] Lidhni jo më shumë se një burim.
   *[other] Lidhni jo më shumë se { $limit } burime.
}
bp-error-unknown-resources = Këto nuk janë burime të kutisë së mjeteve që ju mund t'i shihni: { $items }
bp-error-editors-only = Këtë mund ta bëjnë vetëm redaktorët e praktikave të mira.
bp-error-authors-only = Vetëm autori i kësaj praktike mund të shkruajë një version të ri.
bp-error-not-open-for-revision = Një version i ri mund të shkruhet vetëm kur redaktorët kërkojnë ndryshime ose pasi një version është publikuar. Kjo praktikë është në pritje të një redaktori ose në shqyrtim.
bp-error-group-coordinators-only = Vetëm koordinatorët e këtij grupi pune mund t'i propozojnë rezultatet e tij si praktikë të mirë.
bp-error-group-not-archived = Grupi i punës është ende aktiv: rezultatet e tij mund të propozohen pasi grupi të mbyllet.
bp-error-group-already-proposed = Rezultatet e këtij grupi pune janë propozuar tashmë si praktikë e mirë.
bp-error-not-published = Kjo praktikë ende nuk është publikuar, prandaj nuk mund të adoptohet.
bp-error-adopt-own-org = Organizata që e paraqiti këtë praktikë nuk mund të raportojë se e ka adoptuar.
bp-error-adoption-already-reported = E keni raportuar tashmë një adoptim të kësaj praktike për këtë organizatë.

## Faqja e praktikës

bp-about-title = Rreth kësaj praktike
bp-label-submitter = Paraqitur nga
bp-label-labels = Etiketat
bp-label-source-group = Nga grupi i punës
bp-linked-resources-title = Burime në kutinë e mjeteve
bp-review-title = Shqyrtimi nga kolegët
bp-review-pending = Ende e papublikuar: pikët e shqyrtimit shfaqen pasi të pranohet një version.
bp-review-explained = Çdo praktikë e publikuar është vlerësuar nga të paktën dy shqyrtues për rëndësinë, inovacionin, dëshmitë e ndikimit, transferueshmërinë dhe qëndrueshmërinë.
bp-author-title = Për ju si autor
bp-author-state = Gjendja: { $state }
bp-adopted-heading = { $count ->
    [0] Adoptuar nga
    [one] Adoptuar nga një organizatë
   *[other] Adoptuar nga { $count } organizata
}
bp-adopted-none = Askush ende nuk ka raportuar se e ka adoptuar këtë praktikë. Nëse organizata juaj e ka ripërdorur, tregojini komunitetit si.
bp-adopted-all = { $count ->
    [one] Raporti i adoptimit
   *[other] Të gjitha raportet e adoptimit ({ $count })
}
bp-adoption-reported-by = raportuar nga { $name }
bp-adoptions-lead = Organizatat që e ripërdorën „{ $title }“: ku dhe si.
bp-adopt-title = Raportoni një adoptim
bp-adopt-lead = E ka marrë organizata juaj këtë praktikë? Tregoni ku dhe si, dhe çfarë përshtatët: kjo i ndihmon të tjerët dhe u jep meritë autorëve.
bp-adopt-org = Adoptuar nga
bp-adopt-org-none = (pa emër organizate)
bp-adopt-country = Vendi
bp-adopt-how = Si e adoptuat
bp-adopt-how-hint = Çfarë morët, çfarë përshtatët dhe çfarë doli prej saj. Mund të përdorni Markdown.
bp-adopt-button = Raporto adoptimin
bp-login-to-adopt = Hyni në llogari për të raportuar se organizata juaj e ka adoptuar këtë praktikë

bp-cite-title = Si të citohet
bp-cite-hint = Kopjojeni këtë referencë; identifikuesi dhe adresa nuk ndryshojnë kurrë.
bp-cite-identifier = Identifikuesi
bp-cite-address = Adresa
bp-cite-title-label = Titulli
bp-cite-version = Versioni
bp-cite-year = Viti
bp-cite-author = Autori
bp-citation = { $author } ({ $year }). { $title }, versioni { $version }. Arkivi i praktikave të mira në Bottega, { $code }. { $address }

## Versionet

bp-versions-title = Historiku i versioneve
bp-versions-lead = Të gjitha versionet e { $code }, nga më i riu. Një rishikim është një version i ri: versionet e mëparshme ruhen siç ishin.
bp-version-published = Versioni i publikuar
bp-first-version = Versioni i parë.
bp-no-change-note = Pa shënim për ndryshimet.
bp-version-notice = Po lexoni versionin { $version }; versioni më i ri është { $newest }.
bp-version-notice-newest = Po lexoni versionin { $version }, më të riun.
bp-version-current-link = Shkoni te praktika

## Mesazhe që shfaqen një herë pas një veprimi

flash-bp-submitted = Praktika juaj u paraqit. Ka marrë identifikuesin e saj dhe pret një redaktor.
flash-bp-revised = Versioni juaj i ri u paraqit dhe pret një redaktor.
flash-bp-adoption-reported = Faleminderit: adoptimi u raportua.

## Në përmbledhjen e një grupi pune të mbyllur

bp-propose-group-link = Propozoni rezultatet si praktikë të mirë
bp-propose-group-hint = Formulari i praktikës hapet i plotësuar me rezultatet; më pas redaktorët e dërgojnë për shqyrtim për arkivin e praktikave të mira.
