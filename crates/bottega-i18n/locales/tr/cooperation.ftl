# İş birliği: bölümün giriş sayfası, ortaklıklar (liste, öneri, anlaşma ve yanıtlar), ortak eylem
# planı ve ilerlemesi.

## Giriş sayfası

coop-title = İş birliği
coop-lead = Kuruluşlar arasında uzun vadeli çalışma: her kuruluşun imzaladığı bir anlaşmaya ve ortak bir eylem planına dayanan ortaklıklar, bir kurumun başka bir kuruma rehberlik ettiği kardeş kurum eşleştirmeleri ve mesleki eğitim ve öğretimde incelemeden geçmiş iyi uygulamalardan oluşan bir arşiv.
coop-waiting-title = Yanıtınızı bekleyenler
coop-waiting-lead = Bu ortaklıklar, yöneticisi olduğunuz bir kuruluşa önerildi. Anlaşmayı okuyun ve kuruluş adına kabul edin ya da reddedin.
coop-answer-for = { $org } için
coop-answer-link = Okuyun ve yanıtlayın
coop-offer-title = Burada neler yapabilirsiniz?
coop-partnerships-title = Ortaklıklar
coop-partnerships-summary = Kuruluşlar birkaç yıllık bir amaç ve taahhütler üzerinde anlaşır, hedefleri, faaliyetleri ve kilometre taşlarını birlikte planlar ve göstergelerini izler.
coop-partnership-counts = { $active ->
    [one] Bir etkin ortaklık
   *[other] { $active } etkin ortaklık
}, { $ended ->
    [one] bir tamamlanmış
   *[other] { $ended } tamamlanmış
}
coop-practices-title = İyi uygulamalar
coop-practices-summary = Ortak bir şablonla anlatılan, meslektaşlar tarafından yayımlanmış bir değerlendirme ölçütüne göre incelenen ve tanımlayıcısıyla kaynak gösterilebilen uygulamalar.
coop-search-title = Ortak bulun
coop-search-summary = Dizinde ülkeye, sektöre, türe ve çalışma diline göre arama yapın ve bir kuruluşun sayfasından ortaklık önerin.
coop-mine-title = Kuruluşlarınızın ortaklıkları
coop-mine-none = Kuruluşlarınız henüz hiçbir ortaklıkta yer almıyor.
coop-no-org = Ortaklık önermek veya bir ortaklığa katılmak için bir kuruluşa üye olmanız gerekir.
coop-no-org-link = Kuruluşunuzu dizinde bulun veya ekleyin
coop-login = Kuruluşlarınızın ortaklıklarını görmek ve ortaklık önermek için giriş yapın
coop-recent-title = Yeni başlayan ortaklıklar
coop-register-link = Tüm ortaklıklar

## Ortaklık listesi

pt-register-title = Ortaklıklar
pt-register-lead = Kuruluşlar arasında, her birinin kabul ettiği anlaşmaya dayanan uzun vadeli iş birliği. Öneriler yalnızca ilgili kuruluşlara görünür.
pt-new-link = Ortaklık önerin
pt-propose-link = Ortaklık önerin
pt-login-to-propose = Ortaklık önermek için giriş yapın
pt-filter-label = Ortaklıkları filtrele
pt-label-theme = Tema
pt-label-status = Durum
pt-label-country = Kuruluşlardan birinin ülkesi
pt-count = { $count ->
    [one] Bir ortaklık
   *[other] { $count } ortaklık
}
pt-register-none = Eşleşen ortaklık yok.
pt-results-heading = Sonuçlar
pt-runs = { $start } ile { $end } arası
pt-status-proposed = Önerildi
pt-status-active = Etkin
pt-status-ended = Sona erdi
pt-status-declined = Reddedildi

## Öneri ve koşulların yeniden yazılması

