# Bashkëpunimi: binjakëzimet brenda një partneriteti (lista, nisja e një binjakëzimi, përmbledhja,
# katër fushat dhe aktivitetet e tyre me pjesëmarrës dhe dëshmi, ditari i mbështetjes).

tw-list-title = Binjakëzimet
tw-list-lead = Binjakëzimet e partneritetit „{ $title }“: një institucion mbështet një tjetër përmes një plani për ngritjen e kapaciteteve në katër fusha, dhe të dy mbajnë një ditar të mbështetjes.
tw-list-none = Në këtë partneritet nuk është nisur ende asnjë binjakëzim.
tw-list-not-active = Binjakëzimet mund të nisen vetëm kur partneriteti është aktiv.
tw-new-link = Nisni një binjakëzim
tw-count = { $count ->
    [one] Një binjakëzim
   *[other] { $count } binjakëzime
}
tw-back-to-list = Binjakëzimet e partneritetit „{ $title }“
tw-coaching-line = Institucioni mbështetës: { $org } ({ $country })
tw-coached-line = Institucioni i mbështetur: { $org } ({ $country })
tw-runs = nga { $start } deri më { $end }
tw-pair = { $coaching } mbështet { $coached }

tw-new-title = Nisni një binjakëzim
tw-new-lead = Bashkoni në çift një institucion mbështetës me një institucion të mbështetur nga organizatat e partneritetit. Plani nis me katër fushat e tij ende të panisura; më pas anëtarët e të dy organizatave shtojnë aktivitete dhe shkruajnë ditarin e mbështetjes.
tw-edit-title = Ndryshoni binjakëzimin
tw-label-sides = Dy institucionet
tw-sides-hint = Të dyja duhet të jenë organizata të partneritetit dhe ju duhet të jeni administrator i njërës prej tyre.
tw-sides-fixed-hint = Institucioni mbështetës dhe ai i mbështetur mbeten ata që u zgjodhën kur u nis binjakëzimi.
tw-label-coaching = Institucioni mbështetës
tw-label-coached = Institucioni i mbështetur
tw-label-title = Emri i binjakëzimit
tw-label-description = Përshkrimi
tw-description-hint = Çfarë dëshiron të ndërtojë institucioni i mbështetur dhe si do ta ndihmojë mbështetja. Mund të përdorni Markdown.
tw-label-lang = Gjuha e tekstit
tw-label-period = Periudha
tw-partnership-period = Partneriteti zgjat nga { $start } deri më { $end }; binjakëzimi duhet të përfshihet brenda kësaj periudhe.
tw-label-starts-on = Fillimi
tw-label-ends-on = Mbarimi
tw-create-button = Nis binjakëzimin
tw-save-button = Ruaj ndryshimet
tw-cancel = Anulo

tw-error-ends-before-start = Mbarimi nuk mund të jetë para fillimit.
tw-error-outside-partnership = Partneriteti zgjat nga { $start } deri më { $end }: zgjidhni data brenda kësaj periudhe.
tw-error-not-party = Zgjidhni një nga organizatat e partneritetit.
tw-error-same-org = Institucioni i mbështetur duhet të jetë një organizatë tjetër nga institucioni mbështetës.
tw-error-not-your-org = Mund të nisni një binjakëzim vetëm për një organizatë që e administroni: zgjidheni atë si institucion mbështetës ose si institucion të mbështetur.
tw-error-not-parties = Njëra nga këto organizata nuk është më pjesë e partneritetit.
tw-error-partnership-not-active = Binjakëzimet mund të nisen vetëm kur partneriteti është aktiv.
tw-error-start-admins-only = Një binjakëzim mund ta nisin vetëm administratorët e një organizate të këtij partneriteti.
tw-error-admins-only = Këtë mund ta bëjnë vetëm administratorët e institucionit mbështetës ose të institucionit të mbështetur.
tw-error-sides-only = Këtë mund ta bëjnë vetëm anëtarët e institucionit mbështetës ose të institucionit të mbështetur.
tw-error-read-only = Partneriteti nuk është më aktiv: ky binjakëzim mund të lexohet, por jo të ndryshohet.
tw-error-headcount = { $category }: shkruani një numër të plotë personash nga 0 deri në 10.000.
tw-error-done-in-future = Një aktivitet që nuk ka nisur ende nuk mund të jetë i kryer: lëreni si të planifikuar.
tw-error-unknown-resource = Në kutinë e mjeteve nuk ka asnjë burim me këtë adresë ose numër, ose nuk keni leje ta shihni.
tw-error-already-evidence = Ky burim është tashmë dëshmi e këtij aktiviteti.
tw-error-evidence-full = Një aktivitet mund të ketë jo më shumë se { $limit } dëshmi.
tw-error-side = Zgjidhni njërin nga dy institucionet.
tw-error-held-in-future = Ditari regjistron takime që janë zhvilluar: data nuk mund të jetë në të ardhmen.
tw-error-log-empty = Shkruani çfarë u ra dakord, hapat e ardhshëm ose të dyja.
tw-error-log-authors-only = Këtë shënim mund ta ndryshojë vetëm autori i tij.

