## Bir çalışma grubunun görev panosu (İş birliği bölümü): sütunlar, kartlar, yorumlarıyla birlikte
## görev sayfası, görevleri düzenleme, taşıma ve silme.

wg-task-board-title = Görev panosu
wg-task-members-only = Görevleri yalnızca grubun üyeleri ekleyip taşıyabilir.

## Filtreler

wg-task-filter-label = Görevleri filtrele
wg-task-filter-mine = Bana atananlar
wg-task-filter-overdue = Yalnızca gecikenler
wg-task-filter-assignee = Atanan kişi
wg-task-filter-anyone = Herkes
wg-task-filter-nobody = Hiç kimse (atanmamış)
wg-task-filter-button = Görevleri göster
wg-task-filter-clear = Tüm görevleri göster
wg-task-filtered-notice = Yalnızca filtrelere uyan görevler gösteriliyor.

## Sütunlar ve kartlar

wg-task-status-todo = Yapılacak
wg-task-status-doing = Yapılıyor
wg-task-status-done = Tamamlandı
wg-task-column-count = { $count ->
    [0] görev yok
    [one] bir görev
   *[other] { $count } görev
}
wg-task-column-empty = Burada görev yok.
wg-task-column-more = { $count } görevden ilk { $shown } tanesi gösteriliyor.
wg-task-assigned-to = Atanan kişi: { $name }
wg-task-unassigned = Atanmamış
wg-task-due = Son tarih: { $date }
wg-task-no-due = Son tarih yok
wg-task-overdue = Gecikmiş
wg-task-comments = { $count ->
    [0] yorum yok
    [one] bir yorum
   *[other] { $count } yorum
}
wg-task-move-start = Başla
wg-task-move-finish = Tamamla
wg-task-move-back = Yapılacaklara geri al
wg-task-move-reopen = Yeniden aç
wg-task-move-conflict = “{ $title }” adlı görev, siz panoyu açtıktan sonra başka biri tarafından değiştirildiği için taşınmadı. Aşağıdaki pano görevin şu anki durumunu gösteriyor.

## Görev ekleme ve düzenleme

wg-task-new-heading = Görev ekle
wg-task-edit-heading = Görevi düzenle
wg-task-label-title = Başlık
wg-task-label-description = Açıklama
wg-task-description-hint = İsteğe bağlı. Markdown kullanabilirsiniz: **kalın**, *italik*, listeler ve bağlantılar.
wg-task-label-assignee = Atanan kişi
wg-task-nobody = Hiç kimse
wg-task-label-due = Son tarih
wg-task-due-hint = İsteğe bağlı. Yıl, ay ve gün; örneğin 2026-09-30.
wg-task-label-status = Sütun
wg-task-create-button = Görevi ekle
wg-task-save-button = Görevi kaydet
wg-task-cancel = İptal
wg-task-error-assignee = Grup üyelerinden birini ya da “Hiç kimse” seçeneğini seçin.
wg-task-error-status = Sütunlardan birini seçin: yapılacak, yapılıyor veya tamamlandı.
wg-task-conflict-heading = Siz düzenlerken bu görevi başka biri değiştirdi
wg-task-conflict-text = Görev, siz açtıktan sonra { $date } tarihinde değiştirildi. Yazdıklarınız kaydedilmedi ama hiçbir şey kaybolmadı: sizin sürümünüz aşağıdaki formda duruyor.
wg-task-current-heading = Görevin şu anki hâli
wg-task-conflict-next = İki sürümü karşılaştırın, formunuzu gereken yerlerde güncelleyin ve yeniden kaydedin.

## Görev sayfası

wg-task-created-by = Ekleyen: { $name }, { $date }
wg-task-updated = son değişiklik: { $date }
wg-task-deleted-account = Silinmiş bir hesap
wg-task-no-description = Açıklama yok.
wg-task-edit-link = Görevi düzenle
wg-task-delete-link = Görevi sil
wg-task-comments-heading = Yorumlar
wg-task-comments-none = Henüz yorum yok.
wg-task-comments-more = { $count } yorumdan ilk { $shown } tanesi gösteriliyor.
wg-task-comment-heading = Yorum ekle
wg-task-label-comment = Yorumunuz
wg-task-comment-hint = Markdown kullanabilirsiniz.
wg-task-comment-button = Yorumu ekle

## Görev silme

wg-task-delete-heading = Bu görev silinsin mi?
wg-task-delete-text = “{ $title }” adlı görev ve yorumları ({ $count }) herkes için silinecek. Bu işlem geri alınamaz.
wg-task-delete-button = “{ $title }” görevini sil
wg-task-error-not-yours = Bir görevi yalnızca onu ekleyen kişi ya da bir koordinatör silebilir.

## Değişiklikten sonraki mesajlar

flash-wg-task-created = Görev panoya eklendi.
flash-wg-task-saved = Görev kaydedildi.
flash-wg-task-moved = Görev taşındı.
flash-wg-task-commented = Yorumunuz eklendi.
flash-wg-task-deleted = Görev silindi.
