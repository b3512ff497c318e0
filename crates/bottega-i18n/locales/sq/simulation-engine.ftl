### Simulimi i biznesit (crate bottega-sim). Motori nuk shkruan fjali: çdo tekst që shfaq është
### një çelës, dhe id-ja Fluent e çelësit është vetë çelësi me pikat të kthyera në viza
### (bottega_sim::fluent_id). Argumentet vijnë nga motori me tipin e tyre dhe i përgatit shtresa web:
###   numërimet ($people, $units, $hours, $count, $planned, $produced, $ordered, $delivered,
###     $rounds_left) janë numra, që të funksionojnë format e shumësit;
###   shumat e parave ($amount, $cost, $revenue, $profit, $cash_change, $severance) janë tekst i
###     gatshëm, si "1.234,50 €" ($cash_change e ruan shenjën minus);
###   pjesët ($margin, $ratio, $rate, $from, $to) janë përqindje të gatshme, si "42%";
###   emrat ($product, $material, $equipment, $incident, $response) janë mesazhe të tjera të këtij
###     skedari, të përkthyera më parë. Lexohen si etiketa në trajtën e pashquar ("Bukë me maja
###     natyrale"), prandaj fjalitë i vendosin në fillim ose pas dy pikave.
### Gabimet e vendimeve mund të marrin $min dhe $max (të formatuara tashmë si para, orë ose numra,
### sipas fushës) dhe $field (etiketa e përkthyer e fushës); shfaqen pranë fushës.

## Raporti i raundit: shpjegimet e rezultateve

report-bankrupt = Kompania juaj ka falimentuar. Iu desh një kredi emergjente për shumë raunde radhazi dhe nuk mund t'i paguajë më borxhet, prandaj e ka ndërprerë veprimtarinë dhe nuk merr më vendime. Rishikoni raportet tuaja për të parë ku shkuan paratë: ky është mësimi më i dobishëm i kësaj loje.
report-break_even = Për të arritur pikën e ekuilibrit, pra për të mbuluar të gjitha kostot fikse pa pësuar humbje, ju duhen të ardhura prej rreth { $revenue } në raund, me marzhet e këtij raundi. Shitjet mbi këtë pikë sjellin fitim, ndërsa shitjet nën të sjellin humbje. Çmime më të mira, materiale më të lira ose kosto fikse më të ulëta e ulin këtë pikë.
report-depreciation = Pajisjet tuaja humbën { $amount } nga vlera e tyre në këtë raund për shkak të moshës dhe konsumimit. Ky është amortizimi: tani nuk doli asnjë para nga llogaria juaj për të, por është një kosto e vërtetë, sepse një ditë makineritë duhet të zëvendësohen. Planifikoni që t'i keni paratë për këtë kur të vijë koha.
report-emergency_loan = Paratë ju mbaruan, prandaj banka e mbuloi mungesën prej { $amount } me një kredi emergjente. Kjo kredi është e shtrenjtë, me interes { $rate } në vit, dhe shlyhet automatikisht sapo të keni sërish para. Kini kujdes: nëse paratë ju mbarojnë { $rounds_left ->
        [one] sërish në raundin e ardhshëm
       *[other] në secilin nga { $rounds_left } raundet e ardhshme
    }, kompania juaj falimenton. Shpenzoni më pak, shitni më shumë ose merrni me kohë një kredi të zakonshme bankare.
