## Il laboratorio di scenario (sezione Comunicazione): fattori di cambiamento, scenari, scelte politiche.

workshop-list-title = Laboratori di scenario
workshop-list-lead = Rifletti insieme agli altri su come potrebbero evolvere l'istruzione e la formazione professionale: individua le forze che le plasmano, immagina quattro futuri possibili e valuta le scelte che facciamo oggi.
workshop-new-link = Avvia un laboratorio
workshop-login-to-start = Accedi per avviare un laboratorio
workshop-filter-label = Filtra i laboratori
workshop-count = { $count ->
    [one] Un laboratorio
   *[other] { $count } laboratori
}
workshop-list-none = Non è stato ancora avviato nessun laboratorio.
workshop-list-none-filtered = Nessun laboratorio corrisponde a questi filtri.

## Fasi

workshop-phase-drivers = Raccolta dei fattori
workshop-phase-scenarios = Stesura degli scenari
workshop-phase-closed = Chiuso
workshop-steps-label = Fasi del laboratorio
workshop-step-drivers = 1. Fattori di cambiamento
workshop-step-scenarios = 2. Scenari e scelte
workshop-step-closed = 3. Risultati

## Avviare un laboratorio

workshop-new-title = Avvia un laboratorio di scenario
workshop-new-lead = Sarai tu a facilitarlo: i membri propongono e valutano i fattori di cambiamento, tu scegli i due assi e tutti insieme scrivono i quattro scenari.
workshop-label-title = Titolo
workshop-label-focal-question = Domanda centrale
workshop-focal-question-hint = La domanda strategica che il laboratorio esplora, per esempio: come impareranno il mestiere gli apprendisti dell'edilizia?
workshop-label-horizon = Orizzonte temporale
workshop-horizon-hint = L'anno a cui guardano gli scenari, dal { $min } al { $max }.
workshop-label-lang = Lingua del laboratorio
workshop-label-community = Comunità
workshop-no-community = Non c'è ancora nessuna comunità in cui puoi avviare un laboratorio.
workshop-create-button = Avvia il laboratorio
workshop-error-horizon = Inserisci un anno dal { $min } al { $max }.
workshop-error-community = Scegli una delle comunità proposte.

## La pagina del laboratorio

workshop-label-phase = Fase
workshop-label-facilitator = Facilitatore
workshop-report-link = Resoconto
workshop-markdown-link = Scarica in formato Markdown
workshop-closed-notice = Questo laboratorio è chiuso. Puoi leggerne ed esportarne i risultati; non è possibile modificare nulla finché il facilitatore non lo riapre.
workshop-login-to-take-part = Accedi per partecipare a questo laboratorio
workshop-verify-to-take-part = Conferma il tuo indirizzo email per partecipare a questo laboratorio.
workshop-proposed-by = proposto da { $name }
workshop-someone = qualcuno

## Fattori di cambiamento

workshop-drivers-heading = Fattori di cambiamento
workshop-drivers-intro = I fattori di cambiamento sono le forze che plasmeranno l'istruzione e la formazione professionale da qui all'anno dell'orizzonte. Valuta ciascuno di essi: quanto forte sarebbe il suo impatto sulla domanda centrale e quanto è incerta la sua evoluzione.
workshop-drivers-none = Non è stato ancora proposto nessun fattore.
workshop-drivers-details = { $count ->
    [one] Mostra il fattore in dettaglio
   *[other] Mostra i { $count } fattori in dettaglio
}
workshop-driver-new-heading = Proponi un fattore
workshop-driver-new-hint = Una tendenza, una tecnologia, una politica, un cambiamento demografico o economico: tutto ciò che potrebbe influire sulla risposta alla domanda centrale.
workshop-label-driver-title = Fattore
workshop-label-driver-description = Descrizione (facoltativa)
workshop-label-kind = Tipo
workshop-kind-trend = Tendenza
workshop-kind-trend-hint = già in atto, la sua direzione è abbastanza chiara
workshop-kind-uncertainty = Incertezza
workshop-kind-uncertainty-hint = potrebbe evolvere in modi molto diversi
workshop-driver-add-button = Aggiungi il fattore
workshop-label-impact = Impatto
workshop-label-uncertainty = Incertezza
workshop-label-ratings = Valutazioni
workshop-rate-driver = Valuta questo fattore
workshop-rate-choice = Valuta questa scelta
workshop-your-rating = La tua valutazione
workshop-rating-choose = Scegli…
workshop-rating-option = { $n ->
    [1] 1 – molto basso
    [2] 2 – basso
    [3] 3 – medio
    [4] 4 – alto
   *[5] 5 – molto alto
}
workshop-rating-button = Salva la mia valutazione
workshop-rating-change-button = Modifica la mia valutazione
workshop-not-rated = non ancora valutato
workshop-error-rating = Scegli una valutazione da 1 a 5.
workshop-error-rating-missing = Assegna una valutazione da 1 a 5.
workshop-error-driver-elsewhere = Questo fattore non fa parte di questo laboratorio. Scegli uno dei fattori elencati.
workshop-error-choice-elsewhere = Questa scelta non fa parte di questo laboratorio. Valuta una delle scelte elencate.

