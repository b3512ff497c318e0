## Punëtoria e skenarëve (seksioni Komunikimi): faktorët e ndryshimit, skenarët, zgjedhjet e politikave.

workshop-list-title = Punëtoritë e skenarëve
workshop-list-lead = Mendoni së bashku si mund të zhvillohet arsimi dhe formimi profesional: emërtoni forcat që e formësojnë, përfytyroni katër të ardhme të mundshme dhe peshoni zgjedhjet që bëjmë sot.
workshop-new-link = Nis një punëtori
workshop-login-to-start = Hyni në llogari për të nisur një punëtori
workshop-filter-label = Filtroni punëtoritë
workshop-count = { $count ->
    [one] Një punëtori
   *[other] { $count } punëtori
}
workshop-list-none = Ende nuk është nisur asnjë punëtori.
workshop-list-none-filtered = Asnjë punëtori nuk përputhet me këta filtra.

## Fazat

workshop-phase-drivers = Mbledhja e faktorëve
workshop-phase-scenarios = Shkrimi i skenarëve
workshop-phase-closed = E mbyllur
workshop-steps-label = Hapat e punëtorisë
workshop-step-drivers = 1. Faktorët e ndryshimit
workshop-step-scenarios = 2. Skenarët dhe zgjedhjet
workshop-step-closed = 3. Rezultatet

## Nisja e një punëtorie

workshop-new-title = Nisni një punëtori skenarësh
workshop-new-lead = Ju do ta lehtësoni: anëtarët propozojnë dhe vlerësojnë faktorët e ndryshimit, ju zgjidhni dy boshtet dhe të gjithë së bashku shkruajnë katër skenarët.
workshop-label-title = Titulli
workshop-label-focal-question = Pyetja qendrore
workshop-focal-question-hint = Pyetja strategjike që shqyrton punëtoria, për shembull: Si do ta mësojnë zanatin nxënësit e profesioneve të ndërtimit?
workshop-label-horizon = Horizonti kohor
workshop-horizon-hint = Viti të cilit u referohen skenarët, nga { $min } deri në { $max }.
workshop-label-lang = Gjuha e punëtorisë
workshop-label-community = Komuniteti
workshop-no-community = Ende nuk ka asnjë komunitet ku mund të nisni një punëtori.
workshop-create-button = Nis punëtorinë
workshop-error-horizon = Shkruani një vit nga { $min } deri në { $max }.
workshop-error-community = Zgjidhni një nga komunitetet e ofruara.

## Faqja e punëtorisë

workshop-label-phase = Faza
workshop-label-facilitator = Lehtësuesi
workshop-report-link = Raporti
workshop-markdown-link = Shkarko si Markdown
workshop-closed-notice = Kjo punëtori është e mbyllur. Mund t'i lexoni dhe t'i eksportoni rezultatet e saj; asgjë nuk mund të ndryshohet derisa lehtësuesi ta rihapë.
workshop-login-to-take-part = Hyni në llogari për të marrë pjesë në këtë punëtori
workshop-verify-to-take-part = Ju lutemi, konfirmoni adresën tuaj të email-it për të marrë pjesë në këtë punëtori.
workshop-proposed-by = propozuar nga { $name }
workshop-someone = dikush

## Faktorët

