## Layout, navigazione e messaggi comuni a tutte le pagine.

skip-to-content = Vai al contenuto principale
nav-main-label = Sezioni
nav-account-label = Il tuo account
nav-account = Account
nav-admin = Amministrazione
nav-logout = Esci
nav-login = Accedi
nav-register = Iscriviti a Bottega
nav-directory = Elenco
nav-people = Persone
language-switch-label = Lingua
language-switch-button = Cambia
verify-pending-notice = Conferma il tuo indirizzo email con il link che ti abbiamo inviato. Fino ad allora puoi dare un'occhiata, ma non puoi unirti alle organizzazioni.
verify-resend-button = Invia di nuovo il link
footer-about = Bottega è uno spazio d'incontro open source per le comunità dell'istruzione e formazione professionale in Europa e nei Balcani occidentali.
footer-sections = Le sezioni di Bottega
choose-optional = (non indicato)
choose-any = Qualsiasi
choose-one = Scegli un'opzione
filter-button = Mostra i risultati
save-button = Salva
label-search-name = Il nome contiene

## Errori

error-title = Si è verificato un problema
error-not-found = Non abbiamo trovato questa pagina. Potrebbe essere stata spostata, oppure potresti non avere i permessi per vederla.
error-forbidden = Non hai l'autorizzazione per eseguire questa operazione.
error-login-required = Accedi per continuare.
error-verification-required = Prima conferma il tuo indirizzo email. Usa il link che ti abbiamo inviato, oppure chiedine uno nuovo in cima alla pagina.
error-csrf-invalid = Questo modulo è scaduto oppure non proviene da Bottega. Torna indietro, ricarica la pagina e invialo di nuovo.
error-session-missing = Il tuo browser non ha inviato il cookie di sicurezza di Bottega. Consenti i cookie per questo sito, ricarica la pagina e riprova.
error-rate-limited = { $minutes ->
    [one] Troppi tentativi. Attendi un minuto e riprova.
   *[other] Troppi tentativi. Attendi { $minutes } minuti e riprova.
}
error-payload-too-large = Ciò che hai inviato è troppo grande. Invia qualcosa di più piccolo.
error-internal = Si è verificato un errore da parte nostra. È stato registrato; riprova tra qualche istante.
error-bad-request = Non è stato possibile interpretare la richiesta. Torna indietro e riprova.
error-reference = Errore { $code }
error-home-link = Vai alla pagina iniziale

## Moduli

form-error-summary = Correggi quanto segue
form-error-required = Questo campo è obbligatorio.
form-error-too-short = Usa almeno { $limit } caratteri.
form-error-too-long = Usa al massimo { $limit } caratteri (o elementi).
form-error-email-invalid = Inserisci un indirizzo email come nome@example.org.
form-error-email-taken = Esiste già un account con questo indirizzo email. Accedi oppure reimposta la password.
form-error-password-common = Questa password è tra le prime che gli aggressori provano. Scegline un'altra, per esempio alcune parole che abbiano un significato per te.
form-error-password-like-email = La password non può essere uguale al tuo indirizzo email.
form-error-password-mismatch = Le due password non coincidono.
form-error-password-wrong = La password non è corretta.
form-error-invalid-choice = Scegli una delle opzioni proposte.
form-error-url-invalid = Inserisci un indirizzo web che inizi con http:// o https://.
form-error-control-characters = Rimuovi da questo testo i caratteri di controllo invisibili.
paging-label = Pagine
paging-previous = Pagina precedente
paging-next = Pagina successiva
paging-position = Pagina { $page } di { $pages }

## Caricamenti

upload-empty = Scegli un file da caricare.
upload-too-large = Il file supera { $limit } MB.
upload-malformed = Non è stato possibile leggere il file caricato. Riprova.
upload-image-too-large = L'immagine è troppo grande. Usane una con meno di 8.000 pixel per lato.
upload-not-image = Questo file non è un'immagine che Bottega può usare. Carica un file PNG, JPEG, WebP o GIF.

## Date e numeri

date-format = { $day } { $month } { $year }
datetime-format = { $date }, ore { $time } UTC
date-month-1 = gennaio
date-month-2 = febbraio
date-month-3 = marzo
date-month-4 = aprile
date-month-5 = maggio
date-month-6 = giugno
date-month-7 = luglio
date-month-8 = agosto
date-month-9 = settembre
date-month-10 = ottobre
date-month-11 = novembre
date-month-12 = dicembre
number-group-separator = .

## Messaggi mostrati una sola volta dopo un'azione

flash-registered = Ti diamo il benvenuto su Bottega! Ti abbiamo inviato un'email per confermare il tuo indirizzo. Nel frattempo, racconta qualcosa di te alla comunità.
flash-verified = Grazie, il tuo indirizzo email è confermato.
flash-verification-sent = Ti abbiamo inviato un nuovo link di conferma.
flash-signed-in = Hai effettuato l'accesso.
flash-signed-out = Hai chiuso la sessione.
flash-password-reset = La tua password è stata cambiata. Accedi con quella nuova.
flash-password-changed = La tua password è stata cambiata. La sessione è stata chiusa su tutti gli altri dispositivi.
flash-email-change-sent = Abbiamo inviato un link al tuo nuovo indirizzo. L'indirizzo cambierà quando lo aprirai.
flash-email-changed = Il tuo indirizzo email è stato cambiato.
flash-profile-saved = Il tuo profilo è stato salvato.
flash-avatar-saved = La tua immagine è stata salvata.
flash-avatar-removed = La tua immagine è stata rimossa.
flash-organisation-created = L'organizzazione è stata inserita nell'elenco. Ne sei l'amministratore.
flash-organisation-saved = L'organizzazione è stata salvata.
flash-logo-saved = Il logo è stato salvato.
flash-already-member = Fai già parte di questa organizzazione.
flash-request-pending = La tua richiesta di adesione è già in attesa di risposta.
flash-request-sent = La tua richiesta è stata inviata agli amministratori dell'organizzazione.
flash-request-already-decided = A questa richiesta è già stata data una risposta.
flash-request-accepted = La richiesta è stata accettata; la persona ora fa parte dell'organizzazione.
flash-request-declined = La richiesta è stata respinta.
flash-invitation-sent = L'invito è stato inviato.
flash-invitation-revoked = L'invito è stato ritirato.
flash-last-admin = Un'organizzazione deve avere almeno un amministratore. Prima nomina amministratore un'altra persona.
flash-member-changed = L'adesione è stata modificata.
flash-invitation-unusable = Questo invito non può più essere usato.
flash-invitation-accepted = Ti diamo il benvenuto! Ora fai parte dell'organizzazione.
flash-admin-not-self = Non puoi modificare il tuo account da questo elenco.
flash-last-site-admin = Bottega ha bisogno di almeno un amministratore attivo.
flash-admin-done = Fatto. L'azione è stata annotata nel registro delle attività.
form-error-handle-invalid = Usa da 3 a 30 caratteri tra lettere minuscole, cifre, trattini, punti e trattini bassi, iniziando con una lettera o una cifra.
form-error-handle-taken = Questo nome utente è già usato da un'altra persona. Provane un altro.
number-decimal-separator = ,

form-error-date = Inserisci una data valida nel formato anno-mese-giorno, per esempio 2027-03-15.
