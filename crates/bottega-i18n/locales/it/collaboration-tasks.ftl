## Bacheca delle attività di un gruppo di lavoro (sezione Collaborazione): colonne, schede, pagina
## di un'attività con i suoi commenti, modifica, spostamento ed eliminazione delle attività.

wg-task-board-title = Bacheca delle attività
wg-task-members-only = Solo i membri del gruppo possono aggiungere e spostare le attività.

## Filtri

wg-task-filter-label = Filtra le attività
wg-task-filter-mine = Assegnate a me
wg-task-filter-overdue = Solo quelle in ritardo
wg-task-filter-assignee = Assegnate a
wg-task-filter-anyone = Chiunque
wg-task-filter-nobody = Nessuno (non assegnate)
wg-task-filter-button = Mostra le attività
wg-task-filter-clear = Mostra tutte le attività
wg-task-filtered-notice = Sono mostrate solo le attività che corrispondono ai filtri.

## Colonne e schede

wg-task-status-todo = Da fare
wg-task-status-doing = In corso
wg-task-status-done = Completate
wg-task-column-count = { $count ->
    [0] nessuna attività
    [one] un'attività
   *[other] { $count } attività
}
wg-task-column-empty = Nessuna attività in questa colonna.
wg-task-column-more = Sono mostrate le prime { $shown } di { $count } attività.
wg-task-assigned-to = Assegnata a { $name }
wg-task-unassigned = Non assegnata
wg-task-due = Scadenza: { $date }
wg-task-no-due = Nessuna scadenza
wg-task-overdue = In ritardo
wg-task-comments = { $count ->
    [0] nessun commento
    [one] un commento
   *[other] { $count } commenti
}
wg-task-move-start = Inizia
wg-task-move-finish = Completa
wg-task-move-back = Riporta in «Da fare»
wg-task-move-reopen = Riapri
wg-task-move-conflict = «{ $title }» è stata modificata da un'altra persona dopo che hai caricato la bacheca, quindi non è stata spostata. La bacheca qui sotto la mostra com'è ora.

## Aggiungere e modificare un'attività

wg-task-new-heading = Aggiungi un'attività
wg-task-edit-heading = Modifica l'attività
wg-task-label-title = Titolo
wg-task-label-description = Descrizione
wg-task-description-hint = Facoltativa. Puoi usare Markdown: **grassetto**, *corsivo*, elenchi e link.
wg-task-label-assignee = Assegnata a
wg-task-nobody = Nessuno
wg-task-label-due = Scadenza
wg-task-due-hint = Facoltativa. Anno, mese e giorno, per esempio 2026-09-30.
wg-task-label-status = Colonna
wg-task-create-button = Aggiungi l'attività
wg-task-save-button = Salva l'attività
wg-task-cancel = Annulla
wg-task-error-assignee = Scegli uno dei membri del gruppo, oppure nessuno.
wg-task-error-status = Scegli una delle colonne: da fare, in corso o completate.
wg-task-conflict-heading = Qualcuno ha modificato questa attività mentre la stavi modificando
wg-task-conflict-text = L'attività è stata modificata il { $date }, dopo che l'avevi aperta. Ciò che hai scritto non è stato salvato, ma non è andato perso: la tua versione si trova ancora nel modulo qui sotto.
wg-task-current-heading = L'attività com'è adesso
wg-task-conflict-next = Confronta le due versioni, aggiorna il modulo dove serve e salva di nuovo.

## La pagina di un'attività

wg-task-created-by = Aggiunta da { $name } il { $date }
wg-task-updated = ultima modifica il { $date }
wg-task-deleted-account = Un account eliminato
wg-task-no-description = Nessuna descrizione.
wg-task-edit-link = Modifica l'attività
wg-task-delete-link = Elimina l'attività
wg-task-comments-heading = Commenti
wg-task-comments-none = Ancora nessun commento.
wg-task-comments-more = Sono mostrati i primi { $shown } di { $count } commenti.
wg-task-comment-heading = Aggiungi un commento
wg-task-label-comment = Il tuo commento
wg-task-comment-hint = Puoi usare Markdown.
wg-task-comment-button = Aggiungi il commento

## Eliminare un'attività

wg-task-delete-heading = Eliminare questa attività?
wg-task-delete-text = L'attività «{ $title }» e i suoi commenti ({ $count }) saranno eliminati per tutti. L'operazione non si può annullare.
wg-task-delete-button = Elimina «{ $title }»
wg-task-error-not-yours = Solo chi ha aggiunto un'attività, oppure un coordinatore, può eliminarla.

## Messaggi dopo una modifica

flash-wg-task-created = L'attività è sulla bacheca.
flash-wg-task-saved = L'attività è stata salvata.
flash-wg-task-moved = L'attività è stata spostata.
flash-wg-task-commented = Il tuo commento è stato aggiunto.
flash-wg-task-deleted = L'attività è stata eliminata.
