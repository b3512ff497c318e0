# Procesi i shqyrtimit në arkivin e praktikave të mira: rubrika e publikuar e vlerësimit, radha dhe
# paneli i shqyrtimit për redaktorët, formulari i shqyrtuesit, vendimet, etiketat dhe shqyrtimet
# ashtu si i shohin autorët (shqyrtuesit mbeten anonimë për autorët).

## Rubrika e vlerësimit

bpr-rubric-title = Rubrika e vlerësimit
bpr-rubric-lead = Çdo praktikë e paraqitur në arkiv shqyrtohet nga kolegë sipas të njëjtave pesë kritere, përpara se redaktorët të vendosin nëse do ta publikojnë. Kjo faqe tregon mbi çfarë bazohen shqyrtuesit kur japin pikët dhe çfarë mund të presin autorët.
bpr-rubric-criteria-title = Pesë kriteret
bpr-rubric-scale = Çdo kriter vlerësohet me një numër të plotë nga 1 deri në 5, me një koment që shpjegon pikët.
bpr-col-criterion = Kriteri
bpr-col-question = Çfarë pyesin shqyrtuesit
bpr-col-one = 1 pikë do të thotë
bpr-col-five = 5 pikë do të thotë
bpr-score-1 = 1 – pamjaftueshëm
bpr-score-2 = 2 – dobët
bpr-score-3 = 3 – mjaftueshëm
bpr-score-4 = 4 – mirë
bpr-score-5 = 5 – shkëlqyeshëm
bpr-criterion-relevance-question = A i përgjigjet praktika një nevoje reale të arsimit dhe formimit profesional, për nxënësit, mësuesit, trajnerët ose kompanitë?
bpr-criterion-relevance-one = Nevoja së cilës i përgjigjet nuk është e qartë, ose ka pak lidhje me arsimin dhe formimin profesional.
bpr-criterion-relevance-five = I përgjigjet një nevoje të rëndësishme, të përshkruar qartë, që e ndajnë shumë ofrues të AFP-së ose kompani.
bpr-criterion-innovation-question = A sjell diçka të re krahasuar me mënyrën si bëhen zakonisht gjërat?
bpr-criterion-innovation-one = Përsërit praktikën e zakonshme pa ndonjë ide të re.
bpr-criterion-innovation-five = Është një qasje e re, ose një përdorim i ri i një qasjeje ekzistuese, nga e cila të tjerët mund të mësojnë.
bpr-criterion-impact-question = A ka dëshmi për atë që ndryshoi: rezultate, shifra, komente nga nxënësit ose kompanitë?
bpr-criterion-impact-one = Rezultatet pretendohen, por nuk tregohen.
bpr-criterion-impact-five = Rezultatet janë matur dhe dokumentuar, me burime që të tjerët mund t'i verifikojnë.
bpr-criterion-transferability-question = A mund ta zbatojë një ofrues tjetër, në një vend ose sektor tjetër?
bpr-criterion-transferability-one = Varet nga kushte që gjenden me vështirësi gjetkë, dhe përshkrimi nuk tregon si mund të përshtatet.
bpr-criterion-transferability-five = Përshkruhet hap pas hapi, me kushtet, kostot dhe çfarë duhet përshtatur, që të tjerët ta ripërdorin.
bpr-criterion-sustainability-question = A do të vazhdojë përtej zbatimit të parë ose financimit të saj?
bpr-criterion-sustainability-one = Ndalet kur ndalen projekti ose njerëzit që qëndrojnë pas saj.
bpr-criterion-sustainability-five = Është pjesë e punës së rregullt dhe e burimeve të organizatës.
bpr-rubric-summary-title = Përmbledhja e pikëve
bpr-rubric-summary = Një praktikë e publikuar tregon mesataren e të gjitha pikëve të të gjitha shqyrtimeve të versionit të publikuar, nga 1,00 deri në 5,00, mesataren e secilit kriter dhe numrin e shqyrtimeve mbi të cilat bazohet. Çdo shqyrtim ka të njëjtën peshë.
bpr-rubric-rules-title = Si zhvillohet shqyrtimi
bpr-rubric-rule-editors = Një redaktor i arkivit kontrollon çdo paraqitje dhe cakton shqyrtuesit.
bpr-rubric-rule-two = Çdo version vlerësohet nga të paktën dy shqyrtues përpara se të mund të publikohet.
bpr-rubric-rule-organisation = Një shqyrtues nuk i përket kurrë organizatës në emër të së cilës paraqitet praktika, as ndonjë organizate të autorit të saj.
bpr-rubric-rule-anonymous = Autorët lexojnë çdo shqyrtim, me pikët dhe komentet, por nuk e dinë kush e ka shkruar: për autorët, shqyrtuesit shfaqen vetëm si „Shqyrtuesi 1“, „Shqyrtuesi 2“.
bpr-rubric-rule-decision = Më pas redaktori e pranon versionin (ai publikohet me përmbledhjen e pikëve), i kërkon autorit ta rishikojë ose e refuzon, dhe e shpjegon vendimin.
bpr-rubric-rule-revision = Një rishikim është një version i ri, që shqyrtohet sërish. Çdo version dhe shqyrtimet e tij mbeten në historikun e praktikës.
bpr-rubric-rule-labels = Redaktorët mund t'u japin praktikave të publikuara një etiketë si „Praktikë e mirë“ ose „Histori suksesi“.