report-gross_margin = Marzhi juaj bruto ishte { $margin }. Kjo është pjesa e të ardhurave nga shitjet që mbetet pasi paguani materialet dhe mallrat që shitët. Pagat, qiraja, marketingu dhe gjithçka tjetër duhet të paguhen prej saj, prandaj një çmim më i lartë ose materiale më të lira bëjnë një ndryshim të madh.
report-interest_paid = Paguat { $amount } interes për kreditë tuaja. Interesi është çmimi i parave të marra hua. Nëse i shlyeni kreditë kur ju tepron paraja, kjo kosto ulet.
report-inventory_built_up = Mallrat që presin në stokun tuaj u rritën në vlerë me { $amount }. Këto para janë të bllokuara në produkte që ende nuk janë shitur: llogariten në kontabilitetin tuaj, por nuk mund t'i shpenzoni. Përpiquni të prodhoni sa më afër asaj që blejnë vërtet klientët.
report-loss = Në këtë raund patët një humbje prej { $amount }: kostot tuaja ishin më të larta se të ardhurat. Humbja e ul vlerën e kompanisë për pronarët e saj. Kontrolloni cilat kosto u rritën dhe nëse çmimet dhe shitjet tuaja i mbulojnë ato.
report-loss_carry_forward_used = Humbjet nga raundet e mëparshme e ulën fitimin tuaj të tatueshëm me { $amount }, prandaj në këtë raund paguat më pak tatim. Rregullat i lejojnë një kompanie t'i zbresë humbjet e kaluara nga fitimet e mëvonshme, dhe kjo e ndihmon të rimëkëmbet.
report-lost_sales_capacity = { $product }: klientët kërkuan { $units ->
        [one] një njësi më shumë
       *[other] { $units } njësi më shumë
    } sesa mundët të prodhonit ose të shërbenit në këtë raund. Këto shitje kanë humbur, dhe klientët e zhgënjyer dëmtojnë reputacionin tuaj. Shikoni çfarë ju pengoi, pastaj planifikoni më shumë orë pune, më shumë staf ose më shumë pajisje.
report-lost_sales_stock = { $product }: klientët kërkuan { $units ->
        [one] një njësi më shumë
       *[other] { $units } njësi më shumë
    } sesa kishit gati për shitje. Këto shitje kanë humbur, dhe klientët që largohen duarbosh dëmtojnë reputacionin tuaj. Mendoni të planifikoni një sasi më të madhe në raundin e ardhshëm.
report-no_contribution_margin = Pasi paguat materialet dhe kostot e tjera që rriten me çdo shitje, nuk mbeti asgjë për të paguar kostot fikse, si qiraja dhe pagat. Në këtë gjendje, çdo shitje shtesë e përkeqëson rezultatin në vend që ta përmirësojë. Rritni çmimet ose ulni koston për njësi përpara se të përpiqeni të shitni më shumë.
report-overtime = Ekipi juaj punoi { $hours ->
        [one] një orë
       *[other] { $hours } orë
    } jashtë orarit në këtë raund, gjë që kushtoi { $cost } në pagesa shtesë. Puna jashtë orarit ndihmon në periudhat me shumë punë, por është e shtrenjtë dhe i lodh njerëzit. Nëse ju duhet në çdo raund, mendoni të punësoni njerëz të rinj.
report-production_limited_equipment = Planifikuat gjithsej { $planned ->
        [one] një njësi
       *[other] { $planned } njësi
    } (produkte ose rezervime), por ishin të mundshme vetëm { $produced }: pajisjet tuaja punonin me kapacitet të plotë. Blini më shumë pajisje ose planifikoni sasi që makineritë tuaja mund t'i përballojnë.
report-production_limited_labour = Planifikuat gjithsej { $planned ->
        [one] një njësi
       *[other] { $planned } njësi
    } (produkte ose rezervime), por ishin të mundshme vetëm { $produced }: ekipi juaj nuk kishte mjaftueshëm orë pune. Do t'ju ndihmonte punësimi i njerëzve të rinj, trajnimi i ekipit që të punojë më shpejt ose një orar hapjeje më i gjatë, megjithëse orët jashtë orarit kushtojnë më shumë.
report-production_limited_materials = Planifikuat gjithsej { $planned ->
        [one] një njësi
       *[other] { $planned } njësi
    } (produkte ose rezervime), por ishin të mundshme vetëm { $produced }: nuk kishte mjaftueshëm materiale në stok. Blini mjaftueshëm materiale për sasitë që planifikoni, me pak më shumë për rast se një dërgesë vonohet.
