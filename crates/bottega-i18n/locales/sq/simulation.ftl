## Simulimi i biznesit: faqet, formularët dhe mesazhet. Tekstet e vetë motorit (raportet,
## ngjarjet e papritura, fjalorthi, skenarët) ndodhen te simulation-engine.ftl.

sim-title = Simulimi i biznesit
sim-intro-lead = Drejtoni një kompani të vogël artizanale në një treg të simuluar e të sigurt: vendosni çmimet, planifikoni prodhimin, punësoni dhe trajnoni stafin, promovoni produktet tuaja, investoni dhe merrni hua — dhe shikoni çfarë u bëjnë vendimet tuaja parave, njerëzve dhe klientëve.
sim-intro-how = Mësuesi nis një lojë për klasën dhe u jep nxënësve një kod. Me këtë kod nxënësit i bashkohen një ekipi dhe marrin vendime raund pas raundi; çdo raund është një muaj nga jeta e kompanisë.
sim-intro-sign-in = Hyni në llogari për të luajtur ose për të nisur një lojë
sim-money = { $amount } €
sim-percent = { $value }%

sim-join-title = Bashkohuni në një lojë
sim-label-code = Kodi i lojës
sim-join-button = Bashkohu
sim-playing-title = Lojërat ku luaj
sim-playing-none = Ende nuk luani në asnjë lojë. Kërkojini mësuesit tuaj një kod loje.
sim-teaching-title = Lojërat që drejtoj
sim-teaching-none = Ende nuk keni nisur asnjë lojë.
sim-new-button = Nis një lojë të re
sim-status-round = Raundi { $round } nga { $rounds }
sim-status-finished = E përfunduar
sim-taught-by = drejtuar nga { $name }
sim-label-choose-team = Zgjidhni ekipin tuaj
sim-players-count = { $count ->
    [one] një lojtar
   *[other] { $count } lojtarë
}

sim-new-title = Nisni një lojë
sim-new-lead = Zgjidhni një zanat, sa ekipe do të luajnë dhe për sa raunde. Nxënësit bashkohen me kodin që do të merrni në faqen tjetër.
sim-label-title = Emri i lojës
sim-label-scenario = Zanati
sim-label-mode = Si luajnë ekipet
sim-mode-solo = Çdo ekip luan kundër dyqaneve që i drejton kompjuteri
sim-mode-competitive = Ekipet konkurrojnë me njëri-tjetrin për të njëjtët klientë
sim-label-teams = Numri i ekipeve
sim-hint-teams = Nga 1 deri në { $max }.
sim-label-team-names = Emrat e ekipeve (opsionale)
sim-hint-team-names = Një emër për çdo rresht; ekipet pa emër numërohen.
sim-label-rounds = Numri i raundeve
sim-hint-rounds = Nga 1 deri në { $max }. Dymbëdhjetë raunde janë një vit.
sim-label-round-length = Kohëzgjatja e raundit
sim-length-by-hand = E luaj vetë çdo raund, me dorë
sim-length-hours = { $count ->
    [one] një orë
   *[other] { $count } orë
}
sim-length-days = { $count ->
    [one] një ditë
   *[other] { $count } ditë
}
sim-length-weeks = { $count ->
    [one] një javë
   *[other] { $count } javë
}
sim-label-lang = Gjuha e emrit
sim-create-button = Nis lojën
sim-team-default-name = Ekipi { $number }

sim-label-progress = Ecuria
sim-label-deadline = Raundi aktual mbyllet
sim-deadline-at = mbyllet më { $when }
sim-code-hint = Nxënësit bashkohen te Simulimi i biznesit → Bashkohuni në një lojë, me kodin { $code }.
sim-play-title = Raundi { $round }
sim-decided-count = { $decided } nga { $teams } ekipe i kanë dërguar vendimet e tyre.
sim-play-button = Luaj tani raundin { $round }
sim-play-hint = Ekipet që nuk kanë dërguar vendime mbajnë çmimet, sasitë, orët dhe shpenzimet e raundit të kaluar; ngjarjet e papritura pa përgjigje marrin përgjigjen e paracaktuar.
sim-finished-notice = Të gjitha raundet janë luajtur. Përmbledhja e kompetencave të çdo nxënësi ndodhet në profilin e tij.
sim-debrief-title = Analiza përmbyllëse
sim-csv-link = Shkarko rezultatet (CSV)
sim-debrief-table = Rezultatet e ekipeve gjatë gjithë lojës
sim-col-total-profit = Fitimi neto gjithsej
sim-col-final-cash = Paratë në fund
sim-col-average-share = Pjesa mesatare e tregut
sim-debrief-stories = Ngjarjet e papritura dhe përgjigjet e ekipeve
sim-teams-title = Ekipet
sim-col-team = Ekipi
sim-col-players = Lojtarët
sim-col-decided = Ka vendosur në këtë raund
sim-decided-yes = Po
sim-decided-no = Ende jo
sim-no-players = ende askush
sim-remove-player = Hiq { $name } nga loja
sim-place-title = Vendosni një nxënës në një ekip
sim-label-person = Nxënësi
sim-hint-person = Emri i tij i përdoruesit (pa @) ose adresa e email-it në Bottega. Një nxënës që është tashmë në lojë zhvendoset në ekipin që zgjidhni.
sim-place-button = Vendos në ekip
sim-bankrupt = e falimentuar
sim-computer = e drejtuar nga kompjuteri
sim-computer-team = Dyqani i kompjuterit { $number }

