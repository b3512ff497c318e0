## Kişiler ve profiller

people-title = Kişiler
people-lead = Profilini göstermeyi seçen topluluk üyeleri.
people-filter-label = Kişileri filtrele
people-count = { $count ->
    [one] Bir kişi
   *[other] { $count } kişi
}
label-role = Rol
label-roles = Roller
label-sector = Sektör
label-sectors = Sektörler
label-language = Dil
label-languages = Konuşulan diller
avatar-alt = { $name } adlı kişinin resmi
profile-joined = { $date } tarihinden beri üye
profile-edit-link = Profilinizi düzenleyin
profile-about = Hakkında
profile-organisations = Kuruluşlar
profile-edit-title = Profiliniz
profile-avatar-heading = Profil resmi
label-avatar = Resim yükleyin
avatar-hint = PNG, JPEG, WebP veya GIF, en fazla 5 MB. Resmi kare biçiminde kırparız ve fotoğrafın çekildiği yer gibi gizli verileri sileriz.
avatar-upload-button = Yükle
avatar-remove-button = Resmi kaldır
label-bio = Kendiniz hakkında birkaç söz
label-bio-lang = Bu metnin dili
label-visibility = Profilinizi kimler görebilir
profile-minor-not-public = 18 yaşından küçük kişilerin profilleri herkese açık olamaz.
profile-bio-lang-needed = Okuyucuların metninizi bulabilmesi için metnin hangi dilde yazıldığını belirtin.

## Kuruluşlar ve ortak arama

directory-title = Dizin ve ortak arama
directory-lead = Birlikte çalışabileceğiniz mesleki eğitim kurumlarını, şirketleri, birlikleri ve kamu kurumlarını bulun.
directory-add = Kuruluşunuzu ekleyin
directory-filter-label = Kuruluşları filtrele
directory-count = { $count ->
    [one] Bir kuruluş
   *[other] { $count } kuruluş
}
directory-members = { $count ->
    [one] bir üye
   *[other] { $count } üye
}
directory-none = Bu filtrelere uyan bir kuruluş yok. Filtrelerden birini kaldırmayı deneyin.
label-org-type = Kuruluş türü
label-org-name = Kuruluşun adı
label-org-role = Kuruluştaki rol
label-city = Şehir
label-website = Web sitesi
label-description = Açıklama
label-description-lang = Açıklamanın dili
label-working-languages = Çalışma dilleri
label-logo = Logo yükleyin
label-join-message = Yöneticilere mesajınız (isteğe bağlı)
logo-alt = { $name } kuruluşunun logosu
logo-upload-button = Logoyu yükle
org-listed-since = { $date } tarihinden beri dizinde
org-about = Hakkında
org-membership = Üyelik
org-you-are = Bu kuruluştaki rolünüz: { $role }.
org-request-pending = Katılma talebiniz yöneticilerin yanıtını bekliyor.
org-join-button = Katılma talebi gönder
org-login-to-join = Katılma talebi göndermek için giriş yapın
org-manage = Üyeler ve talepler
org-edit = Düzenle
org-members-heading = { $count ->
    [one] Bir üye
   *[other] { $count } üye
}
org-new-title = Kuruluşunuzu ekleyin
org-edit-title = Kuruluşu düzenleyin
org-logo-heading = Logo
org-description-lang-needed = Açıklamanın hangi dilde yazıldığını belirtin.
manage-title = { $org } kuruluşunun üyeleri
manage-back = Kuruluşa geri dön
manage-requests = { $count ->
    [0] Katılma talepleri
    [one] Bir katılma talebi
   *[other] { $count } katılma talebi
}
manage-no-requests = Bekleyen talep yok.
manage-accept = Kabul et: { $name }
manage-decline = Reddet: { $name }
manage-invitations = Davetler
manage-invite-button = Daveti gönder
manage-invitation-state = Durum
manage-actions = İşlemler
manage-revoke = Geri çek
manage-make-member = Üye yap
manage-make-admin = Yönetici yap
manage-remove = Çıkar
member-minor = 18 yaş altı
invitation-state-pending = bekliyor
invitation-state-accepted = kabul edildi
invitation-state-revoked = geri çekildi
invitation-state-expired = süresi doldu
invitation-title = Davet
invitation-lead = { $org } kuruluşuna { $role } olarak katılmaya davet edildiniz.
invitation-accept = Daveti kabul et
invitation-sign-in = Daveti kabul etmek için { $email } adresiyle giriş yapın veya bu adresle yeni bir hesap oluşturun.
invitation-used = Bu davet zaten kabul edilmiş.
invitation-revoked = Bu davet geri çekilmiş.
invitation-expired = Bu davetin süresi dolmuş. Kuruluştan yeni bir davet isteyin.
invitation-other-address = Bu davet başka bir e-posta adresine gönderilmiş. Daveti kabul etmek için o adresle giriş yapın.

## Yönetim

admin-title = Bu Bottega'daki kişiler
admin-audit-link = Denetim kaydı
admin-search-label = Ad veya e-posta ile ara
admin-site-role = Site rolü
admin-status = Durum
admin-registered = Kayıt tarihi
admin-action-for = { $name } için işlem
admin-suspend = Askıya al
admin-reactivate = Yeniden etkinleştir
admin-make-member = Üye yap
admin-make-editor = İyi uygulama editörü yap
admin-make-moderator = Moderatör yap
admin-make-admin = Yönetici yap
admin-apply = Uygula
audit-title = Denetim kaydı
audit-when = Ne zaman
audit-who = Kim
audit-action = İşlem
audit-target = Konu
audit-detail = Ayrıntı
label-handle = Kullanıcı adı
handle-hint = Diğer kullanıcılar bir gönderide @ ve ardından kullanıcı adınızı yazarak sizden bahsedebilir. Küçük harf, rakam, kısa çizgi, nokta ve alt çizgi kullanılabilir.
admin-communities-title = Topluluklar
admin-communities-link = Topluluklar
admin-community-new = Yeni topluluk
admin-community-visibility = Kimler okuyabilir
admin-community-org = Özel bir topluluğun kuruluşu (kuruluşun dizindeki adresinin son kısmı)
admin-community-org-needed = Özel bir topluluk bir kuruluşa aittir: kuruluşun dizindeki adresinin son kısmını girin, örneğin istituto-professionale-leonardo.
admin-community-position = Listedeki sıra (bir sayı; küçük olan önce gelir)
admin-community-create = Topluluğu oluştur
flash-community-created = Topluluk oluşturuldu.
