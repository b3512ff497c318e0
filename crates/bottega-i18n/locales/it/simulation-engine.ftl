### La simulazione d'impresa (crate bottega-sim). Il motore non scrive frasi: ogni testo che
### mostra è una chiave, e l'id Fluent di una chiave è la chiave con i punti sostituiti da trattini
### (bottega_sim::fluent_id). Gli argomenti arrivano tipizzati dal motore e li prepara il livello web:
###   i conteggi ($people, $units, $hours, $count, $planned, $produced, $ordered, $delivered,
###     $rounds_left) sono numeri, così funzionano le varianti del plurale;
###   gli importi ($amount, $cost, $revenue, $profit, $cash_change, $severance) sono stringhe già
###     formattate ($cash_change mantiene il segno meno);
###   le quote ($margin, $ratio, $rate, $from, $to) sono percentuali già formattate, come "42%";
###   i nomi ($product, $material, $equipment, $incident, $response) sono altri messaggi di questo
###     file, tradotti prima. Si leggono come etichette ("Pagnotta di pasta madre"), quindi le frasi
###     li mettono all'inizio o dopo i due punti.
### Gli errori delle decisioni possono ricevere $min e $max (già formattati come importo, ore o
### numero, secondo il campo) e $field (l'etichetta tradotta del campo); compaiono accanto al campo.

## Resoconto del turno: spiegazioni dei risultati

report-bankrupt = La tua impresa è fallita. Ha avuto bisogno di un prestito d'emergenza per troppi turni di fila e non riesce più a pagare i suoi debiti, quindi ha cessato l'attività e non prende più decisioni. Ripercorri i tuoi resoconti per capire dove sono finiti i soldi: è la lezione più utile di questo gioco.
report-break_even = Per raggiungere il punto di pareggio, cioè per coprire tutti i costi fissi senza andare in perdita, con i margini di questo turno ti servono ricavi di circa { $revenue } per turno. Le vendite sopra questa soglia portano un utile, quelle sotto una perdita. Prezzi migliori, materie prime più economiche o costi fissi più bassi abbassano il punto di pareggio.
report-depreciation = In questo turno le tue attrezzature hanno perso { $amount } di valore per l'età e l'usura. È l'ammortamento: per ora non è uscito denaro dal tuo conto, ma è un costo reale, perché un giorno i macchinari andranno sostituiti. Fai in modo di avere la liquidità necessaria quando arriverà il momento.
report-emergency_loan = La tua liquidità si è esaurita, così la banca ha coperto l'ammanco di { $amount } con un prestito d'emergenza. È costoso, con un tasso d'interesse annuo pari a { $rate }, e viene rimborsato automaticamente appena torni ad avere liquidità. Attenzione: se resti di nuovo senza liquidità { $rounds_left ->
        [one] anche nel prossimo turno
       *[other] in ciascuno dei prossimi { $rounds_left } turni
    }, la tua impresa fallisce. Spendi meno, vendi di più oppure chiedi per tempo un normale prestito bancario.
report-gross_margin = Il tuo margine lordo è stato pari a { $margin }. È la parte dei ricavi di vendita che resta dopo aver pagato le materie prime e le merci che hai venduto. Con questa somma devi pagare stipendi, affitto, marketing e tutto il resto, quindi un prezzo più alto o materie prime più economiche fanno una grande differenza.
report-interest_paid = Hai pagato { $amount } di interessi sui tuoi prestiti. Gli interessi sono il prezzo del denaro preso in prestito. Se rimborsi i prestiti quando hai liquidità in più, questo costo si riduce.
report-inventory_built_up = Il valore della merce ferma in magazzino è aumentato di { $amount }. Quel denaro è immobilizzato in prodotti non ancora venduti: compare nei tuoi conti, ma non puoi spenderlo. Cerca di produrre quantità più vicine a ciò che i clienti comprano davvero.
report-loss = In questo turno hai chiuso con una perdita di { $amount }: i tuoi costi sono stati superiori ai ricavi. Una perdita riduce il valore dell'impresa per i suoi proprietari. Controlla quali costi sono aumentati e se i tuoi prezzi e le tue vendite bastano a coprirli.
report-loss_carry_forward_used = Le perdite dei turni precedenti hanno ridotto di { $amount } il tuo utile imponibile, quindi in questo turno hai pagato meno imposte. Le regole permettono a un'impresa di compensare le perdite passate con gli utili successivi, e questo la aiuta a riprendersi.
report-lost_sales_capacity = { $product }: in questo turno la richiesta dei clienti ha superato di { $units ->
        [one] un'unità
       *[other] { $units } unità
    } quello che potevi produrre o servire. Quelle vendite sono perse, e i clienti delusi danneggiano la tua reputazione. Guarda che cosa ti ha frenato, poi pianifica più ore di lavoro, più personale o più attrezzature.
