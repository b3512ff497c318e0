## Bashkëpunimi: takimet e një grupi pune, rendi i ditës, procesverbali, pjesëmarrja dhe skedarët e kalendarit.

wg-meeting-list-title = Takimet
wg-meeting-plan-link = Planifikoni një takim
wg-meeting-upcoming = Takimet e ardhshme
wg-meeting-upcoming-none = Nuk është planifikuar asnjë takim.
wg-meeting-upcoming-more = { $count ->
    [one] Edhe një takim i ardhshëm nuk shfaqet këtu; e gjeni në skedarin e kalendarit.
   *[other] Edhe { $count } takime të ardhshme nuk shfaqen këtu; i gjeni në skedarin e kalendarit.
}
wg-meeting-past = Takimet e kaluara
wg-meeting-past-none = Ende nuk është zhvilluar asnjë takim.
wg-meeting-has-minutes = Procesverbal
wg-meeting-no-minutes = Pa procesverbal
wg-meeting-present-count = { $count ->
    [one] Një person i pranishëm
   *[other] { $count } persona të pranishëm
}

## Oraret

# Një takim që fillon dhe mbaron në të njëjtën ditë, p.sh. "14 korrik 2026, 14:30–16:00".
wg-meeting-span-one-day = { $date }, { $start }–{ $end }
# Një takim që mbaron ditën tjetër.
wg-meeting-span-two-days = { $date }, { $start } – { $enddate }, { $end }
wg-meeting-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } orë
       *[other] { $hours } orë { $minutes } min
    }
}
wg-meeting-in-utc = Sipas UTC:
wg-meeting-in-zone = Sipas zonës { $zone }:
wg-meeting-zone-label = Shfaq oraret edhe në zonën
wg-meeting-zone-none = (vetëm zona e takimit dhe UTC)
wg-meeting-zone-button = Shfaq

## Skedarët e kalendarit

wg-meeting-ics-all = Shtoni të gjitha takimet në kalendarin tuaj (.ics)
wg-meeting-ics-all-hint = Skedari i kalendarit përmban takimet e grupit me oraret në UTC, kështu që kalendari juaj i shfaq në orën e duhur kudo që të ndodheni. Pas një ndryshimi importojeni përsëri: takimet përditësohen, nuk dyfishohen.
wg-meeting-ics-one = Shtojeni në kalendarin tuaj (.ics)
wg-meeting-ics-hint = Kur takimi ndryshon, importojeni skedarin përsëri: kalendari juaj e zëvendëson regjistrimin e vjetër.

## Faqja e takimit

wg-meeting-label-when = Kur
wg-meeting-label-duration = Kohëzgjatja
wg-meeting-label-where = Vendi ose videothirrja
wg-meeting-place-none = Ende i papërcaktuar
wg-meeting-label-planned-by = Planifikuar nga
wg-meeting-edit-link = Ndryshoni orën, vendin ose rendin e ditës
wg-meeting-agenda = Rendi i ditës
wg-meeting-agenda-none = Ende pa rend dite.
wg-meeting-minutes = Procesverbali
wg-meeting-minutes-none = Procesverbali nuk është shkruar ende.
wg-meeting-minutes-later = Procesverbali shkruhet gjatë takimit ose pas tij.
wg-meeting-minutes-by = Ndryshuar për herë të fundit nga { $name } më { $date }
wg-meeting-minutes-write = Shkruani procesverbalin
wg-meeting-minutes-edit = Ndryshoni procesverbalin
wg-meeting-attendance = Pjesëmarrja
wg-meeting-attendance-none = Pjesëmarrja nuk është regjistruar.
wg-meeting-attendance-record = Regjistroni pjesëmarrjen
wg-meeting-attendance-present = I pranishëm
wg-meeting-attendance-excused = Mungesë me arsye
wg-meeting-attendance-absent = Mungesë pa arsye
wg-meeting-attendance-unrecorded = Pa regjistruar

## Planifikimi dhe ndryshimi i një takimi

