# Cooperazione: l'archivio delle buone pratiche come lo usano autori e lettori (l'elenco, la
# proposta di una pratica con il modello strutturato, le nuove versioni, la pagina della pratica,
# la cronologia delle versioni, le segnalazioni di adozione).

bp-list-title = Buone pratiche
bp-list-lead = Pratiche dell'istruzione e formazione professionale di tutta Europa, descritte con un unico modello, revisionate da pari secondo una griglia di valutazione pubblica e pubblicate con un identificativo che puoi citare.
bp-submit-link = Proponi una pratica
bp-mine-link = Le tue pratiche
bp-login-to-submit = Accedi per proporre una pratica
bp-rubric-link = Come vengono revisionate le pratiche
bp-filter-label = Filtra le buone pratiche
bp-filter-text = Parole nel titolo o nella sintesi
bp-filter-clear = Cancella i filtri
bp-label-theme = Tema
bp-label-sector = Settore
bp-label-country = Paese
bp-label-competence = Competenza
bp-label-written-in = Scritta in
bp-label-label = Riconoscimento
bp-sort-label = Ordine
bp-sort-newest = Prima le più recenti
bp-sort-score = Prima quelle con il punteggio di revisione più alto
bp-sort-adopted = Prima le più adottate
bp-count = { $count ->
    [one] Una pratica pubblicata
   *[other] { $count } pratiche pubblicate
}
bp-list-none = Non è ancora stata pubblicata nessuna pratica.
bp-list-none-filtered = Nessuna pratica pubblicata corrisponde a questi filtri.
bp-version = Versione { $number }
bp-published-on = pubblicata il { $date }
bp-written-on = scritta il { $date }
bp-score = { $score } su 5 in base a { $count ->
    [one] una revisione
   *[other] { $count } revisioni
}
bp-score-none = Ancora nessun punteggio di revisione
bp-adopted-count = { $count ->
    [0] non ancora adottata
    [one] adottata una volta
   *[other] adottata { $count } volte
}
bp-eqf-level = Livello EQF { $level }

## Le tue pratiche

bp-mine-title = Le tue pratiche
bp-mine-lead = Le pratiche che hai proposto, a che punto è la revisione di ciascuna e le loro versioni.
bp-mine-count = { $count ->
    [one] Una pratica
   *[other] { $count } pratiche
}
bp-mine-none = Non hai ancora proposto nessuna pratica.
bp-newest-version = versione più recente: { $number }
bp-published-version = i lettori vedono la versione { $number }
bp-not-published-yet = non ancora pubblicata
bp-last-change = ultima modifica il { $date }
bp-revise-link = Scrivi una nuova versione
bp-reviews-link = Leggi le revisioni
bp-versions-link = Cronologia delle versioni

## Stati

bp-status-submitted = Proposta — in attesa di un redattore
bp-status-in-review = In revisione
bp-status-revise = Modifiche richieste
bp-status-accepted = Pubblicata
bp-status-rejected = Non accettata
bp-banner-submitted = Un redattore assegnerà i revisori. Finché una versione non viene pubblicata, possono leggerla solo tu, i redattori e i suoi revisori.
bp-banner-in-review = I revisori stanno valutando questa versione secondo la griglia di valutazione pubblica. Finché non viene pubblicata, possono leggerla solo tu, i redattori e i suoi revisori.
bp-banner-revise = I redattori chiedono una nuova versione: leggi le revisioni, poi scrivi una nuova versione con una nota su che cosa è cambiato.
bp-banner-accepted = Questa versione è stata accettata e pubblicata.
bp-banner-rejected = I redattori non hanno accettato questa versione. Le revisioni spiegano perché.
bp-banner-revision = Questa è la versione { $version }, che rielabora la versione pubblicata { $published } e non è ancora pubblicata: i lettori vedono ancora la versione { $published }.
bp-read-version = Leggi la versione { $number }

## Proposta e nuove versioni