## Fjalë të përbashkëta

bpr-status-submitted = Në pritje të shqyrtuesve
bpr-status-in-review = Në shqyrtim
bpr-status-revise = Në pritje të ndryshimeve nga autori
bpr-status-accepted = E pranuar
bpr-status-rejected = E refuzuar
bpr-decision-accept = Prano
bpr-decision-revise = Kërko ndryshime
bpr-decision-reject = Refuzo
bpr-decided-accept = E pranuar
bpr-decided-revise = Ndryshime të kërkuara
bpr-decided-reject = E refuzuar
bpr-decision-accept-hint = Publikon këtë version me përmbledhjen e pikëve. Kërkohen të paktën dy shqyrtime të dorëzuara.
bpr-decision-revise-hint = I kërkon autorit një version të ri, i cili shqyrtohet sërish. Kërkohet të paktën një shqyrtim i dorëzuar.
bpr-decision-reject-hint = Mbyll paraqitjen. Mund të vendoset edhe para çdo shqyrtimi, me një shënim që shpjegon arsyen.
bpr-state-assigned = Shqyrtim për t'u bërë
bpr-state-submitted = Shqyrtimi u dorëzua
bpr-state-withdrawn = U tërhoq
bpr-version = Versioni { $version }
bpr-reviewer-number = Shqyrtuesi { $number }
bpr-score-out-of = { $score } / 5
bpr-mean = Mesatarja
bpr-overall = Në tërësi
bpr-no-score = –
bpr-reviews-in = Shqyrtime të marra: { $done } nga { $total }
bpr-review-count = { $count ->
    [one] Bazuar në një shqyrtim
   *[other] Bazuar në { $count } shqyrtime
}
bpr-back-to-practice = Kthehu te praktika
bpr-read-practice = Lexoni praktikën
bpr-rubric-link = Rubrika e vlerësimit

## Radha e redaktorëve

bpr-queue-title = Praktika të mira për t'u shqyrtuar
bpr-queue-lead = Praktika të paraqitura në pritje të shqyrtuesve, shqyrtime në vazhdim, praktika në pritje të autorëve të tyre dhe vendime të fundit. Së pari ato që presin më gjatë.
bpr-queue-nav-label = Pjesët e radhës
bpr-queue-all = Të gjitha
bpr-queue-submitted-title = Në pritje të shqyrtuesve
bpr-queue-in-review-title = Në shqyrtim
bpr-queue-revise-title = Në pritje të autorit
bpr-queue-decided-title = Të vendosura së fundi
bpr-queue-submitted-none = Asnjë praktikë e paraqitur nuk pret shqyrtues.
bpr-queue-in-review-none = Asnjë praktikë nuk është në shqyrtim.
bpr-queue-revise-none = Asnjë praktikë nuk pret autorin e saj.
bpr-queue-decided-none = Ende nuk është vendosur asgjë.
bpr-queue-see-all = Shihni të gjitha ({ $count })
bpr-col-practice = Praktika
bpr-col-submitted-by = Paraqitur nga
bpr-col-waiting-since = Në pritje që nga
bpr-col-reviews = Shqyrtimet
bpr-col-status = Gjendja
bpr-col-decided = Data e vendimit
bpr-col-score = Pikët
bpr-by-for = { $person } për { $organisation }
bpr-nobody = (llogari e fshirë)