report-lost_sales_stock = { $product }: la richiesta dei clienti ha superato di { $units ->
        [one] un'unità
       *[other] { $units } unità
    } quello che avevi pronto da vendere. Quelle vendite sono perse, e i clienti che se ne vanno a mani vuote danneggiano la tua reputazione. Valuta di pianificare una quantità maggiore nel prossimo turno.
report-no_contribution_margin = Dopo aver pagato le materie prime e gli altri costi che crescono con ogni vendita, non è rimasto nulla per pagare i costi fissi, come l'affitto e gli stipendi. Stando così le cose, ogni vendita in più peggiora il risultato invece di migliorarlo. Alza i prezzi o abbassa il costo per unità prima di cercare di vendere di più.
report-overtime = In questo turno il tuo personale ha lavorato { $hours ->
        [one] un'ora
       *[other] { $hours } ore
    } di straordinario, con un costo aggiuntivo in stipendi di { $cost }. Gli straordinari aiutano nei periodi di punta, ma sono cari e stancano le persone. Se ti servono in ogni turno, pensa ad assumere.
report-production_limited_equipment = Avevi pianificato { $planned ->
        [one] un'unità
       *[other] { $planned } unità
    } in totale (prodotti o appuntamenti), ma è stato possibile realizzarne solo { $produced }: le tue attrezzature lavoravano già a piena capacità. Acquista altre attrezzature o pianifica quantità che i tuoi macchinari riescono a gestire.
report-production_limited_labour = Avevi pianificato { $planned ->
        [one] un'unità
       *[other] { $planned } unità
    } in totale (prodotti o appuntamenti), ma è stato possibile realizzarne solo { $produced }: il tuo personale non aveva abbastanza ore di lavoro. Potresti assumere, formare il personale perché lavori più velocemente o allungare l'orario di apertura, anche se gli straordinari costano di più.
report-production_limited_materials = Avevi pianificato { $planned ->
        [one] un'unità
       *[other] { $planned } unità
    } in totale (prodotti o appuntamenti), ma è stato possibile realizzarne solo { $produced }: in magazzino non c'erano abbastanza materie prime. Acquista materie prime sufficienti per le quantità che pianifichi, con un piccolo margine nel caso una consegna arrivi in ritardo.
report-profit = In questo turno hai realizzato un utile di { $amount }: i tuoi ricavi sono stati superiori alla somma di tutti i costi. L'utile aumenta il valore dell'impresa per i suoi proprietari. Decidi se tenerlo come riserva di liquidità o investirlo.
report-profit_but_cash_fell = Hai realizzato un utile di { $profit }, eppure la tua liquidità è variata di { $cash_change }. Utile e liquidità non sono la stessa cosa: il denaro può essere immobilizzato nelle scorte, speso in attrezzature o usato per rimborsare prestiti. Tieni d'occhio entrambi.
report-reputation_fell = La tua reputazione è scesa da { $from } a { $to }. Qualità scarsa, un cattivo rapporto qualità-prezzo e clienti che non hai potuto servire cambiano l'opinione che le persone hanno di te, e una reputazione più debole porta meno clienti nei prossimi turni. Punta sulla qualità e fai in modo di avere abbastanza per tutti, così la riconquisterai.
report-staff_quit = In questo turno { $people ->
        [one] una persona si è dimessa
       *[other] { $people } persone si sono dimesse
    }. Quando qualcuno se ne va, porta con sé la sua esperienza, e assumere una persona nuova costa. Stipendi bassi, morale basso e troppi straordinari spingono le persone ad andarsene.
