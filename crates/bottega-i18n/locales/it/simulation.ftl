## Impresa simulata: pagine, moduli e messaggi. I testi del motore (resoconti, imprevisti,
## glossario, scenari) si trovano in simulation-engine.ftl.

sim-title = Impresa simulata
sim-intro-lead = Gestisci una piccola impresa artigiana in un mercato simulato e sicuro: fissa i prezzi, pianifica la produzione, assumi e forma il personale, promuovi i tuoi prodotti, investi e chiedi prestiti, e scopri che effetto hanno le tue decisioni su soldi, persone e clienti.
sim-intro-how = Un docente avvia una partita per la sua classe e distribuisce un codice. Con il codice gli studenti entrano in una squadra e decidono turno dopo turno; ogni turno corrisponde a un mese di vita dell'impresa.
sim-intro-sign-in = Accedi per giocare o per avviare una partita
sim-money = { $amount } €
sim-percent = { $value }%

sim-join-title = Partecipa a una partita
sim-label-code = Codice della partita
sim-join-button = Partecipa
sim-playing-title = Partite a cui partecipo
sim-playing-none = Non partecipi ancora a nessuna partita. Chiedi il codice della partita al tuo docente.
sim-teaching-title = Partite che gestisco
sim-teaching-none = Non hai ancora avviato nessuna partita.
sim-new-button = Avvia una nuova partita
sim-status-round = Turno { $round } di { $rounds }
sim-status-finished = Conclusa
sim-taught-by = gestita da { $name }
sim-label-choose-team = Scegli la tua squadra
sim-players-count = { $count ->
    [one] un giocatore
   *[other] { $count } giocatori
}

sim-new-title = Avvia una partita
sim-new-lead = Scegli un mestiere, quante squadre giocano e per quanti turni. Gli studenti entrano con il codice che riceverai nella pagina successiva.
sim-label-title = Nome della partita
sim-label-scenario = Mestiere
sim-label-mode = Come giocano le squadre
sim-mode-solo = Ogni squadra contro botteghe gestite dal computer
sim-mode-competitive = Le squadre si contendono gli stessi clienti
sim-label-teams = Numero di squadre
sim-hint-teams = Da 1 a { $max }.
sim-label-team-names = Nomi delle squadre (facoltativi)
sim-hint-team-names = Un nome per riga; le squadre senza nome vengono numerate.
sim-label-rounds = Numero di turni
sim-hint-rounds = Da 1 a { $max }. Dodici turni corrispondono a un anno.
sim-label-round-length = Durata di un turno
sim-length-by-hand = Avvio ogni turno a mano
sim-length-hours = { $count ->
    [one] un'ora
   *[other] { $count } ore
}
sim-length-days = { $count ->
    [one] un giorno
   *[other] { $count } giorni
}
sim-length-weeks = { $count ->
    [one] una settimana
   *[other] { $count } settimane
}
sim-label-lang = Lingua del nome
sim-create-button = Avvia la partita
sim-team-default-name = Squadra { $number }

sim-label-progress = Avanzamento
sim-label-deadline = Il turno in corso si chiude
sim-deadline-at = si chiude il { $when }
sim-code-hint = Gli studenti entrano da Impresa simulata → Partecipa a una partita con il codice { $code }.
sim-play-title = Turno { $round }
sim-decided-count = { $decided } squadre su { $teams } hanno inviato le loro decisioni.
sim-play-button = Gioca ora il turno { $round }
sim-play-hint = Le squadre che non hanno inviato le decisioni mantengono prezzi, quantità, ore e spese del turno precedente; agli imprevisti in sospeso viene assegnata la risposta predefinita.
sim-finished-notice = Tutti i turni sono stati giocati. Il riepilogo delle competenze di ogni studente si trova nel suo profilo.
sim-debrief-title = Debriefing
sim-csv-link = Scarica i risultati (CSV)
sim-debrief-table = Risultati delle squadre in tutta la partita
sim-col-total-profit = Utile netto totale
sim-col-final-cash = Liquidità finale
sim-col-average-share = Quota di mercato media
sim-debrief-stories = Gli imprevisti e le risposte delle squadre
sim-teams-title = Squadre
sim-col-team = Squadra
sim-col-players = Giocatori
sim-col-decided = Ha deciso in questo turno
sim-decided-yes = Sì
sim-decided-no = Non ancora
sim-no-players = ancora nessuno
sim-remove-player = Rimuovi { $name } dalla partita
sim-place-title = Inserisci uno studente in una squadra
sim-label-person = Studente
sim-hint-person = Il suo nome utente (senza @) o il suo indirizzo email su Bottega. Uno studente che è già nella partita viene spostato nella squadra che scegli.
sim-place-button = Inserisci nella squadra
sim-bankrupt = fallita
sim-computer = gestita dal computer
sim-computer-team = Bottega gestita dal computer { $number }