bp-submit-title = Proponi una buona pratica
bp-submit-lead = Descrivi la pratica con il modello qui sotto, così che altri possano valutarla e trasferirla nella propria scuola o impresa. I redattori assegnano almeno due revisori, che la valutano secondo la griglia di valutazione pubblica; una volta accettata, viene pubblicata con un identificativo citabile.
bp-from-group = Stai proponendo i risultati del gruppo di lavoro «{ $group }». Titolo, sintesi, contesto e risultati sono compilati a partire dal lavoro del gruppo: completali e correggili prima di inviare la proposta.
bp-revise-title = Scrivi una nuova versione
bp-revise-lead = Versione { $version } di { $code }. Tutte le versioni precedenti restano nella cronologia; i lettori continuano a vedere la versione pubblicata finché questa non viene accettata.
bp-required-hint = I campi contrassegnati con * sono obbligatori.
bp-part-about = La pratica
bp-part-template = Descrizione
bp-part-descriptors = Dove e per chi
bp-part-links = Risorse della cassetta degli attrezzi
bp-markdown-hint = In ogni sezione puoi usare Markdown: **grassetto**, _corsivo_, elenchi, > citazioni, [link](https://example.org) e titoli.
bp-label-title = Titolo
bp-label-lang = Lingua del testo
bp-label-org = Organizzazione
bp-org-hint = L'organizzazione per cui proponi la pratica. I suoi membri non la revisionano mai, perché le revisioni restino indipendenti.
bp-org-none-hint = Non fai parte di nessuna organizzazione, quindi la pratica viene proposta a tuo nome.
bp-org-directory-link = Trova o inserisci la tua organizzazione nell'elenco
bp-submitted-for = Proposta per { $org }.
bp-section-summary = Sintesi
bp-section-context = Contesto
bp-section-problem = Problema affrontato
bp-section-practice = La pratica
bp-section-resources = Risorse necessarie
bp-section-results = Risultati e prove
bp-section-transferability = Trasferibilità
bp-section-lessons = Lezioni apprese
bp-hint-summary = Un breve paragrafo che dica in che cosa consiste la pratica e che cosa ha ottenuto; compare negli elenchi.
bp-hint-context = Dove si è svolta: la scuola o l'impresa, i discenti, il percorso formativo. Facoltativo, ma aiuta chi legge.
bp-hint-problem = Che cosa non funzionava, per chi e da che cosa ve ne siete accorti.
bp-hint-practice = Che cosa avete fatto, passo dopo passo, in modo che anche altri possano farlo.
bp-hint-resources = Persone, tempo, denaro, spazi e strumenti necessari. Facoltativo, ma aiuta chi legge.
bp-hint-results = Che cosa è cambiato, con delle prove: dati, valutazioni, riscontri da parte di discenti o imprese.
bp-hint-transferability = Che cosa serve a un'altra organizzazione per adottarla e che cosa va adattato. Facoltativo, ma i revisori lo valutano.
bp-hint-lessons = Che cosa fareste diversamente la prossima volta. Facoltativo, ma aiuta chi legge.
bp-label-eqf = Livello EQF
bp-label-countries = Paesi in cui è stata realizzata
bp-label-themes = Temi
bp-label-sectors = Settori
bp-label-competences = Riferimenti ai quadri di competenze
bp-label-links = Risorse collegate della cassetta degli attrezzi
bp-links-hint = Una risorsa della cassetta degli attrezzi per riga: il suo indirizzo (per esempio /resources/12) o il suo numero. Puoi collegare solo risorse che vedi nella cassetta degli attrezzi; i lettori vedono quelle che hanno il permesso di vedere.
bp-deposit-link = Condividi una nuova risorsa nella cassetta degli attrezzi
bp-label-change-note = Che cosa è cambiato
bp-change-note-hint = Una o due frasi per i redattori e i revisori: che cosa hai cambiato in questa versione e perché.
bp-submit-next = Dopo l'invio, la pratica riceve il suo identificativo e attende un redattore. Puoi seguirla in «Le tue pratiche».
bp-preview-button = Anteprima
bp-preview-title = Anteprima
bp-preview-hint = Ecco come appariranno le sezioni. Non è ancora stato salvato nulla: controllale, poi invia qui sotto.
bp-submit-button = Invia la pratica
bp-revise-button = Invia la nuova versione

bp-error-country-required = Scegli almeno un paese in cui la pratica è stata realizzata.
bp-error-org-required = Scegli l'organizzazione per cui proponi la pratica.
bp-error-too-many-links = { $limit ->
    [one] Collega al massimo una risorsa.
   *[other] Collega al massimo { $limit } risorse.
}
bp-error-unknown-resources = Queste non sono risorse della cassetta degli attrezzi che puoi vedere: { $items }
bp-error-editors-only = Solo i redattori delle buone pratiche possono farlo.
bp-error-authors-only = Solo l'autore di questa pratica può scriverne una nuova versione.
bp-error-not-open-for-revision = Si può scrivere una nuova versione solo quando i redattori chiedono delle modifiche o dopo che una versione è stata pubblicata. Questa pratica è in attesa di un redattore o in revisione.
bp-error-group-coordinators-only = Solo i coordinatori di questo gruppo di lavoro possono proporne i risultati come buona pratica.
bp-error-group-not-archived = Il gruppo di lavoro è ancora attivo: i suoi risultati si possono proporre dopo la chiusura del gruppo.
bp-error-group-already-proposed = I risultati di questo gruppo di lavoro sono già stati proposti come buona pratica.
bp-error-not-published = Questa pratica non è ancora pubblicata, quindi non può essere adottata.
bp-error-adopt-own-org = L'organizzazione che ha proposto questa pratica non può segnalarne l'adozione.
bp-error-adoption-already-reported = Hai già segnalato un'adozione di questa pratica per questa organizzazione.

## La pagina della pratica

bp-about-title = Informazioni sulla pratica
bp-label-submitter = Proposta da
bp-label-labels = Riconoscimenti
bp-label-source-group = Dal gruppo di lavoro
bp-linked-resources-title = Risorse nella cassetta degli attrezzi
bp-review-title = Revisione tra pari
bp-review-pending = Non ancora pubblicata: il punteggio di revisione compare quando una versione viene accettata.
bp-review-explained = Ogni pratica pubblicata è stata valutata da almeno due revisori per pertinenza, innovazione, prove di impatto, trasferibilità e sostenibilità.
bp-author-title = Per te che ne sei l'autore
bp-author-state = Stato: { $state }
bp-adopted-heading = { $count ->
    [0] Adottata da
    [one] Adottata da un'organizzazione
   *[other] Adottata da { $count } organizzazioni
}
bp-adopted-none = Nessuno ha ancora segnalato di aver adottato questa pratica. Se la tua organizzazione l'ha riutilizzata, racconta alla comunità come.
bp-adopted-all = { $count ->
    [one] La segnalazione di adozione
   *[other] Tutte le { $count } segnalazioni di adozione
}
bp-adoption-reported-by = segnalata da { $name }
bp-adoptions-lead = Organizzazioni che hanno riutilizzato «{ $title }»: dove e come.
bp-adopt-title = Segnala un'adozione
bp-adopt-lead = La tua organizzazione ha adottato questa pratica? Racconta dove e come, e che cosa avete adattato: è utile agli altri e dà merito agli autori.
bp-adopt-org = Adottata da
bp-adopt-org-none = (nessuna organizzazione indicata)
bp-adopt-country = Paese
bp-adopt-how = Come l'avete adottata
bp-adopt-how-hint = Che cosa avete ripreso, che cosa avete adattato e con quali risultati. Puoi usare Markdown.
bp-adopt-button = Segnala l'adozione
bp-login-to-adopt = Accedi per segnalare che la tua organizzazione ha adottato questa pratica

bp-cite-title = Come citarla
bp-cite-hint = Copia questo riferimento: l'identificativo e l'indirizzo non cambiano mai.
bp-cite-identifier = Identificativo
bp-cite-address = Indirizzo
bp-cite-title-label = Titolo
bp-cite-version = Versione
bp-cite-year = Anno
bp-cite-author = Autore
bp-citation = { $author } ({ $year }). { $title }, versione { $version }. Archivio delle buone pratiche di Bottega, { $code }. { $address }

## Versioni

bp-versions-title = Cronologia delle versioni
bp-versions-lead = Tutte le versioni di { $code }, dalla più recente. Una rielaborazione è una nuova versione: quelle precedenti restano come erano.
bp-version-published = Versione pubblicata
bp-first-version = Prima versione.
bp-no-change-note = Nessuna nota su che cosa è cambiato.
bp-version-notice = Stai leggendo la versione { $version }; la più recente è la versione { $newest }.
bp-version-notice-newest = Stai leggendo la versione { $version }, la più recente.
bp-version-current-link = Vai alla pratica

## Messaggi mostrati una sola volta dopo un'azione

flash-bp-submitted = La tua pratica è stata inviata. Ha ricevuto il suo identificativo e attende un redattore.
flash-bp-revised = La tua nuova versione è stata inviata e attende un redattore.
flash-bp-adoption-reported = Grazie: l'adozione è stata segnalata.

## Nella panoramica di un gruppo di lavoro chiuso

bp-propose-group-link = Proponi i risultati come buona pratica
bp-propose-group-hint = Il modulo della pratica si apre già compilato con i risultati; i redattori li faranno poi revisionare per l'archivio delle buone pratiche.