## Paneli i shqyrtimit

bpr-board-title = Paneli i shqyrtimit
bpr-board-lead = Caktoni shqyrtues për versionin më të ri, ndiqni shqyrtimet e tyre dhe vendosni.
bpr-board-facts-label = Rreth kësaj praktike
bpr-fact-status = Gjendja
bpr-fact-version = Versioni në shqyrtim
bpr-fact-submitted-by = Paraqitur nga
bpr-fact-organisation = Organizata
bpr-fact-published = Versioni i publikuar
bpr-fact-score = Pikët e publikuara
bpr-board-closed = Për këtë version është marrë vendim: caktimi i shqyrtuesve dhe vendimmarrja rihapen kur autori të dërgojë një version të ri.
bpr-assignments-title = Shqyrtuesit e versionit { $version }
bpr-assignments-none = Ende nuk është caktuar asnjë shqyrtues.
bpr-col-reviewer = Shqyrtuesi
bpr-col-assigned = Data e caktimit
bpr-col-state = Gjendja
bpr-col-actions = Veprimet
bpr-withdraw-button = Tërhiq
bpr-assign-title = Caktoni një shqyrtues
bpr-label-reviewer = Adresa e email-it ose @emri i përdoruesit i shqyrtuesit
bpr-reviewer-hint = Shqyrtuesi duhet të ketë një llogari të konfirmuar. Askush nga organizata e praktikës, as nga ndonjë organizatë e autorit të saj, nuk mund ta shqyrtojë.
bpr-assign-button = Cakto
bpr-decision-title = Vendimi për versionin { $version }
bpr-decision-status = { $done ->
    [0] Ende nuk ka mbërritur asnjë shqyrtim.
    [one] Ka mbërritur një shqyrtim.
   *[other] Kanë mbërritur { $done } shqyrtime.
}
bpr-label-decision = Vendimi
bpr-label-note = Shënim për autorin
bpr-note-hint = Shpjegoni vendimin; mund të përdorni Markdown. I detyrueshëm kur kërkoni ndryshime ose e refuzoni praktikën.
bpr-label-lang = Gjuha e shënimit
bpr-decide-button = Regjistro vendimin
bpr-history-title = Vendimet
bpr-history-none = Ende asnjë vendim.
bpr-decision-by = { $decision } nga { $editor }, { $date }
bpr-decision-on = { $decision }, { $date }
bpr-all-reviews-link = Të gjitha shqyrtimet, sipas versionit
bpr-labels-title = Etiketat
bpr-labels-not-published = Etiketat jepen pasi të publikohet një version.
bpr-label-awarded-by = Dhënë nga { $editor }, { $date }
bpr-label-not-awarded = Nuk është dhënë
bpr-award-button = Jep
bpr-remove-label-button = Hiq

## Lista dhe formulari i shqyrtuesit

bpr-mine-title = Shqyrtimet e mia
bpr-mine-lead = Praktikat që ju është kërkuar t'i shqyrtoni dhe shqyrtimet që keni shkruar.
bpr-todo-title = Për t'u bërë
bpr-todo-none = Për momentin nuk keni asgjë për të shqyrtuar.
bpr-done-title = Të kryera
bpr-done-none = Ende nuk keni dorëzuar asnjë shqyrtim.
bpr-assigned-on = Caktuar më { $date }
bpr-submitted-on = Dorëzuar më { $date }
bpr-write-review = Shkruani shqyrtimin
bpr-form-title = Shqyrtim: { $title }
bpr-form-lead = Vlerësoni versionin { $version } sipas secilit kriter të rubrikës, nga 1 deri në 5, dhe shpjegoni çdo vlerësim. Autori e lexon shqyrtimin tuaj pa emrin tuaj; redaktorët e shohin.
bpr-form-version-title = Versioni në shqyrtim
bpr-form-rubric-title = Pikët tuaja
bpr-label-score = Pikët për kriterin „{ $criterion }“
bpr-label-comment = Koment për kriterin „{ $criterion }“
bpr-label-summary = Mendimi i përgjithshëm për autorin dhe redaktorët
bpr-summary-hint = Çfarë është e fortë, çfarë duhet ndryshuar para publikimit dhe nëse e rekomandoni publikimin.
bpr-label-review-lang = Gjuha e shqyrtimit tuaj
bpr-submit-review-button = Dorëzo shqyrtimin
bpr-submit-once = Një shqyrtim dorëzohet vetëm një herë dhe më pas nuk mund të ndryshohet.
bpr-change-note = Çfarë ndryshoi në këtë version: { $note }