workshop-drivers-heading = Faktorët e ndryshimit
workshop-drivers-intro = Faktorët janë forcat që do ta formësojnë arsimin dhe formimin profesional deri në vitin e horizontit. Vlerësoni secilin prej tyre: sa i fortë do të ishte ndikimi i tij mbi pyetjen qendrore dhe sa i pasigurt është zhvillimi i tij.
workshop-drivers-none = Ende nuk është propozuar asnjë faktor.
workshop-drivers-details = { $count ->
    [one] Shfaq faktorin në detaje
   *[other] Shfaq në detaje të { $count } faktorët
}
workshop-driver-new-heading = Propozoni një faktor
workshop-driver-new-hint = Një tendencë, një teknologji, një politikë, një ndryshim demografik ose ekonomik: çdo gjë që mund të ndikojë në përgjigjen e pyetjes qendrore.
workshop-label-driver-title = Faktori
workshop-label-driver-description = Përshkrimi (opsional)
workshop-label-kind = Lloji
workshop-kind-trend = Tendencë
workshop-kind-trend-hint = është tashmë në zhvillim dhe drejtimi i saj është mjaft i qartë
workshop-kind-uncertainty = Pasiguri
workshop-kind-uncertainty-hint = mund të marrë drejtime shumë të ndryshme
workshop-driver-add-button = Shto faktorin
workshop-label-impact = Ndikimi
workshop-label-uncertainty = Pasiguria
workshop-label-ratings = Vlerësimet
workshop-rate-driver = Vlerësoni këtë faktor
workshop-rate-choice = Vlerësoni këtë zgjedhje
workshop-your-rating = Vlerësimi juaj
workshop-rating-choose = Zgjidhni…
workshop-rating-option = { $n ->
    [1] 1 – shumë pak
    [2] 2 – pak
    [3] 3 – mesatarisht
    [4] 4 – shumë
   *[5] 5 – jashtëzakonisht shumë
}
workshop-rating-button = Ruaj vlerësimin tim
workshop-rating-change-button = Ndrysho vlerësimin tim
workshop-not-rated = ende pa vlerësim
workshop-error-rating = Zgjidhni një vlerësim nga 1 deri në 5.
workshop-error-rating-missing = Jepni një vlerësim nga 1 deri në 5.
workshop-error-driver-elsewhere = Ky faktor nuk është pjesë e kësaj punëtorie. Zgjidhni një nga faktorët e listuar.
workshop-error-choice-elsewhere = Kjo zgjedhje nuk është pjesë e kësaj punëtorie. Vlerësoni një nga zgjedhjet e listuara.

## Grafiku

workshop-chart-title = Faktorët sipas ndikimit dhe pasigurisë
workshop-chart-desc = { $count ->
    [one] Një faktor i vlerësuar, i vendosur sipas pasigurisë mesatare (horizontalisht, nga 1 në 5) dhe ndikimit mesatar (vertikalisht, nga 1 në 5).
   *[other] { $count } faktorë të vlerësuar, të vendosur sipas pasigurisë mesatare (horizontalisht, nga 1 në 5) dhe ndikimit mesatar (vertikalisht, nga 1 në 5).
} { $critical ->
    [0] Asnjëri nuk është pasiguri kritike.
    [one] Njëri është pasiguri kritike (ndikim i lartë, pasiguri e lartë).
   *[other] { $critical } prej tyre janë pasiguri kritike (ndikim i lartë, pasiguri e lartë).
}
workshop-chart-desc-critical = Pasiguritë kritike: { $drivers }.
workshop-chart-desc-empty = Ende nuk është vlerësuar asnjë faktor, prandaj grafiku është bosh.
workshop-chart-axis-uncertainty = Pasiguria
workshop-chart-axis-impact = Ndikimi
workshop-chart-critical = Pasiguritë kritike
workshop-chart-trends = Tendencat kryesore
workshop-critical-badge = Pasiguri kritike
workshop-chart-empty = Grafiku plotësohet ndërsa anëtarët vlerësojnë faktorët.
workshop-chart-caption = { $count ->
    [one] Një faktor i vlerësuar
   *[other] { $count } faktorë të vlerësuar
}, { $critical ->
    [0] asnjëri ndër pasiguritë kritike (lart djathtas)
    [one] njëri ndër pasiguritë kritike (lart djathtas)
   *[other] { $critical } ndër pasiguritë kritike (lart djathtas)
}. Të njëjtat të dhëna vijojnë më poshtë si listë.
workshop-legend-heading = Legjenda e grafikut
workshop-drivers-table-caption = Faktorët me vlerësimet e tyre mesatare
workshop-label-number = Nr.
workshop-label-driver = Faktori
workshop-label-impact-average = Ndikimi mesatar
workshop-label-uncertainty-average = Pasiguria mesatare
workshop-label-quadrant = Kuadranti

