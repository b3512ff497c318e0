## La sezione Comunicazione: comunità, discussioni, aiuto reciproco, moderazione, notifiche

comm-lead = Dialoga con scuole di IFP, imprese, associazioni e responsabili delle politiche di tutta Europa: discuti di strategie, chiedi aiuto per i problemi del lavoro quotidiano e rifletti insieme agli altri su come potrebbe evolvere l'IFP.
comm-communities = Comunità
comm-no-communities = Non ci sono ancora comunità che puoi vedere.
comm-latest = Attività recenti
comm-threads = Discussioni
comm-no-threads = Qui non è stato ancora scritto nulla. Avvia tu la prima discussione!
comm-none-in-languages = Qui non c'è nulla scritto nelle lingue che hai scelto. Rimuovi il filtro per lingua per vedere tutto.
comm-thread-count = { $count ->
    [one] una discussione
   *[other] { $count } discussioni
}
comm-post-count = { $count ->
    [one] un messaggio
   *[other] { $count } messaggi
}
comm-visibility-public = pubblica
comm-visibility-members = solo per i membri
comm-visibility-private = riservata a un'organizzazione
comm-new-discussion = Avvia una discussione
comm-ask-question = Fai una domanda
comm-sign-in-to-post = Accedi per partecipare
comm-older = Discussioni meno recenti
comm-language-filter = Lingue
comm-my-languages = Solo nelle lingue che leggo
comm-written-in = Scritto in
comm-started-by = avviata da { $name }
comm-replies = { $count ->
    [0] ancora nessuna risposta
    [one] una risposta
   *[other] { $count } risposte
}
comm-last-activity = ultima attività: { $date }
comm-new = nuova
comm-unread = { $count ->
    [one] uno non letto
   *[other] { $count } non letti
}
comm-pinned = In evidenza
comm-locked = Chiusa
comm-question = Domanda
comm-solved = Risolta
comm-hidden-thread = Nascosta da un moderatore
comm-deleted-thread = Eliminata

## Scrivere

