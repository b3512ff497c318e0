# Condivisione: la cassetta degli attrezzi delle risorse e le raccolte.

res-toolbox-title = Cassetta degli attrezzi
res-toolbox-lead = Documenti, strumenti, materiali didattici, video, modelli e risultati di progetto condivisi da scuole di IFP, imprese e associazioni di tutta Europa. Cercali, filtrali e condividi i tuoi.
res-deposit = Condividi una risorsa
res-deposit-lead = Descrivi bene la tua risorsa: le persone la trovano grazie a titolo, descrizione, lingue e temi. Carica uno o più file, oppure indica un link.
res-edit-title = Modifica la risorsa
res-section-what = Di cosa si tratta
res-section-content = File o link
res-section-reuse = Licenza e visibilità
res-section-context = Contesto
res-section-project = Progetto
res-title = Titolo
res-type = Tipo di risorsa
res-description = Descrizione
res-description-language = Lingua della descrizione
res-detect-language = (rilevala dal testo)
res-files = File
res-files-hint = Fino a { $count } file di massimo { $size } MB ciascuno: documenti, fogli di calcolo, presentazioni, immagini, audio, video, testi o archivi ZIP.
res-kept-files = Questi file sono già stati caricati e verranno allegati, non serve sceglierli di nuovo:
res-link = Link
res-link-hint = Per un sito web, uno strumento online o un video pubblicato altrove: il suo indirizzo, che inizia con https://.
res-licence = Licenza
res-visibility = Chi può vederla
res-org = Condivisa a nome di
res-org-hint = Un'organizzazione di cui fai parte. Anche i suoi amministratori potranno modificare la risorsa.
res-org-none = Solo a nome mio
res-country = Paese di origine
res-eqf = Livello EQF
res-eqf-level = Livello EQF { $level }
res-languages = Disponibile in
res-themes = Temi
res-targets = Destinatari
res-competences = Aree di competenza
res-project-name = Nome del progetto
res-project-number = Numero del progetto
res-project-number-hint = Per esempio il numero Erasmus+, come 2024-1-IT01-KA220-VET-000123456.
res-project-number-invalid = Usa solo lettere, cifre e trattini, come in 2024-1-IT01-KA220-VET-000123456.
res-visibility-needs-org = Scegli l'organizzazione i cui membri possono vederla.
res-needs-file-or-link = Carica almeno un file oppure indica un link.
res-version-needs-one-file = Scegli un file da caricare.
res-save = Salva
res-publish = Pubblica
res-shared-by = Condivisa da { $name }
res-downloads = { $count ->
    [one] un download
   *[other] { $count } download
}
res-open-link = Apri il link
res-preview-of = Anteprima di { $name }
res-version = versione { $number }
res-older-versions = { $count ->
    [one] Una versione precedente
   *[other] { $count } versioni precedenti
}
res-new-version = Nuova versione di questo file
res-version-note = Cosa è cambiato (facoltativo)
res-upload-version = Carica
res-add-file = Aggiungi un altro file
res-delete = Elimina questa risorsa
res-rating = Valutazione
res-rating-summary = { $average } su 5 ({ $count ->
    [one] una valutazione
   *[other] { $count } valutazioni
})
res-not-rated = Ancora nessuna valutazione.
res-rating-distribution = Valutazioni per numero di stelle
res-stars = { $count ->
    [one] 1 stella
   *[other] { $count } stelle
}
res-your-rating = La tua valutazione
res-rate-button = Valuta
res-rating-invalid = Scegli da 1 a 5 stelle.
res-rate-own = Non puoi valutare una risorsa che hai condiviso tu.
res-collections-title = Raccolte
res-collections-lead = Selezioni di risorse su un tema, curate da membri e organizzazioni.
res-in-collections = Nelle raccolte:
res-new-collection = Crea una raccolta
res-add-to-collection = Aggiungi a una tua raccolta
res-collection-note = Nota (facoltativa)
res-add-button = Aggiungi
res-already-in-collection = Questa risorsa è già in quella raccolta.
res-reuses-heading = { $count ->
    [0] Riutilizzata da
    [one] Riutilizzata una volta
   *[other] Riutilizzata { $count } volte
}
res-report-reuse = L'hai riutilizzata o adattata?
res-reuse-how = Come l'hai usata
res-reuse-hint = Per esempio: «L'abbiamo adattata per i nostri apprendisti panettieri a Spalato, in Croazia.»
res-reuse-country = Dove
res-reuse-org = In quale organizzazione
res-reuse-button = Raccontalo agli altri
res-comments-heading = { $count ->
    [0] Commenti
    [one] Un commento
   *[other] { $count } commenti
}
res-comment = Il tuo commento
res-comment-button = Commenta
res-comment-deleted = Questo commento è stato eliminato.
res-comment-delete = Elimina il commento
res-login-to-take-part = Accedi per valutare, commentare o segnalare un riutilizzo.
res-collection-items = { $count ->
    [one] una risorsa
   *[other] { $count } risorse
}
res-no-collections = Ancora nessuna raccolta.
res-curated-by = A cura di { $name }
res-collection-edit = Modifica la raccolta
res-collection-org = Gestita da
res-collection-empty = Questa raccolta è vuota. Aggiungi risorse dalle loro pagine.
res-collection-delete = Elimina questa raccolta
res-move-up = Sposta { $title } in alto
res-move-down = Sposta { $title } in basso
res-remove-from-collection = Togli dalla raccolta

flash-resource-saved = La risorsa è stata salvata.
flash-resource-deleted = La risorsa e i suoi file sono stati eliminati.
flash-version-saved = Il file è stato caricato.
flash-rating-saved = Grazie, la tua valutazione è stata salvata.
flash-comment-saved = Il tuo commento è stato pubblicato.
flash-comment-deleted = Il commento è stato eliminato.
flash-reuse-saved = Grazie per aver raccontato agli altri come l'hai riutilizzata.
flash-collection-saved = La raccolta è stata salvata.
flash-collection-deleted = La raccolta è stata eliminata.
flash-collection-item-added = La risorsa è stata aggiunta alla raccolta.
flash-collection-item-removed = La risorsa è stata tolta dalla raccolta.
flash-collection-item-moved = L'ordine è stato modificato.

size-kb = { $size } KB
size-mb = { $size } MB

upload-error-file = { $name }: { $problem }
upload-error-empty = il file è vuoto.
upload-error-no-extension = il nome del file non ha un'estensione, quindi non è possibile verificarne il tipo.
upload-error-not-allowed = i file di tipo .{ $ext } non sono accettati. Formati accettati: { $allowed }.
upload-error-mismatch = il nome termina in .{ $claimed }, ma il contenuto è di un altro tipo ({ $found }). Rinomina il file o scegli quello giusto.
upload-error-archive-bomb = una volta estratto, l'archivio occuperebbe molto più spazio di quanto ne occupa ora: per sicurezza viene rifiutato.
upload-error-corrupt = il file è danneggiato o non corrisponde al tipo indicato.
upload-error-too-large = il file supera { $limit } MB.
upload-error-quota = non rientra nel tuo spazio di archiviazione di { $limit } MB. Elimina prima versioni o risorse più vecchie.
upload-error-too-many = puoi caricare al massimo { $limit } file alla volta.

search-facet-licence = Licenza
search-facet-target = Destinatari
search-facet-competence = Area di competenza
search-facet-eqf = Livello EQF
upload-error-internal = non è stato possibile ricevere il file, riprova.
upload-error-image-too-large = l'immagine è troppo grande per essere elaborata (al massimo 8000 pixel per lato).
