# Bashkëpunimi: faqja hyrëse e seksionit, partneritetet (regjistri, propozimi, marrëveshja dhe
# përgjigjet), plani i përbashkët i veprimit dhe ecuria e tij.

## Faqja hyrëse

coop-title = Bashkëpunimi
coop-lead = Punë afatgjatë mes organizatave: partneritete me një marrëveshje që e nënshkruan çdo organizatë dhe një plan të përbashkët veprimi, binjakëzime ku një institucion udhëheq dhe mbështet një tjetër, si dhe një arkiv i shqyrtuar i praktikave të mira në arsimin dhe formimin profesional.
coop-waiting-title = Presin përgjigjen tuaj
coop-waiting-lead = Këto partneritete i janë propozuar një organizate që ju administroni. Lexoni marrëveshjen dhe pranojeni ose refuzojeni në emër të organizatës.
coop-answer-for = për { $org }
coop-answer-link = Lexoni dhe përgjigjuni
coop-offer-title = Çfarë mund të bëni këtu
coop-partnerships-title = Partneritetet
coop-partnerships-summary = Organizatat bien dakord për një qëllim dhe për angazhime shumëvjeçare, planifikojnë së bashku objektiva, aktivitete dhe pika kyçe dhe ndjekin treguesit e tyre.
coop-partnership-counts = { $active ->
    [one] Një partneritet aktiv
   *[other] { $active } partneritete aktive
}, { $ended ->
    [one] një i përfunduar
   *[other] { $ended } të përfunduar
}
coop-practices-title = Praktikat e mira
coop-practices-summary = Praktika të përshkruara sipas një modeli të përbashkët, të shqyrtuara nga kolegë sipas kritereve të publikuara dhe që mund të citohen me identifikuesin e tyre.
coop-search-title = Gjeni partnerë
coop-search-summary = Kërkoni në katalog sipas shtetit, sektorit, llojit dhe gjuhës së punës, dhe propozoni një partneritet nga faqja e një organizate.
coop-mine-title = Partneritetet e organizatave tuaja
coop-mine-none = Organizatat tuaja nuk marrin ende pjesë në asnjë partneritet.
coop-no-org = Për të propozuar ose për t'iu bashkuar një partneriteti duhet të jeni anëtar i një organizate.
coop-no-org-link = Gjeni ose shtoni organizatën tuaj në katalog
coop-login = Hyni në llogari për të parë partneritetet e organizatave tuaja dhe për të propozuar një të ri
coop-recent-title = Partneritete të nisura së fundmi
coop-register-link = Të gjitha partneritetet

## Regjistri

pt-register-title = Partneritetet
pt-register-lead = Bashkëpunim afatgjatë mes organizatave, me marrëveshjen që ka pranuar secila prej tyre. Propozimet janë të dukshme vetëm për organizatat përkatëse.
pt-new-link = Propozoni një partneritet
pt-propose-link = Propozoni një partneritet
pt-login-to-propose = Hyni në llogari për të propozuar një partneritet
pt-filter-label = Filtroni partneritetet
pt-label-theme = Tema
pt-label-status = Gjendja
pt-label-country = Shteti i një organizate
pt-count = { $count ->
    [one] Një partneritet
   *[other] { $count } partneritete
}
pt-register-none = Asnjë partneritet nuk përputhet.
pt-results-heading = Rezultatet
pt-runs = nga { $start } deri më { $end }
pt-status-proposed = I propozuar
pt-status-active = Aktiv
pt-status-ended = I përfunduar
pt-status-declined = I refuzuar

## Propozimi dhe rishkrimi

