# Cooperazione: la pagina iniziale della sezione, i partenariati (elenco, proposta, accordo e
# risposte), il piano d'azione comune e il suo avanzamento.

## La pagina iniziale

coop-title = Cooperazione
coop-lead = Lavoro di lungo periodo tra organizzazioni: partenariati con un accordo che ogni organizzazione sottoscrive e un piano d'azione comune, gemellaggi in cui un'istituzione accompagna un'altra, e un archivio revisionato di buone pratiche nell'istruzione e formazione professionale.
coop-waiting-title = In attesa della tua risposta
coop-waiting-lead = Questi partenariati sono stati proposti a un'organizzazione che amministri. Leggi l'accordo e accettalo o rifiutalo a nome dell'organizzazione.
coop-answer-for = per { $org }
coop-answer-link = Leggi e rispondi
coop-offer-title = Che cosa puoi fare qui
coop-partnerships-title = Partenariati
coop-partnerships-summary = Le organizzazioni concordano finalità e impegni per più anni, pianificano insieme obiettivi, attività e traguardi e ne seguono gli indicatori.
coop-partnership-counts = { $active ->
    [one] Un partenariato attivo
   *[other] { $active } partenariati attivi
}, { $ended ->
    [one] uno concluso
   *[other] { $ended } conclusi
}
coop-practices-title = Buone pratiche
coop-practices-summary = Pratiche descritte secondo un modello comune, revisionate da pari sulla base di una griglia pubblicata e citabili tramite il loro identificativo.
coop-search-title = Cerca partner
coop-search-summary = Cerca nell'elenco per paese, settore, tipo e lingua di lavoro, e proponi un partenariato dalla pagina di un'organizzazione.
coop-mine-title = I partenariati delle tue organizzazioni
coop-mine-none = Le tue organizzazioni non partecipano ancora a nessun partenariato.
coop-no-org = Per proporre un partenariato o parteciparvi devi far parte di un'organizzazione.
coop-no-org-link = Trova o inserisci la tua organizzazione nell'elenco
coop-login = Accedi per vedere i partenariati delle tue organizzazioni e proporne uno
coop-recent-title = Partenariati avviati di recente
coop-register-link = Tutti i partenariati

## L'elenco

pt-register-title = Partenariati
pt-register-lead = Cooperazione di lungo periodo tra organizzazioni, con l'accordo che ciascuna di esse ha accettato. Le proposte sono visibili solo alle organizzazioni interessate.
pt-new-link = Proponi un partenariato
pt-propose-link = Proponi un partenariato
pt-login-to-propose = Accedi per proporre un partenariato
pt-filter-label = Filtra i partenariati
pt-label-theme = Tema
pt-label-status = Stato
pt-label-country = Paese di un'organizzazione
pt-count = { $count ->
    [one] Un partenariato
   *[other] { $count } partenariati
}
pt-register-none = Nessun partenariato corrisponde.
pt-results-heading = Risultati
pt-runs = dal { $start } al { $end }
pt-status-proposed = Proposto
pt-status-active = Attivo
pt-status-ended = Concluso
pt-status-declined = Rifiutato

## Proposta e riscrittura

