## Tabela e detyrave e një grupi pune (seksioni Bashkëpunimi): kolonat, kartat, faqja e një detyre
## me komentet e saj, ndryshimi, zhvendosja dhe fshirja e detyrave.

wg-task-board-title = Tabela e detyrave
wg-task-members-only = Vetëm anëtarët e grupit shtojnë dhe zhvendosin detyra.

## Filtrat

wg-task-filter-label = Filtroni detyrat
wg-task-filter-mine = Të caktuara për mua
wg-task-filter-overdue = Vetëm ato me vonesë
wg-task-filter-assignee = Caktuar për
wg-task-filter-anyone = Kushdo
wg-task-filter-nobody = Askush (të pacaktuara)
wg-task-filter-button = Shfaq detyrat
wg-task-filter-clear = Shfaq të gjitha detyrat
wg-task-filtered-notice = Shfaqen vetëm detyrat që përputhen me filtrat.

## Kolonat dhe kartat

wg-task-status-todo = Për t'u bërë
wg-task-status-doing = Në punë
wg-task-status-done = Të kryera
wg-task-column-count = { $count ->
    [0] asnjë detyrë
    [one] një detyrë
   *[other] { $count } detyra
}
wg-task-column-empty = Asnjë detyrë këtu.
wg-task-column-more = Shfaqen { $shown } detyrat e para nga { $count }.
wg-task-assigned-to = Caktuar për { $name }
wg-task-unassigned = E pacaktuar
wg-task-due = Afati: { $date }
wg-task-no-due = Pa afat
wg-task-overdue = Me vonesë
wg-task-comments = { $count ->
    [0] asnjë koment
    [one] një koment
   *[other] { $count } komente
}
wg-task-move-start = Fillo
wg-task-move-finish = Përfundo
wg-task-move-back = Kthe te „Për t'u bërë“
wg-task-move-reopen = Rihape
wg-task-move-conflict = „{ $title }“ u ndryshua nga dikush tjetër pasi e hapët tabelën, prandaj nuk u zhvendos. Tabela më poshtë e tregon siç është tani.

## Shtimi dhe ndryshimi i një detyre

wg-task-new-heading = Shtoni një detyrë
wg-task-edit-heading = Ndryshoni detyrën
wg-task-label-title = Titulli
wg-task-label-description = Përshkrimi
wg-task-description-hint = Sipas dëshirës. Mund të përdorni Markdown: **të trasha**, *të pjerrëta*, lista dhe lidhje.
wg-task-label-assignee = Caktuar për
wg-task-nobody = Askush
wg-task-label-due = Afati
wg-task-due-hint = Sipas dëshirës. Viti, muaji dhe dita, për shembull 2026-09-30.
wg-task-label-status = Kolona
wg-task-create-button = Shto detyrën
wg-task-save-button = Ruaj detyrën
wg-task-cancel = Anulo
wg-task-error-assignee = Zgjidhni një nga anëtarët e grupit ose askënd.
wg-task-error-status = Zgjidhni një nga kolonat: për t'u bërë, në punë ose të kryera.
wg-task-conflict-heading = Dikush tjetër e ndryshoi këtë detyrë ndërkohë që po punonit me të
wg-task-conflict-text = Detyra u ndryshua më { $date }, pasi e hapët ju. Asgjë nga ç'keni shkruar nuk u ruajt, por as nuk humbi: versioni juaj ndodhet ende në formularin më poshtë.
wg-task-current-heading = Detyra siç është tani
wg-task-conflict-next = Krahasojini, përditësoni formularin aty ku duhet dhe ruajeni përsëri.

## Faqja e një detyre

wg-task-created-by = Shtuar nga { $name } më { $date }
wg-task-updated = ndryshuar për herë të fundit më { $date }
wg-task-deleted-account = Një llogari e fshirë
wg-task-no-description = Pa përshkrim.
wg-task-edit-link = Ndryshoni detyrën
wg-task-delete-link = Fshini detyrën
wg-task-comments-heading = Komentet
wg-task-comments-none = Ende nuk ka komente.
wg-task-comments-more = Shfaqen { $shown } komentet e para nga { $count }.
wg-task-comment-heading = Shtoni një koment
wg-task-label-comment = Komenti juaj
wg-task-comment-hint = Mund të përdorni Markdown.
wg-task-comment-button = Shto komentin

## Fshirja e një detyre

wg-task-delete-heading = Ta fshini këtë detyrë?
wg-task-delete-text = Detyra „{ $title }“ dhe komentet e saj ({ $count }) do të fshihen për të gjithë. Ky veprim nuk mund të zhbëhet.
wg-task-delete-button = Fshi „{ $title }“
wg-task-error-not-yours = Një detyrë mund ta fshijë vetëm personi që e shtoi ose një koordinator.

## Mesazhet pas një ndryshimi

flash-wg-task-created = Detyra u shtua në tabelë.
flash-wg-task-saved = Detyra u ruajt.
flash-wg-task-moved = Detyra u zhvendos.
flash-wg-task-commented = Komenti juaj u shtua.
flash-wg-task-deleted = Detyra u fshi.