report-profit = Në këtë raund patët një fitim prej { $amount }: të ardhurat tuaja ishin më të larta se të gjitha kostot së bashku. Fitimi e rrit vlerën e kompanisë për pronarët e saj. Vendosni nëse do ta mbani si rezervë parash apo do ta investoni.
report-profit_but_cash_fell = Patët një fitim prej { $profit }, por paratë tuaja ndryshuan me { $cash_change }. Fitimi dhe paratë nuk janë e njëjta gjë: paratë mund të jenë të bllokuara në stok, të shpenzuara për pajisje ose të përdorura për të shlyer kredi. Ndiqini me kujdes të dyja.
report-reputation_fell = Reputacioni juaj ra nga { $from } në { $to }. Cilësia e dobët, raporti i keq çmim-cilësi dhe klientët të cilëve nuk mundët t'u shërbenit ndikojnë të gjitha në atë që mendojnë njerëzit për ju, dhe një reputacion më i dobët sjell më pak klientë në raundet e ardhshme. Për ta rifituar, punoni për cilësinë dhe që të keni mjaftueshëm për të gjithë.
report-staff_quit = { $people ->
        [one] Një person dha dorëheqjen
       *[other] { $people } persona dhanë dorëheqjen
    } në këtë raund. Kur njerëzit largohen, marrin me vete përvojën e tyre, dhe rekrutimi i dikujt të ri kushton para. Pagat e ulëta, morali i ulët dhe shumë orë jashtë orarit i bëjnë njerëzit të largohen.
report-tax_paid = Paguat { $amount } tatim mbi fitimin. Tatimi mbi fitimin paguhet vetëm kur keni fitim, prandaj ky është çmimi i një raundi të mirë.
report-unsold_written_off = { $product }: { $units ->
        [one] një njësi e pashitur duhej hedhur
       *[other] { $units } njësi të pashitura duhej hedhur
    }, një humbje prej { $cost }. Produktet e freskëta nuk mund të ruhen për raundin e ardhshëm, prandaj planifikoni sasi më afër asaj që blejnë klientët.
report-wage_below_market = Ju paguani { $ratio } të pagës së zakonshme të tregut. Kështu kurseni para tani, por pagat e ulëta e bëjnë ekipin tuaj më pak të motivuar dhe më të prirur për t'u larguar, dhe edhe zëvendësimi i njerëzve kushton para.

## Raporti i raundit: çfarë ndodhi

event-bankrupt = Kompania juaj ka falimentuar dhe e ka ndërprerë veprimtarinë.
event-delivery_short = { $material }: porositët { $ordered }, por mbërritën vetëm { $delivered }.
event-emergency_loan = Paratë ju mbaruan: banka ju dha një kredi emergjente prej { $amount }.
event-emergency_loan_repaid = U shlyen automatikisht { $amount } nga kredia emergjente.
event-equipment_bought = { $equipment }: bletë { $count ->
        [one] një copë
       *[other] { $count } copë
    } për { $cost }.
event-equipment_retired = { $equipment }: { $count ->
        [one] një copë arriti në fund të jetës së saj të punës dhe u nxor nga përdorimi.
       *[other] { $count } copë arritën në fund të jetës së tyre të punës dhe u nxorën nga përdorimi.
    }
event-incident = Ndodhi diçka: { $incident }. Zgjidhni si do të reagoni në vendimet tuaja të ardhshme.
event-incident_resolved = { $incident }: përgjigjja juaj ishte „{ $response }“.
event-staff_hired = { $people ->
        [one] Një person i ri iu bashkua
       *[other] { $people } persona të rinj iu bashkuan
    } ekipit. Rekrutimi kushtoi { $cost }.
event-staff_left_after_incident = { $people ->
        [one] Një person u largua
       *[other] { $people } persona u larguan
    } nga kompania pas asaj që ndodhi.
event-staff_let_go = Pushuat nga puna { $people ->
        [one] një person
       *[other] { $people } persona
    }. Dëmshpërblimi për largimin: { $severance }.
event-staff_quit = { $people ->
        [one] Një person dha dorëheqjen
       *[other] { $people } persona dhanë dorëheqjen
    }.

## Fjalorth: termi, dhe një shpjegim i shkurtër te .definition