wg-meeting-plan-title = Planifikoni një takim
wg-meeting-plan-lead = Zgjidhni orën në zonën kohore me të cilën jeni mësuar; të gjithë e shohin në atë zonë dhe në UTC, ndërsa kalendarët e kthejnë në orën e përdoruesit të tyre.
wg-meeting-edit-title = Ndryshoni takimin
wg-meeting-edit-hint = Kush e ka shtuar takimin në kalendarin e vet e merr ndryshimin kur e importon përsëri skedarin e kalendarit.
wg-meeting-label-title = Titulli
wg-meeting-legend-when = Kur fillon takimi dhe sa zgjat
wg-meeting-label-date = Data
wg-meeting-date-hint = Për shembull 2026-07-14. Mund të jetë edhe një datë e kaluar, për të regjistruar një takim që është mbajtur tashmë.
wg-meeting-label-time = Ora e fillimit
wg-meeting-time-hint = Në formatin 24-orësh, për shembull 14:30, sipas zonës kohore më poshtë.
wg-meeting-label-time-zone = Zona kohore
wg-meeting-time-zone-hint = Zona kohore e orës së fillimit. Kush ndodhet gjetkë e sheh orën edhe në UTC.
wg-meeting-label-duration-minutes = Kohëzgjatja në minuta
wg-meeting-duration-hint = Nga { $min } deri në { $max } minuta.
wg-meeting-label-place = Vendi ose lidhja e videothirrjes
wg-meeting-place-hint = Një sallë dhe adresa e saj, ose lidhja e videothirrjes (sipas dëshirës).
wg-meeting-label-agenda = Rendi i ditës
wg-meeting-agenda-hint = Markdown: një rresht që fillon me „1.“ ose „-“ është element liste; funksionojnë edhe **të trasha**, *të pjerrëta* dhe lidhjet.
wg-meeting-label-lang = Gjuha e titullit dhe e rendit të ditës
wg-meeting-plan-button = Planifiko takimin
wg-meeting-save-button = Ruaj ndryshimet

## Procesverbali

wg-meeting-minutes-title = Shkruani procesverbalin
wg-meeting-minutes-hint = Markdown. Çfarë u diskutua, çfarë u vendos, kush çfarë bën dhe deri kur. Çdo anëtar mund të shtojë diçka.
wg-meeting-label-minutes-lang = Gjuha e procesverbalit
wg-meeting-minutes-button = Ruaj procesverbalin

## Pjesëmarrja

wg-meeting-attendance-title = Regjistroni pjesëmarrjen
wg-meeting-attendance-legend = Kush mori pjesë
wg-meeting-attendance-hint = Një përgjigje për çdo anëtar të grupit. „Pa regjistruar“ fshin një përgjigje të dhënë më parë.
wg-meeting-coordinator = Koordinator
wg-meeting-attendance-button = Ruaj pjesëmarrjen

## Problemet

wg-meeting-error-date = Shkruani një datë të vlefshme, për shembull 2026-07-14.
wg-meeting-error-time = Shkruani një orë në formatin 24-orësh, për shembull 14:30.
wg-meeting-error-time-zone = Zgjidhni një nga zonat kohore të ofruara.
wg-meeting-error-duration = Shkruani një numër minutash nga { $min } deri në { $max }.
wg-meeting-error-time-gap = Ora { $time } nuk ekziston atë ditë në zonën { $zone }: atëherë orët kalojnë në orën verore. Zgjidhni një orë tjetër, për shembull { $next }.
wg-meeting-error-time-missing = Ora { $time } nuk ekziston atë ditë në zonën { $zone }. Zgjidhni një orë tjetër.
wg-meeting-error-organisers-only = Vetëm personi që e planifikoi këtë takim dhe koordinatorët e grupit mund ta ndryshojnë atë ose të regjistrojnë pjesëmarrjen.
wg-meeting-error-attendance-status = Për { $name } zgjidhni: i pranishëm, mungesë me arsye, mungesë pa arsye ose pa regjistruar.
wg-meeting-error-attendance-outsider = Pjesëmarrja mund të regjistrohet vetëm për anëtarët e grupit. Dikush në formular nuk është (ose nuk është më) anëtar; ringarkoni formularin dhe provoni përsëri.

## Mesazhet pas një ndryshimi

flash-wg-meeting-planned = Takimi u planifikua. Shtojeni në kalendarin tuaj me skedarin .ics.
flash-wg-meeting-recorded = Takimi u ruajt. Data e tij ka kaluar, prandaj shfaqet te takimet e kaluara.
flash-wg-meeting-updated = Takimi u ndryshua.
flash-wg-meeting-minutes-saved = Procesverbali u ruajt.
flash-wg-meeting-attendance-saved = Pjesëmarrja u ruajt.
