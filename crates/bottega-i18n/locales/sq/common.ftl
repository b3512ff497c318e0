## Faqosja, navigimi dhe mesazhet e përbashkëta për të gjitha faqet.

skip-to-content = Kalo te përmbajtja kryesore
nav-main-label = Seksionet
nav-account-label = Llogaria juaj
nav-account = Llogaria
nav-admin = Administrimi
nav-logout = Dil
nav-login = Hyr
nav-register = Bashkohu me Bottega
nav-directory = Katalogu
nav-people = Njerëzit
language-switch-label = Gjuha
language-switch-button = Ndrysho
verify-pending-notice = Ju lutemi, konfirmoni adresën tuaj të email-it me lidhjen që ju dërguam. Deri atëherë mund ta shfletoni platformën, por nuk mund t'u bashkoheni organizatave.
verify-resend-button = Dërgo sërish lidhjen
footer-about = Bottega është një vend takimi me burim të hapur për komunitetet e arsimit dhe formimit profesional në të gjithë Evropën dhe Ballkanin Perëndimor.
footer-sections = Seksionet e platformës Bottega
choose-optional = (pa përcaktuar)
choose-any = Të gjitha
choose-one = Zgjidhni një
filter-button = Shfaq rezultatet
save-button = Ruaj
label-search-name = Emri përmban

## Gabimet

error-title = Diçka shkoi keq
error-not-found = Nuk e gjetëm këtë faqe. Mund të jetë zhvendosur, ose mund të mos jetë e dukshme për ju.
error-forbidden = Nuk keni leje ta bëni këtë.
error-login-required = Ju lutemi, hyni në llogari për të vazhduar.
error-verification-required = Ju lutemi, konfirmoni fillimisht adresën tuaj të email-it. Përdorni lidhjen që ju dërguam, ose kërkoni një të re në krye të faqes.
error-csrf-invalid = Ky formular ka skaduar ose nuk vjen nga Bottega. Kthehuni mbrapa, ringarkoni faqen dhe dërgojeni përsëri.
error-session-missing = Shfletuesi juaj nuk dërgoi cookie-n e sigurisë që përdor Bottega. Ju lutemi, lejoni cookie-t për këtë uebsajt, ringarkoni faqen dhe provoni përsëri.
error-rate-limited = { $minutes ->
    [one] Shumë përpjekje. Ju lutemi, prisni një minutë dhe provoni përsëri.
   *[other] Shumë përpjekje. Ju lutemi, prisni { $minutes } minuta dhe provoni përsëri.
}
error-payload-too-large = Ajo që dërguat është shumë e madhe. Ju lutemi, dërgoni diçka më të vogël.
error-internal = Ndodhi një gabim nga ana jonë. Gabimi është regjistruar; ju lutemi, provoni përsëri pas pak.
error-bad-request = Kërkesa nuk u kuptua. Ju lutemi, kthehuni mbrapa dhe provoni përsëri.
error-reference = Gabimi { $code }
error-home-link = Shkoni në faqen kryesore

## Formularët

form-error-summary = Ju lutemi, korrigjoni sa vijon
form-error-required = Kjo fushë është e detyrueshme.
form-error-too-short = Përdorni të paktën { $limit } karaktere.
form-error-too-long = Përdorni jo më shumë se { $limit } karaktere (ose elemente).
form-error-email-invalid = Shkruani një adresë email-i si emri@example.org.
form-error-email-taken = Ekziston tashmë një llogari me këtë adresë email-i. Hyni në llogari, ose rivendosni fjalëkalimin.
form-error-password-common = Ky fjalëkalim është ndër të parët që provojnë sulmuesit. Zgjidhni një tjetër, për shembull disa fjalë që kanë kuptim për ju.
form-error-password-like-email = Fjalëkalimi juaj nuk duhet të jetë adresa juaj e email-it.
form-error-password-mismatch = Dy fjalëkalimet nuk përputhen.
form-error-password-wrong = Fjalëkalimi nuk është i saktë.
form-error-invalid-choice = Zgjidhni një nga mundësitë e ofruara.
form-error-url-invalid = Shkruani një adresë interneti që fillon me http:// ose https://.
form-error-control-characters = Hiqni nga ky tekst karakteret e padukshme të kontrollit.
paging-label = Faqet
paging-previous = Faqja e mëparshme
paging-next = Faqja tjetër
paging-position = Faqja { $page } nga { $pages }