glossary-revenue = Të ardhurat
    .definition = Të gjitha paratë që ju paguajnë klientët për produktet dhe shërbimet tuaja në një raund, para se të zbriten kostot.
glossary-gross_margin = Marzhi bruto
    .definition = Pjesa e të ardhurave që mbetet pasi paguani materialet dhe mallrat që shitët. Një marzh bruto prej 40% do të thotë që nga çdo euro shitjesh mbeten 40 centë për të paguar pagat, qiranë dhe gjithçka tjetër.
glossary-contribution_margin = Marzhi kontributiv
    .definition = Të ardhurat minus kostot që rriten me çdo njësi që shitni, si materialet. Është ajo që shitjet tuaja japin për të paguar kostot fikse, si qiraja dhe pagat, dhe pas tyre për fitimin.
glossary-break_even = Pika e ekuilibrit
    .definition = Niveli i shitjeve ku të ardhurat mbulojnë saktësisht të gjitha kostot: as fitim, as humbje. Nëse shitni më shumë, keni fitim; nëse shitni më pak, keni humbje.
glossary-cash_flow = Fluksi i parasë
    .definition = Paratë që hyjnë vërtet në llogarinë tuaj bankare dhe që dalin prej saj gjatë një raundi. Një kompani mund të ketë fitim dhe prapëseprapë të mbetet pa para, për shembull kur paratë i ka të bllokuara në stok ose në makineri.
glossary-depreciation = Amortizimi
    .definition = Makineritë humbasin vlerë ndërsa vjetrohen dhe konsumohen. Në vend që i gjithë çmimi i tyre të llogaritet si kosto në raundin kur i blini, kostoja shpërndahet gjatë viteve që i përdorni.
glossary-working_capital = Kapitali qarkullues
    .definition = Ajo që kompania ka për afat të shkurtër (para, stok, para që i detyrohen të tjerët) minus ajo që duhet të paguajë së shpejti. Tregon nëse mund t'i paguani faturat e përditshme.
glossary-inventory = Inventari (stoku)
    .definition = Materialet që presin të përdoren dhe produktet e gatshme që presin të shiten. Stoku i mban paratë të bllokuara derisa të shitet, dhe produktet e freskëta mund të prishen.
glossary-interest = Interesi
    .definition = Çmimi i marrjes së parave hua, zakonisht një përqindje e kredisë në vit. Edhe paratë që mbani në bankë mund të sjellin pak interes.
glossary-tax = Tatimi
    .definition = Kompanitë i paguajnë shtetit një pjesë të fitimit si tatim. Në një raund pa fitim nuk ka tatim mbi fitimin për të paguar.
glossary-loss_carry_forward = Mbartja e humbjeve
    .definition = Një rregull që i lejon një kompanie t'i zbresë humbjet e periudhave të mëparshme nga fitimet e mëvonshme. Kështu ajo paguan më pak tatim ndërsa rikuperon kohët e vështira.
glossary-equity = Kapitali i vet
    .definition = Pjesa e kompanisë që u përket pronarëve të saj: gjithçka që zotëron minus gjithçka që u detyrohet të tjerëve. Fitimet e rritin, humbjet e zvogëlojnë.
glossary-liabilities = Detyrimet
    .definition = Gjithçka që kompania u detyrohet të tjerëve, si kreditë bankare dhe faturat që ende nuk i ka paguar.
glossary-market_share = Pjesa e tregut
    .definition = Pjesa juaj nga të gjitha shitjet në treg, si përqindje. Nëse klientët shpenzojnë gjithsej 100.000 dhe 25.000 prej tyre te ju, pjesa juaj e tregut është 25%.
glossary-price_elasticity = Elasticiteti i çmimit
    .definition = Sa fort reagojnë klientët ndaj një ndryshimi të çmimit. Nëse kërkesa është elastike, një rritje e vogël e çmimit largon shumë klientë; nëse është joelastike, shumica e tyre vazhdojnë të blejnë.
glossary-adstock = Adstock (efekti i mbetur i reklamës)
    .definition = Reklama vazhdon të ketë efekt për një kohë pasi e keni paguar, sepse njerëzit e mbajnë mend. Adstock është pjesa e marketingut tuaj të kaluar që ende ka efekt sot; ajo zbehet pak në çdo raund.