pt-new-title = Proponi un partenariato
pt-new-lead = Descrivi che cosa faranno insieme le organizzazioni. Gli amministratori di ciascuna organizzazione partner ricevono un avviso via email; il partenariato inizia quando un amministratore di ogni organizzazione ha accettato queste condizioni.
pt-edit-title = Riscrivi le condizioni
pt-edit-lead = Riscrivere le condizioni significa chiedere di nuovo a ogni organizzazione: le accettazioni già date tornano in attesa, perché nessuno è vincolato da condizioni che non ha letto.
pt-no-org-lead = Un partenariato si propone a nome di un'organizzazione, e tu non fai ancora parte di nessuna. Chiedi di entrare nella tua organizzazione tramite l'elenco, oppure inseriscila.
pt-no-org-join = Trova la tua organizzazione nell'elenco
pt-no-org-create = Inserisci una nuova organizzazione
pt-label-from-org = A nome di
pt-to-chosen = Proposto a
pt-label-partners = Organizzazioni partner
pt-label-more-partners = Altre organizzazioni partner
pt-partners-hint = Un'organizzazione per riga: il suo indirizzo nell'elenco (per esempio scuola-edile-roma) o un link alla sua pagina.
pt-label-title = Titolo del partenariato
pt-label-themes = Temi strategici
pt-themes-hint = Scegline almeno uno.
pt-label-purpose = Finalità
pt-purpose-hint = A che cosa serve il partenariato e che cosa dovrebbe cambiare. Puoi usare Markdown.
pt-label-commitments = Impegni
pt-commitments-hint = Che cosa mette a disposizione ciascuna organizzazione: personale, tempo, ospitalità, denaro, dati. Puoi usare Markdown.
pt-label-lang = Lingua del testo
pt-label-starts-on = Inizio
pt-label-ends-on = Fine
pt-ends-on-hint = Un accordo dura al massimo dieci anni.
pt-label-your-signatory = Chi firma per la tua organizzazione
pt-your-signatory-hint = Se amministri l'organizzazione proponente, la proposta vale come sua accettazione: indica chi firma l'accordo per essa e con quale ruolo.
pt-label-signatory-name = Nome del firmatario
pt-label-signatory-role = Ruolo del firmatario
pt-propose-button = Invia la proposta
pt-save-terms-button = Salva le nuove condizioni

pt-error-ends-before-start = La fine non può precedere l'inizio.
pt-error-too-long = Un accordo può durare al massimo dieci anni: scegli una data di fine anteriore.
pt-error-themes-required = Scegli almeno un tema.
pt-error-not-your-org = Scegli una delle tue organizzazioni.
pt-error-partner-address = Questi non sono indirizzi dell'elenco: { $list }
pt-error-unknown-partner = Nessuna organizzazione dell'elenco ha questo indirizzo: { $list }
pt-error-no-partner = Indica almeno un'organizzazione partner.
pt-error-too-many-partners = Una proposta può indicare al massimo { $limit } organizzazioni partner.
pt-error-own-org-only = Un partenariato richiede almeno un'altra organizzazione oltre alla tua.
pt-error-number = Inserisci un numero, per esempio 40 o 12,5.
pt-error-number-range = Questo numero è troppo grande.
pt-error-no-organisation = Per proporre un partenariato devi far parte di un'organizzazione.
pt-error-not-org-admin = Solo un amministratore di questa organizzazione può rispondere a suo nome. Non è stato modificato nulla.
pt-error-not-proposed = Questo partenariato non è più una proposta: è già stato accettato, rifiutato o ritirato.
pt-error-not-active = Si può concludere solo un partenariato attivo.
pt-error-closed = Questo partenariato è concluso o è stato rifiutato: il suo piano resta com'era e non può più essere modificato.
pt-error-members-only = Solo i membri delle organizzazioni partner possono farlo.
pt-error-proposer-only = Solo chi ha proposto questo partenariato, o un amministratore dell'organizzazione proponente, può farlo.
pt-error-admins-only = Solo un amministratore di una delle organizzazioni partner può concludere il partenariato.

## L'accordo

