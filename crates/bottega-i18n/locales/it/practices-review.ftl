# Il processo di revisione dell'archivio delle buone pratiche: la griglia di valutazione pubblica,
# la coda e il pannello di revisione dei redattori, il modulo del revisore, le decisioni, i
# riconoscimenti e le revisioni come le vedono gli autori (i revisori restano anonimi per gli autori).

## La griglia di valutazione

bpr-rubric-title = La griglia di valutazione
bpr-rubric-lead = Ogni pratica proposta all'archivio viene revisionata da pari secondo gli stessi cinque criteri, prima che i redattori decidano se pubblicarla. Questa pagina mostra su che cosa si basano i punteggi dei revisori e che cosa possono aspettarsi gli autori.
bpr-rubric-criteria-title = I cinque criteri
bpr-rubric-scale = A ogni criterio si assegna un punteggio intero da 1 a 5, con un commento che lo motiva.
bpr-col-criterion = Criterio
bpr-col-question = Che cosa chiedono i revisori
bpr-col-one = Un punteggio di 1 significa
bpr-col-five = Un punteggio di 5 significa
bpr-score-1 = 1 – scarso
bpr-score-2 = 2 – debole
bpr-score-3 = 3 – adeguato
bpr-score-4 = 4 – buono
bpr-score-5 = 5 – eccellente
bpr-criterion-relevance-question = La pratica risponde a un bisogno reale dell'istruzione e formazione professionale, per discenti, docenti, formatori o imprese?
bpr-criterion-relevance-one = Il bisogno a cui risponde non è chiaro, oppure ha poco a che fare con l'istruzione e formazione professionale.
bpr-criterion-relevance-five = Risponde a un bisogno importante, descritto con chiarezza e condiviso da molti enti di IFP o imprese.
bpr-criterion-innovation-question = Porta qualcosa di nuovo rispetto a come si fa di solito?
bpr-criterion-innovation-one = Ripete una pratica comune, senza un'idea nuova.
bpr-criterion-innovation-five = È un approccio nuovo, o un uso nuovo di un approccio esistente, da cui altri possono imparare.
bpr-criterion-impact-question = Ci sono prove di che cosa ha cambiato: risultati, dati, riscontri da parte di discenti o imprese?
bpr-criterion-impact-one = I risultati sono dichiarati ma non dimostrati.
bpr-criterion-impact-five = I risultati sono misurati e documentati, con fonti che altri possono verificare.
bpr-criterion-transferability-question = Un altro ente, in un altro paese o settore, potrebbe adottarla?
bpr-criterion-transferability-one = Dipende da condizioni difficili da trovare altrove, e la descrizione non dice come adattarla.
bpr-criterion-transferability-five = È descritta passo dopo passo, con le sue condizioni, i costi e che cosa adattare, così che altri possano riutilizzarla.
bpr-criterion-sustainability-question = Durerà oltre la prima realizzazione o la fine del finanziamento?
bpr-criterion-sustainability-one = Si ferma quando si fermano il progetto o le persone che la portano avanti.
bpr-criterion-sustainability-five = È integrata nel lavoro ordinario e nelle risorse dell'organizzazione.
bpr-rubric-summary-title = Il riepilogo dei punteggi
bpr-rubric-summary = Una pratica pubblicata mostra la media di tutti i punteggi di tutte le revisioni della versione pubblicata, da 1,00 a 5,00, la media di ciascun criterio e il numero di revisioni su cui si basa. Ogni revisione ha lo stesso peso.
bpr-rubric-rules-title = Come funziona la revisione
bpr-rubric-rule-editors = Un redattore dell'archivio esamina ogni proposta e assegna i revisori.
bpr-rubric-rule-two = Almeno due revisori valutano ogni versione prima che possa essere pubblicata.
bpr-rubric-rule-organisation = Un revisore non appartiene mai all'organizzazione per cui la pratica è proposta, né ad alcuna organizzazione del suo autore.
bpr-rubric-rule-anonymous = Gli autori leggono ogni revisione, con i punteggi e i commenti, ma non sanno chi l'ha scritta: agli autori i revisori compaiono solo come «Revisore 1», «Revisore 2».
bpr-rubric-rule-decision = Il redattore poi accetta la versione (che viene pubblicata con il riepilogo dei punteggi), chiede all'autore di modificarla oppure la respinge, e motiva la decisione.
bpr-rubric-rule-revision = Una rielaborazione è una nuova versione, che viene revisionata di nuovo. Tutte le versioni e le loro revisioni restano nella cronologia della pratica.
bpr-rubric-rule-labels = I redattori possono assegnare alle pratiche pubblicate un riconoscimento come «Buona pratica» o «Storia di successo».

