## Paylaşım: kaynak araç kutusu ve koleksiyonlar.

res-toolbox-title = Araç kutusu
res-toolbox-lead = Avrupa'nın dört bir yanındaki mesleki eğitim okullarının, şirketlerin ve birliklerin paylaştığı belgeler, araçlar, ders materyalleri, videolar, şablonlar ve proje çıktıları. Arayın, filtreleyin ve kendi kaynaklarınızı da paylaşın.
res-deposit = Kaynak paylaş
res-deposit-lead = Kaynağınızı iyi tanıtın: insanlar onu başlığı, açıklaması, dilleri ve temaları sayesinde bulur. Bir veya daha fazla dosya yükleyin ya da bir bağlantı verin.
res-edit-title = Kaynağı düzenle
res-section-what = Nedir?
res-section-content = Dosyalar veya bağlantı
res-section-reuse = Lisans ve görünürlük
res-section-context = Kimin için, hangi alanda?
res-section-project = Proje
res-title = Başlık
res-type = Kaynak türü
res-description = Açıklama
res-description-language = Açıklamanın dili
res-detect-language = (metinden algıla)
res-files = Dosyalar
res-files-hint = Her biri en fazla { $size } MB olmak üzere en çok { $count } dosya: belge, tablo, sunum, resim, ses, video, metin veya ZIP arşivi.
res-kept-files = Bu dosyalar zaten yüklendi ve kaynağa eklenecek; yeniden seçmeniz gerekmez:
res-link = Bağlantı
res-link-hint = Bir web sitesi, çevrim içi bir araç ya da başka bir yerdeki bir video için: https:// ile başlayan adresi.
res-licence = Lisans
res-visibility = Kimler görebilir?
res-org = Kimin adına paylaşılıyor?
res-org-hint = Üyesi olduğunuz bir kuruluş. Bu durumda kuruluşun yöneticileri de kaynağı düzenleyebilir.
res-org-none = Yalnızca kendi adıma
res-country = Menşe ülke
res-eqf = AYÇ (EQF) seviyesi
res-eqf-level = AYÇ seviyesi { $level }
res-languages = Mevcut diller
res-themes = Temalar
res-targets = Hedef kitle
res-competences = Yetkinlik alanları
res-project-name = Proje adı
res-project-number = Proje numarası
res-project-number-hint = Örneğin Erasmus+ proje numarası: 2024-1-IT01-KA220-VET-000123456 gibi.
res-project-number-invalid = 2024-1-IT01-KA220-VET-000123456 örneğindeki gibi yalnızca harf, rakam ve kısa çizgi kullanın.
res-visibility-needs-org = Kaynağı hangi kuruluşun üyelerinin görebileceğini seçin.
res-needs-file-or-link = En az bir dosya yükleyin veya bir bağlantı verin.
res-version-needs-one-file = Yüklemek için bir dosya seçin.
res-save = Kaydet
res-publish = Yayımla
res-shared-by = Paylaşan: { $name }
res-downloads = { $count ->
    [one] bir indirme
   *[other] { $count } indirme
}
res-open-link = Bağlantıyı aç
res-preview-of = Önizleme: { $name }
res-version = sürüm { $number }
res-older-versions = { $count ->
    [one] Bir önceki sürüm
   *[other] { $count } önceki sürüm
}
res-new-version = Bu dosyanın yeni sürümü
res-version-note = Neler değişti? (isteğe bağlı)
res-upload-version = Yükle
res-add-file = Başka bir dosya ekle
res-delete = Bu kaynağı sil
res-rating = Puan
res-rating-summary = 5 üzerinden { $average } ({ $count ->
    [one] bir oy
   *[other] { $count } oy
})
res-not-rated = Henüz puanlanmadı.
res-rating-distribution = Yıldız sayısına göre puanlar
res-stars = { $count ->
    [one] 1 yıldız
   *[other] { $count } yıldız
}
res-your-rating = Puanınız
res-rate-button = Puan ver
res-rating-invalid = 1 ile 5 arasında yıldız seçin.
res-rate-own = Kendi paylaştığınız bir kaynağa puan veremezsiniz.
res-collections-title = Koleksiyonlar
res-collections-lead = Üyelerin ve kuruluşların bir araya getirdiği, tek bir konuya odaklanan seçkin kaynak listeleri.
res-in-collections = Yer aldığı koleksiyonlar:
res-new-collection = Koleksiyon oluştur
res-add-to-collection = Koleksiyonunuza ekleyin
res-collection-note = Not (isteğe bağlı)
res-add-button = Ekle
res-already-in-collection = Bu kaynak zaten o koleksiyonda.
res-reuses-heading = { $count ->
    [0] Yeniden kullananlar
    [one] Bir kez yeniden kullanıldı
   *[other] { $count } kez yeniden kullanıldı
}
res-report-reuse = Bu kaynağı kullandınız veya uyarladınız mı?
res-reuse-how = Nasıl kullandınız?
res-reuse-hint = Örneğin: "Hırvatistan'ın Split kentindeki fırıncı çıraklarımız için uyarladık."
res-reuse-country = Nerede?
res-reuse-org = Hangi kuruluşta?
res-reuse-button = Paylaş
res-comments-heading = { $count ->
    [0] Yorumlar
    [one] Bir yorum
   *[other] { $count } yorum
}
res-comment = Yorumunuz
res-comment-button = Yorum yap
res-comment-deleted = Bu yorum silindi.
res-comment-delete = Yorumu sil
res-login-to-take-part = Puan vermek, yorum yapmak veya yeniden kullanımınızı paylaşmak için giriş yapın.
res-collection-items = { $count ->
    [one] bir kaynak
   *[other] { $count } kaynak
}
res-no-collections = Henüz koleksiyon yok.
res-curated-by = Derleyen: { $name }
res-collection-edit = Koleksiyonu düzenle
res-collection-org = Koleksiyonun sahibi
res-collection-empty = Bu koleksiyon boş. Kaynakları kendi sayfalarından ekleyebilirsiniz.
res-collection-delete = Bu koleksiyonu sil
res-move-up = Yukarı taşı: { $title }
res-move-down = Aşağı taşı: { $title }
res-remove-from-collection = Koleksiyondan çıkar

