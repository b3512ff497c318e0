# Collaborazione: gruppi di lavoro (elenco, panoramica, adesione, risorse, chiusura).

wg-list-title = Gruppi di lavoro
wg-list-lead = Gruppi di breve durata che lavorano insieme su un tema, con una bacheca delle attività, pagine condivise, riunioni e una propria discussione, finché non mettono per iscritto ciò che ne è emerso.
wg-new-link = Avvia un gruppo di lavoro
wg-login-to-start = Accedi per avviare un gruppo di lavoro
wg-mine-title = I tuoi gruppi
wg-filter-label = Filtra i gruppi di lavoro
wg-label-status = Stato
wg-status-active = Attivo
wg-status-archived = Archiviato
wg-status-all = Tutti
wg-count = { $count ->
    [one] Un gruppo di lavoro
   *[other] { $count } gruppi di lavoro
}
wg-list-none = Per ora nessun gruppo di lavoro corrisponde.
wg-member-count = { $count ->
    [one] un membro
   *[other] { $count } membri
}
wg-runs = dal { $start } al { $end }

wg-membership-open = Aperto: chiunque abbia effettuato l'accesso può aderire
wg-membership-request = Su richiesta: i coordinatori accettano i nuovi membri
wg-membership-invitation = Su invito dei coordinatori
wg-place-member-coordinator = Coordini questo gruppo.
wg-place-member-member = Fai parte di questo gruppo.
wg-place-requested-member = Richiesta inviata
wg-place-invited-member = Invito in attesa della tua risposta
wg-role-coordinator = Coordinatore
wg-role-member = Membro

wg-new-title = Avvia un gruppo di lavoro
wg-new-lead = Spiega di cosa si occupa il gruppo e che cosa dovrebbe produrre. Ne diventerai il primo coordinatore; il gruppo avrà una propria bacheca delle attività, pagine, riunioni e discussione.
wg-edit-title = Modifica il gruppo di lavoro
wg-label-title = Nome del gruppo
wg-label-theme = Tema
wg-theme-hint = Una riga, per esempio «Competenze verdi nell'apprendistato di falegnameria».
wg-label-goal = Obiettivo
wg-goal-hint = Che cosa vuole raggiungere il gruppo ed entro quando. Puoi usare Markdown.
wg-label-lang = Lingua del testo
wg-label-starts-on = Inizio
wg-label-ends-on = Fine
wg-ends-on-hint = Un gruppo di lavoro è di breve durata: al massimo tre anni.
wg-label-membership = Chi può aderire
wg-label-sectors = Settori
wg-create-button = Avvia il gruppo
wg-save-button = Salva le modifiche
wg-label-dates = Periodo
wg-label-members = Membri
wg-label-coordinators = Coordinatori

wg-error-ends-before-start = La fine non può precedere l'inizio.
wg-error-too-long = Un gruppo di lavoro può durare al massimo tre anni: scegli una data di fine anteriore.
wg-error-archived = Questo gruppo di lavoro è chiuso: il suo spazio di lavoro è ora un archivio e non può più essere modificato.
wg-error-members-only = Solo i membri di questo gruppo di lavoro possono farlo.
wg-error-coordinators-only = Solo i coordinatori di questo gruppo di lavoro possono farlo.
wg-error-already-placed = Fai già parte di questo gruppo, oppure la tua richiesta o il tuo invito sono in attesa.
wg-error-not-placed = Non fai parte di questo gruppo.
wg-error-no-invitation = Non c'è nessun invito a cui rispondere.
wg-error-message-too-long = Il messaggio è troppo lungo (al massimo 1.000 caratteri).
wg-error-last-coordinator = Un gruppo deve avere un coordinatore: prima nomina coordinatore un'altra persona.
wg-error-not-possible = Questa modifica non è possibile per questa persona.
wg-error-unknown-person = Su Bottega non è registrato nessuno con questo nome utente o indirizzo email.
wg-error-already-has-place = Questa persona fa già parte del gruppo, ha chiesto di aderire o è già stata invitata.
wg-error-unknown-resource = Nella cassetta degli attrezzi non c'è nessuna risorsa con questo indirizzo o numero, oppure non puoi vederla.
wg-error-already-linked = Questa risorsa è già collegata al gruppo.
wg-error-not-closed = Il gruppo è ancora attivo: i risultati si pubblicano dopo la sua chiusura.
wg-error-already-published = I risultati sono già stati pubblicati.

wg-archived-notice = Questo gruppo di lavoro è chiuso. Il suo spazio di lavoro resta qui come archivio in sola lettura.
wg-workspace-label = Spazio di lavoro del gruppo
wg-tab-overview = Panoramica
wg-tab-tasks = Attività
wg-tab-pages = Pagine
wg-tab-meetings = Riunioni
wg-tab-discussion = Discussione
wg-tab-resources = Risorse
wg-tab-members = Membri

wg-outcome-title = Risultati
wg-archived-on = Chiuso il { $date }
wg-outcome-published-link = Leggi i risultati nella cassetta degli attrezzi
wg-outcome-publish-hint = Pubblica i risultati nella cassetta degli attrezzi come risultato di progetto, così altri potranno trovarli e riutilizzarli.
wg-outcome-publish-button = Pubblica i risultati
wg-label-licence = Licenza
wg-label-visibility = Chi può vederli
wg-visibility-public = Tutti
wg-visibility-members = Membri che hanno effettuato l'accesso