pt-new-title = Ortaklık önerin
pt-new-lead = Kuruluşların birlikte neler yapacağını anlatın. Her ortak kuruluşun yöneticilerine e-postayla haber verilir; ortaklık, her kuruluştan bir yönetici bu koşulları kabul ettiğinde başlar.
pt-edit-title = Koşulları yeniden yazın
pt-edit-lead = Koşulları yeniden yazmak her kuruluşa yeniden sormak demektir: daha önce verilen kabuller yeniden beklemeye alınır, çünkü kimse okumadığı koşullarla bağlı değildir.
pt-no-org-lead = Ortaklık bir kuruluş adına önerilir ve siz henüz hiçbir kuruluşa üye değilsiniz. Dizinde kuruluşunuza katılma talebinde bulunun veya kuruluşunuzu dizine ekleyin.
pt-no-org-join = Kuruluşunuzu dizinde bulun
pt-no-org-create = Yeni bir kuruluş ekleyin
pt-label-from-org = Öneren kuruluş
pt-to-chosen = Önerilen kuruluşlar
pt-label-partners = Ortak kuruluşlar
pt-label-more-partners = Diğer ortak kuruluşlar
pt-partners-hint = Her satıra bir kuruluş: dizindeki adresi (örneğin scuola-edile-roma) veya sayfasının bağlantısı.
pt-label-title = Ortaklığın adı
pt-label-themes = Stratejik temalar
pt-themes-hint = En az birini seçin.
pt-label-purpose = Amaç
pt-purpose-hint = Ortaklığın ne için kurulduğu ve neyi değiştirmesi gerektiği. Markdown kullanabilirsiniz.
pt-label-commitments = Taahhütler
pt-commitments-hint = Her kuruluşun neyi taahhüt ettiği: personel, zaman, ev sahipliği, para, veri. Markdown kullanabilirsiniz.
pt-label-lang = Metnin dili
pt-label-starts-on = Başlangıç
pt-label-ends-on = Bitiş
pt-ends-on-hint = Bir anlaşma en fazla on yıl sürer.
pt-label-your-signatory = Kuruluşunuz adına kim imzalıyor?
pt-your-signatory-hint = Öneren kuruluşun yöneticisiyseniz öneride bulunmanız, kuruluşun kabulü anlamına gelir: anlaşmayı kuruluş adına kimin, hangi görevle imzaladığını belirtin.
pt-label-signatory-name = İmza yetkilisinin adı
pt-label-signatory-role = İmza yetkilisinin görevi
pt-propose-button = Öneriyi gönder
pt-save-terms-button = Yeni koşulları kaydet

pt-error-ends-before-start = Bitiş, başlangıçtan önce olamaz.
pt-error-too-long = Bir anlaşma en fazla on yıl sürebilir; daha erken bir bitiş tarihi seçin.
pt-error-themes-required = En az bir tema seçin.
pt-error-not-your-org = Kuruluşlarınızdan birini seçin.
pt-error-partner-address = Bunlar dizindeki adresler değil: { $list }
pt-error-unknown-partner = Dizinde bu adrese sahip bir kuruluş yok: { $list }
pt-error-no-partner = En az bir ortak kuruluş belirtin.
pt-error-too-many-partners = Bir öneride en fazla { $limit } ortak kuruluş yer alabilir.
pt-error-own-org-only = Bir ortaklık için kendi kuruluşunuzun yanında en az bir kuruluş daha gerekir.
pt-error-number = Bir sayı girin, örneğin 40 veya 12,5.
pt-error-number-range = Bu sayı çok büyük.
pt-error-no-organisation = Ortaklık önermek için bir kuruluşa üye olmanız gerekir.
pt-error-not-org-admin = Bu kuruluş adına yalnızca kuruluşun bir yöneticisi yanıt verebilir. Hiçbir şey değiştirilmedi.
pt-error-not-proposed = Bu ortaklık artık bir öneri değil: zaten kabul edildi, reddedildi veya geri çekildi.
pt-error-not-active = Yalnızca etkin bir ortaklık sona erdirilebilir.
pt-error-closed = Bu ortaklık sona erdi veya reddedildi: planı olduğu gibi saklanır ve artık değiştirilemez.
pt-error-members-only = Bunu yalnızca ortak kuruluşların üyeleri yapabilir.
pt-error-proposer-only = Bunu yalnızca bu ortaklığı öneren kişi veya öneren kuruluşun bir yöneticisi yapabilir.
pt-error-admins-only = Ortaklığı yalnızca ortak kuruluşlardan birinin yöneticisi sona erdirebilir.

## Anlaşma