sim-team-members = Membri della squadra:
sim-decide-title = Decisioni per il turno { $round }
sim-submitted-by = Inviate da { $name } il { $when }. Puoi ancora modificarle finché il turno non viene giocato.
sim-not-submitted = La tua squadra non ha ancora inviato le decisioni per questo turno.
sim-pending-incidents = Imprevisti in attesa di una tua risposta:
sim-decide-button = Prendi le tue decisioni
sim-dashboard-title = La tua impresa oggi
sim-no-rounds-yet = Non è stato ancora giocato nessun turno.
sim-chart-money = Liquidità e utile per turno
sim-chart-customers = Clienti per turno
sim-last-round-title = Che cosa è successo nel turno { $round }
sim-full-report = Resoconto completo con conto economico, stato patrimoniale e rendiconto finanziario
sim-history-title = Dati principali per turno
sim-col-round = Turno
sim-stories-title = Gli imprevisti e le tue risposte
sim-stories-none = Non è stata ancora data una risposta a nessun imprevisto.
sim-round-label = Turno { $round }
sim-chosen-response = Risposta scelta:
sim-automatic-response = scelta automaticamente perché non sono state inviate decisioni
sim-comments-title = Commenti del docente
sim-comments-none = Ancora nessun commento.
sim-comment-by = di { $name }
sim-label-comment = Commento
sim-comment-button = Aggiungi il commento
sim-bankrupt-notice = L'impresa è rimasta senza soldi troppo a lungo ed è fallita: non svolge più alcuna attività. Guarda i resoconti per capire dove sono finiti i soldi.
sim-reused-notice = Per questo turno non sono state inviate decisioni, quindi sono state riutilizzate le scelte del turno precedente.

sim-figure-cash = Liquidità
sim-figure-profit = Utile netto
sim-figure-revenue = Ricavi
sim-figure-gross-margin = Margine lordo
sim-figure-market-share = Quota di mercato
sim-figure-satisfaction = Soddisfazione dei clienti
sim-figure-staff = Personale
sim-figure-morale = Morale del personale
sim-figure-reputation = Reputazione
sim-figure-break-even = Ricavi di pareggio