tw-read-only-notice = Partneriteti nuk është më aktiv: ky binjakëzim ruhet si dokumentim dhe nuk mund të ndryshohet më.
tw-nav-label = Pjesët e binjakëzimit
tw-tab-overview = Përmbledhja
tw-tab-log = Ditari i mbështetjes

tw-label-partnership = Partneriteti
tw-about-title = Rreth binjakëzimit
tw-plan-title = Plani i ngritjes së kapaciteteve
tw-plan-lead = Ecuria numëron aktivitetet e kryera ndër ato që nuk janë anuluar.
tw-plan-caption = Katër fushat me gjendjen, aktivitetet dhe ecurinë e tyre
tw-label-lot = Fusha
tw-label-lot-status = Gjendja e fushës
tw-label-activities = Aktivitetet
tw-label-progress = Ecuria
tw-progress-total = Të gjitha fushat
tw-progress-none = Ende asnjë aktivitet i planifikuar
tw-progress-words = { $counted ->
    [one] Aktivitete të kryera: { $done } nga një ({ $percent }%)
   *[other] Aktivitete të kryera: { $done } nga { $counted } ({ $percent }%)
}
tw-count-planned = { $count ->
    [one] { $count } i planifikuar
   *[other] { $count } të planifikuara
}
tw-count-done = { $count ->
    [one] { $count } i kryer
   *[other] { $count } të kryera
}
tw-count-cancelled = { $count ->
    [one] { $count } i anuluar
   *[other] { $count } të anuluara
}
tw-manage-title = Menaxhimi i binjakëzimit
tw-edit-link = Ndryshoni emrin, përshkrimin dhe periudhën

tw-lot-status-not-started = E panisur
tw-lot-status-in-progress = Në vazhdim
tw-lot-status-completed = E përfunduar
tw-label-lot-note = Shënim
tw-lot-note-hint = Për shembull, çfarë po e pengon fushën ose çfarë është arritur në të.
tw-lot-state-title = Përditësoni gjendjen e fushës
tw-lot-save-button = Ruaj gjendjen

tw-participants-title = Pjesëmarrësit
tw-participants-none = Ende nuk është regjistruar asnjë pjesëmarrës.
tw-participants-caption = Pjesëmarrësit e binjakëzimit sipas kategorisë
tw-participants-lot-caption = Pjesëmarrësit në „{ $lot }“ sipas kategorisë
tw-participants-category = Kategoria
tw-participants-took-part = Morën pjesë
tw-participants-planned = Të pritshëm
tw-participants-headcount = Persona
tw-participants-total = Të gjitha kategoritë
tw-participant-count = { $count ->
    [one] Një pjesëmarrës
   *[other] { $count } pjesëmarrës
}

tw-activities-title = Aktivitetet
tw-activities-none = Ende asnjë aktivitet në këtë fushë.
tw-activity-add-link = Shtoni një aktivitet
tw-activity-new-title = Aktivitet i ri
tw-activity-new-in = Aktivitet i ri në „{ $lot }“
tw-activity-edit-title = Ndryshoni aktivitetin
tw-activity-edit-link = Ndryshoni aktivitetin
tw-activity-delete-link = Fshini aktivitetin
tw-label-activity-title = Titulli
tw-label-activity-description = Përshkrimi
tw-activity-description-hint = Çfarë ndodh, për kë dhe çfarë duhet të lërë pas.
tw-label-place = Vendi
tw-place-hint = Një qytet, një institucion ose „online“.
tw-label-activity-status = Gjendja
tw-activity-status-planned = I planifikuar
tw-activity-status-done = I kryer
tw-activity-status-cancelled = I anuluar
tw-label-participants = Pjesëmarrësit sipas kategorisë
tw-participants-hint = Sa persona nga secila kategori marrin pjesë (ose morën pjesë). Lëreni bosh nëse nuk ka asnjë.
tw-activity-add-button = Shto aktivitetin
tw-activity-save-button = Ruaj aktivitetin
tw-activity-conflict = Dikush tjetër e ruajti këtë aktivitet ndërkohë që po e ndryshonit. Ndryshimet tuaja ruhen më poshtë; nëse ruani përsëri, versioni juaj zëvendëson versionin e tyre.
tw-activity-conflict-see = Shikoni aktivitetin siç është tani (hapet faqja dhe ndryshimet që keni bërë këtu humbasin)
tw-label-when = Kur
tw-label-added-by = Shtuar nga
tw-activity-delete-heading = Ta fshini këtë aktivitet?
tw-activity-delete-text = Aktiviteti „{ $title }“ fshihet bashkë me numrin e pjesëmarrësve dhe lidhjet me dëshmitë. Vetë burimet mbeten në kutinë e mjeteve.
tw-activity-delete-button = Fshi „{ $title }“