## Boshtet

workshop-axes-heading = Zgjidhni boshtet e skenarëve
workshop-axes-heading-done = Boshtet e skenarëve
workshop-axes-hint = Zgjidhni dy faktorë, mundësisht dy pasiguri kritike të pavarura nga njëra-tjetra, dhe emërtoni dy rezultatet ekstreme të secilit. Kështu hapet faza e skenarëve me katër skenarë, një për çdo kombinim; pas kësaj faktorët nuk mund të shtohen ose të vlerësohen më.
workshop-axis-x = Boshti horizontal
workshop-axis-y = Boshti vertikal
workshop-axis-x-named = Boshti horizontal: { $driver }
workshop-axis-y-named = Boshti vertikal: { $driver }
workshop-label-axis-driver = Faktori
workshop-label-pole-low = Poli i ulët (njëri rezultat ekstrem)
workshop-label-pole-high = Poli i lartë (rezultati i kundërt)
workshop-axes-button = Cakto boshtet dhe hap skenarët
workshop-error-same-axis = Zgjidhni një faktor të ndryshëm për secilin bosht.
workshop-error-two-drivers = Për boshtet nevojiten të paktën dy faktorë. Propozoni fillimisht më shumë faktorë.

## Skenarët

workshop-scenarios-heading = Skenarët
workshop-scenario-unnamed = Skenari { $quadrant }
workshop-scenario-empty = Askush nuk e ka shkruar ende këtë skenar.
workshop-scenario-edited = Ndryshuar për herë të fundit nga { $name }, { $date }
workshop-scenario-edit = Shkruaj këtë skenar
workshop-scenario-history = Versionet e mëparshme
workshop-scenario-edit-heading = Shkruani skenarin { $quadrant }
workshop-label-poles = Ku ndodhet ky skenar:
workshop-label-scenario-name = Emri i skenarit
workshop-label-narrative = Rrëfimi
workshop-narrative-hint = Përshkruajeni këtë të ardhme sikur të jetonit në të: si duket arsimi dhe formimi profesional, kush mëson çfarë dhe ku. Mund të përdorni Markdown: **të trasha**, *të pjerrëta*, lista me -, lidhje.
workshop-scenario-save-button = Ruaj skenarin
workshop-preview-button = Parapamje
workshop-preview-heading = Parapamja
workshop-cancel = Anulo
workshop-error-stale-revision = Dikush tjetër e ruajti këtë skenar ndërsa po shkruanit. Teksti juaj nuk është ruajtur: krahasojeni me versionin tjetër që shfaqet këtu, bashkojini të dyja dhe ruajeni përsëri.
workshop-conflict-heading = Ky skenar ndryshoi ndërsa po shkruanit
workshop-conflict-text = { $name } ruajti një version të ri më { $date }. Teksti juaj ndodhet ende në formularin më poshtë.
workshop-conflict-their-version = Versioni tjetër, tashmë i ruajtur
workshop-conflict-source = Teksti tjetër në Markdown, për të kopjuar prej tij
workshop-conflict-next = Kur ta ruani përsëri, teksti juaj do të zëvendësojë versionin tjetër, prandaj mbani prej tij atë që dëshironi.
workshop-history-title = Versionet e mëparshme
workshop-history-current = Versioni aktual ({ $revision })
workshop-history-version = Versioni { $revision }
workshop-history-replaced = Zëvendësuar nga { $name }, { $date }
workshop-history-none = Ende nuk ka versione të mëparshme.

## Zgjedhjet e politikave

