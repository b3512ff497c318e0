# İş birliği: çalışma grupları (liste, genel bakış, üyelik, kaynaklar, kapanış).

wg-list-title = Çalışma grupları
wg-list-lead = Bir tema üzerinde birlikte çalışan kısa süreli gruplar: ortaya çıkanları yazıya dökene kadar bir görev panosu, ortak sayfalar, toplantılar ve kendi tartışma alanlarıyla çalışırlar.
wg-new-link = Çalışma grubu başlatın
wg-login-to-start = Çalışma grubu başlatmak için giriş yapın
wg-mine-title = Gruplarınız
wg-filter-label = Çalışma gruplarını filtrele
wg-label-status = Durum
wg-status-active = Etkin
wg-status-archived = Arşivlenmiş
wg-status-all = Tümü
wg-count = { $count ->
    [one] Bir çalışma grubu
   *[other] { $count } çalışma grubu
}
wg-list-none = Henüz eşleşen bir çalışma grubu yok.
wg-member-count = { $count ->
    [one] bir üye
   *[other] { $count } üye
}
wg-runs = { $start } ile { $end } arası

wg-membership-open = Açık: giriş yapmış herkes katılabilir
wg-membership-request = Talep üzerine: yeni üyeleri koordinatörler kabul eder
wg-membership-invitation = Koordinatörlerin davetiyle
wg-place-member-coordinator = Bu grubun koordinatörüsünüz.
wg-place-member-member = Bu grubun üyesisiniz.
wg-place-requested-member = Talep gönderildi
wg-place-invited-member = Davet yanıtınızı bekliyor
wg-role-coordinator = Koordinatör
wg-role-member = Üye

wg-new-title = Bir çalışma grubu başlatın
wg-new-lead = Grubun konusunu ve neler üretmesi gerektiğini anlatın. Grubun ilk koordinatörü siz olursunuz; grubun kendi görev panosu, sayfaları, toplantıları ve tartışma alanı olur.
wg-edit-title = Çalışma grubunu düzenle
wg-label-title = Grubun adı
wg-label-theme = Tema
wg-theme-hint = Tek satır; örneğin "Marangozluk çıraklığında yeşil beceriler".
wg-label-goal = Hedef
wg-goal-hint = Grubun neye, ne zamana kadar ulaşmak istediği. Markdown kullanabilirsiniz.
wg-label-lang = Metnin dili
wg-label-starts-on = Başlangıç
wg-label-ends-on = Bitiş
wg-ends-on-hint = Çalışma grupları kısa sürelidir: en fazla üç yıl.
wg-label-membership = Kimler katılabilir?
wg-label-sectors = Sektörler
wg-create-button = Grubu başlat
wg-save-button = Değişiklikleri kaydet
wg-label-dates = Süre
wg-label-members = Üyeler
wg-label-coordinators = Koordinatörler

wg-error-ends-before-start = Bitiş, başlangıçtan önce olamaz.
wg-error-too-long = Bir çalışma grubu en fazla üç yıl sürebilir; daha erken bir bitiş tarihi seçin.
wg-error-archived = Bu çalışma grubu kapandı: çalışma alanı artık bir arşiv ve değiştirilemez.
wg-error-members-only = Bunu yalnızca bu çalışma grubunun üyeleri yapabilir.
wg-error-coordinators-only = Bunu yalnızca bu çalışma grubunun koordinatörleri yapabilir.
wg-error-already-placed = Zaten bu grubun üyesisiniz ya da talebiniz veya davetiniz beklemede.
wg-error-not-placed = Bu grupta yer almıyorsunuz.
wg-error-no-invitation = Yanıtlanacak bir davet yok.
wg-error-message-too-long = Mesaj çok uzun (en fazla 1.000 karakter).
wg-error-last-coordinator = Her grubun bir koordinatörü olmalıdır: önce başka birini koordinatör yapın.
wg-error-not-possible = Bu değişiklik bu kişi için yapılamaz.
wg-error-unknown-person = Bottega'da bu kullanıcı adıyla veya e-posta adresiyle kayıtlı kimse yok.
wg-error-already-has-place = Bu kişi zaten üye, katılma talebinde bulunmuş ya da zaten davet edilmiş.
wg-error-unknown-resource = Araç kutusunda bu adrese veya numaraya sahip bir kaynak yok ya da bu kaynağı görme izniniz yok.
wg-error-already-linked = Bu kaynak zaten gruba bağlı.
wg-error-not-closed = Grup hâlâ etkin: sonuçlar grup kapandıktan sonra yayımlanır.
wg-error-already-published = Sonuçlar zaten yayımlandı.

wg-archived-notice = Bu çalışma grubu kapandı. Çalışma alanı burada salt okunur bir arşiv olarak saklanıyor.
wg-workspace-label = Grubun çalışma alanı
wg-tab-overview = Genel bakış
wg-tab-tasks = Görevler
wg-tab-pages = Sayfalar
wg-tab-meetings = Toplantılar
wg-tab-discussion = Tartışma
wg-tab-resources = Kaynaklar
wg-tab-members = Üyeler

wg-outcome-title = Sonuçlar
wg-archived-on = { $date } tarihinde kapandı
wg-outcome-published-link = Sonuçları araç kutusunda okuyun
wg-outcome-publish-hint = Başkalarının bulup yeniden kullanabilmesi için sonuçları araç kutusunda proje çıktısı olarak yayımlayın.
wg-outcome-publish-button = Sonuçları yayımla
wg-label-licence = Lisans
wg-label-visibility = Kimler görebilir?
wg-visibility-public = Herkes
wg-visibility-members = Giriş yapmış üyeler