## Il grafico

workshop-chart-title = Fattori per impatto e incertezza
workshop-chart-desc = { $count ->
    [one] Un fattore valutato, collocato in base all'incertezza media (in orizzontale, da 1 a 5) e all'impatto medio (in verticale, da 1 a 5).
   *[other] { $count } fattori valutati, collocati in base all'incertezza media (in orizzontale, da 1 a 5) e all'impatto medio (in verticale, da 1 a 5).
} { $critical ->
    [0] Nessuno è un'incertezza critica.
    [one] Uno è un'incertezza critica (impatto elevato, incertezza elevata).
   *[other] { $critical } sono incertezze critiche (impatto elevato, incertezza elevata).
}
workshop-chart-desc-critical = Incertezze critiche: { $drivers }.
workshop-chart-desc-empty = Nessun fattore è stato ancora valutato, quindi il grafico è vuoto.
workshop-chart-axis-uncertainty = Incertezza
workshop-chart-axis-impact = Impatto
workshop-chart-critical = Incertezze critiche
workshop-chart-trends = Tendenze chiave
workshop-critical-badge = Incertezza critica
workshop-chart-empty = Il grafico si riempie man mano che i membri valutano i fattori.
workshop-chart-caption = { $count ->
    [one] Un fattore valutato
   *[other] { $count } fattori valutati
}, { $critical ->
    [0] nessuno tra le incertezze critiche (in alto a destra)
    [one] uno tra le incertezze critiche (in alto a destra)
   *[other] { $critical } tra le incertezze critiche (in alto a destra)
}. Gli stessi dati sono riportati di seguito sotto forma di elenco.
workshop-legend-heading = Legenda del grafico
workshop-drivers-table-caption = Fattori con le loro valutazioni medie
workshop-label-number = N.
workshop-label-driver = Fattore
workshop-label-impact-average = Impatto medio
workshop-label-uncertainty-average = Incertezza media
workshop-label-quadrant = Quadrante

## Assi