## Shqyrtimet ashtu si i shohin autorët, redaktorët dhe shqyrtuesit

bpr-reviews-title = Shqyrtimet: { $title }
bpr-reviews-lead-author = Të gjitha shqyrtimet e praktikës suaj, sipas versionit, me vendimet e redaktorëve. Shqyrtuesit nuk përmenden me emër.
bpr-reviews-lead-editor = Të gjitha shqyrtimet e dorëzuara, sipas versionit, me vendimet e redaktorëve.
bpr-reviews-lead-reviewer = Shqyrtimet që keni shkruar për këtë praktikë.
bpr-reviews-none = Ende nuk ka mbërritur asnjë shqyrtim.
bpr-reviews-pending = Ky version është te shqyrtuesit. Shqyrtimet e tyre do të shfaqen këtu bashkë me vendimin e redaktorëve.
bpr-version-reviews-title = Versioni { $version }
bpr-version-reviews-none = Për këtë version nuk u dorëzua asnjë shqyrtim.
bpr-summary-table-caption = Pikët e versionit { $version }
bpr-review-title = Shqyrtuesi { $number }
bpr-own-review-title = Shqyrtimi juaj i versionit { $version }
bpr-review-summary = Mendimi i përgjithshëm
bpr-decision-note = Shënim nga redaktorët

## Probleme

bpr-error-own-submission = Këtë praktikë e keni paraqitur ju, prandaj shqyrtimin e saj e ndjek një redaktor tjetër.
bpr-error-decided = Për këtë version është marrë tashmë vendim: nuk mund të caktohet, të shqyrtohet apo të vendoset më asgjë për të.
bpr-error-version-changed = Ndërkohë autori dërgoi një version të ri. Shikoni sërish panelin e shqyrtimit përpara se të vendosni.
bpr-error-not-assigned = Vetëm një shqyrtues i caktuar për versionin në shqyrtim mund të shkruajë një shqyrtim për të.
bpr-error-already-submitted = E keni dorëzuar tashmë shqyrtimin tuaj për këtë version. Ai nuk mund të ndryshohet.
bpr-error-not-published = Etiketat u jepen vetëm praktikave të publikuara.
bpr-error-reviews-private = Shqyrtimet e një praktike janë vetëm për autorin e saj, shqyrtuesit e saj dhe redaktorët. Përmbledhja e pikëve gjendet në faqen e praktikës.
bpr-error-unknown-label = Nuk ekziston një etiketë e tillë.
bpr-error-not-withdrawable = Ky caktim nuk mund të tërhiqet: shqyrtimi është dorëzuar tashmë, ose caktimi është tërhequr.
bpr-error-reviewer-unknown = Asnjë llogari aktive nuk ka këtë adresë email-i ose emër përdoruesi.
bpr-error-reviewer-not-verified = Ky person ende nuk e ka konfirmuar adresën e email-it, prandaj nuk mund të bëjë shqyrtime.
bpr-error-reviewer-is-author = Autori i një praktike nuk mund ta shqyrtojë atë.
bpr-error-reviewer-same-organisation = Ky person i përket organizatës së praktikës ose një organizate të autorit të saj, prandaj nuk mund ta shqyrtojë.
bpr-error-reviewer-already-assigned = Ky person është tashmë shqyrtues i këtij versioni.
bpr-error-choose-decision = Zgjidhni: pranim, kërkesë për ndryshime ose refuzim.
bpr-error-note-required = Shkruani një shënim që i shpjegon autorit arsyen.
bpr-error-note-lang = Zgjidhni gjuhën e shënimit.
bpr-error-needs-two-reviews = { $done ->
    [0] Për pranim nevojiten të paktën dy shqyrtime të dorëzuara; ende nuk ka mbërritur asnjë.
    [one] Për pranim nevojiten të paktën dy shqyrtime të dorëzuara; ka mbërritur vetëm një.
   *[other] Për pranim nevojiten të paktën dy shqyrtime të dorëzuara; kanë mbërritur { $done }.
}
bpr-error-needs-a-review = Për të kërkuar ndryshime nevojitet të paktën një shqyrtim i dorëzuar, që autori ta dijë çfarë të ndryshojë. Mund ta refuzoni edhe pa shqyrtime.
bpr-error-score-missing = Zgjidhni pikët nga 1 deri në 5 për kriterin „{ $criterion }“.
bpr-error-score-range = Pikët për kriterin „{ $criterion }“ duhet të jenë një numër i plotë nga 1 deri në 5.
bpr-error-comment-missing = Shkruani një koment që shpjegon pikët tuaja për kriterin „{ $criterion }“.
bpr-error-summary-missing = Shkruani mendimin tuaj të përgjithshëm për autorin dhe redaktorët.