sim-report-title = Resoconto del turno { $round }
sim-rounds-nav = Altri turni
sim-report-explanations = Che cosa significa
sim-report-events = Che cosa è successo
sim-report-glossary = Parole usate qui:
sim-report-products = Vendite per prodotto
sim-col-product = Prodotto
sim-col-price = Prezzo
sim-col-planned = Pianificati
sim-col-produced = Realizzati o disponibili
sim-col-demand = Richiesti dai clienti
sim-col-sold = Venduti
sim-col-lost = Vendite perse
sim-col-written-off = Buttati via
sim-income-statement = Conto economico
sim-balance-assets = Stato patrimoniale: ciò che l'impresa possiede
sim-balance-liabilities = Stato patrimoniale: ciò che l'impresa deve e il patrimonio netto dei proprietari
sim-cash-flow-statement = Rendiconto finanziario
sim-is-revenue = Ricavi
sim-is-cost-of-goods = Costo del venduto
sim-is-write-offs = Merci buttate via
sim-is-gross-profit = Utile lordo
sim-is-wages = Stipendi
sim-is-overtime = Straordinari
sim-is-recruitment = Selezione del personale e indennità di fine rapporto
sim-is-training = Formazione
sim-is-marketing = Marketing
sim-is-rent = Affitto
sim-is-incident-costs = Costi degli imprevisti
sim-is-other-income = Altri proventi
sim-is-depreciation = Ammortamenti
sim-is-operating-profit = Risultato operativo
sim-is-interest-expense = Interessi passivi
sim-is-interest-income = Interessi attivi
sim-is-profit-before-tax = Utile prima delle imposte
sim-is-tax = Imposte
sim-is-net-profit = Utile netto
sim-bs-cash = Liquidità
sim-bs-materials = Materie prime in magazzino
sim-bs-goods = Prodotti finiti in magazzino
sim-bs-equipment-cost = Attrezzature al costo d'acquisto
sim-bs-depreciation = Ammortamenti accumulati
sim-bs-total-assets = Totale attività
sim-bs-bank-loan = Prestito bancario
sim-bs-emergency-loan = Prestito d'emergenza
sim-bs-total-liabilities = Totale passività
sim-bs-share-capital = Capitale dei proprietari
sim-bs-retained-earnings = Utili portati a nuovo
sim-bs-total-equity = Totale patrimonio netto
sim-bs-total-liabilities-equity = Passività e patrimonio netto
sim-cf-opening = Liquidità all'inizio del turno
sim-cf-customers = Incassi dai clienti
sim-cf-other-receipts = Altre entrate
sim-cf-suppliers = Pagamenti ai fornitori
sim-cf-staff = Pagamenti al personale
sim-cf-other-payments = Affitto, marketing, formazione e altri pagamenti
sim-cf-interest-paid = Interessi pagati
sim-cf-interest-received = Interessi incassati
sim-cf-tax = Imposte pagate
sim-cf-operating = Flusso di cassa della gestione operativa
sim-cf-equipment = Attrezzature acquistate
sim-cf-investing = Flusso di cassa degli investimenti
sim-cf-loans = Prestiti ottenuti
sim-cf-repayments = Prestiti rimborsati
sim-cf-emergency = Prestito d'emergenza ricevuto
sim-cf-emergency-repaid = Prestito d'emergenza rimborsato
sim-cf-financing = Flusso di cassa dei finanziamenti
sim-cf-change = Variazione della liquidità
sim-cf-closing = Liquidità alla fine del turno

sim-cash-now = liquidità { $amount }
sim-staff-now = { $count ->
    [one] un dipendente
   *[other] { $count } dipendenti
}
sim-preview-title = E se…: il turno con queste decisioni
sim-preview-hint = Un'anteprima calcolata dallo stesso motore, come se tutte le altre squadre mantenessero le loro scelte attuali. Non è stato ancora inviato nulla.
sim-section-incidents = Imprevisti a cui rispondere
sim-label-response = La tua risposta
sim-label-justification = Perché questa risposta?
sim-hint-justification = Qualche frase con parole tue: il tuo docente le legge e valgono come prova delle tue competenze.
sim-section-products = Prodotti e orario di apertura
sim-label-price = Prezzo: { $product }
sim-label-volume = Quantità: { $product }
sim-hint-last-demand = Nel turno precedente i clienti ne volevano { $units }.
sim-label-hours = Ore di apertura alla settimana
sim-hint-hours = La settimana standard è di { $standard } ore; oltre si tratta di straordinari (al massimo { $max }).
sim-section-materials = Materie prime da acquistare
sim-label-buy = { $material } da acquistare
sim-hint-in-stock = In magazzino: { $units }.
sim-section-people = Personale
sim-label-hire = Persone da assumere
sim-hint-labour-pool = { $count ->
    [one] Una persona è in cerca di lavoro.
   *[other] { $count } persone sono in cerca di lavoro.
}
sim-label-let-go = Persone da licenziare
sim-hint-staff = { $count ->
    [one] Al momento lavora per te una persona.
   *[other] Al momento lavorano per te { $count } persone.
}
sim-label-wage = Stipendio mensile per persona
sim-label-training = Budget per la formazione
sim-section-marketing = Marketing per canale
sim-section-investment = Attrezzature e finanziamenti
sim-label-equipment = { $equipment } da acquistare
sim-hint-unit-price = Prezzo unitario: { $price }.
sim-label-loan-draw = Nuovo prestito bancario
sim-label-loan-repay = Rimborso del prestito bancario
sim-hint-loan-outstanding = Debito residuo: { $amount }.
sim-hint-between = Tra { $min } e { $max }.
sim-hint-at-most = Al massimo { $max }.
sim-section-quality = Qualità e sostenibilità
sim-quality-standard = Materiali e metodi standard
sim-quality-premium = Premium: materiali più cari, qualità più alta
sim-quality-eco = Sostenibile: materiali locali ed ecologici, piace ai clienti attenti all'ambiente
sim-preview-button = Guarda l'anteprima del risultato
sim-submit-button = Invia le decisioni