pt-nav-label = Ortaklığın sayfaları
pt-tab-agreement = Anlaşma
pt-tab-plan = Eylem planı
pt-tab-progress = İlerleme
pt-tab-twinnings = Kardeş kurum eşleştirmeleri
pt-ended-notice = Bu ortaklık sona erdi. Anlaşması, planı ve ilerlemesi burada kayıt olarak saklanıyor.
pt-declined-notice = Bu ortaklık başlamadı: kuruluşlardan biri reddetti ya da öneri geri çekildi.
pt-label-period = Süre
pt-label-terms-version = Koşullar
pt-terms-version = sürüm { $version }
pt-active-since = { $date } tarihinden beri etkin
pt-ended-on = { $date } tarihinde sona erdi
pt-parties-title = Kuruluşlar ve yanıtları
pt-col-organisation = Kuruluş
pt-col-answer = Yanıt
pt-col-signatory = İmzalayan
pt-col-answered = Yanıtlayan
pt-answer-pending = Bekleniyor
pt-answer-accepted = Kabul edildi
pt-answer-declined = Reddedildi
pt-outdated-terms = önceki koşullar
pt-proposer-badge = öneren
pt-answered-by = { $name }, { $date }
pt-answer-waiting-notice = Kuruluşunuzun yanıtı bekleniyor.
pt-answer-waiting-link = Anlaşmayı okuyun, ardından aşağıda yanıtlayın.
pt-answer-title = { $org } adına yanıt
pt-answer-lead = Bu kuruluşun yöneticisi olarak koşulların { $version }. sürümünü kuruluş adına kabul eder veya reddedersiniz.
pt-answer-hint = Kabul etmek için kimin, hangi görevle imzaladığını belirtin. Reddetmek için bunların hiçbiri gerekmez; ret ortaklığı durdurur.
pt-accept-button = { $org } adına kabul et
pt-decline-button = Reddet
pt-plan-summary-title = Birlikte çalışma
pt-plan-summary = Eylem planı: { $objectives ->
    [one] bir hedef
   *[other] { $objectives } hedef
}, { $activities ->
    [one] bir faaliyet
   *[other] { $activities } faaliyet
}
pt-progress-summary = İlerleme: { $milestones ->
    [one] bir kilometre taşı
   *[other] { $milestones } kilometre taşı
}, { $indicators ->
    [one] bir gösterge
   *[other] { $indicators } gösterge
}
pt-twinnings-link = Bu ortaklık kapsamındaki kardeş kurum eşleştirmeleri
pt-manage-title = Ortaklığın yönetimi
pt-edit-link = Koşulları yeniden yaz
pt-withdraw-link = Öneriyi geri çek
pt-end-link = Ortaklığı sona erdir
pt-withdraw-title = Öneriyi geri çekin
pt-withdraw-confirm = "{ $title }" önerisi geri çekilsin mi? Ortak kuruluşlara haber verilir ve ortaklık başlamaz.
pt-withdraw-button = Öneriyi geri çek
pt-end-title = Ortaklığı sona erdirin
pt-end-confirm = "{ $title }" ortaklığı şimdi sona erdirilsin mi? Planı ve ilerlemesi kayıt olarak saklanır ve artık değiştirilemez.
pt-end-button = Ortaklığı sona erdir
pt-cancel-link = İptal

flash-pt-proposed = Öneri gönderildi. Her ortak kuruluşun yöneticilerine e-postayla haber verildi.
flash-pt-accepted = Kuruluşunuzun kabulü kaydedildi. Ortaklık, tüm kuruluşlar kabul ettiğinde başlar.
flash-pt-active = Tüm kuruluşlar kabul etti: ortaklık etkin.
flash-pt-declined = Kuruluşunuz ortaklığı reddetti.
flash-pt-terms-revised = Yeni koşullar kaydedildi. Her kuruluştan bu koşulları kabul etmesi isteniyor.
flash-pt-withdrawn = Öneri geri çekildi.
flash-pt-ended = Ortaklık sona erdi.

## Ortak eylem planı

pt-plan-title = Eylem planı
pt-plan-lead = Hedefler, bu hedeflere hizmet eden faaliyetler ve sorumluları, tarihleriyle kilometre taşları ve ortaklığın amaçladığına ulaşıp ulaşmadığını gösteren göstergeler.
pt-plan-read-only = Ortaklık yürürlükte değil: planı olduğu gibi gösterilir ve değiştirilemez.
pt-plan-empty = Plan şimdilik boş.
pt-add-objective = Hedef ekle
pt-add-activity = Faaliyet ekle
pt-add-milestone = Kilometre taşı ekle
pt-add-indicator = Gösterge ekle
pt-objective-heading = Hedef { $n }:
pt-no-objective = Bir hedefe bağlı olmayanlar
pt-objective-empty = Bu hedef için henüz bir şey planlanmadı.
pt-edit-item = Düzenle
pt-delete-item = Sil
pt-move-up = Yukarı taşı
pt-move-down = Aşağı taşı
pt-record-value-link = Değer kaydet
pt-activities-title = Faaliyetler
pt-milestones-title = Kilometre taşları
pt-indicators-title = Göstergeler
pt-col-activity = Faaliyet
pt-col-owner = Sorumlu
pt-col-dates = Tarihler
pt-col-status = Durum
pt-col-actions = İşlemler
pt-col-milestone = Kilometre taşı
pt-col-due = Son tarih
pt-col-indicator = Gösterge
pt-col-baseline = Başlangıç değeri
pt-col-target = Hedef değer
pt-col-latest = Son değer
pt-col-share = Hedefe ulaşma oranı
pt-activity-planned = Planlandı
pt-activity-ongoing = Sürüyor
pt-activity-done = Tamamlandı
pt-activity-cancelled = İptal edildi
pt-milestone-status-planned = Planlandı
pt-milestone-status-reached = Ulaşıldı
pt-milestone-status-missed = Ulaşılamadı
pt-milestone-on-time = Zamanında ulaşıldı
pt-milestone-late = Gecikmeli ulaşıldı
pt-milestone-missed = Ulaşılamadı
pt-milestone-overdue = Süresi geçti
pt-milestone-upcoming = Yaklaşıyor
pt-reached-on = { $date } tarihinde
pt-percent = %{ $value }
pt-back-to-plan = { $title } eylem planına dön