report-tax_paid = Hai pagato { $amount } di imposte sul tuo utile. Le imposte sugli utili si pagano solo quando c'è un utile, quindi sono il prezzo di un buon turno.
report-unsold_written_off = { $product }: { $units ->
        [one] un'unità invenduta è stata buttata via
       *[other] { $units } unità invendute sono state buttate via
    }, con una perdita di { $cost }. I prodotti freschi non si possono conservare per il turno successivo, quindi pianifica quantità più vicine a ciò che i clienti comprano.
report-wage_below_market = I tuoi stipendi rispetto a quelli abituali sul mercato: { $ratio }. Così risparmi subito, ma una paga bassa rende il tuo personale meno motivato e più propenso ad andarsene, e anche sostituire le persone costa.

## Resoconto del turno: che cosa è successo

event-bankrupt = La tua impresa è fallita e ha cessato l'attività.
event-delivery_short = { $material }: avevi ordinato { $ordered }, ma ne è arrivata solo una parte: { $delivered }.
event-emergency_loan = La tua liquidità si è esaurita: la banca ti ha concesso un prestito d'emergenza di { $amount }.
event-emergency_loan_repaid = Del prestito d'emergenza sono stati rimborsati automaticamente { $amount }.
event-equipment_bought = { $equipment }: hai acquistato { $count ->
        [one] un'unità
       *[other] { $count } unità
    } per { $cost }.
event-equipment_retired = { $equipment }: { $count ->
        [one] un'unità è arrivata alla fine della sua vita utile ed è stata messa fuori servizio.
       *[other] { $count } unità sono arrivate alla fine della loro vita utile e sono state messe fuori servizio.
    }
event-incident = È successo qualcosa: { $incident }. Scegli come reagire nelle tue prossime decisioni.
event-incident_resolved = { $incident }: la tua risposta è stata “{ $response }”.
event-staff_hired = { $people ->
        [one] Una nuova persona è entrata
       *[other] { $people } nuove persone sono entrate
    } a far parte del personale. La selezione è costata { $cost }.
event-staff_left_after_incident = Dopo quello che è successo, { $people ->
        [one] una persona ha lasciato
       *[other] { $people } persone hanno lasciato
    } l'impresa.
event-staff_let_go = Hai licenziato { $people ->
        [one] una persona
       *[other] { $people } persone
    }. Indennità di fine rapporto: { $severance }.
event-staff_quit = { $people ->
        [one] Una persona si è dimessa.
       *[other] { $people } persone si sono dimesse.
    }

## Glossario: il termine e una breve spiegazione in .definition

glossary-revenue = Ricavi
    .definition = Tutto il denaro che i clienti ti pagano per i tuoi prodotti e servizi in un turno, prima di togliere qualsiasi costo.
glossary-gross_margin = Margine lordo
    .definition = La parte dei ricavi che resta dopo aver pagato le materie prime e le merci che hai venduto. Un margine lordo del 40% significa che di ogni euro di vendite restano 40 centesimi per pagare stipendi, affitto e tutto il resto.
glossary-contribution_margin = Margine di contribuzione
    .definition = I ricavi meno i costi che crescono con ogni unità venduta, come le materie prime. È il contributo delle vendite alla copertura dei costi fissi, come l'affitto e gli stipendi, e poi all'utile.
glossary-break_even = Punto di pareggio (break-even point)
    .definition = Il livello di vendite in cui i ricavi coprono esattamente tutti i costi: né utile né perdita. Se vendi di più realizzi un utile; se vendi di meno vai in perdita.
glossary-cash_flow = Flusso di cassa (cash flow)
    .definition = Il denaro che entra davvero nel tuo conto in banca e ne esce in un turno. Un'impresa può essere in utile e restare comunque senza liquidità, per esempio quando il suo denaro è immobilizzato nelle scorte o nei macchinari.
glossary-depreciation = Ammortamento
    .definition = I macchinari perdono valore man mano che invecchiano e si usurano. Invece di considerare tutto il loro prezzo come costo nel turno in cui li acquisti, il costo viene ripartito sugli anni in cui li usi.
