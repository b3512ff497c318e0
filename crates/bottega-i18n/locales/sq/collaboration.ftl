# Bashkëpunimi: grupet e punës (lista, përmbledhja, anëtarësimi, burimet, mbyllja).

wg-list-title = Grupet e punës
wg-list-lead = Grupe afatshkurtra që punojnë së bashku për një temë, me një tabelë detyrash, faqe të përbashkëta, takime dhe diskutimin e tyre, derisa të hedhin në letër atë që doli nga puna.
wg-new-link = Nis një grup pune
wg-login-to-start = Hyni në llogari për të nisur një grup pune
wg-mine-title = Grupet tuaja
wg-filter-label = Filtroni grupet e punës
wg-label-status = Gjendja
wg-status-active = Aktiv
wg-status-archived = I arkivuar
wg-status-all = Të gjitha
wg-count = { $count ->
    [one] Një grup pune
   *[other] { $count } grupe pune
}
wg-list-none = Ende asnjë grup pune nuk përputhet.
wg-member-count = { $count ->
    [one] një anëtar
   *[other] { $count } anëtarë
}
wg-runs = nga { $start } deri më { $end }

wg-membership-open = I hapur: kushdo që ka hyrë në llogari mund të bashkohet
wg-membership-request = Me kërkesë: koordinatorët pranojnë anëtarët e rinj
wg-membership-invitation = Me ftesë nga koordinatorët
wg-place-member-coordinator = Ju e koordinoni këtë grup.
wg-place-member-member = Jeni anëtar i këtij grupi.
wg-place-requested-member = Kërkesa u dërgua
wg-place-invited-member = Ftesa pret përgjigjen tuaj
wg-role-coordinator = Koordinator
wg-role-member = Anëtar

wg-new-title = Nisni një grup pune
wg-new-lead = Tregoni për çfarë merret grupi dhe çfarë duhet të prodhojë. Ju bëheni koordinatori i tij i parë; grupi merr tabelën e vet të detyrave, faqet, takimet dhe diskutimin e vet.
wg-edit-title = Ndryshoni grupin e punës
wg-label-title = Emri i grupit
wg-label-theme = Tema
wg-theme-hint = Një rresht, për shembull „Aftësitë e gjelbra në përgatitjen e nxënësve të zdrukthtarisë“.
wg-label-goal = Qëllimi
wg-goal-hint = Çfarë synon të arrijë grupi dhe deri kur. Mund të përdorni Markdown.
wg-label-lang = Gjuha e tekstit
wg-label-starts-on = Fillimi
wg-label-ends-on = Mbarimi
wg-ends-on-hint = Një grup pune është afatshkurtër: zgjat jo më shumë se tre vjet.
wg-label-membership = Kush mund të bashkohet
wg-label-sectors = Sektorët
wg-create-button = Nis grupin
wg-save-button = Ruaj ndryshimet
wg-label-dates = Kohëzgjatja
wg-label-members = Anëtarët
wg-label-coordinators = Koordinatorët