glossary-capacity = Kapaciteti
    .definition = Sasia maksimale që kompania juaj mund të prodhojë ose të shërbejë në një raund. Kufizohet nga orët e punës, pajisjet dhe materialet.
glossary-overtime = Orët jashtë orarit
    .definition = Orët e punuara përtej javës normale të punës. Paguhen më shumë dhe, nëse vazhdojnë gjatë, i lodhin dhe i bëjnë njerëzit të pakënaqur.
glossary-staff_turnover = Qarkullimi i stafit
    .definition = Sa njerëz largohen nga kompania gjatë një periudhe kohe. Qarkullimi i lartë kushton para për rekrutim dhe trajnim, dhe bashkë me njerëzit largohet edhe përvoja.
glossary-reputation = Reputacioni
    .definition = Ajo që mendojnë për kompaninë tuaj klientët dhe njerëzit përreth jush. Rritet me cilësi dhe shërbim të mirë dhe dëmtohet kur klientët zhgënjehen.
glossary-emergency_loan = Kredia emergjente
    .definition = Një kredi që banka jep automatikisht kur paratë tuaja do të binin nën zero. Ka interes të lartë dhe shlyhet sapo të ketë sërish para.
glossary-bankruptcy = Falimentimi
    .definition = Një kompani që nuk mund t'i paguajë më borxhet ka falimentuar dhe duhet ta ndërpresë veprimtarinë. Në këtë lojë, nëse ju duhet kredi emergjente për shumë raunde radhazi, kompania falimenton.

## Vendimet që nuk mund të pranohen (shfaqen pranë fushës së formularit)

decision_error-company_bankrupt = Kompania juaj ka falimentuar, prandaj nuk mund të marrë më vendime.
decision_error-negative_quantity = Kjo vlerë nuk mund të jetë negative. Shkruani një vlerë nga { $min } deri në { $max }.
decision_error-price_out_of_range = Vendosni një çmim nga { $min } deri në { $max }.
decision_error-volume_out_of_range = Sasia duhet të jetë nga { $min } deri në { $max } në raund.
decision_error-opening_hours_out_of_range = Orari i hapjes duhet të jetë nga { $min } deri në { $max } orë në javë.
decision_error-purchase_out_of_range = Nga ky material mund të blini nga { $min } deri në { $max } në raund.
decision_error-hire_exceeds_labour_pool = Tani nuk ka kaq shumë njerëz që kërkojnë punë. Në këtë raund mund të punësoni më së shumti: { $max }.
decision_error-let_go_exceeds_staff = Nuk mund të pushoni nga puna më shumë njerëz sesa keni të punësuar. Mund të pushoni më së shumti: { $max }.
decision_error-wage_out_of_range = Paga duhet të jetë nga { $min } (paga minimale) deri në { $max }.
decision_error-training_out_of_range = Buxheti i trajnimit duhet të jetë nga { $min } deri në { $max } në raund.
decision_error-marketing_out_of_range = Për këtë kanal mund të shpenzoni nga { $min } deri në { $max } në raund.
decision_error-equipment_out_of_range = Nga kjo pajisje mund të blini nga { $min } deri në { $max } në raund.
decision_error-loan_exceeds_credit_limit = Banka nuk ju jep kaq shumë hua. Mund të merrni hua edhe më së shumti { $max }.
decision_error-repayment_exceeds_loan = Nuk mund të shlyeni më shumë sesa detyroheni. Mund të shlyeni më së shumti: { $max }.
decision_error-unknown_product = Ky produkt nuk është pjesë e lojës.
decision_error-unknown_material = Ky material nuk është pjesë e lojës.
decision_error-unknown_channel = Ky kanal marketingu nuk është pjesë e lojës.
decision_error-unknown_equipment = Kjo pajisje nuk është pjesë e lojës.
decision_error-incident_response_missing = Zgjidhni si do t'i përgjigjeni kësaj ngjarjeje.
decision_error-unknown_incident = Kjo ngjarje nuk pret përgjigje.
decision_error-duplicate_incident_response = Iu përgjigjët dy herë së njëjtës ngjarje. Mbani vetëm një përgjigje.
decision_error-unknown_response = Zgjidhni një nga përgjigjet e ofruara për këtë ngjarje.
decision_error-justification_empty = Shpjegoni me pak fjalë pse e zgjodhët këtë përgjigje.
decision_error-justification_too_long = Shpjegimi juaj është shumë i gjatë. Përdorni jo më shumë se { $max } karaktere.

