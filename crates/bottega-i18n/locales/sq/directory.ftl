## Njerëzit dhe profilet

people-title = Njerëzit
people-lead = Anëtarët e komunitetit që kanë zgjedhur ta shfaqin profilin e tyre.
people-filter-label = Filtroni personat
people-count = { $count ->
    [one] Një person
   *[other] { $count } persona
}
label-role = Roli
label-roles = Rolet
label-sector = Sektori
label-sectors = Sektorët
label-language = Gjuha
label-languages = Gjuhët e folura
avatar-alt = Foto e profilit: { $name }
profile-joined = Në komunitet që nga { $date }
profile-edit-link = Ndryshoni profilin tuaj
profile-about = Prezantimi
profile-organisations = Organizatat
profile-edit-title = Profili juaj
profile-avatar-heading = Fotoja
label-avatar = Ngarkoni një foto
avatar-hint = PNG, JPEG, WebP ose GIF, deri në 5 MB. E presim në formë katrore dhe heqim çdo të dhënë të fshehur, si p.sh. vendin ku është bërë fotoja.
avatar-upload-button = Ngarko
avatar-remove-button = Hiq foton
label-bio = Disa fjalë për ju
label-bio-lang = Gjuha e këtij teksti
label-visibility = Kush mund ta shohë profilin tuaj
profile-minor-not-public = Profilet e personave nën 18 vjeç nuk mund të jenë publike.
profile-bio-lang-needed = Na tregoni në cilën gjuhë është shkruar teksti juaj, që lexuesit ta gjejnë.

## Organizatat dhe kërkimi i partnerëve

directory-title = Katalogu dhe kërkimi i partnerëve
directory-lead = Gjeni ofrues të AFP-së, kompani, shoqata dhe institucione publike me të cilët të bashkëpunoni.
directory-add = Shtoni organizatën tuaj
directory-filter-label = Filtroni organizatat
directory-count = { $count ->
    [one] Një organizatë
   *[other] { $count } organizata
}
directory-members = { $count ->
    [one] një anëtar
   *[other] { $count } anëtarë
}
directory-none = Asnjë organizatë nuk përputhet me këta filtra. Provoni të hiqni njërin prej tyre.
label-org-type = Lloji i organizatës
label-org-name = Emri i organizatës
label-org-role = Roli në organizatë
label-city = Qyteti
label-website = Faqja e internetit
label-description = Përshkrimi
label-description-lang = Gjuha e përshkrimit
label-working-languages = Gjuhët e punës
label-logo = Ngarkoni një logo
label-join-message = Mesazh për administratorët (opsional)
logo-alt = Logoja e organizatës { $name }
logo-upload-button = Ngarko logon
org-listed-since = Në katalog që nga { $date }
org-about = Rreth organizatës
org-membership = Anëtarësimi
org-you-are = Në këtë organizatë jeni { $role }.
org-request-pending = Kërkesa juaj për anëtarësim është në pritje të përgjigjes nga administratorët.
org-join-button = Kërko anëtarësim
org-login-to-join = Hyni në llogari për të kërkuar anëtarësim
org-manage = Anëtarët dhe kërkesat
org-edit = Ndrysho
org-members-heading = { $count ->
    [one] Një anëtar
   *[other] { $count } anëtarë
}
org-new-title = Shtoni organizatën tuaj
org-edit-title = Ndryshoni të dhënat e organizatës
org-logo-heading = Logoja
org-description-lang-needed = Na tregoni në cilën gjuhë është shkruar përshkrimi.
manage-title = Anëtarët e organizatës { $org }
manage-back = Kthehu te organizata
manage-requests = { $count ->
    [0] Kërkesat për anëtarësim
    [one] Një kërkesë për anëtarësim
   *[other] { $count } kërkesa për anëtarësim
}
manage-no-requests = Nuk ka kërkesa në pritje.
manage-accept = Prano { $name }
manage-decline = Refuzo { $name }
manage-invitations = Ftesat
manage-invite-button = Dërgo ftesën
manage-invitation-state = Gjendja
manage-actions = Veprimet
manage-revoke = Tërhiq
manage-make-member = Bëje anëtar
manage-make-admin = Bëje administrator
manage-remove = Hiq
member-minor = nën 18 vjeç
invitation-state-pending = në pritje
invitation-state-accepted = e pranuar
invitation-state-revoked = e tërhequr
invitation-state-expired = e skaduar
invitation-title = Ftesë
invitation-lead = Jeni ftuar t'i bashkoheni organizatës { $org } si { $role }.
invitation-accept = Prano ftesën
invitation-sign-in = Për ta pranuar, hyni me { $email } ose krijoni një llogari me këtë adresë.
invitation-used = Kjo ftesë është pranuar tashmë.
invitation-revoked = Kjo ftesë është tërhequr.
invitation-expired = Kjo ftesë ka skaduar. Kërkojini organizatës një të re.
invitation-other-address = Kjo ftesë u dërgua në një adresë tjetër email-i. Për ta pranuar, hyni me atë adresë.

## Administrimi

admin-title = Personat në këtë platformë Bottega
admin-audit-link = Regjistri i auditimit
admin-search-label = Kërkoni sipas emrit ose email-it
admin-site-role = Roli në platformë
admin-status = Statusi
admin-registered = Data e regjistrimit
admin-action-for = Veprimi për { $name }
admin-suspend = Pezullo
admin-reactivate = Riaktivizo
admin-make-member = Bëje anëtar
admin-make-editor = Bëje redaktor të praktikave të mira
admin-make-moderator = Bëje moderator
admin-make-admin = Bëje administrator
admin-apply = Zbato
audit-title = Regjistri i auditimit
audit-when = Kur
audit-who = Kush
audit-action = Veprimi
audit-target = Lidhur me
audit-detail = Detajet
label-handle = Emri i përdoruesit
handle-hint = Të tjerët ju përmendin në një postim duke shkruar @ dhe emrin tuaj të përdoruesit. Shkronja të vogla, shifra, viza, pika dhe nënviza.
admin-communities-title = Komunitetet
admin-communities-link = Komunitetet
admin-community-new = Komunitet i ri
admin-community-visibility = Kush mund ta lexojë
admin-community-org = Organizata e një komuniteti privat (pjesa e fundit e adresës së saj në katalog)
admin-community-org-needed = Një komunitet privat i përket një organizate: shkruani pjesën e fundit të adresës së saj në katalog, për shembull istituto-professionale-leonardo.
admin-community-position = Renditja në listë (një numër; më i vogli shfaqet i pari)
admin-community-create = Krijo komunitetin
flash-community-created = Komuniteti u krijua.