## Termini comuni

bpr-status-submitted = In attesa di revisori
bpr-status-in-review = In revisione
bpr-status-revise = In attesa delle modifiche dell'autore
bpr-status-accepted = Accettata
bpr-status-rejected = Respinta
bpr-decision-accept = Accetta
bpr-decision-revise = Chiedi modifiche
bpr-decision-reject = Respingi
bpr-decided-accept = Accettata
bpr-decided-revise = Modifiche richieste
bpr-decided-reject = Respinta
bpr-decision-accept-hint = Pubblica questa versione con il riepilogo dei punteggi. Servono almeno due revisioni inviate.
bpr-decision-revise-hint = Chiede all'autore una nuova versione, che verrà revisionata di nuovo. Serve almeno una revisione inviata.
bpr-decision-reject-hint = Chiude la proposta. Si può decidere anche prima di qualsiasi revisione, con una nota che spieghi il motivo.
bpr-state-assigned = Revisione da fare
bpr-state-submitted = Revisione inviata
bpr-state-withdrawn = Ritirata
bpr-version = Versione { $version }
bpr-reviewer-number = Revisore { $number }
bpr-score-out-of = { $score } / 5
bpr-mean = Media
bpr-overall = Complessivo
bpr-no-score = –
bpr-reviews-in = Revisioni ricevute: { $done } su { $total }
bpr-review-count = { $count ->
    [one] In base a una revisione
   *[other] In base a { $count } revisioni
}
bpr-back-to-practice = Torna alla pratica
bpr-read-practice = Leggi la pratica
bpr-rubric-link = La griglia di valutazione

## La coda dei redattori

bpr-queue-title = Buone pratiche da revisionare
bpr-queue-lead = Proposte in attesa di revisori, revisioni in corso, pratiche in attesa dei loro autori e decisioni recenti. Per prime quelle che aspettano da più tempo.
bpr-queue-nav-label = Sezioni della coda
bpr-queue-all = Tutto
bpr-queue-submitted-title = In attesa di revisori
bpr-queue-in-review-title = In revisione
bpr-queue-revise-title = In attesa dell'autore
bpr-queue-decided-title = Decise di recente
bpr-queue-submitted-none = Nessuna proposta è in attesa di revisori.
bpr-queue-in-review-none = Nessuna pratica è in revisione.
bpr-queue-revise-none = Nessuna pratica è in attesa del suo autore.
bpr-queue-decided-none = Non è ancora stato deciso nulla.
bpr-queue-see-all = Vedi tutte ({ $count })
bpr-col-practice = Pratica
bpr-col-submitted-by = Proposta da
bpr-col-waiting-since = In attesa dal
bpr-col-reviews = Revisioni
bpr-col-status = Stato
bpr-col-decided = Data della decisione
bpr-col-score = Punteggio
bpr-by-for = { $person } per { $organisation }
bpr-nobody = (account eliminato)

## Il pannello di revisione

bpr-board-title = Pannello di revisione
bpr-board-lead = Assegna i revisori alla versione più recente, segui le loro revisioni e decidi.
bpr-board-facts-label = Informazioni sulla pratica
bpr-fact-status = Stato
bpr-fact-version = Versione in revisione
bpr-fact-submitted-by = Proposta da
bpr-fact-organisation = Organizzazione
bpr-fact-published = Versione pubblicata
bpr-fact-score = Punteggio pubblicato
bpr-board-closed = Su questa versione è già stata presa una decisione: l'assegnazione dei revisori e la decisione si riaprono quando l'autore invia una nuova versione.
bpr-assignments-title = Revisori della versione { $version }
bpr-assignments-none = Non è ancora stato assegnato nessun revisore.
bpr-col-reviewer = Revisore
bpr-col-assigned = Data di assegnazione
bpr-col-state = Stato
bpr-col-actions = Azioni
bpr-withdraw-button = Ritira
bpr-assign-title = Assegna un revisore
bpr-label-reviewer = Indirizzo email o @nome utente del revisore
bpr-reviewer-hint = Il revisore deve avere un account confermato. Nessuno dell'organizzazione della pratica, né di alcuna organizzazione del suo autore, può revisionarla.
bpr-assign-button = Assegna
bpr-decision-title = Decisione sulla versione { $version }
bpr-decision-status = { $done ->
    [0] Non è ancora arrivata nessuna revisione.
    [one] È arrivata una revisione.
   *[other] Sono arrivate { $done } revisioni.
}
bpr-label-decision = Decisione
bpr-label-note = Nota per l'autore
bpr-note-hint = Motiva la decisione; puoi usare Markdown. Obbligatoria se chiedi modifiche o respingi la pratica.
bpr-label-lang = Lingua della nota
bpr-decide-button = Registra la decisione
bpr-history-title = Decisioni
bpr-history-none = Ancora nessuna decisione.
bpr-decision-by = { $decision } da { $editor }, { $date }
bpr-decision-on = { $decision }, { $date }
bpr-all-reviews-link = Tutte le revisioni, per versione
bpr-labels-title = Riconoscimenti
bpr-labels-not-published = I riconoscimenti si assegnano quando una versione è pubblicata.
bpr-label-awarded-by = Assegnato da { $editor }, { $date }
bpr-label-not-awarded = Non assegnato
bpr-award-button = Assegna
bpr-remove-label-button = Rimuovi