pt-edit-objective-title = Hedefi düzenle
pt-edit-activity-title = Faaliyeti düzenle
pt-edit-milestone-title = Kilometre taşını düzenle
pt-edit-indicator-title = Göstergeyi düzenle
pt-label-objective-title = Hedef
pt-label-description = Açıklama
pt-objective-description-hint = İsteğe bağlı: bu hedefe ulaşıldığında neyin görüleceği.
pt-label-objective = Hedef
pt-label-activity-title = Faaliyet
pt-label-owner-org = Sorumlu kuruluş
pt-label-owner-name = Faaliyeti yürüten kişi
pt-owner-name-hint = Faaliyeti o kuruluşta yürüten kişinin adı.
pt-label-milestone-title = Kilometre taşı
pt-label-due-on = Son tarih
pt-label-reached-on = Ulaşıldığı tarih
pt-reached-on-hint = Yalnızca ulaşıldı olarak işaretlenen bir kilometre taşı için.
pt-label-indicator-name = Gösterge
pt-label-unit = Birim
pt-unit-hint = Neyin sayıldığı, örneğin "eğitim alan öğretmen", "şirket" veya "%".
pt-label-baseline = Başlangıç değeri
pt-baseline-hint = Başlangıçtaki değer; boş bırakılırsa 0.
pt-label-target = Hedef değer
pt-target-hint = Ortakların ulaşmayı hedeflediği değer, örneğin 40 veya 12,5.
pt-save-button = Kaydet
pt-delete-button = Sil
pt-delete-objectives-title = Hedefi sil
pt-delete-objectives-confirm = "{ $title }" hedefi silinsin mi? Bu hedefin faaliyetleri, kilometre taşları ve göstergeleri planda kalır, ancak hiçbir hedefe bağlı olmaz.
pt-delete-activities-title = Faaliyeti sil
pt-delete-activities-confirm = "{ $title }" faaliyeti silinsin mi?
pt-delete-milestones-title = Kilometre taşını sil
pt-delete-milestones-confirm = "{ $title }" kilometre taşı silinsin mi?
pt-delete-indicators-title = Göstergeyi sil
pt-delete-indicators-confirm = "{ $title }" göstergesi, kendisi için kaydedilen tüm değerlerle birlikte silinsin mi?

pt-plan-error-owner = Ortaklıktaki kuruluşlardan birini seçin.
pt-plan-error-reached-future = Bir kilometre taşına henüz gelmemiş bir günde ulaşılamaz.
pt-plan-error-measured-future = Bir değer henüz gelmemiş bir günde ölçülemez.
pt-plan-error-full = Planda bu türden olabilecek en fazla sayıda öğe zaten var.

pt-unit-is = Birim: { $unit }
pt-values-title = Ölçülen değerler
pt-values-none = Henüz hiçbir değer kaydedilmedi.
pt-values-of = { $name } göstergesinin değerleri
pt-col-measured-on = Ölçüm tarihi
pt-col-value = Değer
pt-col-note = Not
pt-col-recorded-by = Kaydeden
pt-record-value-title = Değer kaydedin
pt-label-measured-on = Ölçüm tarihi
pt-label-value = Değer
pt-label-note = Not
pt-record-value-button = Değeri kaydet
pt-progress-link = Planın tamamının ilerlemesini görün
pt-chart-measured = Ölçülen
pt-chart-target = Hedef değer

flash-pt-plan-saved = Eylem planı kaydedildi.
flash-pt-plan-deleted = Eylem planından silindi.
flash-pt-value-recorded = Değer kaydedildi.
flash-pt-value-deleted = Değer silindi.