pt-nav-label = Pagine del partenariato
pt-tab-agreement = Accordo
pt-tab-plan = Piano d'azione
pt-tab-progress = Avanzamento
pt-tab-twinnings = Gemellaggi
pt-ended-notice = Questo partenariato è concluso. Accordo, piano e avanzamento restano qui come documentazione.
pt-declined-notice = Questo partenariato non è partito: un'organizzazione l'ha rifiutato, oppure è stato ritirato.
pt-label-period = Periodo
pt-label-terms-version = Condizioni
pt-terms-version = versione { $version }
pt-active-since = attivo dal { $date }
pt-ended-on = concluso il { $date }
pt-parties-title = Organizzazioni e loro risposte
pt-col-organisation = Organizzazione
pt-col-answer = Risposta
pt-col-signatory = Firmato da
pt-col-answered = Risposta di
pt-answer-pending = In attesa
pt-answer-accepted = Accettato
pt-answer-declined = Rifiutato
pt-outdated-terms = condizioni precedenti
pt-proposer-badge = proponente
pt-answered-by = { $name }, { $date }
pt-answer-waiting-notice = Si attende la risposta della tua organizzazione.
pt-answer-waiting-link = Leggi l'accordo, poi rispondi qui sotto.
pt-answer-title = Risposta per { $org }
pt-answer-lead = In qualità di amministratore di questa organizzazione, accetti o rifiuti a suo nome la versione { $version } delle condizioni.
pt-answer-hint = Per accettare, indica chi firma e con quale ruolo. Per rifiutare non serve nessuno dei due, e il partenariato si ferma.
pt-accept-button = Accetta per { $org }
pt-decline-button = Rifiuta
pt-plan-summary-title = Il lavoro comune
pt-plan-summary = Piano d'azione: { $objectives ->
    [one] un obiettivo
   *[other] { $objectives } obiettivi
}, { $activities ->
    [one] un'attività
   *[other] { $activities } attività
}
pt-progress-summary = Avanzamento: { $milestones ->
    [one] un traguardo
   *[other] { $milestones } traguardi
}, { $indicators ->
    [one] un indicatore
   *[other] { $indicators } indicatori
}
pt-twinnings-link = Gemellaggi all'interno di questo partenariato
pt-manage-title = Gestione del partenariato
pt-edit-link = Riscrivi le condizioni
pt-withdraw-link = Ritira la proposta
pt-end-link = Concludi il partenariato
pt-withdraw-title = Ritira la proposta
pt-withdraw-confirm = Ritirare la proposta «{ $title }»? Le organizzazioni partner ne saranno informate e il partenariato non partirà.
pt-withdraw-button = Ritira la proposta
pt-end-title = Concludi il partenariato
pt-end-confirm = Concludere ora il partenariato «{ $title }»? Il suo piano e il suo avanzamento restano come documentazione e non potranno più essere modificati.
pt-end-button = Concludi il partenariato
pt-cancel-link = Annulla

flash-pt-proposed = La proposta è stata inviata. Gli amministratori di ciascuna organizzazione partner hanno ricevuto un avviso via email.
flash-pt-accepted = L'accettazione della tua organizzazione è stata registrata. Il partenariato inizia quando tutte le organizzazioni avranno accettato.
flash-pt-active = Tutte le organizzazioni hanno accettato: il partenariato è attivo.
flash-pt-declined = La tua organizzazione ha rifiutato il partenariato.
flash-pt-terms-revised = Le nuove condizioni sono state salvate. A ogni organizzazione viene chiesto di accettarle.
flash-pt-withdrawn = La proposta è stata ritirata.
flash-pt-ended = Il partenariato è concluso.

## Il piano d'azione comune

pt-plan-title = Piano d'azione
pt-plan-lead = Gli obiettivi, le attività che li servono con i rispettivi responsabili, i traguardi con le loro date e gli indicatori che mostrano se il partenariato raggiunge ciò che si era proposto.
pt-plan-read-only = Il partenariato non è in corso: il suo piano è mostrato così com'era e non può essere modificato.
pt-plan-empty = Per ora il piano è vuoto.
pt-add-objective = Aggiungi un obiettivo
pt-add-activity = Aggiungi un'attività
pt-add-milestone = Aggiungi un traguardo
pt-add-indicator = Aggiungi un indicatore
pt-objective-heading = Obiettivo { $n }:
pt-no-objective = Senza obiettivo
pt-objective-empty = Per questo obiettivo non è ancora previsto nulla.
pt-edit-item = Modifica
pt-delete-item = Elimina
pt-move-up = Sposta in alto
pt-move-down = Sposta in basso
pt-record-value-link = Registra un valore
pt-activities-title = Attività
pt-milestones-title = Traguardi
pt-indicators-title = Indicatori
pt-col-activity = Attività
pt-col-owner = Responsabile
pt-col-dates = Date
pt-col-status = Stato
pt-col-actions = Azioni
pt-col-milestone = Traguardo
pt-col-due = Scadenza
pt-col-indicator = Indicatore
pt-col-baseline = Valore di partenza
pt-col-target = Valore obiettivo
pt-col-latest = Ultimo valore
pt-col-share = Rispetto all'obiettivo
pt-activity-planned = Prevista
pt-activity-ongoing = In corso
pt-activity-done = Completata
pt-activity-cancelled = Annullata
pt-milestone-status-planned = Previsto
pt-milestone-status-reached = Raggiunto
pt-milestone-status-missed = Mancato
pt-milestone-on-time = Raggiunto in tempo
pt-milestone-late = Raggiunto in ritardo
pt-milestone-missed = Mancato
pt-milestone-overdue = Scaduto
pt-milestone-upcoming = In arrivo
pt-reached-on = il { $date }
pt-percent = { $value }%
pt-back-to-plan = Torna al piano d'azione di { $title }

