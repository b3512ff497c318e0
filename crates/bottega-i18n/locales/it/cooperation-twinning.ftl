# Cooperazione: i gemellaggi all'interno di un partenariato (l'elenco, l'avvio, la panoramica, i
# quattro lotti e le loro attività con partecipanti ed evidenze, il diario dell'accompagnamento).

tw-list-title = Gemellaggi
tw-list-lead = Gemellaggi del partenariato «{ $title }»: un'istituzione ne accompagna un'altra attraverso un piano di rafforzamento delle capacità articolato in quattro lotti, ed entrambe tengono un diario dell'accompagnamento.
tw-list-none = In questo partenariato non è ancora stato avviato nessun gemellaggio.
tw-list-not-active = I gemellaggi si possono avviare solo mentre il partenariato è attivo.
tw-new-link = Avvia un gemellaggio
tw-count = { $count ->
    [one] Un gemellaggio
   *[other] { $count } gemellaggi
}
tw-back-to-list = Gemellaggi di «{ $title }»
tw-coaching-line = Istituzione che accompagna: { $org } ({ $country })
tw-coached-line = Istituzione accompagnata: { $org } ({ $country })
tw-runs = dal { $start } al { $end }
tw-pair = { $coaching } accompagna { $coached }

tw-new-title = Avvia un gemellaggio
tw-new-lead = Abbina un'istituzione che accompagna a un'istituzione accompagnata, scegliendole tra le organizzazioni del partenariato. Il piano parte con i suoi quattro lotti non ancora avviati; poi i membri di entrambe le organizzazioni aggiungono le attività e scrivono il diario dell'accompagnamento.
tw-edit-title = Modifica il gemellaggio
tw-label-sides = Le due istituzioni
tw-sides-hint = Devono essere entrambe organizzazioni del partenariato, e tu devi essere amministratore di una delle due.
tw-sides-fixed-hint = L'istituzione che accompagna e quella accompagnata restano quelle scelte all'avvio del gemellaggio.
tw-label-coaching = Istituzione che accompagna
tw-label-coached = Istituzione accompagnata
tw-label-title = Nome del gemellaggio
tw-label-description = Descrizione
tw-description-hint = Che cosa vuole costruire l'istituzione accompagnata e in che modo l'accompagnamento la aiuterà. Puoi usare Markdown.
tw-label-lang = Lingua del testo
tw-label-period = Periodo
tw-partnership-period = Il partenariato dura dal { $start } al { $end }; il gemellaggio deve rientrare in questo periodo.
tw-label-starts-on = Inizio
tw-label-ends-on = Fine
tw-create-button = Avvia il gemellaggio
tw-save-button = Salva le modifiche
tw-cancel = Annulla

tw-error-ends-before-start = La fine non può precedere l'inizio.
tw-error-outside-partnership = Il partenariato dura dal { $start } al { $end }: scegli date comprese in questo periodo.
tw-error-not-party = Scegli una delle organizzazioni del partenariato.
tw-error-same-org = L'istituzione accompagnata deve essere un'organizzazione diversa da quella che accompagna.
tw-error-not-your-org = Puoi avviare un gemellaggio solo per un'organizzazione che amministri: sceglila come istituzione che accompagna o come istituzione accompagnata.
tw-error-not-parties = Una di queste organizzazioni non fa più parte del partenariato.
tw-error-partnership-not-active = I gemellaggi si possono avviare solo mentre il partenariato è attivo.
tw-error-start-admins-only = Solo gli amministratori di un'organizzazione di questo partenariato possono avviare un gemellaggio.
tw-error-admins-only = Solo gli amministratori dell'istituzione che accompagna o di quella accompagnata possono farlo.
tw-error-sides-only = Solo i membri dell'istituzione che accompagna o di quella accompagnata possono farlo.
tw-error-read-only = Il partenariato non è più attivo: questo gemellaggio si può consultare ma non modificare.
tw-error-headcount = { $category }: inserisci un numero intero di persone da 0 a 10.000.
tw-error-done-in-future = Un'attività che non è ancora iniziata non può essere completata: lasciala come prevista.
tw-error-unknown-resource = Nella cassetta degli attrezzi non c'è nessuna risorsa con questo indirizzo o numero, oppure non puoi vederla.
tw-error-already-evidence = Questa risorsa è già un'evidenza di questa attività.
tw-error-evidence-full = Un'attività può avere al massimo { $limit } evidenze.
tw-error-side = Scegli una delle due istituzioni.
tw-error-held-in-future = Il diario registra incontri già avvenuti: la data non può essere nel futuro.
tw-error-log-empty = Scrivi che cosa è stato concordato, i prossimi passi, o entrambi.
tw-error-log-authors-only = Solo chi ha scritto questa voce può modificarla.