pt-new-title = Propozoni një partneritet
pt-new-lead = Përshkruani çfarë do të bëjnë organizatat së bashku. Administratorët e secilës organizatë partnere njoftohen me email; partneriteti nis kur një administrator i çdo organizate i ka pranuar këto kushte.
pt-edit-title = Rishkruani kushtet
pt-edit-lead = Rishkrimi i kushteve u kërkon sërish përgjigje të gjitha organizatave: pranimet e dhëna kthehen në pritje, sepse askush nuk detyrohet nga kushte që nuk i ka lexuar.
pt-no-org-lead = Një partneritet propozohet në emër të një organizate, ndërsa ju ende nuk jeni anëtar i asnjë organizate. Kërkoni të bashkoheni me organizatën tuaj në katalog, ose shtojeni atje.
pt-no-org-join = Gjeni organizatën tuaj në katalog
pt-no-org-create = Shtoni një organizatë të re
pt-label-from-org = Në emër të
pt-to-chosen = I propozohet
pt-label-partners = Organizatat partnere
pt-label-more-partners = Organizata të tjera partnere
pt-partners-hint = Një organizatë për rresht: adresa e saj në katalog (për shembull scuola-edile-roma) ose një lidhje me faqen e saj.
pt-label-title = Titulli i partneritetit
pt-label-themes = Temat strategjike
pt-themes-hint = Zgjidhni të paktën një.
pt-label-purpose = Qëllimi
pt-purpose-hint = Për çfarë shërben partneriteti dhe çfarë duhet të ndryshojë. Mund të përdorni Markdown.
pt-label-commitments = Angazhimet
pt-commitments-hint = Për çfarë angazhohet secila organizatë: staf, kohë, pritje, para, të dhëna. Mund të përdorni Markdown.
pt-label-lang = Gjuha e tekstit
pt-label-starts-on = Fillimi
pt-label-ends-on = Mbarimi
pt-ends-on-hint = Një marrëveshje zgjat jo më shumë se dhjetë vjet.
pt-label-your-signatory = Kush nënshkruan për organizatën tuaj
pt-your-signatory-hint = Nëse jeni administrator i organizatës që propozon, vetë propozimi vlen si pranim i saj: shkruani kush e nënshkruan marrëveshjen për të dhe me çfarë roli.
pt-label-signatory-name = Emri i nënshkruesit
pt-label-signatory-role = Roli i nënshkruesit
pt-propose-button = Dërgo propozimin
pt-save-terms-button = Ruaj kushtet e reja

pt-error-ends-before-start = Mbarimi nuk mund të jetë para fillimit.
pt-error-too-long = Një marrëveshje mund të zgjasë jo më shumë se dhjetë vjet; zgjidhni një datë mbarimi më të hershme.
pt-error-themes-required = Zgjidhni të paktën një temë.
pt-error-not-your-org = Zgjidhni një nga organizatat tuaja.
pt-error-partner-address = Këto nuk janë adresa të katalogut: { $list }
pt-error-unknown-partner = Asnjë organizatë në katalog nuk ka këtë adresë: { $list }
pt-error-no-partner = Shënoni të paktën një organizatë partnere.
pt-error-too-many-partners = Një propozim mund të përfshijë jo më shumë se { $limit } organizata partnere.
pt-error-own-org-only = Një partneritet ka nevojë edhe për një organizatë tjetër përveç tuajës.
pt-error-number = Shkruani një numër, për shembull 40 ose 12,5.
pt-error-number-range = Ky numër është shumë i madh.
pt-error-no-organisation = Për të propozuar një partneritet duhet të jeni anëtar i një organizate.
pt-error-not-org-admin = Vetëm një administrator i kësaj organizate mund të përgjigjet në emër të saj. Nuk u ndryshua asgjë.
pt-error-not-proposed = Ky partneritet nuk është më propozim: është pranuar, refuzuar ose tërhequr tashmë.
pt-error-not-active = Mund të përfundohet vetëm një partneritet aktiv.
pt-error-closed = Ky partneritet ka përfunduar ose është refuzuar: plani i tij ruhet siç ishte dhe nuk mund të ndryshohet më.
pt-error-members-only = Këtë mund ta bëjnë vetëm anëtarët e organizatave partnere.
pt-error-proposer-only = Këtë mund ta bëjë vetëm personi që e propozoi këtë partneritet ose një administrator i organizatës që e propozoi.
pt-error-admins-only = Partneritetin mund ta përfundojë vetëm një administrator i njërës prej organizatave partnere.

## Marrëveshja