wg-your-place = La tua partecipazione
wg-login-to-join = Accedi per aderire a questo gruppo
wg-leave-button = Lascia il gruppo
wg-request-waiting = La tua richiesta di adesione è in attesa della risposta di un coordinatore.
wg-request-withdraw-button = Ritira la richiesta
wg-invited = Hai ricevuto un invito a far parte di questo gruppo.
wg-invitation-accept-button = Accetta l'invito
wg-invitation-decline-button = Rifiuta
wg-archived-no-joining = Questo gruppo è chiuso e non accetta nuovi membri.
wg-join-button = Aderisci al gruppo
wg-label-request-message = Messaggio ai coordinatori
wg-request-message-hint = Facoltativo: perché vuoi partecipare e che cosa puoi portare al gruppo.
wg-request-button = Chiedi di aderire
wg-invitation-only = I nuovi membri entrano su invito dei coordinatori.

wg-workspace-title = Spazio di lavoro
wg-summary-tasks = Attività: { $open } aperte, { $done } completate
wg-summary-pages = { $count ->
    [one] Una pagina condivisa
   *[other] { $count } pagine condivise
}
wg-summary-meetings = { $count ->
    [0] Nessuna riunione in programma
    [one] Una riunione in programma
   *[other] { $count } riunioni in programma
}
wg-summary-next-meeting = prossima: { $when }
wg-summary-threads = { $count ->
    [0] Ancora nessuna discussione
    [one] Una discussione
   *[other] { $count } discussioni
}
wg-coordination-title = Coordinamento
wg-edit-link = Modifica la descrizione del gruppo
wg-manage-members-link = { $count ->
    [0] Gestisci i membri
    [one] Gestisci i membri (una richiesta in attesa)
   *[other] Gestisci i membri ({ $count } richieste in attesa)
}
wg-close-link = Chiudi il gruppo e scrivine i risultati

wg-members-title = Membri
wg-col-person = Persona
wg-col-role = Ruolo
wg-col-since = Membro dal
wg-col-actions = Azioni
wg-promote-button = Rendi coordinatore
wg-demote-button = Rendi membro
wg-remove-button = Rimuovi
wg-requests-title = Richieste di adesione
wg-requests-none = Nessuna richiesta in attesa.
wg-accept-button = Accetta
wg-decline-button = Respingi
wg-invitations-title = Inviti
wg-revoke-button = Ritira l'invito
wg-label-person = Nome utente o indirizzo email
wg-person-hint = La persona deve avere già un account su Bottega; riceverà un avviso via email.
wg-invite-button = Invita

wg-resources-title = Risorse collegate
wg-resources-lead = Documenti, strumenti e risultati della cassetta degli attrezzi con cui lavora il gruppo.
wg-resources-none = Non è ancora stata collegata nessuna risorsa.
wg-linked-by = collegata da { $name }
wg-unlink-button = Rimuovi il collegamento
wg-link-title = Collega una risorsa
wg-label-resource = Indirizzo o numero della risorsa
wg-resource-hint = Copia l'indirizzo della pagina di una risorsa, per esempio /resources/12.
wg-label-note = Perché è utile al gruppo
wg-link-button = Collega la risorsa
wg-deposit-link = Condividi una nuova risorsa nella cassetta degli attrezzi

wg-close-title = Chiudi il gruppo
wg-close-lead = Metti per iscritto ciò che il gruppo ha realizzato: risultati, decisioni, ciò che altri possono riutilizzare e ciò che resta aperto.
wg-label-outcome = Risultati
wg-outcome-hint = Puoi usare Markdown. I risultati restano sulla pagina del gruppo e in seguito possono essere pubblicati nella cassetta degli attrezzi.
wg-close-warning = La chiusura è definitiva: attività, pagine, riunioni e discussione diventano un archivio in sola lettura.
wg-preview-title = Anteprima
wg-preview-button = Anteprima
wg-close-button = Chiudi il gruppo

flash-wg-created = Il gruppo di lavoro è pronto. Invita delle persone o condividi il suo indirizzo.
flash-wg-updated = La descrizione del gruppo è stata salvata.
flash-wg-joined = Ti diamo il benvenuto nel gruppo.
flash-wg-requested = La tua richiesta è stata inviata ai coordinatori.
flash-wg-left = Hai lasciato il gruppo.
flash-wg-request-withdrawn = La tua richiesta è stata ritirata.
flash-wg-invitation-declined = Hai rifiutato l'invito.
flash-wg-invited = L'invito è stato inviato.
flash-wg-request-accepted = La richiesta è stata accettata.
flash-wg-place-removed = Fatto.
flash-wg-member-removed = La persona è stata rimossa dal gruppo.
flash-wg-role-changed = Il ruolo è stato modificato.
flash-wg-resource-linked = La risorsa è stata collegata al gruppo.
flash-wg-resource-unlinked = Il collegamento è stato rimosso.
flash-wg-closed = Il gruppo è stato chiuso e il suo spazio di lavoro archiviato.
flash-wg-outcome-published = I risultati sono stati pubblicati nella cassetta degli attrezzi.

email-group-invitation-subject = Invito al gruppo di lavoro { $name }
email-group-invitation-body =
    Ciao,

    un coordinatore ti invita a partecipare al gruppo di lavoro { $name } su Bottega. Apri la pagina del gruppo per accettare o rifiutare l'invito:

    { $link }
wg-back-to-group = ← Torna al gruppo di lavoro
