## İletişim bölümü: topluluklar, tartışmalar, karşılıklı yardım, moderasyon, bildirimler

comm-lead = Avrupa genelindeki mesleki eğitim okulları, şirketler, birlikler ve politika yapıcılarla konuşun: stratejileri tartışın, günlük işinizde karşılaştığınız sorunlar için yardım isteyin ve mesleki eğitimin nasıl gelişebileceğini birlikte düşünün.
comm-communities = Topluluklar
comm-no-communities = Henüz görebileceğiniz bir topluluk yok.
comm-latest = Son etkinlikler
comm-threads = Tartışmalar
comm-no-threads = Burada henüz hiçbir şey yazılmadı. İlk tartışmayı siz başlatın!
comm-none-in-languages = Burada seçtiğiniz dillerde yazılmış bir içerik yok. Her şeyi görmek için dil filtresini kaldırın.
comm-thread-count = { $count ->
    [one] bir tartışma
   *[other] { $count } tartışma
}
comm-post-count = { $count ->
    [one] bir gönderi
   *[other] { $count } gönderi
}
comm-visibility-public = herkese açık
comm-visibility-members = yalnızca üyeler
comm-visibility-private = bir kuruluşa özel
comm-new-discussion = Tartışma başlatın
comm-ask-question = Soru sorun
comm-sign-in-to-post = Katılmak için giriş yapın
comm-older = Daha eski tartışmalar
comm-language-filter = Diller
comm-my-languages = Yalnızca okuyabildiğim dillerde
comm-written-in = Yazıldığı dil
comm-started-by = başlatan: { $name }
comm-replies = { $count ->
    [0] henüz yanıt yok
    [one] bir yanıt
   *[other] { $count } yanıt
}
comm-last-activity = son etkinlik: { $date }
comm-new = yeni
comm-unread = { $count ->
    [one] bir okunmamış
   *[other] { $count } okunmamış
}
comm-pinned = Sabitlendi
comm-locked = Kilitli
comm-question = Soru
comm-solved = Çözüldü
comm-hidden-thread = Bir moderatör tarafından gizlendi
comm-deleted-thread = Silindi

## Yazma