## Ngarkimet

upload-empty = Zgjidhni një skedar për ta ngarkuar.
upload-too-large = Skedari është më i madh se { $limit } MB.
upload-malformed = Ngarkimi nuk mund të lexohej. Ju lutemi, provoni përsëri.
upload-image-too-large = Fotoja është shumë e madhe. Përdorni një foto me më pak se 8.000 piksela për secilën anë.
upload-not-image = Ky skedar nuk është një foto që Bottega mund ta përdorë. Ngarkoni një skedar PNG, JPEG, WebP ose GIF.

## Datat dhe numrat

date-format = { $day } { $month } { $year }
datetime-format = { $date }, { $time } UTC
date-month-1 = janar
date-month-2 = shkurt
date-month-3 = mars
date-month-4 = prill
date-month-5 = maj
date-month-6 = qershor
date-month-7 = korrik
date-month-8 = gusht
date-month-9 = shtator
date-month-10 = tetor
date-month-11 = nëntor
date-month-12 = dhjetor
number-group-separator = .

## Mesazhet që shfaqen një herë pas një veprimi

flash-registered = Mirë se vini në Bottega! Ju dërguam një email për të konfirmuar adresën tuaj. Ndërkohë, tregojini komunitetit pak për veten.
flash-verified = Faleminderit, adresa juaj e email-it u konfirmua.
flash-verification-sent = Ju dërguam një lidhje të re konfirmimi.
flash-signed-in = Keni hyrë në llogari.
flash-signed-out = Keni dalë nga llogaria.
flash-password-reset = Fjalëkalimi juaj u ndryshua. Hyni me fjalëkalimin e ri.
flash-password-changed = Fjalëkalimi juaj u ndryshua. Keni dalë nga llogaria në të gjitha pajisjet e tjera.
flash-email-change-sent = Dërguam një lidhje në adresën tuaj të re. Adresa do të ndryshojë kur ta hapni lidhjen.
flash-email-changed = Adresa juaj e email-it u ndryshua.
flash-profile-saved = Profili juaj u ruajt.
flash-avatar-saved = Fotoja juaj u ruajt.
flash-avatar-removed = Fotoja juaj u hoq.
flash-organisation-created = Organizata u shtua në katalog. Ju jeni administratori i saj.
flash-organisation-saved = Organizata u ruajt.
flash-logo-saved = Logoja u ruajt.
flash-already-member = Jeni tashmë anëtar i kësaj organizate.
flash-request-pending = Kërkesa juaj për anëtarësim është ende në pritje të përgjigjes.
flash-request-sent = Kërkesa juaj iu dërgua administratorëve të organizatës.
flash-request-already-decided = Kësaj kërkese i është dhënë tashmë përgjigje.
flash-request-accepted = Kërkesa u pranua; personi tani është anëtar.
flash-request-declined = Kërkesa u refuzua.
flash-invitation-sent = Ftesa u dërgua.
flash-invitation-revoked = Ftesa u tërhoq.
flash-last-admin = Një organizatë duhet të ketë të paktën një administrator. Caktoni fillimisht dikë tjetër si administrator.
flash-member-changed = Anëtarësimi u ndryshua.
flash-invitation-unusable = Kjo ftesë nuk mund të përdoret më.
flash-invitation-accepted = Mirë se vini! Tani jeni anëtar i organizatës.
flash-admin-not-self = Nuk mund ta ndryshoni llogarinë tuaj nga kjo listë.
flash-last-site-admin = Bottega ka nevojë për të paktën një administrator aktiv.
flash-admin-done = U krye. Veprimi u shënua në regjistrin e auditimit.
form-error-handle-invalid = Përdorni nga 3 deri në 30 shkronja të vogla, shifra, viza, pika ose nënviza, duke filluar me një shkronjë ose shifër.
form-error-handle-taken = Dikush tjetër e ka tashmë këtë emër përdoruesi. Provoni një tjetër.
number-decimal-separator = ,

form-error-date = Shkruani një datë të vlefshme në formatin vit-muaj-ditë, për shembull 2027-03-15.