glossary-working_capital = Capitale circolante netto
    .definition = Ciò che l'impresa ha a disposizione a breve termine (liquidità, scorte, crediti verso i clienti) meno ciò che deve pagare a breve. Mostra se riesci a pagare le spese di tutti i giorni.
glossary-inventory = Rimanenze (scorte di magazzino)
    .definition = Materie prime in attesa di essere usate e prodotti finiti in attesa di essere venduti. Le scorte immobilizzano denaro finché non vengono vendute, e i prodotti freschi possono deteriorarsi.
glossary-interest = Interessi
    .definition = Il prezzo del denaro preso in prestito, di solito una percentuale del prestito all'anno. Anche il denaro che tieni in banca può rendere un po' di interessi.
glossary-tax = Imposte
    .definition = Le imprese versano allo Stato una parte del loro utile sotto forma di imposte. In un turno senza utile non ci sono imposte sugli utili da pagare.
glossary-loss_carry_forward = Riporto delle perdite
    .definition = Una regola che permette a un'impresa di sottrarre le perdite dei periodi precedenti dagli utili successivi. Così paga meno imposte mentre recupera i momenti difficili.
glossary-equity = Patrimonio netto
    .definition = La parte dell'impresa che appartiene ai suoi proprietari: tutto ciò che possiede meno tutto ciò che deve. Gli utili lo fanno crescere, le perdite lo riducono.
glossary-liabilities = Debiti (passività)
    .definition = Tutto ciò che l'impresa deve ad altri, come i prestiti bancari e le fatture non ancora pagate.
glossary-market_share = Quota di mercato
    .definition = La tua parte di tutte le vendite del mercato, in percentuale. Se i clienti spendono in tutto 100.000 € e 25.000 € li spendono da te, la tua quota di mercato è del 25%.
glossary-price_elasticity = Elasticità della domanda al prezzo
    .definition = Quanto reagiscono i clienti a una variazione di prezzo. Se la domanda è elastica, un piccolo aumento di prezzo fa allontanare molti clienti; se è rigida, la maggior parte continua a comprare.
glossary-adstock = Adstock
    .definition = La pubblicità continua a fare effetto per un po' anche dopo che l'hai pagata, perché la gente se la ricorda. L'adstock è la parte del tuo marketing passato che ha ancora effetto oggi; si riduce un po' a ogni turno.
glossary-capacity = Capacità produttiva
    .definition = Il massimo che la tua impresa può produrre o servire in un turno. È limitata dalle ore di lavoro, dalle attrezzature e dalle materie prime.
glossary-overtime = Straordinari
    .definition = Ore lavorate oltre il normale orario settimanale. Vengono pagate di più e, se durano a lungo, rendono le persone stanche e scontente.
glossary-staff_turnover = Turnover del personale
    .definition = Quante persone lasciano l'impresa in un certo periodo. Un turnover alto costa denaro per la selezione e la formazione, e l'esperienza se ne va insieme alle persone.
glossary-reputation = Reputazione
    .definition = Ciò che i clienti e le persone intorno a te pensano della tua impresa. Cresce con una buona qualità e un buon servizio e ne risente quando i clienti restano delusi.
glossary-emergency_loan = Prestito d'emergenza
    .definition = Un prestito che la banca concede automaticamente quando la tua liquidità scenderebbe sotto zero. Ha un tasso d'interesse alto e viene rimborsato appena c'è di nuovo liquidità.
glossary-bankruptcy = Fallimento
    .definition = Un'impresa che non riesce più a pagare i suoi debiti fallisce e deve cessare l'attività. In questo gioco si fallisce quando si ha bisogno di un prestito d'emergenza per troppi turni di fila.

## Decisioni che non possono essere accettate (mostrate accanto al campo del modulo)