## İlerleme

pt-progress-title = İlerleme
pt-overall-title = Genel durum
pt-overall-label = Tamamlanma
pt-overall-explained = Bu rakam, her biri eşit ağırlıkta sayılan aşağıdaki değerlerin ortalamasıdır:
pt-overall-none = Henüz ölçülecek bir şey yok: eylem planına kilometre taşları, faaliyetler veya göstergeler ekleyin.
pt-completion-milestones = ulaşılan kilometre taşları: { $done } / { $of }
pt-completion-activities = tamamlanan faaliyetler: { $done } / { $of } (iptal edilenler sayılmaz)
pt-completion-indicators = göstergeler: hedef değere ortalama ulaşma oranı { $share } (değeri olmayan bir gösterge 0 sayılır)
pt-activities-none = Henüz planlanmış bir faaliyet yok.
pt-timeline-title = Zaman içinde kilometre taşları
pt-milestones-none = Henüz planlanmış bir kilometre taşı yok.
pt-milestone-count-on-time = zamanında ulaşılan: { $count }
pt-milestone-count-late = gecikmeli ulaşılan: { $count }
pt-milestone-count-missed = ulaşılamayan: { $count }
pt-milestone-count-overdue = süresi geçen: { $count }
pt-milestone-count-upcoming = yaklaşan: { $count }
pt-indicators-none = Henüz tanımlanmış bir gösterge yok.
pt-indicator-status = son değer { $latest }, hedef değer { $target }
pt-indicator-share = başlangıç değerinden bu yana kat edilen yol: { $share }
pt-indicator-no-value = Henüz değer kaydedilmedi; hedef değer: { $target }.

## E-postalar (her biri bir ortak kuruluşun yöneticisine: $org onun kuruluşu, $by işlemi yapan kuruluş)

pt-email-proposal-subject = Ortaklık önerisi: { $title }
pt-email-proposal-body =
    Merhaba,

    { $by } kuruluşu, Bottega'da { $org } kuruluşuna "{ $title }" ortaklığını öneriyor. { $org } kuruluşunun yöneticisi olarak anlaşmayı okuyabilir ve kuruluşunuz adına kabul edebilir veya reddedebilirsiniz:

    { $link }
pt-email-proposal-own-subject = { $org } adına önerilen ortaklığı onaylayın: { $title }
pt-email-proposal-own-body =
    Merhaba,

    { $org } kuruluşunun bir üyesi, Bottega'da kuruluş adına "{ $title }" ortaklığını önerdi. Ortaklık ancak { $org } dahil her kuruluştan bir yönetici kabul ettiğinde başlar. Anlaşmayı okuyun ve kabul edin ya da reddedin:

    { $link }
pt-email-terms-changed-subject = { $title } ortaklığı için yeni koşullar
pt-email-terms-changed-body =
    Merhaba,

    { $by } kuruluşu, önerilen "{ $title }" ortaklığının koşullarını yeniden yazdı. Daha önce verilen kabuller yeniden beklemeye alındı: lütfen yeni koşulları okuyun ve { $org } adına yeniden yanıt verin:

    { $link }
pt-email-active-subject = { $title } ortaklığı etkin
pt-email-active-body =
    Merhaba,

    tüm kuruluşlar "{ $title }" anlaşmasını kabul etti (son yanıt { $by } kuruluşundan geldi). Ortaklık etkin; eylem planı { $org } üyelerinin kullanımına açık:

    { $link }
pt-email-declined-subject = { $title } ortaklığı reddedildi
pt-email-declined-body =
    Merhaba,

    { $by } kuruluşu önerilen "{ $title }" ortaklığını reddetti; bu nedenle ortaklık başlamayacak. Anlaşmayı ve yanıtları burada okuyabilirsiniz:

    { $link }
pt-email-withdrawn-subject = { $title } önerisi geri çekildi
pt-email-withdrawn-body =
    Merhaba,

    { $by } kuruluşu "{ $title }" ortaklık önerisini geri çekti. { $org } kuruluşundan başka bir işlem beklenmiyor:

    { $link }
pt-email-ended-subject = { $title } ortaklığı sona erdi
pt-email-ended-body =
    Merhaba,

    { $by } kuruluşu "{ $title }" ortaklığını sona erdirdi. Anlaşma, plan ve ilerleme kayıt olarak erişilebilir durumda kalır:

    { $link }

## Dizindeki kuruluş sayfasında

pt-org-partnerships-title = Etkin ortaklıklar