workshop-choices-heading = Zgjedhjet e politikave dhe vendimet
workshop-choices-intro = Çfarë mund të vendosim sot që do të na çonte drejt njërës prej këtyre të ardhmeve, ose larg saj? Shtoni zgjedhje dhe vendime, dhe vlerësoni secilën: sa e besueshme është që të merret dhe sa e dëshirueshme është.
workshop-choices-count = { $count ->
    [0] Ende asnjë zgjedhje
    [one] Një zgjedhje
   *[other] { $count } zgjedhje
}
workshop-choices-none = Ende nuk është shtuar asnjë zgjedhje për këtë skenar.
workshop-label-choice = Zgjedhja ose vendimi
workshop-choice-hint = Për shembull: Një periudhë mësimi në vendin e punës të bëhet pjesë e çdo programi të AFP-së.
workshop-label-direction = Drejtimi
workshop-direction-towards = Drejt këtij skenari
workshop-direction-away = Larg këtij skenari
workshop-choice-add-button = Shto zgjedhjen
workshop-label-plausibility = Besueshmëria
workshop-label-desirability = Dëshirueshmëria
workshop-promising-badge = E besueshme dhe e dëshirueshme

## Rezultatet

workshop-results-heading = Rezultatet
workshop-results-caption = Skenarët sipas vlerësimeve të zgjedhjeve të tyre
workshop-label-scenario = Skenari
workshop-label-choices = Zgjedhjet
workshop-label-plausibility-average = Besueshmëria mesatare
workshop-label-desirability-average = Dëshirueshmëria mesatare
workshop-results-none = Ende nuk është vlerësuar asnjë zgjedhje.
workshop-most-desirable = Skenari më i dëshirueshëm: { $scenario } (dëshirueshmëria mesatare { $value })
workshop-most-plausible = Skenari më i besueshëm: { $scenario } (besueshmëria mesatare { $value })
workshop-promising-heading = Zgjedhjet e vlerësuara njëkohësisht si të besueshme dhe të dëshirueshme
workshop-promising-hint = Zgjedhjet me besueshmëri mesatare dhe dëshirueshmëri mesatare të paktën 3,5: kandidate të mira për rekomandime.
workshop-promising-none = Ende asnjë zgjedhje nuk është vlerësuar njëkohësisht si e besueshme dhe e dëshirueshme.

## Lehtësimi

workshop-facilitation-heading = Lehtësimi
workshop-close-hint = Mbyllja e punëtorisë i ruan të gjitha ashtu siç janë: askush nuk mund t'i ndryshojë më, ndërsa rezultatet e saj mund të lexohen dhe të eksportohen.
workshop-close-button = Mbyll punëtorinë
workshop-reopen-hint = Rihapja u lejon anëtarëve të marrin sërish pjesë aty ku u ndal punëtoria.
workshop-reopen-button = Rihap punëtorinë
workshop-error-closed = Kjo punëtori është e mbyllur, prandaj asgjë në të nuk mund të ndryshohet.
workshop-error-wrong-phase = Kjo punëtori tani është në një fazë tjetër. Ringarkoni faqen e saj për të parë çfarë mund të bëni.

## Raporti

workshop-report-title = Raporti i punëtorisë
workshop-report-generated = Krijuar më { $date }
workshop-print-hint = Përdorni komandën e printimit të shfletuesit tuaj për ta printuar ose për ta ruajtur si PDF.

## Mesazhet që shfaqen një herë pas një veprimi

flash-workshop-created = Punëtoria juaj nisi. Ftoni anëtarët të propozojnë faktorë.
flash-workshop-driver-added = Faktori juaj u shtua.
flash-workshop-rating-saved = Vlerësimi juaj u ruajt.
flash-workshop-axes-set = Boshtet u caktuan: katër skenarët janë të hapur.
flash-workshop-scenario-saved = Skenari u ruajt.
flash-workshop-choice-added = Zgjedhja juaj u shtua.
flash-workshop-closed = Punëtoria u mbyll.
flash-workshop-reopened = Punëtoria është sërish e hapur.
