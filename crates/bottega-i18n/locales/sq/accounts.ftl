## Regjistrimi, hyrja, rivendosja e fjalëkalimit dhe cilësimet e llogarisë

register-title = Bashkohuni me Bottega
register-lead = Krijoni një llogari për t'u bashkuar me organizata, për të marrë pjesë në diskutime dhe për të ndarë burime.
label-display-name = Emri që shohin të tjerët
label-email = Adresa e email-it
label-password = Fjalëkalimi
label-password-confirm = Përsëritni fjalëkalimin
label-new-password = Fjalëkalimi i ri
label-current-password = Fjalëkalimi aktual
label-new-email = Adresa e re e email-it
label-country = Shteti
label-is-minor = Jam nën 18 vjeç
is-minor-hint = Profilet e personave nën 18 vjeç janë private dhe nuk shfaqen kurrë në listat publike.
password-hint = Të paktën 8 karaktere. Disa fjalë pa lidhje me njëra-tjetrën krijojnë një fjalëkalim të fortë dhe të lehtë për t'u mbajtur mend.
register-button = Krijo llogarinë
register-have-account = Keni tashmë një llogari?
login-title = Hyrja
login-button = Hyr
login-forgot = Keni harruar fjalëkalimin?
login-no-account = Për herë të parë në Bottega?
login-wrong = Adresa e email-it ose fjalëkalimi nuk është i saktë.
login-suspended = Kjo llogari është pezulluar. Ju lutemi, kontaktoni administratorët e kësaj platforme Bottega.
login-throttled = { $minutes ->
    [one] Shumë përpjekje të dështuara. Për sigurinë tuaj, ju lutemi prisni një minutë përpara se të provoni përsëri, ose rivendosni fjalëkalimin.
   *[other] Shumë përpjekje të dështuara. Për sigurinë tuaj, ju lutemi prisni { $minutes } minuta përpara se të provoni përsëri, ose rivendosni fjalëkalimin.
}
forgot-title = Rivendosni fjalëkalimin
forgot-lead = Shkruani adresën e email-it të llogarisë suaj. Do t'ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.
forgot-button = Dërgo lidhjen
forgot-sent = Nëse ekziston një llogari me këtë adresë, i kemi dërguar një lidhje. Lidhja funksionon vetëm një herë, për një orë.
reset-title = Zgjidhni një fjalëkalim të ri
reset-button = Ruaj fjalëkalimin e ri
link-problem-title = Kjo lidhje nuk funksionon
link-expired = Lidhja ka skaduar. Kërkoni një të re.
link-used = Lidhja është përdorur tashmë. Çdo lidhje funksionon vetëm një herë.
link-unknown = Nuk e njohim këtë lidhje. Kontrolloni nëse e keni kopjuar të plotë, ose kërkoni një të re.
link-problem-reset = Rivendosni fjalëkalimin
account-title = Llogaria juaj
account-edit-profile = Ndryshoni profilin tuaj
account-email-heading = Adresa e email-it
account-current-email = Adresa juaj është { $email }.
account-verified = e konfirmuar
account-unverified = e pakonfirmuar
account-email-button = Ndrysho adresën
account-password-heading = Fjalëkalimi
account-password-lead = Kur ndryshoni fjalëkalimin, dilni automatikisht nga llogaria në të gjitha pajisjet e tjera.
account-password-button = Ndrysho fjalëkalimin

## Email-et

email-signature = Bottega, komuniteti i arsimit dhe formimit profesional
email-verify-subject = Konfirmoni adresën tuaj të email-it për Bottega
email-verify-body =
    Përshëndetje { $name },

    mirë se vini në Bottega. Ju lutemi, konfirmoni adresën tuaj të email-it duke hapur këtë lidhje:

    { $link }

    Lidhja është e vlefshme për tri ditë. Nëse nuk keni krijuar një llogari, mund ta shpërfillni këtë email.
email-reset-subject = Rivendosni fjalëkalimin tuaj në Bottega
email-reset-body =
    Përshëndetje { $name },

    dikush kërkoi rivendosjen e fjalëkalimit të llogarisë suaj në Bottega. Për të zgjedhur një fjalëkalim të ri, hapni këtë lidhje:

    { $link }

    Lidhja funksionon vetëm një herë, për një orë. Nëse kërkesa nuk është bërë nga ju, shpërfilleni këtë email: fjalëkalimi juaj mbetet i njëjtë.
email-change-subject = Konfirmoni adresën tuaj të re të email-it për Bottega
email-change-body =
    Përshëndetje { $name },

    ju lutemi, konfirmoni që kjo është adresa juaj e re e email-it për Bottega duke hapur këtë lidhje:

    { $link }

    Derisa ta bëni këtë, llogaria juaj ruan adresën e mëparshme.
email-invitation-subject = Jeni ftuar t'i bashkoheni organizatës { $name } në Bottega
email-invitation-body =
    Përshëndetje,

    jeni ftuar t'i bashkoheni organizatës { $name } në Bottega, komunitetin e arsimit dhe formimit profesional. Për ta pranuar ftesën, hapni këtë lidhje dhe hyni, ose krijoni një llogari me këtë adresë email-i:

    { $link }

    Ftesa është e vlefshme për dy javë.
email-join-decided-subject = Kërkesa juaj për t'u bashkuar me organizatën { $org }
email-join-decided-body = Kërkesa juaj për t'u bashkuar me organizatën { $org } në Bottega është { $outcome }.
join-outcome-accepted = pranuar
join-outcome-declined = refuzuar