pt-edit-objective-title = Modifica l'obiettivo
pt-edit-activity-title = Modifica l'attività
pt-edit-milestone-title = Modifica il traguardo
pt-edit-indicator-title = Modifica l'indicatore
pt-label-objective-title = Obiettivo
pt-label-description = Descrizione
pt-objective-description-hint = Facoltativo: come si riconosce che l'obiettivo è stato raggiunto.
pt-label-objective = Obiettivo
pt-label-activity-title = Attività
pt-label-owner-org = Organizzazione responsabile
pt-label-owner-name = Persona che la guida
pt-owner-name-hint = Il nome della persona che guida l'attività in quell'organizzazione.
pt-label-milestone-title = Traguardo
pt-label-due-on = Scadenza
pt-label-reached-on = Raggiunto il
pt-reached-on-hint = Solo per un traguardo segnato come raggiunto.
pt-label-indicator-name = Indicatore
pt-label-unit = Unità
pt-unit-hint = Che cosa si conta, per esempio «docenti formati», «imprese» o «%».
pt-label-baseline = Valore di partenza
pt-baseline-hint = Il valore all'inizio; 0 se lasci il campo vuoto.
pt-label-target = Valore obiettivo
pt-target-hint = Il valore a cui mirano i partner, per esempio 40 o 12,5.
pt-save-button = Salva
pt-delete-button = Elimina
pt-delete-objectives-title = Elimina l'obiettivo
pt-delete-objectives-confirm = Eliminare l'obiettivo «{ $title }»? Le sue attività, i traguardi e gli indicatori restano nel piano, senza obiettivo.
pt-delete-activities-title = Elimina l'attività
pt-delete-activities-confirm = Eliminare l'attività «{ $title }»?
pt-delete-milestones-title = Elimina il traguardo
pt-delete-milestones-confirm = Eliminare il traguardo «{ $title }»?
pt-delete-indicators-title = Elimina l'indicatore
pt-delete-indicators-confirm = Eliminare l'indicatore «{ $title }» con tutti i valori registrati?

pt-plan-error-owner = Scegli una delle organizzazioni del partenariato.
pt-plan-error-reached-future = Un traguardo non può essere raggiunto in un giorno che deve ancora venire.
pt-plan-error-measured-future = Un valore non può essere misurato in un giorno che deve ancora venire.
pt-plan-error-full = Il piano contiene già il numero massimo di elementi di questo tipo.

pt-unit-is = Unità di misura: { $unit }
pt-values-title = Valori misurati
pt-values-none = Non è ancora stato registrato nessun valore.
pt-values-of = Valori di { $name }
pt-col-measured-on = Misurato il
pt-col-value = Valore
pt-col-note = Nota
pt-col-recorded-by = Registrato da
pt-record-value-title = Registra un valore
pt-label-measured-on = Misurato il
pt-label-value = Valore
pt-label-note = Nota
pt-record-value-button = Registra il valore
pt-progress-link = Vedi l'avanzamento dell'intero piano
pt-chart-measured = Misurato
pt-chart-target = Valore obiettivo

flash-pt-plan-saved = Il piano d'azione è stato salvato.
flash-pt-plan-deleted = Eliminato dal piano d'azione.
flash-pt-value-recorded = Il valore è stato registrato.
flash-pt-value-deleted = Il valore è stato eliminato.

## Avanzamento