tw-evidence-title = Dëshmitë
tw-evidence-lead = Raporte, fotografi, axhenda dhe dëshmi të tjera të aktivitetit, të ruajtura në kutinë e mjeteve.
tw-evidence-none = Ende nuk është lidhur asnjë dëshmi.
tw-evidence-added-by = lidhur nga { $name }
tw-evidence-unlink-button = Hiq
tw-evidence-link-title = Lidhni një dëshmi
tw-label-resource = Burim nga kutia e mjeteve
tw-resource-hint = Ngjitni adresën e faqes së burimit ose shkruani numrin e tij. Mund të lidhen vetëm burimet që ju mund t'i shihni, jo më shumë se { $limit } për aktivitet.
tw-evidence-link-button = Lidh burimin
tw-deposit-link = Ndani fillimisht një burim të ri në kutinë e mjeteve

tw-log-title = Ditari i mbështetjes
tw-log-lead = Takimet mes dy institucioneve: çfarë diskutuan, për çfarë ranë dakord dhe çfarë vjen më pas. Më të fundit shfaqen të parat.
tw-log-latest-title = Më të fundit nga ditari i mbështetjes
tw-log-none = Ditari i mbështetjes nuk ka ende asnjë shënim.
tw-log-count = { $count ->
    [one] Një shënim
   *[other] { $count } shënime
}
tw-log-all-link = { $count ->
    [0] Hapni ditarin e mbështetjes
    [one] I gjithë ditari i mbështetjes (një shënim)
   *[other] I gjithë ditari i mbështetjes ({ $count } shënime)
}
tw-log-add-link = Shkruani një shënim në ditar
tw-log-side = për { $org }
tw-log-by = shkruar nga { $name }
tw-log-new-title = Shënim i ri në ditar
tw-log-edit-title = Ndryshoni shënimin e ditarit
tw-log-label-side = Shkruar për
tw-log-side-hint = Jeni anëtar i të dy institucioneve: tregoni për cilin prej tyre e shkruani këtë shënim.
tw-log-writing-for = Po shkruani për { $org }.
tw-log-label-held-on = Data e takimit
tw-log-label-topic = Tema
tw-log-label-agreed = Për çfarë u ra dakord
tw-log-agreed-hint = Vendimet dhe angazhimet e secilës palë. Mund të përdorni Markdown.
tw-log-label-next-steps = Hapat e ardhshëm
tw-log-next-steps-hint = Kush çfarë bën dhe deri kur. Mund të përdorni Markdown.
tw-log-add-button = Shto në ditar
tw-log-save-button = Ruaj shënimin
tw-log-edit-link = Ndrysho
tw-log-delete-link = Fshi
tw-log-delete-heading = Ta fshini këtë shënim të ditarit?
tw-log-delete-text = Shënimi „{ $topic }“ i datës { $date } fshihet për të dy institucionet.
tw-log-delete-button = Fshi „{ $topic }“

# Shfaqen një herë pas një ndryshimi; platforma shfaq vetëm mesazhet me id që fillon me flash-.
flash-tw-created = Binjakëzimi u nis.
flash-tw-updated = Binjakëzimi u ruajt.
flash-tw-lot-saved = Gjendja e fushës u ruajt.
flash-tw-activity-added = Aktiviteti u shtua. Tani mund t'i lidhni dëshmi.
flash-tw-activity-saved = Aktiviteti u ruajt.
flash-tw-activity-deleted = Aktiviteti u fshi.
flash-tw-evidence-linked = Burimi u lidh si dëshmi.
flash-tw-evidence-unlinked = Burimi nuk është më dëshmi e këtij aktiviteti.
flash-tw-log-added = Shënimi u shtua në ditarin e mbështetjes.
flash-tw-log-saved = Shënimi i ditarit u ruajt.
flash-tw-log-deleted = Shënimi i ditarit u fshi.