sim-team-members = Anëtarët e ekipit:
sim-decide-title = Vendimet për raundin { $round }
sim-submitted-by = Dërguar nga { $name } më { $when }. Mund t'i ndryshoni ende, derisa të luhet raundi.
sim-not-submitted = Ekipi juaj nuk ka dërguar ende vendime për këtë raund.
sim-pending-incidents = Ngjarje të papritura që presin përgjigjen tuaj:
sim-decide-button = Merrni vendimet tuaja
sim-dashboard-title = Kompania juaj tani
sim-no-rounds-yet = Ende nuk është luajtur asnjë raund.
sim-chart-money = Paratë dhe fitimi sipas raundeve
sim-chart-customers = Klientët sipas raundeve
sim-last-round-title = Çfarë ndodhi në raundin { $round }
sim-full-report = Raporti i plotë me pasqyrën e të ardhurave dhe shpenzimeve, bilancin dhe fluksin e parasë
sim-history-title = Treguesit kryesorë sipas raundeve
sim-col-round = Raundi
sim-stories-title = Ngjarjet e papritura dhe përgjigjet tuaja
sim-stories-none = Ende nuk i është dhënë përgjigje asnjë ngjarjeje.
sim-round-label = Raundi { $round }
sim-chosen-response = Përgjigjja e zgjedhur:
sim-automatic-response = zgjedhur automatikisht, sepse nuk u dërguan vendime
sim-comments-title = Komentet e mësuesit
sim-comments-none = Ende nuk ka komente.
sim-comment-by = nga { $name }
sim-label-comment = Komenti
sim-comment-button = Shto komentin
sim-bankrupt-notice = Kompania mbeti pa para për shumë kohë dhe ka falimentuar: nuk e ushtron më veprimtarinë. Shikoni raportet për të parë ku shkuan paratë.
sim-reused-notice = Për këtë raund nuk u dërguan vendime, prandaj u përdorën sërish zgjedhjet e raundit të kaluar.

sim-figure-cash = Paratë
sim-figure-profit = Fitimi neto
sim-figure-revenue = Të ardhurat
sim-figure-gross-margin = Marzhi bruto
sim-figure-market-share = Pjesa e tregut
sim-figure-satisfaction = Kënaqësia e klientëve
sim-figure-staff = Stafi
sim-figure-morale = Morali i stafit
sim-figure-reputation = Reputacioni
sim-figure-break-even = Të ardhurat në pikën e ekuilibrit