decision_error-company_bankrupt = La tua impresa è fallita, quindi non può più prendere decisioni.
decision_error-negative_quantity = Questo valore non può essere negativo. Inserisci un valore tra { $min } e { $max }.
decision_error-price_out_of_range = Indica un prezzo tra { $min } e { $max }.
decision_error-volume_out_of_range = La quantità deve essere tra { $min } e { $max } per turno.
decision_error-opening_hours_out_of_range = L'orario di apertura deve essere tra { $min } e { $max } ore alla settimana.
decision_error-purchase_out_of_range = Di questa materia prima puoi acquistare tra { $min } e { $max } per turno.
decision_error-hire_exceeds_labour_pool = In questo momento non ci sono così tante persone in cerca di lavoro. Il massimo che puoi assumere in questo turno: { $max }.
decision_error-let_go_exceeds_staff = Non puoi licenziare più persone di quante ne hai. Il massimo che puoi licenziare: { $max }.
decision_error-wage_out_of_range = Lo stipendio deve essere tra { $min } (lo stipendio minimo) e { $max }.
decision_error-training_out_of_range = Il budget per la formazione deve essere tra { $min } e { $max } per turno.
decision_error-marketing_out_of_range = Per questo canale puoi spendere tra { $min } e { $max } per turno.
decision_error-equipment_out_of_range = Di questa attrezzatura puoi acquistare tra { $min } e { $max } unità per turno.
decision_error-loan_exceeds_credit_limit = La banca non ti presta così tanto. Puoi prendere in prestito al massimo altri { $max }.
decision_error-repayment_exceeds_loan = Non puoi rimborsare più di quanto devi. Il massimo che puoi rimborsare: { $max }.
decision_error-unknown_product = Questo prodotto non fa parte del gioco.
decision_error-unknown_material = Questa materia prima non fa parte del gioco.
decision_error-unknown_channel = Questo canale di marketing non fa parte del gioco.
decision_error-unknown_equipment = Questa attrezzatura non fa parte del gioco.
decision_error-incident_response_missing = Scegli come rispondere a questo imprevisto.
decision_error-unknown_incident = Questo imprevisto non è in attesa di una risposta.
decision_error-duplicate_incident_response = Hai risposto due volte allo stesso imprevisto. Tieni una sola risposta.
decision_error-unknown_response = Scegli una delle risposte proposte per questo imprevisto.
decision_error-justification_empty = Spiega in poche parole perché hai scelto questa risposta.
decision_error-justification_too_long = La tua spiegazione è troppo lunga. Usa al massimo { $max } caratteri.

## EntreComp, il quadro europeo delle competenze imprenditoriali: aree e competenze

entrecomp-area-ideas_and_opportunities = Idee e opportunità
entrecomp-area-resources = Risorse
entrecomp-area-into_action = In azione
entrecomp-competence-spotting_opportunities = Individuare le opportunità
entrecomp-competence-creativity = Creatività
entrecomp-competence-vision = Visione
entrecomp-competence-valuing_ideas = Valorizzare le idee
entrecomp-competence-ethical_sustainable_thinking = Pensiero etico e sostenibile
entrecomp-competence-self_awareness_self_efficacy = Autoconsapevolezza e autoefficacia
entrecomp-competence-motivation_perseverance = Motivazione e perseveranza
entrecomp-competence-mobilising_resources = Mobilitare le risorse
entrecomp-competence-financial_economic_literacy = Alfabetizzazione finanziaria ed economica
entrecomp-competence-mobilising_others = Coinvolgere gli altri
entrecomp-competence-taking_the_initiative = Prendere l'iniziativa
entrecomp-competence-planning_management = Pianificazione e gestione
entrecomp-competence-coping_with_uncertainty = Gestire l'incertezza, l'ambiguità e il rischio
entrecomp-competence-working_with_others = Lavorare con gli altri
entrecomp-competence-learning_through_experience = Imparare dall'esperienza

## Prove di una competenza trovate nelle decisioni della squadra

evidence-decision-eco_production = Scelta di una produzione sostenibile e rispettosa dell'ambiente
evidence-decision-premium_quality = Scelta della qualità premium
evidence-decision-training = Investimento nella formazione del personale
evidence-decision-hiring = Assunzione di nuovo personale
evidence-decision-equipment_investment = Investimento in nuove attrezzature
evidence-decision-loan = Accensione o rimborso di un prestito bancario
evidence-decision-marketing_mix = Pubblicità su più canali contemporaneamente
evidence-decision-production_matched_demand = Produzione adeguata alla domanda: nessuna vendita persa, niente buttato via
evidence-decision-prices_adjusted = Prezzi adeguati dopo aver analizzato il turno precedente
evidence-decision-kept_going_after_loss = Perseveranza dopo una perdita