comm-title = Titolo
comm-body = Il tuo testo
comm-markdown-hint = Puoi usare Markdown: **grassetto**, _corsivo_, elenchi, > citazioni, [link](https://example.org). Per menzionare qualcuno, scrivi @ seguito dal suo nome utente, per esempio @giulia-rossi.
comm-post-language = Lingua del tuo testo
comm-detect-language = Riconoscila automaticamente
comm-start-button = Avvia la discussione
comm-ask-lead = Descrivi un problema concreto del tuo lavoro quotidiano. Indica in quale contesto si presenta, così chi ha esperienze simili potrà aiutarti.
comm-ask-button = Invia la domanda
comm-context = Dove si presenta il problema
comm-context-hint = Facoltativo, ma aiuta le persone giuste a trovare la tua domanda.
comm-provider-type = Tipo di organizzazione
comm-check-similar = Cerca domande simili
comm-similar-heading = Domande simili già poste
comm-mention-unknown = Nessuno su Bottega ha il nome utente { $handles }. Controlla come l'hai scritto, oppure togli la @.
comm-too-many-mentions = In un testo puoi menzionare al massimo { $limit } persone.
comm-edit-title = Modifica il tuo testo
comm-edit-hint = La versione precedente resta visibile nella cronologia del messaggio.

## Leggere una discussione

comm-follow = Segui
comm-unfollow = Non seguire più
comm-first-unread = Vai al primo messaggio che non hai letto
comm-answers = { $count ->
    [0] Ancora nessuna risposta
    [one] Una risposta
   *[other] { $count } risposte
}
comm-your-answer = La tua risposta
comm-reply = Rispondi
comm-reply-button = Pubblica la risposta
comm-answer-button = Pubblica la risposta
comm-language-detected = La lingua è stata riconosciuta automaticamente
comm-language-chosen = La lingua è stata scelta dall'autore
comm-detected = riconosciuta
comm-edited = { $count ->
    [one] modificato
   *[other] modificato { $count } volte
}
comm-accepted-answer = Soluzione accettata
comm-post-deleted = Questo messaggio è stato eliminato.
comm-post-hidden = Questo messaggio è stato nascosto da un moderatore.
comm-votes = { $count ->
    [one] un voto
   *[other] { $count } voti
}
comm-likes = { $count ->
    [one] un mi piace
   *[other] { $count } mi piace
}
comm-vote = Mi è stato utile
comm-unvote = Ritira il mio voto
comm-like = Mi piace
comm-unlike = Non mi piace più
comm-accept = Accetta come soluzione
comm-unaccept = Non è più la soluzione
comm-quote = Cita
comm-edit = Modifica
comm-delete = Elimina
comm-flag = Segnala
comm-history-title = Cronologia del messaggio
comm-history-current = Versione attuale
comm-history-before = Versione precedente al { $date }
comm-history-edited-by = modificata da { $name }

## Rifiuti

comm-thread-locked = Questa discussione è chiusa: non è possibile aggiungere nuove risposte.
comm-thread-deleted = Questa discussione è stata eliminata.
comm-vote-own = Non puoi votare un tuo messaggio.
comm-vote-twice = Hai già votato questo messaggio. Il tuo voto conta una sola volta.
comm-vote-none = Non avevi votato questo messaggio.
comm-accept-not-question = Solo una risposta a una domanda può essere accettata come soluzione.
comm-accept-not-yours = Solo chi ha posto la domanda, oppure un moderatore, può accettare una risposta.
comm-accept-invalid = Questo messaggio non può essere accettato come soluzione.
comm-flag-twice = Hai già segnalato questo messaggio. I moderatori lo esamineranno.

## Aiuto reciproco

comm-help-title = Aiuto reciproco
comm-help-lead = Chiedi aiuto per i problemi del tuo lavoro quotidiano e aiuta gli altri a risolvere i loro. La risposta che chi ha posto la domanda accetta come soluzione compare per prima.
comm-help-states = Domande per stato
comm-help-filters = Filtra le domande
comm-state-all = Tutte le domande
comm-state-unanswered = { $count ->
    [one] Senza risposta (una)
   *[other] Senza risposta ({ $count })
}
comm-state-unsolved = { $count ->
    [one] Non risolte (una)
   *[other] Non risolte ({ $count })
}
comm-state-solved = { $count ->
    [one] Risolte (una)
   *[other] Risolte ({ $count })
}
comm-theme = Tema
comm-no-questions = Nessuna domanda corrisponde a questi filtri.
comm-ask-choose-theme = Scegli il tema a cui appartiene la tua domanda.
comm-workshops-link = Laboratori di scenario
help-record = { $answers ->
    [one] Una risposta data
   *[other] { $answers } risposte date
}, { $accepted ->
    [one] una accettata come soluzione
   *[other] { $accepted } accettate come soluzioni
}

## Segnalazioni e moderazione

comm-flag-title = Segnala un messaggio
comm-flag-reason = Perché i moderatori dovrebbero esaminarlo?
comm-flag-note = Qualcosa che i moderatori dovrebbero sapere (facoltativo)
comm-flag-button = Invia la segnalazione
flag-reason-spam = Pubblicità o spam
flag-reason-offensive = Offensivo o irrispettoso
flag-reason-off-topic = Fuori tema per questa comunità
flag-reason-personal-data = Diffonde dati personali di qualcuno
flag-reason-other = Altro
moderation-title = Moderazione
moderation-all = Tutte le comunità
moderation-empty = Nessuna segnalazione in attesa. Grazie per aver controllato.
moderation-flagged-by = segnalato da { $name }
moderation-author = Scritto da { $name }
moderation-hide = Nascondi
moderation-unhide = Mostra di nuovo
moderation-dismiss = Archivia la segnalazione
moderation-suspend-author = Sospendi l'autore
moderation-tools = Moderazione
moderation-lock = Chiudi
moderation-unlock = Riapri
moderation-pin = Metti in evidenza
moderation-unpin = Togli dall'evidenza
moderation-move = Sposta
moderation-move-to = Sposta in
moderation-action-hide = ha nascosto il tuo messaggio
moderation-action-lock = ha chiuso la tua discussione
moderation-action-move = ha spostato la tua discussione in un'altra comunità
moderation-action-other = ha modificato la tua discussione

## Notifiche

nav-notifications = { $count ->
    [0] Notifiche
   *[other] Notifiche ({ $count })
}
notifications-title = Notifiche
notifications-none = Non hai ancora notifiche.
notifications-read-all = Segna tutte come lette
notification-mention = { $actor } ti ha menzionato in “{ $thread }”
notification-reply = { $actor } ha risposto in “{ $thread }”
notification-accepted = { $actor } ha accettato la tua risposta in “{ $thread }”
notification-moderation = Un moderatore { $action }: “{ $thread }”
notifications-email-heading = Notifiche via email
notifications-email-legend = Inviami un'email
notify-mode-each = per ogni notifica
notify-mode-digest = una volta al giorno, con tutte le novità
notify-mode-off = mai
unsubscribe-title = Disattiva le email di notifica
unsubscribe-lead = Bottega non ti invierà più email sulle notifiche. Continuerai a vederle quando accedi e potrai riattivare le email nelle tue notifiche.
unsubscribe-button = Disattiva le email
unsubscribe-done = Fatto: non riceverai più email di notifica. Puoi riattivarle nelle tue notifiche.
email-notification-subject = Novità su Bottega: { $thread }
email-digest-subject = { $count ->
    [one] La tua giornata su Bottega: una nuova notifica
   *[other] La tua giornata su Bottega: { $count } nuove notifiche
}
email-notification-greeting = Ciao { $name },
email-unsubscribe = Per non ricevere più queste email, apri:

## Messaggi mostrati una sola volta dopo un'azione

flash-thread-created = La tua discussione è stata avviata.
flash-question-asked = La tua domanda è stata pubblicata. Riceverai una notifica per ogni risposta.
flash-reply-posted = La tua risposta è stata pubblicata.
flash-post-edited = Le tue modifiche sono state salvate.
flash-post-deleted = Il messaggio è stato eliminato.
flash-thread-deleted = La discussione è stata eliminata.
flash-vote-counted = Grazie, il tuo voto è stato registrato.
flash-vote-withdrawn = Il tuo voto è stato ritirato.
flash-answer-accepted = La risposta è stata indicata come soluzione.
flash-answer-unaccepted = La risposta non è più indicata come soluzione.
flash-followed = Segui questa discussione: riceverai una notifica per ogni risposta.
flash-unfollowed = Non segui più questa discussione.
flash-flagged = Grazie. I moderatori esamineranno il messaggio.
flash-post-hidden = Il messaggio è stato nascosto.
flash-post-shown = Il messaggio è di nuovo visibile.
flash-flags-dismissed = La segnalazione è stata archiviata.
flash-author-suspended = L'autore è stato sospeso.
flash-thread-locked = La discussione è stata chiusa.
flash-thread-unlocked = La discussione è di nuovo aperta.
flash-thread-pinned = La discussione è stata messa in evidenza.
flash-thread-unpinned = La discussione non è più in evidenza.
flash-thread-moved = La discussione è stata spostata.
flash-notifications-read = Tutte le notifiche sono state segnate come lette.
flash-notification-mode-saved = La tua scelta sulle email è stata salvata.
comm-community-read-only = Questo spazio di discussione appartiene a un gruppo di lavoro chiuso e non accetta nuove discussioni.