pt-nav-label = Faqet e partneritetit
pt-tab-agreement = Marrëveshja
pt-tab-plan = Plani i veprimit
pt-tab-progress = Ecuria
pt-tab-twinnings = Binjakëzimet
pt-ended-notice = Ky partneritet ka përfunduar. Marrëveshja, plani dhe ecuria e tij ruhen këtu si dokumentim.
pt-declined-notice = Ky partneritet nuk nisi: një organizatë e refuzoi ose propozimi u tërhoq.
pt-label-period = Periudha
pt-label-terms-version = Kushtet
pt-terms-version = versioni { $version }
pt-active-since = aktiv që nga { $date }
pt-ended-on = përfundoi më { $date }
pt-parties-title = Organizatat dhe përgjigjet e tyre
pt-col-organisation = Organizata
pt-col-answer = Përgjigjja
pt-col-signatory = Nënshkruar nga
pt-col-answered = Përgjigjur nga
pt-answer-pending = Në pritje
pt-answer-accepted = Pranuar
pt-answer-declined = Refuzuar
pt-outdated-terms = kushte të mëparshme
pt-proposer-badge = propozuesi
pt-answered-by = { $name }, { $date }
pt-answer-waiting-notice = Pritet përgjigjja e organizatës suaj.
pt-answer-waiting-link = Lexoni marrëveshjen dhe më pas përgjigjuni më poshtë.
pt-answer-title = Përgjigjja për { $org }
pt-answer-lead = Si administrator i kësaj organizate, ju pranoni ose refuzoni në emër të saj versionin { $version } të kushteve.
pt-answer-hint = Për të pranuar, shkruani kush nënshkruan dhe me çfarë roli. Për të refuzuar nuk nevojitet asnjëra, dhe partneriteti ndalet.
pt-accept-button = Prano për { $org }
pt-decline-button = Refuzo
pt-plan-summary-title = Puna e përbashkët
pt-plan-summary = Plani i veprimit: { $objectives ->
    [one] një objektiv
   *[other] { $objectives } objektiva
}, { $activities ->
    [one] një aktivitet
   *[other] { $activities } aktivitete
}
pt-progress-summary = Ecuria: { $milestones ->
    [one] një pikë kyçe
   *[other] { $milestones } pika kyçe
}, { $indicators ->
    [one] një tregues
   *[other] { $indicators } tregues
}
pt-twinnings-link = Binjakëzimet brenda këtij partneriteti
pt-manage-title = Menaxhimi i partneritetit
pt-edit-link = Rishkruani kushtet
pt-withdraw-link = Tërhiqni propozimin
pt-end-link = Përfundoni partneritetin
pt-withdraw-title = Tërhiqni propozimin
pt-withdraw-confirm = Ta tërhiqni propozimin „{ $title }“? Organizatat partnere do të njoftohen dhe partneriteti nuk do të nisë.
pt-withdraw-button = Tërhiq propozimin
pt-end-title = Përfundoni partneritetin
pt-end-confirm = Ta përfundoni tani partneritetin „{ $title }“? Plani dhe ecuria e tij ruhen si dokumentim dhe nuk mund të ndryshohen më.
pt-end-button = Përfundo partneritetin
pt-cancel-link = Anulo

flash-pt-proposed = Propozimi u dërgua. Administratorët e secilës organizatë partnere u njoftuan me email.
flash-pt-accepted = Pranimi i organizatës suaj u regjistrua. Partneriteti nis kur ta kenë pranuar të gjitha organizatat.
flash-pt-active = Të gjitha organizatat e pranuan: partneriteti është aktiv.
flash-pt-declined = Organizata juaj e refuzoi partneritetin.
flash-pt-terms-revised = Kushtet e reja u ruajtën. Çdo organizate i kërkohet t'i pranojë ato.
flash-pt-withdrawn = Propozimi u tërhoq.
flash-pt-ended = Partneriteti përfundoi.

## Plani i përbashkët i veprimit

pt-plan-title = Plani i veprimit
pt-plan-lead = Objektivat, aktivitetet që u shërbejnë atyre dhe përgjegjësit e tyre, pikat kyçe me datat e tyre dhe treguesit që tregojnë nëse partneriteti po arrin atë që i vuri vetes për qëllim.
pt-plan-read-only = Partneriteti nuk është në zbatim: plani i tij shfaqet siç ishte dhe nuk mund të ndryshohet.
pt-plan-empty = Plani është ende bosh.
pt-add-objective = Shtoni një objektiv
pt-add-activity = Shtoni një aktivitet
pt-add-milestone = Shtoni një pikë kyçe
pt-add-indicator = Shtoni një tregues
pt-objective-heading = Objektivi { $n }:
pt-no-objective = Pa objektiv
pt-objective-empty = Për këtë objektiv nuk është planifikuar ende asgjë.
pt-edit-item = Ndrysho
pt-delete-item = Fshi
pt-move-up = Lëviz lart
pt-move-down = Lëviz poshtë
pt-record-value-link = Regjistroni një vlerë
pt-activities-title = Aktivitetet
pt-milestones-title = Pikat kyçe
pt-indicators-title = Treguesit
pt-col-activity = Aktiviteti
pt-col-owner = Përgjegjësi
pt-col-dates = Datat
pt-col-status = Gjendja
pt-col-actions = Veprimet
pt-col-milestone = Pika kyçe
pt-col-due = Afati
pt-col-indicator = Treguesi
pt-col-baseline = Vlera fillestare
pt-col-target = Vlera e synuar
pt-col-latest = Vlera e fundit
pt-col-share = Nga vlera e synuar
pt-activity-planned = I planifikuar
pt-activity-ongoing = Në vazhdim
pt-activity-done = I kryer
pt-activity-cancelled = I anuluar
pt-milestone-status-planned = E planifikuar
pt-milestone-status-reached = E arritur
pt-milestone-status-missed = E paarritur
pt-milestone-on-time = E arritur në kohë
pt-milestone-late = E arritur me vonesë
pt-milestone-missed = E paarritur
pt-milestone-overdue = Me afat të kaluar
pt-milestone-upcoming = E ardhshme
pt-reached-on = më { $date }
pt-percent = { $value }%
pt-back-to-plan = Kthehu te plani i veprimit: { $title }