wg-your-place = Katılımınız
wg-login-to-join = Bu gruba katılmak için giriş yapın
wg-leave-button = Gruptan ayrıl
wg-request-waiting = Katılma talebiniz bir koordinatörün yanıtını bekliyor.
wg-request-withdraw-button = Talebi geri çek
wg-invited = Bu gruba katılmaya davet edildiniz.
wg-invitation-accept-button = Daveti kabul et
wg-invitation-decline-button = Reddet
wg-archived-no-joining = Bu grup kapandı ve yeni üye kabul etmiyor.
wg-join-button = Gruba katıl
wg-label-request-message = Koordinatörlere mesajınız
wg-request-message-hint = İsteğe bağlı: neden katılmak istediğiniz ve gruba neler katabileceğiniz.
wg-request-button = Katılma talebi gönder
wg-invitation-only = Yeni üyeler koordinatörlerin davetiyle katılır.

wg-workspace-title = Çalışma alanı
wg-summary-tasks = Görevler: { $open } açık, { $done } tamamlandı
wg-summary-pages = { $count ->
    [one] Bir ortak sayfa
   *[other] { $count } ortak sayfa
}
wg-summary-meetings = { $count ->
    [0] Planlanmış toplantı yok
    [one] Planlanmış bir toplantı
   *[other] Planlanmış { $count } toplantı
}
wg-summary-next-meeting = sıradaki: { $when }
wg-summary-threads = { $count ->
    [0] Henüz tartışma yok
    [one] Bir tartışma
   *[other] { $count } tartışma
}
wg-coordination-title = Koordinasyon
wg-edit-link = Grubun açıklamasını düzenle
wg-manage-members-link = { $count ->
    [0] Üyeleri yönet
    [one] Üyeleri yönet (bekleyen bir talep)
   *[other] Üyeleri yönet ({ $count } bekleyen talep)
}
wg-close-link = Grubu kapat ve sonuçlarını yaz

wg-members-title = Üyeler
wg-col-person = Kişi
wg-col-role = Rol
wg-col-since = Üyelik başlangıcı
wg-col-actions = İşlemler
wg-promote-button = Koordinatör yap
wg-demote-button = Üye yap
wg-remove-button = Çıkar
wg-requests-title = Katılma talepleri
wg-requests-none = Bekleyen talep yok.
wg-accept-button = Kabul et
wg-decline-button = Reddet
wg-invitations-title = Davetler
wg-revoke-button = Daveti geri çek
wg-label-person = Kullanıcı adı veya e-posta adresi
wg-person-hint = Kişinin Bottega'da zaten bir hesabı olmalıdır; kendisine e-postayla haber verilir.
wg-invite-button = Davet et

wg-resources-title = Bağlı kaynaklar
wg-resources-lead = Grubun üzerinde çalıştığı, araç kutusundaki belgeler, araçlar ve çıktılar.
wg-resources-none = Henüz bağlı bir kaynak yok.
wg-linked-by = bağlayan: { $name }
wg-unlink-button = Bağlantıyı kaldır
wg-link-title = Kaynak bağla
wg-label-resource = Kaynağın adresi veya numarası
wg-resource-hint = Bir kaynak sayfasının adresini kopyalayın, örneğin /resources/12.
wg-label-note = Grup için neden önemli?
wg-link-button = Kaynağı bağla
wg-deposit-link = Araç kutusunda yeni bir kaynak paylaşın

wg-close-title = Grubu kapat
wg-close-lead = Grubun neler başardığını yazın: sonuçlar, kararlar, başkalarının yeniden kullanabilecekleri ve açık kalan konular.
wg-label-outcome = Sonuçlar
wg-outcome-hint = Markdown kullanabilirsiniz. Sonuçlar grubun sayfasında kalır ve daha sonra araç kutusunda yayımlanabilir.
wg-close-warning = Kapatma işlemi geri alınamaz: görevler, sayfalar, toplantılar ve tartışma salt okunur bir arşive dönüşür.
wg-preview-title = Önizleme
wg-preview-button = Önizle
wg-close-button = Grubu kapat

flash-wg-created = Çalışma grubu hazır. Kişileri davet edin veya grubun adresini paylaşın.
flash-wg-updated = Grubun açıklaması kaydedildi.
flash-wg-joined = Gruba hoş geldiniz.
flash-wg-requested = Talebiniz koordinatörlere gönderildi.
flash-wg-left = Gruptan ayrıldınız.
flash-wg-request-withdrawn = Talebiniz geri çekildi.
flash-wg-invitation-declined = Daveti reddettiniz.
flash-wg-invited = Davet gönderildi.
flash-wg-request-accepted = Talep kabul edildi.
flash-wg-place-removed = İşlem tamamlandı.
flash-wg-member-removed = Üye gruptan çıkarıldı.
flash-wg-role-changed = Rol değiştirildi.
flash-wg-resource-linked = Kaynak gruba bağlandı.
flash-wg-resource-unlinked = Bağlantı kaldırıldı.
flash-wg-closed = Grup kapatıldı ve çalışma alanı arşivlendi.
flash-wg-outcome-published = Sonuçlar araç kutusunda yayımlandı.

email-group-invitation-subject = { $name } çalışma grubuna davet edildiniz
email-group-invitation-body =
    Merhaba,

    bir koordinatör sizi Bottega'daki { $name } çalışma grubunda yer almaya davet ediyor. Daveti kabul etmek veya reddetmek için grubun sayfasını açın:

    { $link }
wg-back-to-group = ← Çalışma grubuna dön
