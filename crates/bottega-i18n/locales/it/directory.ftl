## Persone e profili

people-title = Persone
people-lead = Membri della comunità che hanno scelto di rendere visibile il proprio profilo.
people-filter-label = Filtra le persone
people-count = { $count ->
    [one] Una persona
   *[other] { $count } persone
}
label-role = Ruolo
label-roles = Ruoli
label-sector = Settore
label-sectors = Settori
label-language = Lingua
label-languages = Lingue parlate
avatar-alt = Immagine di { $name }
profile-joined = Membro dal { $date }
profile-edit-link = Modifica il tuo profilo
profile-about = Presentazione
profile-organisations = Organizzazioni
profile-edit-title = Il tuo profilo
profile-avatar-heading = Immagine
label-avatar = Carica un'immagine
avatar-hint = PNG, JPEG, WebP o GIF, fino a 5 MB. La ritagliamo in formato quadrato e rimuoviamo tutti i dati nascosti, come il luogo in cui è stata scattata la foto.
avatar-upload-button = Carica
avatar-remove-button = Rimuovi l'immagine
label-bio = Qualche parola su di te
label-bio-lang = Lingua di questo testo
label-visibility = Chi può vedere il tuo profilo
profile-minor-not-public = I profili delle persone con meno di 18 anni non possono essere pubblici.
profile-bio-lang-needed = Indica in quale lingua è scritto il tuo testo, così chi legge potrà trovarlo.

## Organizzazioni e ricerca di partner

directory-title = Elenco e ricerca di partner
directory-lead = Trova enti di IFP, imprese, associazioni ed enti pubblici con cui collaborare.
directory-add = Inserisci la tua organizzazione
directory-filter-label = Filtra le organizzazioni
directory-count = { $count ->
    [one] Un'organizzazione
   *[other] { $count } organizzazioni
}
directory-members = { $count ->
    [one] un membro
   *[other] { $count } membri
}
directory-none = Nessuna organizzazione corrisponde a questi filtri. Prova a rimuoverne uno.
label-org-type = Tipo di organizzazione
label-org-name = Nome dell'organizzazione
label-org-role = Ruolo nell'organizzazione
label-city = Città
label-website = Sito web
label-description = Descrizione
label-description-lang = Lingua della descrizione
label-working-languages = Lingue di lavoro
label-logo = Carica un logo
label-join-message = Messaggio agli amministratori (facoltativo)
logo-alt = Logo di { $name }
logo-upload-button = Carica il logo
org-listed-since = Nell'elenco dal { $date }
org-about = Presentazione
org-membership = Adesione
org-you-are = Il tuo ruolo in questa organizzazione: { $role }.
org-request-pending = La tua richiesta di adesione è in attesa di una risposta da parte degli amministratori.
org-join-button = Chiedi di aderire
org-login-to-join = Accedi per chiedere di aderire
org-manage = Membri e richieste
org-edit = Modifica
org-members-heading = { $count ->
    [one] Un membro
   *[other] { $count } membri
}
org-new-title = Inserisci la tua organizzazione
org-edit-title = Modifica l'organizzazione
org-logo-heading = Logo
org-description-lang-needed = Indica in quale lingua è scritta la descrizione.
manage-title = Membri di { $org }
manage-back = Torna all'organizzazione
manage-requests = { $count ->
    [0] Richieste di adesione
    [one] Una richiesta di adesione
   *[other] { $count } richieste di adesione
}
manage-no-requests = Nessuna richiesta in attesa.
manage-accept = Accetta { $name }
manage-decline = Respingi { $name }
manage-invitations = Inviti
manage-invite-button = Invia l'invito
manage-invitation-state = Stato
manage-actions = Azioni
manage-revoke = Ritira
manage-make-member = Rendi membro
manage-make-admin = Nomina amministratore
manage-remove = Rimuovi
member-minor = minorenne
invitation-state-pending = in attesa
invitation-state-accepted = accettato
invitation-state-revoked = ritirato
invitation-state-expired = scaduto
invitation-title = Invito
invitation-lead = Hai ricevuto un invito a unirti a { $org } con il ruolo di { $role }.
invitation-accept = Accetta l'invito
invitation-sign-in = Per accettare, accedi con { $email } oppure crea un account con questo indirizzo.
invitation-used = Questo invito è già stato accettato.
invitation-revoked = Questo invito è stato ritirato.
invitation-expired = Questo invito è scaduto. Chiedine uno nuovo all'organizzazione.
invitation-other-address = Questo invito è stato inviato a un altro indirizzo email. Accedi con quell'indirizzo per accettarlo.

## Amministrazione

admin-title = Persone su questa istanza di Bottega
admin-audit-link = Registro delle attività
admin-search-label = Cerca per nome o email
admin-site-role = Ruolo nel sito
admin-status = Stato
admin-registered = Data di iscrizione
admin-action-for = Azione per { $name }
admin-suspend = Sospendi
admin-reactivate = Riattiva
admin-make-member = Rendi membro
admin-make-editor = Nomina redattore delle buone pratiche
admin-make-moderator = Nomina moderatore
admin-make-admin = Nomina amministratore
admin-apply = Applica
audit-title = Registro delle attività
audit-when = Quando
audit-who = Chi
audit-action = Azione
audit-target = Oggetto
audit-detail = Dettagli
label-handle = Nome utente
handle-hint = Gli altri ti menzionano in un messaggio scrivendo @ seguito dal tuo nome utente. Lettere minuscole, cifre, trattini, punti e trattini bassi.
admin-communities-title = Comunità
admin-communities-link = Comunità
admin-community-new = Nuova comunità
admin-community-visibility = Chi può leggerla
admin-community-org = Organizzazione di una comunità privata (l'ultima parte del suo indirizzo nell'elenco)
admin-community-org-needed = Una comunità privata appartiene a un'organizzazione: indica l'ultima parte del suo indirizzo nell'elenco, per esempio istituto-professionale-leonardo.
admin-community-position = Posizione nell'elenco (un numero; i più bassi vengono prima)
admin-community-create = Crea la comunità
flash-community-created = La comunità è stata creata.
