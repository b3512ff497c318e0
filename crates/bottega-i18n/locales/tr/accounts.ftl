## Kayıt, giriş, parola sıfırlama ve hesap ayarları

register-title = Bottega'ya katılın
register-lead = Kuruluşlara üye olmak, tartışmalarda yer almak ve kaynak paylaşmak için bir hesap oluşturun.
label-display-name = Diğer kullanıcılara görünen ad
label-email = E-posta adresi
label-password = Parola
label-password-confirm = Parolayı tekrar girin
label-new-password = Yeni parola
label-current-password = Mevcut parola
label-new-email = Yeni e-posta adresi
label-country = Ülke
label-is-minor = 18 yaşından küçüğüm
is-minor-hint = 18 yaşından küçük kişilerin profilleri gizlidir ve hiçbir zaman herkese açık listelerde görünmez.
password-hint = En az 8 karakter. Birbiriyle ilgisi olmayan birkaç kelime, hem güçlü hem de akılda kalıcı bir parola oluşturur.
register-button = Hesabımı oluştur
register-have-account = Zaten bir hesabınız var mı?
login-title = Giriş yapın
login-button = Giriş yap
login-forgot = Parolanızı mı unuttunuz?
login-no-account = Bottega'da yeni misiniz?
login-wrong = E-posta adresi veya parola yanlış.
login-suspended = Bu hesap askıya alınmıştır. Lütfen bu Bottega'nın yöneticileriyle iletişime geçin.
login-throttled = { $minutes ->
    [one] Çok sayıda başarısız deneme yapıldı. Güvenliğiniz için lütfen tekrar denemeden önce bir dakika bekleyin veya parolanızı sıfırlayın.
   *[other] Çok sayıda başarısız deneme yapıldı. Güvenliğiniz için lütfen tekrar denemeden önce { $minutes } dakika bekleyin veya parolanızı sıfırlayın.
}
forgot-title = Parolanızı sıfırlayın
forgot-lead = Hesabınızın e-posta adresini girin. Yeni bir parola belirleyebilmeniz için size bir bağlantı göndereceğiz.
forgot-button = Bağlantıyı gönder
forgot-sent = Bu adrese ait bir hesap varsa, adrese bir bağlantı gönderdik. Bağlantı bir saat boyunca geçerlidir ve yalnızca bir kez kullanılabilir.
reset-title = Yeni bir parola belirleyin
reset-button = Yeni parolayı kaydet
link-problem-title = Bu bağlantı çalışmıyor
link-expired = Bağlantının süresi dolmuş. Yeni bir bağlantı isteyin.
link-used = Bu bağlantı daha önce kullanılmış. Her bağlantı yalnızca bir kez kullanılabilir.
link-unknown = Bu bağlantıyı tanımıyoruz. Bağlantının tamamını kopyaladığınızdan emin olun veya yeni bir bağlantı isteyin.
link-problem-reset = Parolanızı sıfırlayın
account-title = Hesabınız
account-edit-profile = Profilinizi düzenleyin
account-email-heading = E-posta adresi
account-current-email = Kayıtlı adresiniz: { $email }
account-verified = onaylandı
account-unverified = onaylanmadı
account-email-button = Adresi değiştir
account-password-heading = Parola
account-password-lead = Parolanızı değiştirdiğinizde diğer tüm cihazlardaki oturumlarınız kapatılır.
account-password-button = Parolayı değiştir

## E-postalar

email-signature = Bottega, mesleki eğitim ve öğretim topluluğu
email-verify-subject = Bottega için e-posta adresinizi onaylayın
email-verify-body =
    Merhaba { $name },

    Bottega'ya hoş geldiniz. Lütfen aşağıdaki bağlantıyı açarak e-posta adresinizi onaylayın:

    { $link }

    Bağlantı üç gün boyunca geçerlidir. Bir hesap oluşturmadıysanız bu e-postayı dikkate almayabilirsiniz.
email-reset-subject = Bottega parolanızı sıfırlayın
email-reset-body =
    Merhaba { $name },

    Bottega hesabınızın parolasının sıfırlanması istendi. Yeni bir parola belirlemek için aşağıdaki bağlantıyı açın:

    { $link }

    Bağlantı bir saat boyunca geçerlidir ve yalnızca bir kez kullanılabilir. Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın; parolanız değişmeden kalır.
email-change-subject = Bottega için yeni e-posta adresinizi onaylayın
email-change-body =
    Merhaba { $name },

    Lütfen aşağıdaki bağlantıyı açarak bu adresin Bottega'daki yeni e-posta adresiniz olduğunu onaylayın:

    { $link }

    Onaylayana kadar hesabınız önceki adresi kullanmaya devam eder.
email-invitation-subject = Bottega'da { $name } kuruluşuna katılmaya davet edildiniz
email-invitation-body =
    Merhaba,

    mesleki eğitim ve öğretim topluluğu Bottega'da { $name } kuruluşuna katılmaya davet edildiniz. Daveti kabul etmek için aşağıdaki bağlantıyı açın ve bu e-posta adresiyle giriş yapın ya da yeni bir hesap oluşturun:

    { $link }

    Davet iki hafta boyunca geçerlidir.
email-join-decided-subject = { $org } kuruluşuna katılma talebiniz
email-join-decided-body = Bottega'da { $org } kuruluşuna katılma talebiniz { $outcome }.
join-outcome-accepted = kabul edildi
join-outcome-declined = reddedildi
