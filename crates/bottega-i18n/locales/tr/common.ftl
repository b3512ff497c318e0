## Tüm sayfalarda ortak olan düzen, gezinme ve iletiler.

skip-to-content = Ana içeriğe geç
nav-main-label = Bölümler
nav-account-label = Hesabınız
nav-account = Hesap
nav-admin = Yönetim
nav-logout = Çıkış yap
nav-login = Giriş yap
nav-register = Bottega'ya katılın
nav-directory = Dizin
nav-people = Kişiler
language-switch-label = Dil
language-switch-button = Değiştir
verify-pending-notice = Lütfen size gönderdiğimiz bağlantıyla e-posta adresinizi onaylayın. O zamana kadar siteye göz atabilirsiniz, ancak kuruluşlara katılamazsınız.
verify-resend-button = Bağlantıyı yeniden gönder
footer-about = Bottega, Avrupa ve Batı Balkanlar'daki mesleki eğitim ve öğretim toplulukları için açık kaynaklı bir buluşma noktasıdır.
footer-sections = Bottega'nın bölümleri
choose-optional = (belirtilmedi)
choose-any = Tümü
choose-one = Birini seçin
filter-button = Sonuçları göster
save-button = Kaydet
label-search-name = Adında geçen ifade

## Hatalar

error-title = Bir sorun oluştu
error-not-found = Bu sayfayı bulamadık. Sayfa taşınmış olabilir veya sizin tarafınızdan görüntülenemiyor olabilir.
error-forbidden = Bu işlemi yapma yetkiniz yok.
error-login-required = Devam etmek için lütfen giriş yapın.
error-verification-required = Lütfen önce e-posta adresinizi onaylayın. Size gönderdiğimiz bağlantıyı kullanın veya sayfanın üst kısmından yeni bir bağlantı isteyin.
error-csrf-invalid = Bu formun süresi dolmuş veya form Bottega'dan gönderilmemiş. Geri dönün, sayfayı yeniden yükleyin ve formu tekrar gönderin.
error-session-missing = Tarayıcınız Bottega'nın güvenlik çerezini göndermedi. Lütfen bu site için çerezlere izin verin, sayfayı yeniden yükleyin ve tekrar deneyin.
error-rate-limited = { $minutes ->
    [one] Çok fazla deneme yapıldı. Lütfen bir dakika bekleyip tekrar deneyin.
   *[other] Çok fazla deneme yapıldı. Lütfen { $minutes } dakika bekleyip tekrar deneyin.
}
error-payload-too-large = Gönderdiğiniz içerik çok büyük. Lütfen daha küçük bir içerik gönderin.
error-internal = Sistemimizde bir hata oluştu. Hata kaydedildi; lütfen biraz sonra tekrar deneyin.
error-bad-request = İstek anlaşılamadı. Lütfen geri dönüp tekrar deneyin.
error-reference = Hata kodu: { $code }
error-home-link = Ana sayfaya git

## Formlar

form-error-summary = Lütfen aşağıdaki hataları düzeltin
form-error-required = Bu alanın doldurulması zorunludur.
form-error-too-short = En az { $limit } karakter kullanın.
form-error-too-long = En fazla { $limit } karakter (veya öğe) kullanın.
form-error-email-invalid = ad@example.org biçiminde bir e-posta adresi girin.
form-error-email-taken = Bu e-posta adresiyle kayıtlı bir hesap zaten var. Giriş yapın veya parolanızı sıfırlayın.
form-error-password-common = Bu parola, saldırganların ilk denediği parolalardan biridir. Başka bir parola seçin; örneğin sizin için anlam taşıyan birkaç kelime.
form-error-password-like-email = Parolanız e-posta adresinizle aynı olmamalıdır.
form-error-password-mismatch = Girdiğiniz iki parola birbiriyle aynı değil.
form-error-password-wrong = Parola yanlış.
form-error-invalid-choice = Sunulan seçeneklerden birini seçin.
form-error-url-invalid = http:// veya https:// ile başlayan bir web adresi girin.
form-error-control-characters = Bu metindeki görünmez denetim karakterlerini kaldırın.
paging-label = Sayfalar
paging-previous = Önceki sayfa
paging-next = Sonraki sayfa
paging-position = Sayfa { $page } / { $pages }