pt-progress-title = Avanzamento
pt-overall-title = Nel complesso
pt-overall-label = Completamento
pt-overall-explained = Questa cifra è la media dei valori seguenti, che contano tutti allo stesso modo:
pt-overall-none = Non c'è ancora nulla da misurare: aggiungi traguardi, attività o indicatori al piano d'azione.
pt-completion-milestones = traguardi raggiunti: { $done } su { $of }
pt-completion-activities = attività completate: { $done } su { $of } (quelle annullate non vengono contate)
pt-completion-indicators = indicatori: in media { $share } del valore obiettivo (un indicatore senza valori conta come 0)
pt-activities-none = Non è ancora prevista nessuna attività.
pt-timeline-title = Traguardi nel tempo
pt-milestones-none = Non è ancora previsto nessun traguardo.
pt-milestone-count-on-time = { $count ->
    [one] { $count } raggiunto in tempo
   *[other] { $count } raggiunti in tempo
}
pt-milestone-count-late = { $count ->
    [one] { $count } raggiunto in ritardo
   *[other] { $count } raggiunti in ritardo
}
pt-milestone-count-missed = { $count ->
    [one] { $count } mancato
   *[other] { $count } mancati
}
pt-milestone-count-overdue = { $count ->
    [one] { $count } scaduto
   *[other] { $count } scaduti
}
pt-milestone-count-upcoming = { $count } in arrivo
pt-indicators-none = Non è ancora definito nessun indicatore.
pt-indicator-status = ultimo valore { $latest }, valore obiettivo { $target }
pt-indicator-share = { $share } del percorso dal valore di partenza
pt-indicator-no-value = Nessun valore registrato finora; il valore obiettivo è { $target }.

## Email (ciascuna a un amministratore di un'organizzazione partner: $org è la sua, $by quella che agisce)

pt-email-proposal-subject = Partenariato proposto: { $title }
pt-email-proposal-body =
    Ciao,

    { $by } propone il partenariato «{ $title }» a { $org } su Bottega. In qualità di amministratore di { $org } puoi leggere l'accordo e accettarlo o rifiutarlo a nome della tua organizzazione:

    { $link }
pt-email-proposal-own-subject = Conferma il partenariato proposto per { $org }: { $title }
pt-email-proposal-own-body =
    Ciao,

    un membro di { $org } ha proposto su Bottega il partenariato «{ $title }» a nome dell'organizzazione. Il partenariato inizia solo quando un amministratore di ogni organizzazione, { $org } compresa, avrà accettato. Leggi l'accordo e accettalo o rifiutalo:

    { $link }
pt-email-terms-changed-subject = Nuove condizioni per il partenariato { $title }
pt-email-terms-changed-body =
    Ciao,

    { $by } ha riscritto le condizioni del partenariato proposto «{ $title }». Le accettazioni date in precedenza tornano in attesa: leggi le nuove condizioni e rispondi di nuovo per { $org }:

    { $link }
pt-email-active-subject = Il partenariato { $title } è attivo
pt-email-active-body =
    Ciao,

    tutte le organizzazioni hanno accettato l'accordo di «{ $title }» (l'ultima risposta è arrivata da { $by }). Il partenariato è attivo; il suo piano d'azione è aperto ai membri di { $org }:

    { $link }
pt-email-declined-subject = Il partenariato { $title } è stato rifiutato
pt-email-declined-body =
    Ciao,

    { $by } ha rifiutato il partenariato proposto «{ $title }», che quindi non partirà. Qui puoi leggere l'accordo e le risposte:

    { $link }
pt-email-withdrawn-subject = La proposta { $title } è stata ritirata
pt-email-withdrawn-body =
    Ciao,

    { $by } ha ritirato la sua proposta di partenariato «{ $title }». A { $org } non viene chiesto più nulla:

    { $link }
pt-email-ended-subject = Il partenariato { $title } è concluso
pt-email-ended-body =
    Ciao,

    { $by } ha concluso il partenariato «{ $title }». Accordo, piano e avanzamento restano disponibili come documentazione:

    { $link }

## Nella pagina di un'organizzazione nell'elenco

pt-org-partnerships-title = Partenariati attivi