## EntreComp, Korniza Evropiane e Kompetencave Sipërmarrëse: fushat dhe kompetencat

entrecomp-area-ideas_and_opportunities = Idetë dhe mundësitë
entrecomp-area-resources = Burimet
entrecomp-area-into_action = Kalimi në veprim
entrecomp-competence-spotting_opportunities = Dallimi i mundësive
entrecomp-competence-creativity = Kreativiteti
entrecomp-competence-vision = Vizioni
entrecomp-competence-valuing_ideas = Vlerësimi i ideve
entrecomp-competence-ethical_sustainable_thinking = Të menduarit etik dhe të qëndrueshëm
entrecomp-competence-self_awareness_self_efficacy = Vetënjohja dhe vetëefikasiteti
entrecomp-competence-motivation_perseverance = Motivimi dhe këmbëngulja
entrecomp-competence-mobilising_resources = Mobilizimi i burimeve
entrecomp-competence-financial_economic_literacy = Njohuritë financiare dhe ekonomike
entrecomp-competence-mobilising_others = Mobilizimi i të tjerëve
entrecomp-competence-taking_the_initiative = Marrja e iniciativës
entrecomp-competence-planning_management = Planifikimi dhe menaxhimi
entrecomp-competence-coping_with_uncertainty = Përballimi i pasigurisë, paqartësisë dhe rrezikut
entrecomp-competence-working_with_others = Puna me të tjerët
entrecomp-competence-learning_through_experience = Të mësuarit përmes përvojës

## Dëshmi të një kompetence, të gjetura në vetë vendimet e ekipit

evidence-decision-eco_production = Zgjodhi një prodhim të qëndrueshëm dhe miqësor me mjedisin
evidence-decision-premium_quality = Zgjodhi cilësinë premium
evidence-decision-training = Investoi në trajnimin e ekipit
evidence-decision-hiring = Punësoi staf të ri
evidence-decision-equipment_investment = Investoi në pajisje të reja
evidence-decision-loan = Mori ose shlyeu një kredi bankare
evidence-decision-marketing_mix = Bëri reklamë në disa kanale njëkohësisht
evidence-decision-production_matched_demand = E përshtati prodhimin me kërkesën: asgjë e humbur, asgjë e hedhur
evidence-decision-prices_adjusted = I përshtati çmimet pasi shqyrtoi raundin e kaluar
evidence-decision-kept_going_after_loss = Vazhdoi përpara pas një humbjeje

## Skenarët e integruar

scenario-bakery-name = Furra e lagjes
scenario-bakery-description = Drejtoni një furrë të vogël artizanale: piqni bukë, pasta dhe torta për festa, planifikoni turnet e hershme të mëngjesit dhe mallin e freskët, dhe fitoni besnikërinë e lagjes.
scenario-carpentry-name = Punishtja e zdrukthëtarisë
scenario-carpentry-description = Drejtoni një zdrukthëtari që ndërton tavolina dhe dollapë me porosi dhe bën riparime: vendosni çmimet për punët e mëdha, mbajini makineritë në punë dhe planifikoni një ekip mjeshtrish të aftë.
scenario-hair_salon-name = Sallon flokësh
scenario-hair_salon-description = Drejtoni një sallon flokësh: planifikoni orarin e hapjes dhe rezervimet, vendosni çmimet për prerjet, ngjyrosjet dhe modelimet për nuse, dhe mbajini të kënaqur si klientët, ashtu edhe stilistët.

## Materialet