tw-read-only-notice = Il partenariato non è più attivo: questo gemellaggio resta come documentazione e non può più essere modificato.
tw-nav-label = Sezioni del gemellaggio
tw-tab-overview = Panoramica
tw-tab-log = Diario dell'accompagnamento

tw-label-partnership = Partenariato
tw-about-title = Informazioni sul gemellaggio
tw-plan-title = Piano di rafforzamento delle capacità
tw-plan-lead = L'avanzamento conta le attività completate tra quelle non annullate.
tw-plan-caption = I quattro lotti con il loro stato, le attività e l'avanzamento
tw-label-lot = Lotto
tw-label-lot-status = Stato del lotto
tw-label-activities = Attività
tw-label-progress = Avanzamento
tw-progress-total = Tutti i lotti
tw-progress-none = Nessuna attività ancora prevista
tw-progress-words = { $counted ->
    [one] Attività completate: { $done } su una ({ $percent }%)
   *[other] Attività completate: { $done } su { $counted } ({ $percent }%)
}
tw-count-planned = { $count ->
    [one] { $count } prevista
   *[other] { $count } previste
}
tw-count-done = { $count ->
    [one] { $count } completata
   *[other] { $count } completate
}
tw-count-cancelled = { $count ->
    [one] { $count } annullata
   *[other] { $count } annullate
}
tw-manage-title = Gestione del gemellaggio
tw-edit-link = Modifica nome, descrizione e periodo

tw-lot-status-not-started = Non avviato
tw-lot-status-in-progress = In corso
tw-lot-status-completed = Completato
tw-label-lot-note = Nota
tw-lot-note-hint = Per esempio che cosa sta frenando il lotto, o che cosa ha permesso di ottenere.
tw-lot-state-title = Aggiorna lo stato del lotto
tw-lot-save-button = Salva lo stato

tw-participants-title = Partecipanti
tw-participants-none = Nessun partecipante registrato finora.
tw-participants-caption = Partecipanti al gemellaggio per categoria
tw-participants-lot-caption = Partecipanti a «{ $lot }» per categoria
tw-participants-category = Categoria
tw-participants-took-part = Hanno partecipato
tw-participants-planned = Previsti
tw-participants-headcount = Persone
tw-participants-total = Tutte le categorie
tw-participant-count = { $count ->
    [one] Un partecipante
   *[other] { $count } partecipanti
}

tw-activities-title = Attività
tw-activities-none = In questo lotto non c'è ancora nessuna attività.
tw-activity-add-link = Aggiungi un'attività
tw-activity-new-title = Nuova attività
tw-activity-new-in = Nuova attività in «{ $lot }»
tw-activity-edit-title = Modifica l'attività
tw-activity-edit-link = Modifica l'attività
tw-activity-delete-link = Elimina l'attività
tw-label-activity-title = Titolo
tw-label-activity-description = Descrizione
tw-activity-description-hint = Che cosa succede, per chi, e che cosa dovrebbe lasciare.
tw-label-place = Luogo
tw-place-hint = Una città, un'istituzione oppure «online».
tw-label-activity-status = Stato
tw-activity-status-planned = Prevista
tw-activity-status-done = Completata
tw-activity-status-cancelled = Annullata
tw-label-participants = Partecipanti per categoria
tw-participants-hint = Quante persone di ciascuna categoria partecipano (o hanno partecipato). Lascia vuoto se nessuna.
tw-activity-add-button = Aggiungi l'attività
tw-activity-save-button = Salva l'attività
tw-activity-conflict = Un'altra persona ha salvato questa attività mentre la stavi modificando. Le tue modifiche sono conservate qui sotto; se salvi di nuovo, la tua versione sostituisce la sua.
tw-activity-conflict-see = Vedi l'attività com'è ora (si apre la pagina e le modifiche fatte qui vanno perse)
tw-label-when = Quando
tw-label-added-by = Aggiunta da
tw-activity-delete-heading = Eliminare questa attività?
tw-activity-delete-text = L'attività «{ $title }» viene eliminata insieme al numero dei partecipanti e ai collegamenti alle evidenze. Le risorse restano nella cassetta degli attrezzi.
tw-activity-delete-button = Elimina «{ $title }»