## Scenari integrati

scenario-bakery-name = Panetteria di quartiere
scenario-bakery-description = Gestisci un piccolo panificio artigianale: sforna pane, dolci e torte per le feste, organizza i turni di lavoro all'alba e le scorte fresche, e conquista la fedeltà del quartiere.
scenario-carpentry-name = Falegnameria
scenario-carpentry-description = Gestisci una falegnameria che costruisce tavoli e armadi su misura ed esegue riparazioni: stabilisci il prezzo dei lavori importanti, mantieni in funzione i macchinari e organizza una squadra di persone qualificate.
scenario-hair_salon-name = Salone da parrucchiere
scenario-hair_salon-description = Gestisci un salone da parrucchiere: pianifica orari di apertura e appuntamenti, stabilisci i prezzi di tagli, colore e acconciature da sposa, e fai in modo che siano contenti sia i clienti sia i parrucchieri.

## Materie prime

material-flour = Farina
material-butter = Burro
material-sugar = Zucchero
material-packaging = Imballaggi
material-timber = Tavole di legno
material-hardware = Cerniere e ferramenta
material-finish = Oli e vernici
material-hair_dye = Tinta per capelli
material-care_products = Shampoo e prodotti per la cura
material-styling_products = Prodotti per lo styling

## Prodotti e servizi

product-sourdough = Pagnotta di pasta madre
product-croissant = Croissant al burro
product-celebration_cake = Torta per le feste
product-kitchen_table = Tavolo da cucina in legno massello
product-custom_wardrobe = Armadio su misura
product-repair_service = Riparazione di mobili
product-haircut = Taglio
product-colouring = Colore
product-bridal_styling = Acconciatura da sposa

## Attrezzature

equipment-deck_oven = Forno a platea
equipment-rack_oven = Forno rotativo a carrello
equipment-workbench = Banco da lavoro con elettroutensili
equipment-cnc_router = Pantografo CNC
equipment-styling_station = Postazione di lavoro
equipment-colour_bar = Postazione colore e lavaggio

## Segmenti di clientela

segment-neighbours = Vicini di casa
segment-commuters = Pendolari
segment-families = Famiglie in festa
segment-households = Privati
segment-architects = Architetti e interior designer
segment-neighbourhood = Riparazioni nel quartiere
segment-young_clients = Studenti e clienti giovani
segment-regulars = Clienti abituali del colore
segment-weddings = Matrimoni ed eventi

## Canali di marketing (gli stessi id in ogni scenario, quindi i nomi vanno bene per tutti)

channel-flyers = Volantini in zona
channel-social_media = Social media
channel-trade_fair = Stand in fiera

## Imprevisti e possibili risposte. Gli id degli imprevisti sono comuni a tutti gli scenari (una
## consegna in ritardo riguarda la farina in panetteria, il rovere in falegnameria e la tinta nel
## salone), quindi nomi e descrizioni restano generici; le risposte offerte da un solo scenario
## ne nominano i dettagli.

incident-supplier_delay = Una consegna è in ritardo
incident-supplier_delay-description = Il tuo fornitore non riesce a consegnare in tempo tutto quello che hai ordinato. Se non fai nulla, in questo turno avrai meno materie prime a disposizione e alcuni clienti potrebbero restare delusi. Puoi pagare di più altrove, aspettare o adattare la tua offerta.
incident-supplier_delay-response-find_alternative = Comprare da un altro fornitore a un prezzo più alto
incident-supplier_delay-response-wait_for_delivery = Aspettare la consegna e nel frattempo lavorare con meno
incident-supplier_delay-response-reduce_range = Sfornare un assortimento ridotto con quello che c'è
incident-supplier_delay-response-offer_other_wood = Proporre ai clienti un altro tipo di legno
incident-supplier_delay-response-offer_alternative_service = Proporre invece ai clienti un trattamento di cura per i capelli