material-flour = Miell
material-butter = Gjalpë
material-sugar = Sheqer
material-packaging = Paketim
material-timber = Dërrasa druri
material-hardware = Mentesha dhe aksesorë
material-finish = Vaj dhe llak
material-hair_dye = Bojë flokësh
material-care_products = Shampo dhe produkte kujdesi
material-styling_products = Produkte për modelimin e flokëve

## Produktet dhe shërbimet

product-sourdough = Bukë me maja natyrale
product-croissant = Kruasan me gjalpë
product-celebration_cake = Tortë për festa
product-kitchen_table = Tryezë kuzhine prej druri masiv
product-custom_wardrobe = Dollap rrobash me porosi
product-repair_service = Riparim mobiljesh
product-haircut = Prerje flokësh
product-colouring = Ngjyrosje flokësh
product-bridal_styling = Modelim flokësh për nuse

## Pajisjet

equipment-deck_oven = Furrë me pllaka
equipment-rack_oven = Furrë me karrocë rrotulluese
equipment-workbench = Tavolinë pune me makineri dore
equipment-cnc_router = Frezë CNC
equipment-styling_station = Vend pune për stilim
equipment-colour_bar = Kënd për ngjyrosje dhe larje

## Segmentet e klientëve

segment-neighbours = Fqinjët
segment-commuters = Ata që udhëtojnë çdo ditë për në punë
segment-families = Familjet që festojnë
segment-households = Familjet
segment-architects = Arkitektët dhe dizajnerët e interierit
segment-neighbourhood = Riparimet në lagje
segment-young_clients = Nxënësit, studentët dhe klientët e rinj
segment-regulars = Klientët e rregullt të ngjyrosjes
segment-weddings = Dasmat dhe eventet

## Kanalet e marketingut (të njëjtat id në çdo skenar, prandaj emrat u përshtaten të gjithëve)

channel-flyers = Fletushka në zonë
channel-social_media = Rrjetet sociale
channel-trade_fair = Stendë në panair

## Ngjarjet e papritura dhe përgjigjet e mundshme. Id-të e ngjarjeve janë të përbashkëta për të
## gjithë skenarët (një dërgesë e vonuar është mielli në furrë, lisi në zdrukthëtari dhe boja në
## sallon), prandaj emrat dhe përshkrimet e tyre mbeten të përgjithshme; përgjigjet që i ofron
## vetëm një skenar i emërtojnë hollësitë.

incident-supplier_delay = Një dërgesë vonohet
incident-supplier_delay-description = Furnizuesi juaj nuk mund t'ju dërgojë në kohë gjithçka që porositët. Nëse nuk bëni asgjë, do të keni më pak materiale për të punuar në këtë raund dhe disa klientë mund të zhgënjehen. Mund të paguani më shumë diku tjetër, të prisni ose të përshtatni atë që ofroni.
incident-supplier_delay-response-find_alternative = Blejmë te një furnizues tjetër me çmim më të lartë
incident-supplier_delay-response-wait_for_delivery = Presim dërgesën dhe ndërkohë punojmë me më pak
incident-supplier_delay-response-reduce_range = Pjekim më pak lloje me atë që kemi
incident-supplier_delay-response-offer_other_wood = U ofrojmë klientëve një lloj tjetër druri
incident-supplier_delay-response-offer_alternative_service = U ofrojmë klientëve si alternativë një trajtim kujdesi

incident-customer_complaint = Një klient ankohet
incident-customer_complaint-description = Një klient nuk është i kënaqur me atë që mori nga ju dhe mund t'ua tregojë edhe të tjerëve. Mënyra si reagoni tregon se për çfarë qëndron kompania juaj dhe ndryshon atë që mendojnë njerëzit për ju.
incident-customer_complaint-response-apologise_and_refund = Kërkojmë ndjesë personalisht dhe ia kthejmë paratë
incident-customer_complaint-response-ignore = E hedhim poshtë ankesën dhe nuk ndryshojmë asgjë
incident-customer_complaint-response-improve_process = E përmirësojmë mënyrën si punojmë, që të mos ndodhë më
incident-customer_complaint-response-fix_for_free = E rregullojmë falas në shtëpinë e klientit
incident-customer_complaint-response-redo_for_free = E bëjmë përsëri falas
incident-customer_complaint-response-consultation_routine = Fusim një konsultë para çdo ngjyrosjeje