tw-evidence-title = Evidenze
tw-evidence-lead = Relazioni, foto, programmi e altre prove dell'attività, conservati nella cassetta degli attrezzi.
tw-evidence-none = Nessuna evidenza collegata finora.
tw-evidence-added-by = collegata da { $name }
tw-evidence-unlink-button = Rimuovi
tw-evidence-link-title = Collega un'evidenza
tw-label-resource = Risorsa della cassetta degli attrezzi
tw-resource-hint = Incolla l'indirizzo della pagina della risorsa o scrivine il numero. Puoi collegare solo risorse che puoi vedere, al massimo { $limit } per attività.
tw-evidence-link-button = Collega la risorsa
tw-deposit-link = Prima condividi una nuova risorsa nella cassetta degli attrezzi

tw-log-title = Diario dell'accompagnamento
tw-log-lead = Gli incontri tra le due istituzioni: che cosa hanno discusso, che cosa hanno concordato e quali sono i passi successivi. Prima i più recenti.
tw-log-latest-title = Le ultime voci del diario dell'accompagnamento
tw-log-none = Il diario dell'accompagnamento non ha ancora nessuna voce.
tw-log-count = { $count ->
    [one] Una voce
   *[other] { $count } voci
}
tw-log-all-link = { $count ->
    [0] Apri il diario dell'accompagnamento
    [one] Tutto il diario dell'accompagnamento (una voce)
   *[other] Tutto il diario dell'accompagnamento ({ $count } voci)
}
tw-log-add-link = Scrivi una voce nel diario
tw-log-side = per { $org }
tw-log-by = scritta da { $name }
tw-log-new-title = Nuova voce del diario
tw-log-edit-title = Modifica la voce del diario
tw-log-label-side = Scritta per
tw-log-side-hint = Fai parte di entrambe le istituzioni: indica per quale delle due scrivi questa voce.
tw-log-writing-for = Scrivi per { $org }.
tw-log-label-held-on = Data dell'incontro
tw-log-label-topic = Argomento
tw-log-label-agreed = Che cosa è stato concordato
tw-log-agreed-hint = Decisioni e impegni di ciascuna parte. Puoi usare Markdown.
tw-log-label-next-steps = Prossimi passi
tw-log-next-steps-hint = Chi fa che cosa, ed entro quando. Puoi usare Markdown.
tw-log-add-button = Aggiungi al diario
tw-log-save-button = Salva la voce
tw-log-edit-link = Modifica
tw-log-delete-link = Elimina
tw-log-delete-heading = Eliminare questa voce del diario?
tw-log-delete-text = La voce «{ $topic }» del { $date } viene eliminata per entrambe le istituzioni.
tw-log-delete-button = Elimina «{ $topic }»

# Mostrati una sola volta dopo una modifica; la piattaforma mostra solo gli id che iniziano con flash-.
flash-tw-created = Il gemellaggio è stato avviato.
flash-tw-updated = Il gemellaggio è stato salvato.
flash-tw-lot-saved = Lo stato del lotto è stato salvato.
flash-tw-activity-added = L'attività è stata aggiunta. Ora puoi collegarle delle evidenze.
flash-tw-activity-saved = L'attività è stata salvata.
flash-tw-activity-deleted = L'attività è stata eliminata.
flash-tw-evidence-linked = La risorsa è stata collegata come evidenza.
flash-tw-evidence-unlinked = La risorsa non è più un'evidenza di questa attività.
flash-tw-log-added = La voce è stata aggiunta al diario dell'accompagnamento.
flash-tw-log-saved = La voce del diario è stata salvata.
flash-tw-log-deleted = La voce del diario è stata eliminata.
