## Le pagine condivise di un gruppo di lavoro: l'elenco, la scrittura, la cronologia e le modifiche tra una versione e l'altra.

wg-page-list-heading = Pagine condivise
wg-page-list-lead = Pagine che il gruppo scrive insieme. Ogni versione viene conservata: nulla di ciò che si scrive qui va mai perso.
wg-page-new-link = Nuova pagina
wg-page-list-none = Il gruppo non ha ancora nessuna pagina.
wg-page-count = { $count ->
    [one] Una pagina
   *[other] { $count } pagine
}
wg-page-col-title = Pagina
wg-page-col-revision = Versione
wg-page-col-editor = Ultima modifica di
wg-page-col-when = Modificata il
wg-page-someone = un ex membro
wg-page-meta = Versione { $revision }, salvata da { $name } il { $date }
wg-page-edit-link = Modifica
wg-page-history-link = Cronologia
wg-page-last-changes-link = Ultime modifiche

## Scrivere una pagina

wg-page-new-heading = Nuova pagina
wg-page-edit-heading = Modifica
wg-page-editing-revision = Stai modificando la versione { $revision }.
wg-page-label-title = Titolo
wg-page-label-lang = Lingua del testo
wg-page-label-body = Testo
wg-page-body-hint = Si scrive in Markdown: # per un titolo, - per una voce di elenco, **grassetto**, [parole](https://example.org) per un link. Al massimo 100.000 caratteri.
wg-page-label-note = Che cosa hai modificato?
wg-page-note-hint = Facoltativo, per la cronologia: poche parole, per esempio «Aggiunte le date delle visite». Al massimo 200 caratteri.
wg-page-create-button = Crea la pagina
wg-page-save-button = Salva
wg-page-preview-button = Anteprima
wg-page-cancel = Annulla
wg-page-preview-heading = Anteprima (non ancora salvata)
wg-page-error-stale = Mentre scrivevi, un'altra persona ha salvato una versione più recente di questa pagina. Il tuo testo è ancora qui: confrontalo con il suo, tieni ciò che conta e salva di nuovo.

## Due persone salvano la stessa versione

wg-page-conflict-heading = Nel frattempo un'altra persona ha salvato questa pagina
wg-page-conflict-text = Non è stato sovrascritto nulla. La versione salvata ora:
wg-page-conflict-their-version = Versione { $revision }, salvata dall'altra persona
wg-page-conflict-source = Il suo testo in formato Markdown, da cui copiare
wg-page-conflict-changes = Che cosa è cambiato dalla versione { $from } alla versione { $to }
wg-page-conflict-next = Se salvi di nuovo, il tuo testo diventa la versione { $next } e sostituisce il suo come versione attuale: prima assicurati che contenga ciò che vuoi tenere delle sue modifiche.

## La cronologia

wg-page-history-heading = Cronologia
wg-page-history-lead = Tutte le versioni della pagina, dalla più recente. Scegline due per vedere che cosa è cambiato tra l'una e l'altra, oppure aprine una per leggerla com'era.
wg-page-history-caption = { $count ->
    [one] Una versione
   *[other] { $count } versioni
}
wg-page-col-from = Da
wg-page-col-to = A
wg-page-col-author = Salvata da
wg-page-col-date = Data
wg-page-col-note = Nota
wg-page-col-changes = Modifiche
wg-page-compare-from = Confronta dalla versione { $revision }
wg-page-compare-to = Confronta fino alla versione { $revision }
wg-page-compare-button = Confronta le versioni scelte
wg-page-changes-link = Modifiche
wg-page-changes-in = Modifiche apportate nella versione { $revision }
wg-page-revision-link = Versione { $revision }
wg-page-current = attuale
wg-page-restored-note = Ripristinata la versione { $revision }

## Una versione precedente

wg-page-old-notice = Questa è una versione precedente. Ora la pagina è alla versione { $current }.
wg-page-is-current = Questa è la versione attuale.
wg-page-compare-current = Confronta con la versione attuale
wg-page-see-current = Leggi la pagina attuale
wg-page-restore-hint = Il ripristino salva questo testo come nuova versione; le versioni intermedie restano nella cronologia.
wg-page-restore-button = Ripristina la versione { $revision }
wg-page-restore-refused = La versione non è stata ripristinata
wg-page-restore-conflict = La pagina è cambiata mentre la consultavi: ora è alla versione { $revision }. Controlla la pagina attuale, poi ripristina di nuovo se lo desideri ancora.

## Modifiche tra due versioni

wg-page-diff-title-short = Modifiche
wg-page-diff-heading = Modifiche dalla versione { $from } alla versione { $to }
wg-page-diff-caption = Il testo della versione { $from } e della versione { $to }, riga per riga
wg-page-diff-col-old = Riga nella versione { $revision }
wg-page-diff-col-new = Riga nella versione { $revision }
wg-page-diff-col-text = Testo
wg-page-diff-added = Aggiunto:
wg-page-diff-removed = Rimosso:
wg-page-diff-title = Titolo
wg-page-diff-lang = Lingua
wg-page-diff-added-count = { $count ->
    [one] Una riga aggiunta
   *[other] { $count } righe aggiunte
}
wg-page-diff-removed-count = { $count ->
    [one] una riga rimossa
   *[other] { $count } righe rimosse
}
wg-page-diff-skipped = { $count ->
    [one] Una riga invariata non mostrata
   *[other] { $count } righe invariate non mostrate
}
wg-page-diff-same-text = Le due versioni sono identiche.
wg-page-diff-same-body = Il testo vero e proprio è identico nelle due versioni.
wg-page-diff-same-revision = Scegli due versioni diverse per vedere che cosa è cambiato tra l'una e l'altra.

## Messaggi dopo una modifica

flash-wg-page-created = La pagina è stata creata.
flash-wg-page-saved = Le tue modifiche sono state salvate come nuova versione.
flash-wg-page-unchanged = Non è cambiato nulla, quindi non è stata creata nessuna nuova versione.
flash-wg-page-restored = La versione precedente è stata ripristinata come versione più recente.
