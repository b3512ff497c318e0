## Faqet e përbashkëta të një grupi pune: lista, shkrimi, historiku dhe ndryshimet midis versioneve.

wg-page-list-heading = Faqet e përbashkëta
wg-page-list-lead = Faqe që grupi i shkruan së bashku. Çdo version ruhet: asgjë që shkruhet këtu nuk humbet kurrë.
wg-page-new-link = Faqe e re
wg-page-list-none = Grupi nuk ka ende asnjë faqe.
wg-page-count = { $count ->
    [one] Një faqe
   *[other] { $count } faqe
}
wg-page-col-title = Faqja
wg-page-col-revision = Versioni
wg-page-col-editor = Ndryshuar së fundi nga
wg-page-col-when = Ndryshuar më
wg-page-someone = një ish-anëtar
wg-page-meta = Versioni { $revision }, ruajtur nga { $name } më { $date }
wg-page-edit-link = Ndrysho
wg-page-history-link = Historiku
wg-page-last-changes-link = Ndryshimet e fundit

## Shkrimi i një faqeje

wg-page-new-heading = Faqe e re
wg-page-edit-heading = Ndryshim i faqes
wg-page-editing-revision = Po ndryshoni versionin { $revision }.
wg-page-label-title = Titulli
wg-page-label-lang = Gjuha e tekstit
wg-page-label-body = Teksti
wg-page-body-hint = Shkruhet në Markdown: # për një titull, - për një element liste, **të trasha**, [fjalë](https://example.org) për një lidhje. Jo më shumë se 100.000 karaktere.
wg-page-label-note = Çfarë ndryshuat?
wg-page-note-hint = Sipas dëshirës, për historikun: disa fjalë, për shembull „U shtuan datat e vizitave“. Jo më shumë se 200 karaktere.
wg-page-create-button = Krijo faqen
wg-page-save-button = Ruaj
wg-page-preview-button = Shiko paraprakisht
wg-page-cancel = Anulo
wg-page-preview-heading = Pamje paraprake (ende e paruajtur)
wg-page-error-stale = Ndërsa po shkruanit, dikush tjetër ruajti një version më të ri të kësaj faqeje. Teksti juaj është ende këtu: krahasojeni me tekstin tjetër, mbani atë që ka rëndësi dhe ruajeni përsëri.

## Kur dy persona ruajnë të njëjtin version

wg-page-conflict-heading = Ndërkohë dikush tjetër e ruajti këtë faqe
wg-page-conflict-text = Asgjë nuk u mbishkrua. Versioni i ruajtur tani:
wg-page-conflict-their-version = Versioni { $revision }, i ruajtur nga personi tjetër
wg-page-conflict-source = Teksti tjetër në Markdown, për të kopjuar prej tij
wg-page-conflict-changes = Çfarë ndryshoi nga versioni { $from } te versioni { $to }
wg-page-conflict-next = Nëse e ruani përsëri, teksti juaj bëhet versioni { $next } dhe zëvendëson tekstin tjetër si version aktual: më parë sigurohuni që në të të jetë ajo që doni të mbani nga ndryshimet e personit tjetër.

## Historiku

wg-page-history-heading = Historiku
wg-page-history-lead = Të gjitha versionet e faqes, nga më i riu. Zgjidhni dy për të parë çfarë ndryshoi midis tyre, ose hapni njërin për ta lexuar ashtu siç ishte.
wg-page-history-caption = { $count ->
    [one] Një version
   *[other] { $count } versione
}
wg-page-col-from = Nga
wg-page-col-to = Deri
wg-page-col-author = Ruajtur nga
wg-page-col-date = Data
wg-page-col-note = Shënimi
wg-page-col-changes = Ndryshimet
wg-page-compare-from = Krahaso nga versioni { $revision }
wg-page-compare-to = Krahaso deri te versioni { $revision }
wg-page-compare-button = Krahaso versionet e zgjedhura
wg-page-changes-link = Ndryshimet
wg-page-changes-in = Ndryshimet e bëra në versionin { $revision }
wg-page-revision-link = Versioni { $revision }
wg-page-current = aktual
wg-page-restored-note = U rikthye versioni { $revision }

## Një version i vjetër

wg-page-old-notice = Ky është një version i vjetër. Faqja tani është në versionin { $current }.
wg-page-is-current = Ky është versioni aktual.
wg-page-compare-current = Krahaso me versionin aktual
wg-page-see-current = Lexo faqen aktuale
wg-page-restore-hint = Rikthimi e ruan këtë tekst si version të ri; versionet e ndërmjetme mbeten në historik.
wg-page-restore-button = Rikthe versionin { $revision }
wg-page-restore-refused = Versioni nuk u rikthye
wg-page-restore-conflict = Faqja ndryshoi ndërsa po e shikonit: tani është në versionin { $revision }. Kontrolloni faqen aktuale, pastaj rikthejeni përsëri nëse ende e dëshironi.

## Ndryshimet midis dy versioneve

wg-page-diff-title-short = Ndryshimet
wg-page-diff-heading = Ndryshimet nga versioni { $from } te versioni { $to }
wg-page-diff-caption = Teksti i versionit { $from } dhe i versionit { $to }, rresht për rresht
wg-page-diff-col-old = Rreshti në versionin { $revision }
wg-page-diff-col-new = Rreshti në versionin { $revision }
wg-page-diff-col-text = Teksti
wg-page-diff-added = U shtua:
wg-page-diff-removed = U hoq:
wg-page-diff-title = Titulli
wg-page-diff-lang = Gjuha
wg-page-diff-added-count = { $count ->
    [one] U shtua një rresht
   *[other] U shtuan { $count } rreshta
}
wg-page-diff-removed-count = { $count ->
    [one] u hoq një rresht
   *[other] u hoqën { $count } rreshta
}
wg-page-diff-skipped = { $count ->
    [one] Një rresht i pandryshuar nuk shfaqet
   *[other] { $count } rreshta të pandryshuar nuk shfaqen
}
wg-page-diff-same-text = Të dy versionet janë njësoj.
wg-page-diff-same-body = Vetë teksti është i njëjtë në të dy versionet.
wg-page-diff-same-revision = Zgjidhni dy versione të ndryshme për të parë çfarë ndryshoi midis tyre.

## Mesazhet pas një ndryshimi

flash-wg-page-created = Faqja u krijua.
flash-wg-page-saved = Ndryshimet tuaja u ruajtën si version i ri.
flash-wg-page-unchanged = Nuk ndryshoi asgjë, prandaj nuk u krijua version i ri.
flash-wg-page-restored = Versioni i vjetër u rikthye si versioni më i ri.