flash-resource-saved = Kaynak kaydedildi.
flash-resource-deleted = Kaynak ve dosyaları silindi.
flash-version-saved = Dosya yüklendi.
flash-rating-saved = Teşekkürler, puanınız kaydedildi.
flash-comment-saved = Yorumunuz yayımlandı.
flash-comment-deleted = Yorum silindi.
flash-reuse-saved = Kaynağı nasıl kullandığınızı paylaştığınız için teşekkürler.
flash-collection-saved = Koleksiyon kaydedildi.
flash-collection-deleted = Koleksiyon silindi.
flash-collection-item-added = Kaynak koleksiyona eklendi.
flash-collection-item-removed = Kaynak koleksiyondan çıkarıldı.
flash-collection-item-moved = Sıralama değiştirildi.

size-kb = { $size } KB
size-mb = { $size } MB

upload-error-file = { $name }: { $problem }
upload-error-empty = dosya boş.
upload-error-no-extension = dosya adının uzantısı yok, bu yüzden türü denetlenemiyor.
upload-error-not-allowed = .{ $ext } türündeki dosyalar kabul edilmiyor. Kabul edilen türler: { $allowed }.
upload-error-mismatch = dosya adı .{ $claimed } ile bitiyor ama içeriği başka bir türde ({ $found }). Dosyayı yeniden adlandırın veya doğru dosyayı seçin.
upload-error-archive-bomb = arşiv açıldığında içerdiğinden çok daha fazla veri çıkıyor; güvenlik nedeniyle reddedildi.
upload-error-corrupt = dosya bozuk ya da türünün belirttiği biçimde değil.
upload-error-too-large = dosya { $limit } MB'tan büyük.
upload-error-quota = { $limit } MB'lık depolama alanınıza sığmıyor. Önce eski sürümleri veya kaynakları silin.
upload-error-too-many = tek seferde en fazla { $limit } dosya yüklenebilir.

search-facet-licence = Lisans
search-facet-target = Hedef kitle
search-facet-competence = Yetkinlik alanı
search-facet-eqf = AYÇ seviyesi
upload-error-internal = dosya alınamadı; lütfen tekrar deneyin.
upload-error-image-too-large = resim işlenemeyecek kadar büyük (bir kenarı en fazla 8000 piksel olabilir).