sim-report-title = Raporti i raundit { $round }
sim-rounds-nav = Raundet e tjera
sim-report-explanations = Çfarë do të thotë
sim-report-events = Çfarë ndodhi
sim-report-glossary = Fjalët e përdorura këtu:
sim-report-products = Shitjet sipas produkteve
sim-col-product = Produkti
sim-col-price = Çmimi
sim-col-planned = Planifikuar
sim-col-produced = Prodhuar ose në dispozicion
sim-col-demand = Kërkuar nga klientët
sim-col-sold = Shitur
sim-col-lost = Shitje të humbura
sim-col-written-off = Hedhur
sim-income-statement = Pasqyra e të ardhurave dhe shpenzimeve
sim-balance-assets = Bilanci: çfarë zotëron kompania
sim-balance-liabilities = Bilanci: çfarë detyrohet kompania dhe kapitali i pronarëve
sim-cash-flow-statement = Pasqyra e fluksit të parasë
sim-is-revenue = Të ardhurat
sim-is-cost-of-goods = Kostoja e mallrave të shitura
sim-is-write-offs = Mallrat e hedhura
sim-is-gross-profit = Fitimi bruto
sim-is-wages = Pagat
sim-is-overtime = Pagesa për orët jashtë orarit
sim-is-recruitment = Rekrutimi dhe dëmshpërblimet për largim
sim-is-training = Trajnimi
sim-is-marketing = Marketingu
sim-is-rent = Qiraja
sim-is-incident-costs = Kostot e ngjarjeve të papritura
sim-is-other-income = Të ardhura të tjera
sim-is-depreciation = Amortizimi
sim-is-operating-profit = Fitimi operativ
sim-is-interest-expense = Interesi i paguar
sim-is-interest-income = Interesi i arkëtuar
sim-is-profit-before-tax = Fitimi para tatimit
sim-is-tax = Tatimi
sim-is-net-profit = Fitimi neto
sim-bs-cash = Paratë (në arkë dhe në bankë)
sim-bs-materials = Materialet në stok
sim-bs-goods = Produktet e gatshme në stok
sim-bs-equipment-cost = Pajisjet me çmimin e blerjes
sim-bs-depreciation = Amortizimi deri tani
sim-bs-total-assets = Totali i aktiveve
sim-bs-bank-loan = Kredia bankare
sim-bs-emergency-loan = Kredia emergjente
sim-bs-total-liabilities = Totali i detyrimeve
sim-bs-share-capital = Kapitali i pronarëve
sim-bs-retained-earnings = Fitimet e pashpërndara
sim-bs-total-equity = Totali i kapitalit të vet
sim-bs-total-liabilities-equity = Detyrimet dhe kapitali i vet
sim-cf-opening = Paratë në fillim të raundit
sim-cf-customers = Arkëtuar nga klientët
sim-cf-other-receipts = Para të tjera të arkëtuara
sim-cf-suppliers = Paguar furnizuesve
sim-cf-staff = Paguar stafit
sim-cf-other-payments = Qiraja, marketingu, trajnimi dhe pagesa të tjera
sim-cf-interest-paid = Interesi i paguar
sim-cf-interest-received = Interesi i arkëtuar
sim-cf-tax = Tatimi i paguar
sim-cf-operating = Paratë nga veprimtaria e biznesit
sim-cf-equipment = Pajisjet e blera
sim-cf-investing = Paratë nga investimet
sim-cf-loans = Kreditë e marra
sim-cf-repayments = Kreditë e shlyera
sim-cf-emergency = Kredia emergjente e marrë
sim-cf-emergency-repaid = Kredia emergjente e shlyer
sim-cf-financing = Paratë nga financimi
sim-cf-change = Ndryshimi i parave
sim-cf-closing = Paratë në fund të raundit

sim-cash-now = paratë: { $amount }
sim-staff-now = { $count ->
    [one] një person i punësuar
   *[other] { $count } persona të punësuar
}
sim-preview-title = Po sikur: raundi me këto vendime
sim-preview-hint = Një parapamje e llogaritur nga i njëjti motor, sikur çdo ekip tjetër të mbante zgjedhjet e tij aktuale. Ende nuk është dërguar asgjë.
sim-section-incidents = Ngjarje të papritura që presin përgjigje
sim-label-response = Përgjigjja juaj
sim-label-justification = Pse këtë përgjigje?
sim-hint-justification = Disa fjali me fjalët tuaja: mësuesi juaj i lexon dhe ato vlejnë si dëshmi për kompetencat tuaja.
sim-section-products = Produktet dhe orari i hapjes
sim-label-price = { $product }: çmimi
sim-label-volume = { $product }: sasia
sim-hint-last-demand = Në raundin e kaluar klientët kërkuan { $units }.
sim-label-hours = Orët e hapjes në javë
sim-hint-hours = Java standarde ka { $standard } orë; mbi to janë orë jashtë orarit (jo më shumë se { $max }).
sim-section-materials = Materialet për të blerë
sim-label-buy = { $material }: sasia për të blerë
sim-hint-in-stock = { $units } në stok.
sim-section-people = Stafi
sim-label-hire = Njerëz për të punësuar
sim-hint-labour-pool = { $count ->
    [one] Një person kërkon punë.
   *[other] { $count } persona kërkojnë punë.
}
sim-label-let-go = Njerëz për t'u pushuar nga puna
sim-hint-staff = { $count ->
    [one] Tani për ju punon një person.
   *[other] Tani për ju punojnë { $count } persona.
}
sim-label-wage = Paga mujore për person
sim-label-training = Buxheti i trajnimit
sim-section-marketing = Marketingu sipas kanaleve
sim-section-investment = Pajisjet dhe paratë
sim-label-equipment = { $equipment }: sasia për të blerë
sim-hint-unit-price = { $price } për copë.
sim-label-loan-draw = Kredi e re bankare
sim-label-loan-repay = Kredi bankare për t'u shlyer
sim-hint-loan-outstanding = Ende detyroheni { $amount }.
sim-hint-between = Nga { $min } deri në { $max }.
sim-hint-at-most = Jo më shumë se { $max }.
sim-section-quality = Cilësia dhe qëndrueshmëria
sim-quality-standard = Materiale dhe metoda standarde
sim-quality-premium = Premium: materiale më të shtrenjta, cilësi më e lartë
sim-quality-eco = E qëndrueshme: materiale vendase dhe ekologjike, që tërheqin klientët që kujdesen për mjedisin
sim-preview-button = Shiko rezultatin paraprakisht
sim-submit-button = Dërgo vendimet