## L'elenco e il modulo del revisore

bpr-mine-title = Le mie revisioni
bpr-mine-lead = Le pratiche che ti è stato chiesto di revisionare e le revisioni che hai scritto.
bpr-todo-title = Da fare
bpr-todo-none = Al momento non c'è niente da revisionare.
bpr-done-title = Fatte
bpr-done-none = Non hai ancora inviato nessuna revisione.
bpr-assigned-on = Assegnata il { $date }
bpr-submitted-on = Inviata il { $date }
bpr-write-review = Scrivi la revisione
bpr-form-title = Revisione di { $title }
bpr-form-lead = Assegna alla versione { $version } un punteggio da 1 a 5 per ogni criterio della griglia e motiva ciascun punteggio. L'autore legge la tua revisione senza il tuo nome; i redattori la vedono.
bpr-form-version-title = La versione in revisione
bpr-form-rubric-title = I tuoi punteggi
bpr-label-score = Punteggio per «{ $criterion }»
bpr-label-comment = Commento su «{ $criterion }»
bpr-label-summary = Parere complessivo per l'autore e i redattori
bpr-summary-hint = Che cosa funziona bene, che cosa dovrebbe cambiare prima della pubblicazione e se ne raccomandi la pubblicazione.
bpr-label-review-lang = Lingua della tua revisione
bpr-submit-review-button = Invia la revisione
bpr-submit-once = Una revisione si invia una sola volta e poi non si può più modificare.
bpr-change-note = Che cosa è cambiato in questa versione: { $note }

## Le revisioni come le vedono autori, redattori e revisori

bpr-reviews-title = Revisioni di { $title }
bpr-reviews-lead-author = Tutte le revisioni della tua pratica, per versione, con le decisioni dei redattori. I revisori non sono nominati.
bpr-reviews-lead-editor = Tutte le revisioni inviate, per versione, con le decisioni dei redattori.
bpr-reviews-lead-reviewer = Le revisioni che hai scritto su questa pratica.
bpr-reviews-none = Non è ancora arrivata nessuna revisione.
bpr-reviews-pending = Questa versione è in mano ai revisori. Le loro revisioni compariranno qui insieme alla decisione dei redattori.
bpr-version-reviews-title = Versione { $version }
bpr-version-reviews-none = Non è stata inviata nessuna revisione di questa versione.
bpr-summary-table-caption = Punteggi della versione { $version }
bpr-review-title = Revisore { $number }
bpr-own-review-title = La tua revisione della versione { $version }
bpr-review-summary = Parere complessivo
bpr-decision-note = Nota dei redattori

## Problemi