incident-team_conflict = Probleme në ekip
incident-team_conflict-description = Disa njerëz në ekipin tuaj janë në konflikt për mënyrën si ndahet puna. Atmosfera po përkeqësohet, dhe një ekip i pakënaqur bën më pak punë. Vendosni nëse dhe si do të ndërhyni.
incident-team_conflict-response-mediate = Organizojmë një bisedë me një ndërmjetës
incident-team_conflict-response-let_them_sort_it_out = I lëmë ta zgjidhin vetë
incident-team_conflict-response-reorganise_shifts = E riorganizojmë së bashku planin e turneve
incident-team_conflict-response-mentoring_plan = Ngremë një plan mentorimi
incident-team_conflict-response-reassign_tasks = I rindajmë detyrat në një mbledhje të ekipit
incident-team_conflict-response-rotate_shifts = Biem dakord së bashku për një rotacion të drejtë

incident-equipment_failure = Një makineri prishet
incident-equipment_failure-description = Një nga makineritë tuaja ka ndaluar së punuari. Derisa të punojë sërish, mund të prodhoni ose të shërbeni më pak. Riparimi kushton para, por pritja kushton kapacitet.
incident-equipment_failure-response-repair_now = E çojmë menjëherë për riparim
incident-equipment_failure-response-make_do = Vazhdojmë me atë që ende punon
incident-equipment_failure-response-rent_replacement = Marrim me qira një furrë zëvendësuese për këtë muaj
incident-equipment_failure-response-share_with_neighbour = Përdorim një makineri në një punishte fqinje
incident-equipment_failure-response-lease_replacement = Marrim me leasing një pajisje zëvendësuese për këtë muaj

incident-large_order = Një porosi e madhe shtesë
incident-large_order-description = Një klient i madh dëshiron një porosi të madhe përveç punës suaj të zakonshme. Mund të sjellë shumë shitje, por koha e ekipit tuaj dhe pajisjet janë të kufizuara. Vendosni nëse mund ta pranoni dhe si.
incident-large_order-response-accept_with_overtime = E pranojmë dhe punojmë jashtë orarit
incident-large_order-response-decline = E refuzojmë me mirësjellje
incident-large_order-response-accept_and_hire_temp = E pranojmë dhe marrim ndihmë të përkohshme
incident-large_order-response-subcontract_part = E pranojmë dhe ia kalojmë një pjesë të punës një punishteje tjetër
incident-large_order-response-partner_with_freelancer = E pranojmë dhe bashkëpunojmë me një stilist që punon në mënyrë të pavarur

incident-ethical_choice = Një çështje ndërgjegjeje
incident-ethical_choice-description = Përballeni me një zgjedhje ku mundësia më e lirë ose më e lehtë nuk është domosdoshmërisht ajo e duhura. Mendoni për njerëzit, për mjedisin dhe për emrin e mirë të kompanisë suaj, jo vetëm për paratë.
incident-ethical_choice-response-donate_to_food_bank = Ia dhurojmë bukën e pashitur bankës ushqimore
incident-ethical_choice-response-sell_as_animal_feed = E shesim bukën e pashitur si ushqim për kafshët
incident-ethical_choice-response-throw_away = E hedhim bukën e pashitur
incident-ethical_choice-response-buy_certified = Vazhdojmë me dru të certifikuar
incident-ethical_choice-response-take_cheap_timber = Blejmë drurin e lirë me origjinë të panjohur
incident-ethical_choice-response-ask_for_proof = I kërkojmë furnizuesit të vërtetojë nga vjen druri
incident-ethical_choice-response-refuse_and_report = E refuzojmë bojën dhe njoftojmë shoqatën e profesionit
incident-ethical_choice-response-use_cheap_dye = Përdorim bojën e lirë
incident-ethical_choice-response-switch_to_natural_brand = Kalojmë te një markë bojërash natyrale