sim-glossary-title = Le parole dell'economia spiegate
sim-glossary-lead = Le parole usate nei resoconti, spiegate in modo semplice.

sim-error-required = Inserisci un valore.
sim-error-whole-number = Inserisci un numero intero, per esempio 120.
sim-error-amount = Inserisci un importo in euro, per esempio 4,50.
sim-error-too-large = Questo numero è decisamente troppo grande.
sim-error-choose = Scegli una delle opzioni.
sim-error-between = Inserisci un numero intero da { $min } a { $max }.
sim-error-length = Usa tra { $min } e { $max } caratteri.
sim-error-competitive-needs-two = Le squadre possono sfidarsi tra loro solo se ce ne sono almeno due.
sim-error-too-many-names = Ci sono più nomi che squadre: inseriscine al massimo { $count }.
sim-error-name-length = Il nome di una squadra può avere al massimo { $max } caratteri.
sim-error-unknown-code = Nessuna partita in corso ha questo codice. Verifica il codice con il tuo docente.
sim-error-own-game = Sei tu a gestire questa partita, quindi non puoi giocarci.
sim-error-game-finished = Questa partita è conclusa; non si può più modificare nulla.
sim-error-choose-team = Scegli una squadra di questa partita.
sim-error-not-your-team = Solo i membri di questa squadra possono decidere per lei.
sim-error-teacher-only = Solo il docente che gestisce questa partita può farlo.
sim-error-round-moved-on = Questo turno è già stato giocato. I dati che hai inserito sono conservati qui sotto: confrontali con il nuovo resoconto prima di inviarli per il turno successivo.
sim-error-deadline-passed = La scadenza di questo turno è passata, quindi non è più possibile inviare decisioni. I dati che hai inserito sono conservati qui sotto; il turno verrà giocato a breve.
sim-error-round-already-played = Questo turno è appena stato giocato (forse con un secondo clic o alla scadenza). Nessun turno è stato giocato due volte.
sim-error-unknown-person = Nessun membro attivo ha questo nome utente o indirizzo email.
sim-error-comment-length = Un commento deve contenere del testo e al massimo 2.000 caratteri.

flash-sim-created = La partita è iniziata. Dai ai tuoi studenti il codice qui sotto.
flash-sim-joined = Ti diamo il benvenuto nella squadra! Prendi le tue prime decisioni.
flash-sim-already-in-team = Fai già parte di una squadra di questa partita.
flash-sim-decisions-saved = Le tue decisioni sono state salvate. Puoi modificarle finché il turno non viene giocato.
flash-sim-round-played = Il turno è stato giocato. Ogni squadra può leggere il suo resoconto.
flash-sim-game-finished = L'ultimo turno è stato giocato: la partita è finita. Apri il debriefing per confrontare le squadre.
flash-sim-player-placed = Lo studente è stato inserito nella squadra.
flash-sim-player-removed = Lo studente è stato rimosso dalla partita.
flash-sim-comment-added = Il tuo commento è stato aggiunto.

sim-profile-title = Competenze dimostrate nell'impresa simulata
sim-profile-lead = Competenze EntreComp dimostrate con le decisioni e le motivazioni scritte nelle partite di impresa simulata.
sim-profile-results = utile totale { $profit }, liquidità finale { $cash }
sim-profile-evidence = { $count ->
    [one] una prova
   *[other] { $count } prove
}
sim-profile-justifications = { $count ->
    [one] Una motivazione scritta
   *[other] { $count } motivazioni scritte
}
