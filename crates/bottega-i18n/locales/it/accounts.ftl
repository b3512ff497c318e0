## Registrazione, accesso, reimpostazione della password e impostazioni dell'account

register-title = Iscriviti a Bottega
register-lead = Crea un account per unirti alle organizzazioni, partecipare alle discussioni e condividere risorse.
label-display-name = Nome visibile agli altri
label-email = Indirizzo email
label-password = Password
label-password-confirm = Ripeti la password
label-new-password = Nuova password
label-current-password = Password attuale
label-new-email = Nuovo indirizzo email
label-country = Paese
label-is-minor = Ho meno di 18 anni
is-minor-hint = I profili delle persone con meno di 18 anni sono privati e non compaiono mai negli elenchi pubblici.
password-hint = Almeno 8 caratteri. Alcune parole senza legame tra loro formano una password sicura e facile da ricordare.
register-button = Crea il mio account
register-have-account = Hai già un account?
login-title = Accedi
login-button = Accedi
login-forgot = Hai dimenticato la password?
login-no-account = Prima volta su Bottega?
login-wrong = L'indirizzo email o la password non sono corretti.
login-suspended = Questo account è sospeso. Contatta gli amministratori di questa istanza di Bottega.
login-throttled = { $minutes ->
    [one] Troppi tentativi non riusciti. Per la tua sicurezza, attendi un minuto prima di riprovare, oppure reimposta la password.
   *[other] Troppi tentativi non riusciti. Per la tua sicurezza, attendi { $minutes } minuti prima di riprovare, oppure reimposta la password.
}
forgot-title = Reimposta la password
forgot-lead = Inserisci l'indirizzo email del tuo account. Ti invieremo un link per scegliere una nuova password.
forgot-button = Invia il link
forgot-sent = Se esiste un account associato a questo indirizzo, ti abbiamo inviato un link. Il link funziona una sola volta, per un'ora.
reset-title = Scegli una nuova password
reset-button = Salva la nuova password
link-problem-title = Questo link non funziona
link-expired = Il link è scaduto. Chiedine uno nuovo.
link-used = Il link è già stato usato. Ogni link funziona una sola volta.
link-unknown = Non riconosciamo questo link. Controlla di averlo copiato per intero, oppure chiedine uno nuovo.
link-problem-reset = Reimposta la password
account-title = Il tuo account
account-edit-profile = Modifica il tuo profilo
account-email-heading = Indirizzo email
account-current-email = Il tuo indirizzo è { $email }.
account-verified = confermato
account-unverified = non confermato
account-email-button = Cambia l'indirizzo
account-password-heading = Password
account-password-lead = Quando cambi la password, la sessione viene chiusa su tutti gli altri dispositivi.
account-password-button = Cambia la password

## Email

email-signature = Bottega, la comunità dell'istruzione e formazione professionale
email-verify-subject = Conferma il tuo indirizzo email per Bottega
email-verify-body =
    Ciao { $name },

    ti diamo il benvenuto su Bottega. Conferma il tuo indirizzo email aprendo questo link:

    { $link }

    Il link è valido per tre giorni. Se non hai creato un account, puoi ignorare questa email.
email-reset-subject = Reimposta la tua password di Bottega
email-reset-body =
    Ciao { $name },

    qualcuno ha chiesto di reimpostare la password del tuo account Bottega. Per scegliere una nuova password, apri questo link:

    { $link }

    Il link funziona una sola volta, per un'ora. Se la richiesta non è partita da te, ignora questa email: la tua password resta invariata.
email-change-subject = Conferma il tuo nuovo indirizzo email per Bottega
email-change-body =
    Ciao { $name },

    conferma che questo è il tuo nuovo indirizzo email per Bottega aprendo questo link:

    { $link }

    Finché non lo fai, il tuo account mantiene l'indirizzo precedente.
email-invitation-subject = Invito a unirti a { $name } su Bottega
email-invitation-body =
    Ciao,

    hai ricevuto un invito a unirti a { $name } su Bottega, la comunità dell'istruzione e formazione professionale. Per accettare, apri questo link e accedi oppure crea un account con questo indirizzo email:

    { $link }

    L'invito è valido per due settimane.
email-join-decided-subject = La tua richiesta di adesione a { $org }
email-join-decided-body = La tua richiesta di adesione a { $org } su Bottega è stata { $outcome }.
join-outcome-accepted = accettata
join-outcome-declined = respinta