## Dosya yüklemeleri

upload-empty = Yüklenecek bir dosya seçin.
upload-too-large = Dosya, { $limit } MB sınırını aşıyor.
upload-malformed = Yüklenen dosya okunamadı. Lütfen tekrar deneyin.
upload-image-too-large = Resim çok büyük. Her bir kenarı 8.000 pikselden küçük olan bir resim kullanın.
upload-not-image = Bu dosya, Bottega'nın kullanabileceği bir resim değil. PNG, JPEG, WebP veya GIF biçiminde bir dosya yükleyin.

## Tarihler ve sayılar

date-format = { $day } { $month } { $year }
datetime-format = { $date }, { $time } UTC
date-month-1 = Ocak
date-month-2 = Şubat
date-month-3 = Mart
date-month-4 = Nisan
date-month-5 = Mayıs
date-month-6 = Haziran
date-month-7 = Temmuz
date-month-8 = Ağustos
date-month-9 = Eylül
date-month-10 = Ekim
date-month-11 = Kasım
date-month-12 = Aralık
number-group-separator = .

## Bir işlemden sonra bir kez gösterilen iletiler

flash-registered = Bottega'ya hoş geldiniz! Adresinizi onaylamanız için size bir e-posta gönderdik. Bu arada topluluğa kendinizden biraz bahsedin.
flash-verified = Teşekkürler, e-posta adresiniz onaylandı.
flash-verification-sent = Size yeni bir onay bağlantısı gönderdik.
flash-signed-in = Giriş yaptınız.
flash-signed-out = Çıkış yaptınız.
flash-password-reset = Parolanız değiştirildi. Yeni parolanızla giriş yapın.
flash-password-changed = Parolanız değiştirildi. Diğer tüm cihazlardaki oturumlarınız kapatıldı.
flash-email-change-sent = Yeni adresinize bir bağlantı gönderdik. Bağlantıyı açtığınızda adresiniz değişecek.
flash-email-changed = E-posta adresiniz değiştirildi.
flash-profile-saved = Profiliniz kaydedildi.
flash-avatar-saved = Resminiz kaydedildi.
flash-avatar-removed = Resminiz kaldırıldı.
flash-organisation-created = Kuruluş dizine eklendi. Kuruluşun yöneticisi sizsiniz.
flash-organisation-saved = Kuruluş kaydedildi.
flash-logo-saved = Logo kaydedildi.
flash-already-member = Bu kuruluşun zaten üyesisiniz.
flash-request-pending = Katılma talebiniz zaten yanıt bekliyor.
flash-request-sent = Talebiniz kuruluşun yöneticilerine gönderildi.
flash-request-already-decided = Bu talep zaten yanıtlanmış.
flash-request-accepted = Talep kabul edildi; kişi artık kuruluşun üyesi.
flash-request-declined = Talep reddedildi.
flash-invitation-sent = Davet gönderildi.
flash-invitation-revoked = Davet geri çekildi.
flash-last-admin = Bir kuruluşun en az bir yöneticisi olmalıdır. Önce başka birini yönetici yapın.
flash-member-changed = Üyelik değiştirildi.
flash-invitation-unusable = Bu davet artık kullanılamaz.
flash-invitation-accepted = Hoş geldiniz! Artık kuruluşun üyesisiniz.
flash-admin-not-self = Kendi hesabınızı bu listeden değiştiremezsiniz.
flash-last-site-admin = Bottega'nın en az bir etkin yöneticisi olmalıdır.
flash-admin-done = İşlem tamamlandı ve denetim kaydına yazıldı.
form-error-handle-invalid = Bir harf veya rakamla başlayan, 3 ile 30 karakter arasında küçük harf, rakam, kısa çizgi, nokta veya alt çizgi kullanın.
form-error-handle-taken = Bu kullanıcı adını başka biri kullanıyor. Başka bir kullanıcı adı deneyin.
number-decimal-separator = ,

form-error-date = Yıl-ay-gün biçiminde geçerli bir tarih girin, örneğin 2027-03-15.