## Konfirmime

flash-bpr-assigned = Shqyrtuesi u caktua dhe u njoftua me email.
flash-bpr-withdrawn = Caktimi u tërhoq.
flash-bpr-review-submitted = Faleminderit: shqyrtimi juaj u dorëzua.
flash-bpr-accepted = Versioni u pranua dhe u publikua. Autori u njoftua me email.
flash-bpr-revise = Autorit iu kërkuan ndryshime dhe u njoftua me email.
flash-bpr-rejected = Praktika u refuzua. Autori u njoftua me email.
flash-bpr-label-awarded = Etiketa u dha.
flash-bpr-label-removed = Etiketa u hoq.

## Email-et

bpr-email-assigned-subject = Ju lutemi, shqyrtoni praktikën { $name }
bpr-email-assigned-body =
    Një redaktor i arkivit të praktikave të mira në Bottega ju kërkon të shqyrtoni praktikën { $name }.

    Vlerësojeni sipas pesë kritereve të rubrikës së publikuar, nga 1 deri në 5, me një koment për secilin. Autori do ta lexojë shqyrtimin tuaj pa emrin tuaj.

    Lexoni praktikën dhe shkruani shqyrtimin tuaj këtu:
    { $link }
bpr-email-withdrawn-subject = Shqyrtimi nuk nevojitet më: { $name }
bpr-email-withdrawn-body =
    Shqyrtimi juaj i praktikës { $name } nuk nevojitet më: redaktorët e tërhoqën caktimin ose kanë vendosur tashmë për versionin. Faleminderit për kohën tuaj.

    Shqyrtimet tuaja:
    { $link }
bpr-email-review-in-subject = Mbërriti një shqyrtim: { $name }
bpr-email-review-in-body =
    Një shqyrtues dorëzoi një shqyrtim të praktikës { $name }.

    Paneli i shqyrtimit:
    { $link }
bpr-email-decision-accept-subject = Praktika juaj u publikua: { $name }
bpr-email-decision-accept-body =
    Lajm i mirë: redaktorët e pranuan praktikën tuaj { $name }. Tani ajo është publikuar në arkivin e praktikave të mira me përmbledhjen e pikëve.

    Lexoni shqyrtimet dhe shënimin e redaktorëve:
    { $link }
bpr-email-decision-revise-subject = Ju lutemi, rishikoni praktikën tuaj: { $name }
bpr-email-decision-revise-body =
    Redaktorët ju kërkojnë ta rishikoni praktikën tuaj { $name } përpara se të mund të publikohet. Rishikimi juaj do të jetë një version i ri, që do të shqyrtohet sërish.

    Lexoni shqyrtimet dhe çfarë kërkojnë redaktorët:
    { $link }
bpr-email-decision-reject-subject = Vendimi për praktikën tuaj: { $name }
bpr-email-decision-reject-body =
    Redaktorët vendosën të mos e publikojnë praktikën tuaj { $name }.

    Lexoni shqyrtimet dhe shpjegimin e redaktorëve:
    { $link }
