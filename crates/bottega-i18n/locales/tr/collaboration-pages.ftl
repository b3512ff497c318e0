## Bir çalışma grubunun ortak sayfaları: liste, yazma, geçmiş ve sürümler arasındaki değişiklikler.

wg-page-list-heading = Ortak sayfalar
wg-page-list-lead = Grubun birlikte yazdığı sayfalar. Her sürüm saklanır: burada yazılan hiçbir şey kaybolmaz.
wg-page-new-link = Yeni sayfa
wg-page-list-none = Grubun henüz hiç sayfası yok.
wg-page-count = { $count ->
    [one] Bir sayfa
   *[other] { $count } sayfa
}
wg-page-col-title = Sayfa
wg-page-col-revision = Sürüm
wg-page-col-editor = Son değiştiren
wg-page-col-when = Değiştirilme tarihi
wg-page-someone = eski bir üye
wg-page-meta = Sürüm { $revision }, kaydeden: { $name }, { $date }
wg-page-edit-link = Düzenle
wg-page-history-link = Geçmiş
wg-page-last-changes-link = Son değişiklikler

## Sayfa yazma

wg-page-new-heading = Yeni sayfa
wg-page-edit-heading = Düzenleme
wg-page-editing-revision = { $revision }. sürümü düzenliyorsunuz.
wg-page-label-title = Başlık
wg-page-label-lang = Metnin dili
wg-page-label-body = Metin
wg-page-body-hint = Markdown ile yazılır: başlık için #, liste öğesi için -, **kalın**, bağlantı için [sözcükler](https://example.org). En fazla 100.000 karakter.
wg-page-label-note = Neyi değiştirdiniz?
wg-page-note-hint = İsteğe bağlı, geçmiş için: "Ziyaret tarihleri eklendi" gibi birkaç sözcük. En fazla 200 karakter.
wg-page-create-button = Sayfayı oluştur
wg-page-save-button = Kaydet
wg-page-preview-button = Önizle
wg-page-cancel = İptal
wg-page-preview-heading = Önizleme (henüz kaydedilmedi)
wg-page-error-stale = Siz yazarken başka biri bu sayfanın daha yeni bir sürümünü kaydetti. Metniniz burada duruyor: onunkiyle karşılaştırın, önemli olanları koruyun ve yeniden kaydedin.

## İki kişi aynı sürümü kaydettiğinde

wg-page-conflict-heading = Bu arada başka biri bu sayfayı kaydetti
wg-page-conflict-text = Hiçbir şeyin üzerine yazılmadı. Şu anda kayıtlı olan sürüm:
wg-page-conflict-their-version = Diğer kişinin kaydettiği { $revision }. sürüm
wg-page-conflict-source = Diğer kişinin Markdown biçimindeki metni (kopyalamanız için)
wg-page-conflict-changes = { $from }. sürümden { $to }. sürüme neler değişti
wg-page-conflict-next = Yeniden kaydederseniz metniniz { $next }. sürüm olur ve güncel sürüm olarak diğer kişinin metninin yerini alır: önce onun değişikliklerinden korumak istediklerinizin metninizde yer aldığından emin olun.

## Geçmiş

wg-page-history-heading = Geçmiş
wg-page-history-lead = Sayfanın tüm sürümleri, en yenisi en üstte. Aralarında neyin değiştiğini görmek için iki sürüm seçin ya da bir sürümü o zamanki hâliyle okumak için açın.
wg-page-history-caption = { $count ->
    [one] Bir sürüm
   *[other] { $count } sürüm
}
wg-page-col-from = Eski
wg-page-col-to = Yeni
wg-page-col-author = Kaydeden
wg-page-col-date = Tarih
wg-page-col-note = Not
wg-page-col-changes = Değişiklikler
wg-page-compare-from = { $revision }. sürümden itibaren karşılaştır
wg-page-compare-to = { $revision }. sürüme kadar karşılaştır
wg-page-compare-button = Seçilen sürümleri karşılaştır
wg-page-changes-link = Değişiklikler
wg-page-changes-in = { $revision }. sürümde yapılan değişiklikler
wg-page-revision-link = Sürüm { $revision }
wg-page-current = güncel
wg-page-restored-note = { $revision }. sürüm geri yüklendi

## Eski bir sürüm

wg-page-old-notice = Bu eski bir sürüm. Sayfa şu anda { $current }. sürümde.
wg-page-is-current = Bu, güncel sürüm.
wg-page-compare-current = Güncel sürümle karşılaştır
wg-page-see-current = Sayfanın güncel hâlini oku
wg-page-restore-hint = Geri yükleme, bu metni yeni bir sürüm olarak kaydeder; aradaki sürümler geçmişte kalmaya devam eder.
wg-page-restore-button = { $revision }. sürümü geri yükle
wg-page-restore-refused = Sürüm geri yüklenmedi
wg-page-restore-conflict = Siz bakarken sayfa değişti: şu anda { $revision }. sürümde. Güncel sayfayı kontrol edin, hâlâ istiyorsanız yeniden geri yükleyin.

## İki sürüm arasındaki değişiklikler

wg-page-diff-title-short = Değişiklikler
wg-page-diff-heading = { $from }. sürümden { $to }. sürüme değişiklikler
wg-page-diff-caption = { $from }. ve { $to }. sürümün metni, satır satır
wg-page-diff-col-old = { $revision }. sürümdeki satır
wg-page-diff-col-new = { $revision }. sürümdeki satır
wg-page-diff-col-text = Metin
wg-page-diff-added = Eklendi:
wg-page-diff-removed = Silindi:
wg-page-diff-title = Başlık
wg-page-diff-lang = Dil
wg-page-diff-added-count = { $count ->
    [one] Bir satır eklendi
   *[other] { $count } satır eklendi
}
wg-page-diff-removed-count = { $count ->
    [one] bir satır silindi
   *[other] { $count } satır silindi
}
wg-page-diff-skipped = { $count ->
    [one] Değişmeyen bir satır gösterilmiyor
   *[other] Değişmeyen { $count } satır gösterilmiyor
}
wg-page-diff-same-text = İki sürüm aynı.
wg-page-diff-same-body = Metnin kendisi iki sürümde de aynı.
wg-page-diff-same-revision = Aralarında neyin değiştiğini görmek için iki farklı sürüm seçin.

## Bir değişiklikten sonraki mesajlar

flash-wg-page-created = Sayfa oluşturuldu.
flash-wg-page-saved = Değişiklikleriniz yeni bir sürüm olarak kaydedildi.
flash-wg-page-unchanged = Hiçbir şey değişmediği için yeni bir sürüm oluşturulmadı.
flash-wg-page-restored = Eski sürüm, en yeni sürüm olarak geri yüklendi.
