## Collaborazione: le riunioni di un gruppo di lavoro, con ordine del giorno, verbale, presenze e file di calendario.

wg-meeting-list-title = Riunioni
wg-meeting-plan-link = Programma una riunione
wg-meeting-upcoming = Prossime riunioni
wg-meeting-upcoming-none = Nessuna riunione in programma.
wg-meeting-upcoming-more = { $count ->
    [one] C'è un'altra riunione in programma che qui non compare: la trovi nel file di calendario.
   *[other] Ci sono altre { $count } riunioni in programma che qui non compaiono: le trovi nel file di calendario.
}
wg-meeting-past = Riunioni passate
wg-meeting-past-none = Non si è ancora tenuta nessuna riunione.
wg-meeting-has-minutes = Verbale
wg-meeting-no-minutes = Nessun verbale
wg-meeting-present-count = { $count ->
    [one] Una persona presente
   *[other] { $count } persone presenti
}

## Orari

# Una riunione che inizia e finisce nello stesso giorno, per esempio "14 luglio 2026, ore 14:30–16:00".
wg-meeting-span-one-day = { $date }, ore { $start }–{ $end }
# Una riunione che finisce il giorno dopo.
wg-meeting-span-two-days = { $date }, ore { $start } – { $enddate }, ore { $end }
wg-meeting-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
wg-meeting-in-utc = In UTC:
wg-meeting-in-zone = Nel fuso { $zone }:
wg-meeting-zone-label = Mostra gli orari anche nel fuso
wg-meeting-zone-none = (solo il fuso della riunione e UTC)
wg-meeting-zone-button = Mostra

## File di calendario

wg-meeting-ics-all = Aggiungi tutte le riunioni al tuo calendario (.ics)
wg-meeting-ics-all-hint = Il file di calendario contiene le riunioni del gruppo con gli orari in UTC, così il tuo calendario le mostra all'ora giusta ovunque tu sia. Dopo una modifica importalo di nuovo: le riunioni vengono aggiornate, non duplicate.
wg-meeting-ics-one = Aggiungi al tuo calendario (.ics)
wg-meeting-ics-hint = Se la riunione cambia, importa di nuovo il file: il tuo calendario sostituirà la voce precedente.

## La pagina della riunione

wg-meeting-label-when = Quando
wg-meeting-label-duration = Durata
wg-meeting-label-where = Luogo o videochiamata
wg-meeting-place-none = Non ancora indicato
wg-meeting-label-planned-by = Programmata da
wg-meeting-edit-link = Modifica orario, luogo o ordine del giorno
wg-meeting-agenda = Ordine del giorno
wg-meeting-agenda-none = Ancora nessun ordine del giorno.
wg-meeting-minutes = Verbale
wg-meeting-minutes-none = Il verbale non è ancora stato scritto.
wg-meeting-minutes-later = Il verbale si scrive durante o dopo la riunione.
wg-meeting-minutes-by = Ultima modifica di { $name } il { $date }
wg-meeting-minutes-write = Scrivi il verbale
wg-meeting-minutes-edit = Modifica il verbale
wg-meeting-attendance = Presenze
wg-meeting-attendance-none = Le presenze non sono state registrate.
wg-meeting-attendance-record = Registra le presenze
wg-meeting-attendance-present = Presente
wg-meeting-attendance-excused = Assenza giustificata
wg-meeting-attendance-absent = Assente
wg-meeting-attendance-unrecorded = Non registrato

## Programmare e modificare una riunione

wg-meeting-plan-title = Programma una riunione
wg-meeting-plan-lead = Scegli l'orario nel fuso orario che usi abitualmente: tutti lo vedranno in quel fuso e in UTC, e i calendari lo convertono nell'ora locale di chi li usa.
wg-meeting-edit-title = Modifica la riunione
wg-meeting-edit-hint = Chi ha aggiunto la riunione al proprio calendario riceverà la modifica quando importerà di nuovo il file di calendario.
wg-meeting-label-title = Titolo
wg-meeting-legend-when = Quando inizia la riunione e quanto dura
wg-meeting-label-date = Data
wg-meeting-date-hint = Per esempio 2026-07-14. Puoi indicare anche una data passata, per registrare una riunione che si è già tenuta.
wg-meeting-label-time = Ora di inizio
wg-meeting-time-hint = Formato 24 ore, per esempio 14:30, nel fuso orario indicato sotto.
wg-meeting-label-time-zone = Fuso orario
wg-meeting-time-zone-hint = Il fuso orario dell'ora di inizio. Chi si trova altrove vede l'orario anche in UTC.
wg-meeting-label-duration-minutes = Durata in minuti
wg-meeting-duration-hint = Da { $min } a { $max } minuti.
wg-meeting-label-place = Luogo o link della videochiamata
wg-meeting-place-hint = Una sala con il suo indirizzo, oppure il link della videochiamata (facoltativo).
wg-meeting-label-agenda = Ordine del giorno
wg-meeting-agenda-hint = Markdown: una riga che inizia con «1.» o «-» è una voce di elenco; funzionano anche **grassetto**, *corsivo* e link.
wg-meeting-label-lang = Lingua del titolo e dell'ordine del giorno
wg-meeting-plan-button = Programma la riunione
wg-meeting-save-button = Salva le modifiche

## Verbale

wg-meeting-minutes-title = Scrivi il verbale
wg-meeting-minutes-hint = Markdown. Di che cosa si è discusso, che cosa si è deciso, chi fa che cosa ed entro quando. Ogni membro del gruppo può integrarlo.
wg-meeting-label-minutes-lang = Lingua del verbale
wg-meeting-minutes-button = Salva il verbale

## Presenze

wg-meeting-attendance-title = Registra le presenze
wg-meeting-attendance-legend = Chi ha partecipato
wg-meeting-attendance-hint = Una risposta per ogni membro del gruppo. «Non registrato» cancella una risposta data in precedenza.
wg-meeting-coordinator = Coordinatore
wg-meeting-attendance-button = Salva le presenze

## Problemi

wg-meeting-error-date = Inserisci una data valida, per esempio 2026-07-14.
wg-meeting-error-time = Inserisci un orario nel formato 24 ore, per esempio 14:30.
wg-meeting-error-time-zone = Scegli uno dei fusi orari proposti.
wg-meeting-error-duration = Inserisci un numero di minuti da { $min } a { $max }.
wg-meeting-error-time-gap = Quel giorno, nel fuso { $zone }, l'orario { $time } non esiste: è il momento in cui gli orologi passano all'ora legale. Scegli un altro orario, per esempio { $next }.
wg-meeting-error-time-missing = Quel giorno, nel fuso { $zone }, l'orario { $time } non esiste. Scegli un altro orario.
wg-meeting-error-organisers-only = Solo chi ha programmato questa riunione e i coordinatori del gruppo possono modificarla o registrare le presenze.
wg-meeting-error-attendance-status = Per { $name } scegli presente, assenza giustificata, assente o non registrato.
wg-meeting-error-attendance-outsider = Le presenze si possono registrare solo per i membri del gruppo. Nel modulo c'è una persona che non è membro (o non lo è più): ricarica il modulo e riprova.

## Messaggi dopo una modifica

flash-wg-meeting-planned = La riunione è in programma. Aggiungila al tuo calendario con il file .ics.
flash-wg-meeting-recorded = La riunione è stata salvata. La data è già passata, quindi compare tra le riunioni passate.
flash-wg-meeting-updated = La riunione è stata modificata.
flash-wg-meeting-minutes-saved = Il verbale è stato salvato.
flash-wg-meeting-attendance-saved = Le presenze sono state salvate.