wg-error-ends-before-start = Mbarimi nuk mund të jetë para fillimit.
wg-error-too-long = Një grup pune mund të zgjasë jo më shumë se tre vjet; zgjidhni një datë mbarimi më të hershme.
wg-error-archived = Ky grup pune është i mbyllur: hapësira e tij e punës tani është arkiv dhe nuk mund të ndryshohet më.
wg-error-members-only = Këtë mund ta bëjnë vetëm anëtarët e këtij grupi pune.
wg-error-coordinators-only = Këtë mund ta bëjnë vetëm koordinatorët e këtij grupi pune.
wg-error-already-placed = Jeni tashmë anëtar i këtij grupi, ose kërkesa apo ftesa juaj është në pritje.
wg-error-not-placed = Nuk bëni pjesë në këtë grup.
wg-error-no-invitation = Nuk ka asnjë ftesë për t'iu përgjigjur.
wg-error-message-too-long = Mesazhi është shumë i gjatë (jo më shumë se 1.000 karaktere).
wg-error-last-coordinator = Një grup ka nevojë për një koordinator: caktoni së pari një koordinator tjetër.
wg-error-not-possible = Ky ndryshim nuk është i mundur për këtë person.
wg-error-unknown-person = Askush me këtë emër përdoruesi ose adresë email-i nuk është i regjistruar në Bottega.
wg-error-already-has-place = Ky person është tashmë anëtar, ka kërkuar të bashkohet ose është ftuar tashmë.
wg-error-unknown-resource = Në kutinë e mjeteve nuk ka asnjë burim me këtë adresë ose numër, ose nuk keni leje ta shihni.
wg-error-already-linked = Ky burim është lidhur tashmë me grupin.
wg-error-not-closed = Grupi është ende aktiv: rezultatet publikohen pasi grupi të mbyllet.
wg-error-already-published = Rezultatet janë publikuar tashmë.

wg-archived-notice = Ky grup pune është i mbyllur. Hapësira e tij e punës ruhet këtu si arkiv vetëm për lexim.
wg-workspace-label = Hapësira e punës së grupit
wg-tab-overview = Përmbledhja
wg-tab-tasks = Detyrat
wg-tab-pages = Faqet
wg-tab-meetings = Takimet
wg-tab-discussion = Diskutimi
wg-tab-resources = Burimet
wg-tab-members = Anëtarët

wg-outcome-title = Rezultatet
wg-archived-on = Mbyllur më { $date }
wg-outcome-published-link = Lexoni rezultatet në kutinë e mjeteve
wg-outcome-publish-hint = Publikoni rezultatet në kutinë e mjeteve si rezultat projekti, që të tjerët t'i gjejnë dhe t'i ripërdorin.
wg-outcome-publish-button = Publiko rezultatet
wg-label-licence = Licenca
wg-label-visibility = Kush mund t'i shohë
wg-visibility-public = Të gjithë
wg-visibility-members = Anëtarët që kanë hyrë në llogari

wg-your-place = Pjesëmarrja juaj
wg-login-to-join = Hyni në llogari për t'u bashkuar me këtë grup
wg-leave-button = Largohu nga grupi
wg-request-waiting = Kërkesa juaj për t'u bashkuar pret përgjigjen e një koordinatori.
wg-request-withdraw-button = Tërhiq kërkesën
wg-invited = Jeni ftuar t'i bashkoheni këtij grupi.
wg-invitation-accept-button = Prano ftesën
wg-invitation-decline-button = Refuzo
wg-archived-no-joining = Ky grup është i mbyllur dhe nuk pranon anëtarë të rinj.
wg-join-button = Bashkohu me grupin
wg-label-request-message = Mesazh për koordinatorët
wg-request-message-hint = Sipas dëshirës: pse dëshironi të merrni pjesë dhe çfarë mund të sillni.
wg-request-button = Kërko anëtarësim
wg-invitation-only = Anëtarët e rinj bashkohen me ftesë nga koordinatorët.

wg-workspace-title = Hapësira e punës
wg-summary-tasks = Detyrat: { $open } të hapura, { $done } të kryera
wg-summary-pages = { $count ->
    [one] Një faqe e përbashkët
   *[other] { $count } faqe të përbashkëta
}
wg-summary-meetings = { $count ->
    [0] Asnjë takim i planifikuar
    [one] Një takim i planifikuar
   *[other] { $count } takime të planifikuara
}
wg-summary-next-meeting = i radhës: { $when }
wg-summary-threads = { $count ->
    [0] Ende asnjë diskutim
    [one] Një diskutim
   *[other] { $count } diskutime
}
wg-coordination-title = Koordinimi
wg-edit-link = Ndryshoni përshkrimin e grupit
wg-manage-members-link = { $count ->
    [0] Menaxhoni anëtarët
    [one] Menaxhoni anëtarët (një kërkesë në pritje)
   *[other] Menaxhoni anëtarët ({ $count } kërkesa në pritje)
}
wg-close-link = Mbyllni grupin dhe shkruani rezultatet e tij