workshop-axes-heading = Scegli gli assi degli scenari
workshop-axes-heading-done = Assi degli scenari
workshop-axes-hint = Scegli due fattori, idealmente due incertezze critiche indipendenti l'una dall'altra, e dai un nome ai due esiti estremi di ciascuno. Così si apre la fase degli scenari, con quattro scenari, uno per ogni combinazione; da quel momento non è più possibile aggiungere o valutare fattori.
workshop-axis-x = Asse orizzontale
workshop-axis-y = Asse verticale
workshop-axis-x-named = Asse orizzontale: { $driver }
workshop-axis-y-named = Asse verticale: { $driver }
workshop-label-axis-driver = Fattore
workshop-label-pole-low = Polo basso (un esito estremo)
workshop-label-pole-high = Polo alto (l'esito opposto)
workshop-axes-button = Fissa gli assi e apri gli scenari
workshop-error-same-axis = Scegli un fattore diverso per ciascun asse.
workshop-error-two-drivers = Per gli assi servono almeno due fattori. Prima proponi altri fattori.

## Scenari

workshop-scenarios-heading = Scenari
workshop-scenario-unnamed = Scenario { $quadrant }
workshop-scenario-empty = Nessuno ha ancora scritto questo scenario.
workshop-scenario-edited = Ultima modifica di { $name }, { $date }
workshop-scenario-edit = Scrivi questo scenario
workshop-scenario-history = Versioni precedenti
workshop-scenario-edit-heading = Scrivi lo scenario { $quadrant }
workshop-label-poles = Dove si colloca questo scenario:
workshop-label-scenario-name = Nome dello scenario
workshop-label-narrative = Racconto
workshop-narrative-hint = Descrivi questo futuro come se ci vivessi: com'è l'istruzione e la formazione professionale, chi impara che cosa e dove. Puoi usare Markdown: **grassetto**, *corsivo*, elenchi con -, link.
workshop-scenario-save-button = Salva lo scenario
workshop-preview-button = Anteprima
workshop-preview-heading = Anteprima
workshop-cancel = Annulla
workshop-error-stale-revision = Un'altra persona ha salvato questo scenario mentre scrivevi. Il tuo testo non è stato salvato: confrontalo con la sua versione qui riportata, unisci le due e salva di nuovo.
workshop-conflict-heading = Questo scenario è cambiato mentre scrivevi
workshop-conflict-text = { $name } ha salvato una nuova versione il { $date }. Il tuo testo si trova ancora nel modulo qui sotto.
workshop-conflict-their-version = La sua versione, ora salvata
workshop-conflict-source = Il suo testo in formato Markdown, da cui copiare
workshop-conflict-next = Quando salvi di nuovo, il tuo testo sostituisce la sua versione: conserva ciò che ti serve.
workshop-history-title = Versioni precedenti
workshop-history-current = Versione attuale ({ $revision })
workshop-history-version = Versione { $revision }
workshop-history-replaced = Sostituita da { $name }, { $date }
workshop-history-none = Non ci sono ancora versioni precedenti.

## Scelte politiche

workshop-choices-heading = Scelte politiche e decisioni
workshop-choices-intro = Che cosa potremmo decidere oggi per avvicinarci a uno di questi futuri, o per allontanarcene? Aggiungi scelte e decisioni e valuta ciascuna per quanto è plausibile che vengano prese e per quanto sono desiderabili.
workshop-choices-count = { $count ->
    [0] Ancora nessuna scelta
    [one] Una scelta
   *[other] { $count } scelte
}
workshop-choices-none = Per questo scenario non è stata ancora aggiunta nessuna scelta.
workshop-label-choice = Scelta o decisione
workshop-choice-hint = Per esempio: inserire un periodo di apprendimento basato sul lavoro in ogni percorso di IFP.
workshop-label-direction = Direzione
workshop-direction-towards = Verso questo scenario
workshop-direction-away = Lontano da questo scenario
workshop-choice-add-button = Aggiungi la scelta
workshop-label-plausibility = Plausibilità
workshop-label-desirability = Desiderabilità
workshop-promising-badge = Plausibile e desiderabile

## Risultati

workshop-results-heading = Risultati
workshop-results-caption = Scenari secondo le valutazioni delle loro scelte
workshop-label-scenario = Scenario
workshop-label-choices = Scelte
workshop-label-plausibility-average = Plausibilità media
workshop-label-desirability-average = Desiderabilità media
workshop-results-none = Nessuna scelta è stata ancora valutata.
workshop-most-desirable = Scenario più desiderabile: { $scenario } (desiderabilità media { $value })
workshop-most-plausible = Scenario più plausibile: { $scenario } (plausibilità media { $value })
workshop-promising-heading = Scelte valutate sia plausibili sia desiderabili
workshop-promising-hint = Scelte con plausibilità e desiderabilità medie entrambe pari o superiori a 3,5: buone candidate per delle raccomandazioni.
workshop-promising-none = Nessuna scelta è stata ancora valutata sia plausibile sia desiderabile.

## Facilitazione

workshop-facilitation-heading = Facilitazione
workshop-close-hint = Chiudendo il laboratorio, tutto resta com'è: nessuno può più modificarlo e i suoi risultati possono essere letti ed esportati.
workshop-close-button = Chiudi il laboratorio
workshop-reopen-hint = Riaprendo il laboratorio, i membri possono di nuovo partecipare dal punto in cui si era fermato.
workshop-reopen-button = Riapri il laboratorio
workshop-error-closed = Questo laboratorio è chiuso, quindi non è possibile modificare nulla.
workshop-error-wrong-phase = Questo laboratorio ora è in un'altra fase. Ricarica la pagina per vedere che cosa puoi fare.

## Resoconto

workshop-report-title = Resoconto del laboratorio
workshop-report-generated = Generato il { $date }
workshop-print-hint = Usa il comando di stampa del browser per stamparlo o salvarlo in PDF.

## Messaggi mostrati una sola volta dopo un'azione

flash-workshop-created = Il tuo laboratorio è stato avviato. Invita i membri a proporre fattori di cambiamento.
flash-workshop-driver-added = Il tuo fattore è stato aggiunto.
flash-workshop-rating-saved = La tua valutazione è stata salvata.
flash-workshop-axes-set = Gli assi sono stati fissati: i quattro scenari sono aperti.
flash-workshop-scenario-saved = Lo scenario è stato salvato.
flash-workshop-choice-added = La tua scelta è stata aggiunta.
flash-workshop-closed = Il laboratorio è stato chiuso.
flash-workshop-reopened = Il laboratorio è di nuovo aperto.