incident-customer_complaint = Un cliente fa un reclamo
incident-customer_complaint-description = Un cliente non è soddisfatto di quello che ha ricevuto da te e potrebbe raccontarlo ad altri. Il modo in cui reagisci mostra in che cosa crede la tua impresa e cambia l'opinione che le persone hanno di te.
incident-customer_complaint-response-apologise_and_refund = Scusarsi di persona e restituire i soldi
incident-customer_complaint-response-ignore = Respingere il reclamo e non cambiare nulla
incident-customer_complaint-response-improve_process = Migliorare il modo di lavorare perché non succeda più
incident-customer_complaint-response-fix_for_free = Sistemare tutto gratis a casa del cliente
incident-customer_complaint-response-redo_for_free = Rifare il lavoro gratis
incident-customer_complaint-response-consultation_routine = Introdurre una consulenza prima di ogni colore

incident-team_conflict = Tensioni nel gruppo di lavoro
incident-team_conflict-description = Alcune persone del tuo personale sono in conflitto su come viene diviso il lavoro. Il clima sta peggiorando, e un gruppo scontento lavora meno. Decidi se e come intervenire.
incident-team_conflict-response-mediate = Organizzare un incontro con un mediatore
incident-team_conflict-response-let_them_sort_it_out = Lasciare che se la sbrighino da soli
incident-team_conflict-response-reorganise_shifts = Riorganizzare insieme i turni di lavoro
incident-team_conflict-response-mentoring_plan = Avviare un programma di tutoraggio
incident-team_conflict-response-reassign_tasks = Ridistribuire i compiti in una riunione di gruppo
incident-team_conflict-response-rotate_shifts = Concordare insieme una rotazione equa

incident-equipment_failure = Un macchinario si guasta
incident-equipment_failure-description = Uno dei tuoi macchinari ha smesso di funzionare. Finché non riparte, puoi produrre o servire meno. Una riparazione costa, ma aspettare costa capacità produttiva.
incident-equipment_failure-response-repair_now = Farlo riparare subito
incident-equipment_failure-response-make_do = Andare avanti con quello che funziona ancora
incident-equipment_failure-response-rent_replacement = Noleggiare un forno sostitutivo per il mese
incident-equipment_failure-response-share_with_neighbour = Usare un macchinario di un laboratorio vicino
incident-equipment_failure-response-lease_replacement = Prendere in leasing una postazione sostitutiva per il mese

incident-large_order = Un grosso ordine in più
incident-large_order-description = Un cliente importante vuole fare un grosso ordine in aggiunta alla tua normale attività. Potrebbe portare molte vendite, ma il tempo del tuo personale e le tue attrezzature sono limitati. Decidi se puoi accettarlo, e come.
incident-large_order-response-accept_with_overtime = Accettare e fare straordinari
incident-large_order-response-decline = Rifiutare gentilmente
incident-large_order-response-accept_and_hire_temp = Accettare e assumere personale temporaneo
incident-large_order-response-subcontract_part = Accettare e affidare una parte del lavoro a un altro laboratorio
incident-large_order-response-partner_with_freelancer = Accettare e collaborare con un parrucchiere freelance

incident-ethical_choice = Una questione di coscienza
incident-ethical_choice-description = Ti trovi davanti a una scelta in cui l'opzione più economica o più comoda non è per forza quella giusta. Pensa alle persone, all'ambiente e al buon nome della tua impresa, non solo ai soldi.
incident-ethical_choice-response-donate_to_food_bank = Donare il pane invenduto al banco alimentare
incident-ethical_choice-response-sell_as_animal_feed = Vendere il pane invenduto come mangime per animali
incident-ethical_choice-response-throw_away = Buttare via il pane invenduto
incident-ethical_choice-response-buy_certified = Continuare a usare legno certificato
incident-ethical_choice-response-take_cheap_timber = Comprare il legno economico di origine sconosciuta
incident-ethical_choice-response-ask_for_proof = Chiedere al fornitore di dimostrare da dove viene il legno
incident-ethical_choice-response-refuse_and_report = Rifiutare la tinta e informare l'associazione di categoria
incident-ethical_choice-response-use_cheap_dye = Usare la tinta economica
incident-ethical_choice-response-switch_to_natural_brand = Passare a una marca di tinte naturali