pt-edit-objective-title = Ndryshoni objektivin
pt-edit-activity-title = Ndryshoni aktivitetin
pt-edit-milestone-title = Ndryshoni pikën kyçe
pt-edit-indicator-title = Ndryshoni treguesin
pt-label-objective-title = Objektivi
pt-label-description = Përshkrimi
pt-objective-description-hint = Sipas dëshirës: si duket arritja e këtij objektivi.
pt-label-objective = Objektivi
pt-label-activity-title = Aktiviteti
pt-label-owner-org = Organizata përgjegjëse
pt-label-owner-name = Personi që e drejton
pt-owner-name-hint = Emri i personit që e drejton aktivitetin në atë organizatë.
pt-label-milestone-title = Pika kyçe
pt-label-due-on = Afati
pt-label-reached-on = Arritur më
pt-reached-on-hint = Vetëm për një pikë kyçe të shënuar si e arritur.
pt-label-indicator-name = Treguesi
pt-label-unit = Njësia
pt-unit-hint = Çfarë numërohet, për shembull „mësues të trajnuar“, „kompani“ ose „%“.
pt-label-baseline = Vlera fillestare
pt-baseline-hint = Vlera në fillim; 0 nëse e lini bosh.
pt-label-target = Vlera e synuar
pt-target-hint = Vlera që synojnë partnerët, për shembull 40 ose 12,5.
pt-save-button = Ruaj
pt-delete-button = Fshi
pt-delete-objectives-title = Fshini objektivin
pt-delete-objectives-confirm = Ta fshini objektivin „{ $title }“? Aktivitetet, pikat kyçe dhe treguesit e tij mbeten në plan, pa objektiv.
pt-delete-activities-title = Fshini aktivitetin
pt-delete-activities-confirm = Ta fshini aktivitetin „{ $title }“?
pt-delete-milestones-title = Fshini pikën kyçe
pt-delete-milestones-confirm = Ta fshini pikën kyçe „{ $title }“?
pt-delete-indicators-title = Fshini treguesin
pt-delete-indicators-confirm = Ta fshini treguesin „{ $title }“ bashkë me të gjitha vlerat e regjistruara për të?

pt-plan-error-owner = Zgjidhni një nga organizatat e partneritetit.
pt-plan-error-reached-future = Një pikë kyçe nuk mund të arrihet në një ditë që ende nuk ka ardhur.
pt-plan-error-measured-future = Një vlerë nuk mund të matet në një ditë që ende nuk ka ardhur.
pt-plan-error-full = Plani përmban tashmë numrin maksimal të elementeve të këtij lloji.

pt-unit-is = Njësia matëse: { $unit }
pt-values-title = Vlerat e matura
pt-values-none = Ende nuk është regjistruar asnjë vlerë.
pt-values-of = Vlerat e treguesit { $name }
pt-col-measured-on = Matur më
pt-col-value = Vlera
pt-col-note = Shënim
pt-col-recorded-by = Regjistruar nga
pt-record-value-title = Regjistroni një vlerë
pt-label-measured-on = Matur më
pt-label-value = Vlera
pt-label-note = Shënim
pt-record-value-button = Regjistro vlerën
pt-progress-link = Shikoni ecurinë e të gjithë planit
pt-chart-measured = E matur
pt-chart-target = Vlera e synuar

flash-pt-plan-saved = Plani i veprimit u ruajt.
flash-pt-plan-deleted = U fshi nga plani i veprimit.
flash-pt-value-recorded = Vlera u regjistrua.
flash-pt-value-deleted = Vlera u fshi.

## Ecuria