bpr-error-own-submission = Hai proposto tu questa pratica, quindi la sua revisione è seguita da un altro redattore.
bpr-error-decided = Su questa versione è già stata presa una decisione: non si possono più assegnare revisori, scrivere revisioni o prendere decisioni.
bpr-error-version-changed = Nel frattempo l'autore ha inviato una nuova versione. Ricontrolla il pannello di revisione prima di decidere.
bpr-error-not-assigned = Solo un revisore assegnato alla versione in revisione può scriverne una revisione.
bpr-error-already-submitted = Hai già inviato la tua revisione di questa versione. Non può più essere modificata.
bpr-error-not-published = I riconoscimenti si assegnano solo alle pratiche pubblicate.
bpr-error-reviews-private = Le revisioni di una pratica sono riservate al suo autore, ai suoi revisori e ai redattori. Il riepilogo dei punteggi si trova nella pagina della pratica.
bpr-error-unknown-label = Questo riconoscimento non esiste.
bpr-error-not-withdrawable = Questa assegnazione non può essere ritirata: la revisione è già stata inviata, oppure l'assegnazione è già stata ritirata.
bpr-error-reviewer-unknown = Nessun account attivo ha questo indirizzo email o nome utente.
bpr-error-reviewer-not-verified = Questa persona non ha ancora confermato il suo indirizzo email, quindi non può fare revisioni.
bpr-error-reviewer-is-author = L'autore di una pratica non può revisionarla.
bpr-error-reviewer-same-organisation = Questa persona fa parte dell'organizzazione della pratica o di un'organizzazione del suo autore, quindi non può revisionarla.
bpr-error-reviewer-already-assigned = Questa persona è già revisore di questa versione.
bpr-error-choose-decision = Scegli se accettare, chiedere modifiche o respingere.
bpr-error-note-required = Scrivi una nota che spieghi all'autore il motivo.
bpr-error-note-lang = Scegli la lingua della nota.
bpr-error-needs-two-reviews = { $done ->
    [0] Per accettare servono almeno due revisioni inviate; non ne è ancora arrivata nessuna.
    [one] Per accettare servono almeno due revisioni inviate; ne è arrivata solo una.
   *[other] Per accettare servono almeno due revisioni inviate; ne sono arrivate { $done }.
}
bpr-error-needs-a-review = Per chiedere modifiche serve almeno una revisione inviata, così l'autore sa che cosa cambiare. Puoi respingere anche senza revisioni.
bpr-error-score-missing = Scegli un punteggio da 1 a 5 per «{ $criterion }».
bpr-error-score-range = Il punteggio per «{ $criterion }» deve essere un numero intero da 1 a 5.
bpr-error-comment-missing = Scrivi un commento che motivi il tuo punteggio per «{ $criterion }».
bpr-error-summary-missing = Scrivi il tuo parere complessivo per l'autore e i redattori.

## Conferme

flash-bpr-assigned = Il revisore è stato assegnato e avvisato via email.
flash-bpr-withdrawn = L'assegnazione è stata ritirata.
flash-bpr-review-submitted = Grazie: la tua revisione è stata inviata.
flash-bpr-accepted = La versione è stata accettata e pubblicata. L'autore è stato avvisato via email.
flash-bpr-revise = All'autore sono state chieste delle modifiche ed è stato avvisato via email.
flash-bpr-rejected = La pratica è stata respinta. L'autore è stato avvisato via email.
flash-bpr-label-awarded = Il riconoscimento è stato assegnato.
flash-bpr-label-removed = Il riconoscimento è stato rimosso.

## Email

bpr-email-assigned-subject = Ti chiediamo di revisionare la pratica { $name }
bpr-email-assigned-body =
    Un redattore dell'archivio delle buone pratiche di Bottega ti chiede di revisionare la pratica { $name }.

    Assegnale un punteggio da 1 a 5 per ciascuno dei cinque criteri della griglia di valutazione pubblica, con un commento per ognuno. L'autore leggerà la tua revisione senza il tuo nome.

    Leggi la pratica e scrivi la tua revisione qui:
    { $link }
bpr-email-withdrawn-subject = Revisione non più necessaria: { $name }
bpr-email-withdrawn-body =
    La tua revisione della pratica { $name } non è più necessaria: i redattori hanno ritirato l'assegnazione oppure hanno già deciso sulla versione. Grazie per il tuo tempo.

    Le tue revisioni:
    { $link }
bpr-email-review-in-subject = È arrivata una revisione: { $name }
bpr-email-review-in-body =
    Un revisore ha inviato una revisione della pratica { $name }.

    Il pannello di revisione:
    { $link }
bpr-email-decision-accept-subject = La tua pratica è pubblicata: { $name }
bpr-email-decision-accept-body =
    Buone notizie: i redattori hanno accettato la tua pratica { $name }. Ora è pubblicata nell'archivio delle buone pratiche con il riepilogo dei punteggi.

    Leggi le revisioni e la nota dei redattori:
    { $link }
bpr-email-decision-revise-subject = Modifiche richieste alla tua pratica: { $name }
bpr-email-decision-revise-body =
    I redattori ti chiedono di modificare la tua pratica { $name } prima che possa essere pubblicata. La tua rielaborazione sarà una nuova versione, che verrà revisionata di nuovo.

    Leggi le revisioni e che cosa chiedono i redattori:
    { $link }
bpr-email-decision-reject-subject = Decisione sulla tua pratica: { $name }
bpr-email-decision-reject-body =
    I redattori hanno deciso di non pubblicare la tua pratica { $name }.

    Leggi le revisioni e la spiegazione dei redattori:
    { $link }