comm-title = Başlık
comm-body = Metniniz
comm-markdown-hint = Markdown kullanabilirsiniz: **kalın**, _italik_, listeler, > alıntılar, [bağlantılar](https://example.org). Birinden bahsetmek için @ ve ardından kişinin kullanıcı adını yazın, örneğin @giulia-rossi.
comm-post-language = Metninizin dili
comm-detect-language = Otomatik algıla
comm-start-button = Tartışmayı başlat
comm-ask-lead = Günlük işinizde karşılaştığınız somut bir sorunu anlatın. Benzer deneyimleri olan kişilerin size yardımcı olabilmesi için sorunun nerede ortaya çıktığını belirtin.
comm-ask-button = Soruyu gönder
comm-context = Sorunun ortaya çıktığı yer
comm-context-hint = İsteğe bağlıdır, ancak sorunuzun doğru kişilere ulaşmasına yardımcı olur.
comm-provider-type = Kuruluş türü
comm-check-similar = Benzer soruları ara
comm-similar-heading = Daha önce sorulmuş benzer sorular
comm-mention-unknown = Bottega'da şu kullanıcı adına sahip kimse yok: { $handles }. Yazımı kontrol edin veya @ işaretini kaldırın.
comm-too-many-mentions = Bir metinde en fazla { $limit } kişiden bahsedebilirsiniz.
comm-edit-title = Metninizi düzenleyin
comm-edit-hint = Önceki sürüm, gönderinin geçmişinde görünür kalır.

## Bir tartışmayı okuma

comm-follow = Takip et
comm-unfollow = Takibi bırak
comm-first-unread = Okumadığınız ilk gönderiye git
comm-answers = { $count ->
    [0] Henüz cevap yok
    [one] Bir cevap
   *[other] { $count } cevap
}
comm-your-answer = Cevabınız
comm-reply = Yanıtla
comm-reply-button = Yanıtı gönder
comm-answer-button = Cevabı gönder
comm-language-detected = Dil otomatik olarak algılandı
comm-language-chosen = Dil, yazar tarafından seçildi
comm-detected = algılandı
comm-edited = { $count ->
    [one] düzenlendi
   *[other] { $count } kez düzenlendi
}
comm-accepted-answer = Kabul edilen çözüm
comm-post-deleted = Bu gönderi silindi.
comm-post-hidden = Bu gönderi bir moderatör tarafından gizlendi.
comm-votes = { $count ->
    [one] bir oy
   *[other] { $count } oy
}
comm-likes = { $count ->
    [one] bir beğeni
   *[other] { $count } beğeni
}
comm-vote = Bu işime yaradı
comm-unvote = Oyumu geri al
comm-like = Beğen
comm-unlike = Beğeniyi geri al
comm-accept = Çözüm olarak kabul et
comm-unaccept = Çözüm işaretini kaldır
comm-quote = Alıntıla
comm-edit = Düzenle
comm-delete = Sil
comm-flag = Şikâyet et
comm-history-title = Gönderinin geçmişi
comm-history-current = Güncel sürüm
comm-history-before = { $date } öncesindeki sürüm
comm-history-edited-by = değiştiren: { $name }

## Reddedilen işlemler

comm-thread-locked = Bu tartışma kilitli: yeni yanıt eklenemez.
comm-thread-deleted = Bu tartışma silindi.
comm-vote-own = Kendi gönderinize oy veremezsiniz.
comm-vote-twice = Bu gönderiye zaten oy verdiniz. Oyunuz yalnızca bir kez sayılır.
comm-vote-none = Bu gönderiye oy vermemiştiniz.
comm-accept-not-question = Yalnızca bir soruya verilen cevap, o sorunun çözümü olarak kabul edilebilir.
comm-accept-not-yours = Bir cevabı yalnızca soruyu soran kişi veya bir moderatör kabul edebilir.
comm-accept-invalid = Bu gönderi çözüm olarak kabul edilemez.
comm-flag-twice = Bu gönderiyi zaten şikâyet ettiniz. Moderatörler gönderiyi inceleyecek.

## Karşılıklı yardım

comm-help-title = Karşılıklı yardım
comm-help-lead = Günlük işinizde karşılaştığınız sorunları sorun, başkalarına da kendi sorunlarında yardımcı olun. Soruyu soran kişinin çözüm olarak kabul ettiği cevap en üstte gösterilir.
comm-help-states = Durumlarına göre sorular
comm-help-filters = Soruları filtrele
comm-state-all = Tüm sorular
comm-state-unanswered = { $count ->
    [one] Cevapsız (1)
   *[other] Cevapsız ({ $count })
}
comm-state-unsolved = { $count ->
    [one] Çözülmemiş (1)
   *[other] Çözülmemiş ({ $count })
}
comm-state-solved = { $count ->
    [one] Çözülmüş (1)
   *[other] Çözülmüş ({ $count })
}
comm-theme = Tema
comm-no-questions = Bu filtrelere uyan bir soru yok.
comm-ask-choose-theme = Sorunuzun ait olduğu temayı seçin.
comm-workshops-link = Senaryo atölyeleri
help-record = { $answers ->
    [one] Bir cevap verdi
   *[other] { $answers } cevap verdi
}, { $accepted ->
    [one] biri çözüm olarak kabul edildi
   *[other] { $accepted } tanesi çözüm olarak kabul edildi
}

## Şikâyetler ve moderasyon

comm-flag-title = Bir gönderiyi şikâyet edin
comm-flag-reason = Moderatörler bu gönderiyi neden incelemeli?
comm-flag-note = Moderatörlerin bilmesi gereken başka bir şey (isteğe bağlı)
comm-flag-button = Şikâyeti gönder
flag-reason-spam = Reklam veya istenmeyen içerik (spam)
flag-reason-offensive = Saldırgan veya saygısız
flag-reason-off-topic = Bu topluluğun konusu dışında
flag-reason-personal-data = Birinin kişisel verilerini paylaşıyor
flag-reason-other = Başka bir neden
moderation-title = Moderasyon
moderation-all = Tüm topluluklar
moderation-empty = Bekleyen şikâyet yok. İlginiz için teşekkürler.
moderation-flagged-by = şikâyet eden: { $name }
moderation-author = Yazan: { $name }
moderation-hide = Gizle
moderation-unhide = Yeniden göster
moderation-dismiss = Şikâyeti kapat
moderation-suspend-author = Yazarı askıya al
moderation-tools = Moderasyon
moderation-lock = Kilitle
moderation-unlock = Kilidi aç
moderation-pin = Sabitle
moderation-unpin = Sabitlemeyi kaldır
moderation-move = Taşı
moderation-move-to = Taşınacağı topluluk
moderation-action-hide = gönderinizi gizledi
moderation-action-lock = tartışmanızı kilitledi
moderation-action-move = tartışmanızı başka bir topluluğa taşıdı
moderation-action-other = tartışmanızda değişiklik yaptı

## Bildirimler

nav-notifications = { $count ->
    [0] Bildirimler
   *[other] Bildirimler ({ $count })
}
notifications-title = Bildirimler
notifications-none = Henüz bildiriminiz yok.
notifications-read-all = Tümünü okundu olarak işaretle
notification-mention = { $actor }, “{ $thread }” tartışmasında sizden bahsetti
notification-reply = { $actor }, “{ $thread }” tartışmasına yanıt yazdı
notification-accepted = { $actor }, “{ $thread }” tartışmasındaki cevabınızı çözüm olarak kabul etti
notification-moderation = Bir moderatör { $action }: “{ $thread }”
notifications-email-heading = E-posta bildirimleri
notifications-email-legend = Bana e-posta gönder
notify-mode-each = her bildirim için
notify-mode-digest = günde bir kez, tüm yeniliklerle birlikte
notify-mode-off = hiçbir zaman
unsubscribe-title = Bildirim e-postalarını durdurun
unsubscribe-lead = Bottega size artık bildirimlerle ilgili e-posta göndermeyecek. Bildirimlerinizi giriş yaptığınızda görmeye devam edersiniz; e-postaları bildirimler sayfanızdan yeniden açabilirsiniz.
unsubscribe-button = E-postaları durdur
unsubscribe-done = Tamam: artık bildirim e-postası almayacaksınız. E-postaları bildirimler sayfanızdan yeniden açabilirsiniz.
email-notification-subject = Bottega'da yeni: { $thread }
email-digest-subject = { $count ->
    [one] Bottega'dan günlük özet: yeni bir bildirim
   *[other] Bottega'dan günlük özet: { $count } yeni bildirim
}
email-notification-greeting = Merhaba { $name },
email-unsubscribe = Bu e-postaları artık almak istemiyorsanız şu bağlantıyı açın:

## Bir işlemden sonra bir kez gösterilen iletiler

flash-thread-created = Tartışmanız başlatıldı.
flash-question-asked = Sorunuz yayımlandı. Cevap geldiğinde size bildirim gönderilecek.
flash-reply-posted = Yanıtınız yayımlandı.
flash-post-edited = Değişiklikleriniz kaydedildi.
flash-post-deleted = Gönderi silindi.
flash-thread-deleted = Tartışma silindi.
flash-vote-counted = Teşekkürler, oyunuz sayıldı.
flash-vote-withdrawn = Oyunuz geri alındı.
flash-answer-accepted = Cevap çözüm olarak işaretlendi.
flash-answer-unaccepted = Cevap artık çözüm olarak işaretli değil.
flash-followed = Bu tartışmayı takip ediyorsunuz: yeni yanıtlar geldiğinde size bildirim gönderilecek.
flash-unfollowed = Artık bu tartışmayı takip etmiyorsunuz.
flash-flagged = Teşekkürler. Moderatörler gönderiyi inceleyecek.
flash-post-hidden = Gönderi gizlendi.
flash-post-shown = Gönderi yeniden görünür.
flash-flags-dismissed = Şikâyet kapatıldı.
flash-author-suspended = Yazarın hesabı askıya alındı.
flash-thread-locked = Tartışma kilitlendi.
flash-thread-unlocked = Tartışma yeniden açıldı.
flash-thread-pinned = Tartışma sabitlendi.
flash-thread-unpinned = Tartışma artık sabitli değil.
flash-thread-moved = Tartışma taşındı.
flash-notifications-read = Tüm bildirimler okundu olarak işaretlendi.
flash-notification-mode-saved = E-posta tercihiniz kaydedildi.
comm-community-read-only = Bu tartışma alanı kapanmış bir çalışma grubuna ait; burada yeni tartışma başlatılamaz.