wg-members-title = Anëtarët
wg-col-person = Personi
wg-col-role = Roli
wg-col-since = Anëtar që nga
wg-col-actions = Veprimet
wg-promote-button = Bëje koordinator
wg-demote-button = Bëje anëtar
wg-remove-button = Hiq
wg-requests-title = Kërkesat për anëtarësim
wg-requests-none = Nuk ka kërkesa në pritje.
wg-accept-button = Prano
wg-decline-button = Refuzo
wg-invitations-title = Ftesat
wg-revoke-button = Tërhiq ftesën
wg-label-person = Emri i përdoruesit ose adresa e email-it
wg-person-hint = Personi duhet të ketë tashmë një llogari në Bottega; do të njoftohet me email.
wg-invite-button = Fto

wg-resources-title = Burimet e lidhura
wg-resources-lead = Dokumente, mjete dhe rezultate nga kutia e mjeteve me të cilat punon grupi.
wg-resources-none = Ende nuk është lidhur asnjë burim.
wg-linked-by = lidhur nga { $name }
wg-unlink-button = Hiq lidhjen
wg-link-title = Lidhni një burim
wg-label-resource = Adresa ose numri i burimit
wg-resource-hint = Kopjoni adresën e faqes së një burimi, për shembull /resources/12.
wg-label-note = Pse ka rëndësi për grupin
wg-link-button = Lidh burimin
wg-deposit-link = Ndani një burim të ri në kutinë e mjeteve

wg-close-title = Mbyllni grupin
wg-close-lead = Shkruani çfarë arriti grupi: rezultatet, vendimet, çfarë mund të ripërdorin të tjerët dhe çfarë mbetet e hapur.
wg-label-outcome = Rezultatet
wg-outcome-hint = Mund të përdorni Markdown. Rezultatet mbeten në faqen e grupit dhe më pas mund të publikohen në kutinë e mjeteve.
wg-close-warning = Mbyllja nuk mund të zhbëhet: detyrat, faqet, takimet dhe diskutimi bëhen arkiv vetëm për lexim.
wg-preview-title = Pamje paraprake
wg-preview-button = Shiko paraprakisht
wg-close-button = Mbyll grupin

flash-wg-created = Grupi i punës është gati. Ftoni njerëz ose ndani adresën e tij.
flash-wg-updated = Përshkrimi i grupit u ruajt.
flash-wg-joined = Mirë se vini në grup!
flash-wg-requested = Kërkesa juaj iu dërgua koordinatorëve.
flash-wg-left = U larguat nga grupi.
flash-wg-request-withdrawn = Kërkesa juaj u tërhoq.
flash-wg-invitation-declined = E refuzuat ftesën.
flash-wg-invited = Ftesa u dërgua.
flash-wg-request-accepted = Kërkesa u pranua.
flash-wg-place-removed = U krye.
flash-wg-member-removed = Anëtari u hoq nga grupi.
flash-wg-role-changed = Roli u ndryshua.
flash-wg-resource-linked = Burimi u lidh me grupin.
flash-wg-resource-unlinked = Lidhja u hoq.
flash-wg-closed = Grupi u mbyll dhe hapësira e tij e punës u arkivua.
flash-wg-outcome-published = Rezultatet u publikuan në kutinë e mjeteve.

email-group-invitation-subject = Jeni ftuar në grupin e punës { $name }
email-group-invitation-body =
    Përshëndetje,

    një koordinator ju fton të merrni pjesë në grupin e punës { $name } në Bottega. Hapni faqen e grupit për ta pranuar ose refuzuar ftesën:

    { $link }
wg-back-to-group = ← Kthehu te grupi i punës