sim-glossary-title = Fjalët e biznesit, të shpjeguara
sim-glossary-lead = Fjalët që përdorin raportet, në gjuhë të thjeshtë.

sim-error-required = Shkruani një vlerë.
sim-error-whole-number = Shkruani një numër të plotë, si 120.
sim-error-amount = Shkruani një shumë në euro, si 4,50.
sim-error-too-large = Ky numër është shumë i madh.
sim-error-choose = Zgjidhni një nga mundësitë.
sim-error-between = Shkruani një numër të plotë nga { $min } deri në { $max }.
sim-error-length = Përdorni nga { $min } deri në { $max } karaktere.
sim-error-competitive-needs-two = Ekipet mund të konkurrojnë me njëri-tjetrin vetëm nëse ka të paktën dy ekipe.
sim-error-too-many-names = Ka më shumë emra sesa ekipe: shkruani jo më shumë se { $count }.
sim-error-name-length = Emri i një ekipi mund të ketë jo më shumë se { $max } karaktere.
sim-error-unknown-code = Asnjë lojë në zhvillim nuk ka këtë kod. Kontrollojeni kodin me mësuesin tuaj.
sim-error-own-game = Ju e drejtoni këtë lojë, prandaj nuk mund të luani në të.
sim-error-game-finished = Kjo lojë ka përfunduar; asgjë nuk mund të ndryshohet më.
sim-error-choose-team = Zgjidhni një ekip të kësaj loje.
sim-error-not-your-team = Vetëm anëtarët e këtij ekipi mund të vendosin për të.
sim-error-teacher-only = Këtë mund ta bëjë vetëm mësuesi që e drejton këtë lojë.
sim-error-round-moved-on = Ky raund është luajtur tashmë. Të dhënat tuaja janë ruajtur më poshtë: krahasojini me raportin e ri përpara se t'i dërgoni për raundin tjetër.
sim-error-deadline-passed = Afati i këtij raundi ka kaluar, prandaj vendimet nuk mund të dërgohen më. Të dhënat tuaja janë ruajtur më poshtë; raundi do të luhet së shpejti.
sim-error-round-already-played = Ky raund sapo u luajt (ndoshta nga një klikim i dytë ose nga afati). Asgjë nuk u luajt dy herë.
sim-error-unknown-person = Asnjë anëtar aktiv nuk ka këtë emër përdoruesi ose adresë email-i.
sim-error-comment-length = Një koment duhet të ketë pak tekst dhe jo më shumë se 2.000 karaktere.

flash-sim-created = Loja nisi. Jepuni nxënësve tuaj kodin që shfaqet më poshtë.
flash-sim-joined = Mirë se vini në ekip! Merrni vendimet tuaja të para.
flash-sim-already-in-team = Jeni tashmë në një ekip të kësaj loje.
flash-sim-decisions-saved = Vendimet tuaja u ruajtën. Mund t'i ndryshoni derisa të luhet raundi.
flash-sim-round-played = Raundi u luajt. Çdo ekip mund ta lexojë raportin e vet.
flash-sim-game-finished = Raundi i fundit u luajt: loja mbaroi. Hapni analizën përmbyllëse për të krahasuar ekipet.
flash-sim-player-placed = Nxënësi u vendos në ekip.
flash-sim-player-removed = Nxënësi u hoq nga loja.
flash-sim-comment-added = Komenti juaj u shtua.

sim-profile-title = Kompetencat nga simulimi i biznesit
sim-profile-lead = Kompetencat EntreComp të treguara përmes vendimeve dhe arsyetimeve me shkrim në lojërat e simulimit të biznesit.
sim-profile-results = fitimi total { $profit }, paratë në fund { $cash }
sim-profile-evidence = { $count ->
    [one] një dëshmi
   *[other] { $count } dëshmi
}
sim-profile-justifications = { $count ->
    [one] Një arsyetim me shkrim
   *[other] { $count } arsyetime me shkrim
}