pt-progress-title = Ecuria
pt-overall-title = Në tërësi
pt-overall-label = Shkalla e realizimit
pt-overall-explained = Kjo shifër është mesatarja e vlerave të mëposhtme, ku secila ka të njëjtën peshë:
pt-overall-none = Ende nuk ka asgjë për të matur: shtoni pika kyçe, aktivitete ose tregues në planin e veprimit.
pt-completion-milestones = pika kyçe të arritura: { $done } nga { $of }
pt-completion-activities = aktivitete të kryera: { $done } nga { $of } (ato të anuluara nuk numërohen)
pt-completion-indicators = treguesit: mesatarisht { $share } e vlerës së synuar (një tregues pa vlerë llogaritet si 0)
pt-activities-none = Ende nuk është planifikuar asnjë aktivitet.
pt-timeline-title = Pikat kyçe në kohë
pt-milestones-none = Ende nuk është planifikuar asnjë pikë kyçe.
pt-milestone-count-on-time = { $count ->
    [one] { $count } e arritur në kohë
   *[other] { $count } të arritura në kohë
}
pt-milestone-count-late = { $count ->
    [one] { $count } e arritur me vonesë
   *[other] { $count } të arritura me vonesë
}
pt-milestone-count-missed = { $count ->
    [one] { $count } e paarritur
   *[other] { $count } të paarritura
}
pt-milestone-count-overdue = { $count } me afat të kaluar
pt-milestone-count-upcoming = { $count ->
    [one] { $count } e ardhshme
   *[other] { $count } të ardhshme
}
pt-indicators-none = Ende nuk është përcaktuar asnjë tregues.
pt-indicator-status = vlera e fundit { $latest }, vlera e synuar { $target }
pt-indicator-share = { $share } e rrugës nga vlera fillestare
pt-indicator-no-value = Ende nuk është regjistruar asnjë vlerë; vlera e synuar është { $target }.

## Email-et (secili për një administrator të një organizate partnere: $org është organizata e tij, $by ajo që vepron)

pt-email-proposal-subject = Partneritet i propozuar: { $title }
pt-email-proposal-body =
    Përshëndetje,

    organizata { $by } i propozon organizatës { $org } partneritetin „{ $title }“ në Bottega. Si administrator i { $org } mund ta lexoni marrëveshjen dhe ta pranoni ose ta refuzoni në emër të organizatës suaj:

    { $link }
pt-email-proposal-own-subject = Konfirmoni partneritetin e propozuar për { $org }: { $title }
pt-email-proposal-own-body =
    Përshëndetje,

    një anëtar i { $org } propozoi në Bottega partneritetin „{ $title }“ në emër të organizatës. Partneriteti nis vetëm pasi ta ketë pranuar një administrator i çdo organizate, përfshirë { $org }. Lexoni marrëveshjen dhe pranojeni ose refuzojeni:

    { $link }
pt-email-terms-changed-subject = Kushte të reja për partneritetin { $title }
pt-email-terms-changed-body =
    Përshëndetje,

    organizata { $by } rishkroi kushtet e partneritetit të propozuar „{ $title }“. Çdo pranim i mëparshëm kthehet në pritje: ju lutemi lexoni kushtet e reja dhe përgjigjuni sërish për { $org }:

    { $link }
pt-email-active-subject = Partneriteti { $title } është aktiv
pt-email-active-body =
    Përshëndetje,

    të gjitha organizatat e kanë pranuar marrëveshjen e „{ $title }“ (përgjigjja e fundit erdhi nga { $by }). Partneriteti është aktiv; plani i tij i veprimit është i hapur për anëtarët e { $org }:

    { $link }
pt-email-declined-subject = Partneriteti { $title } u refuzua
pt-email-declined-body =
    Përshëndetje,

    organizata { $by } e refuzoi partneritetin e propozuar „{ $title }“, prandaj ai nuk do të nisë. Marrëveshjen dhe përgjigjet mund t'i lexoni këtu:

    { $link }
pt-email-withdrawn-subject = Propozimi { $title } u tërhoq
pt-email-withdrawn-body =
    Përshëndetje,

    organizata { $by } e tërhoqi propozimin e saj për partneritetin „{ $title }“. Nga { $org } nuk kërkohet asgjë më shumë:

    { $link }
pt-email-ended-subject = Partneriteti { $title } përfundoi
pt-email-ended-body =
    Përshëndetje,

    organizata { $by } e përfundoi partneritetin „{ $title }“. Marrëveshja, plani dhe ecuria e tij mbeten të disponueshme si dokumentim:

    { $link }

## Në faqen e një organizate në katalog

pt-org-partnerships-title = Partneritetet aktive
