# İş birliği: bir ortaklık içindeki kardeş kurum eşleştirmeleri (liste, eşleştirme başlatma, genel
# bakış, dört faaliyet alanı ve katılımcıları ve kanıtlarıyla faaliyetleri, rehberlik günlüğü).

tw-list-title = Kardeş kurum eşleştirmeleri
tw-list-lead = "{ $title }" ortaklığındaki kardeş kurum eşleştirmeleri: bir kurum, dört faaliyet alanından oluşan bir kapasite geliştirme planıyla başka bir kuruma rehberlik eder ve iki kurum da bir rehberlik günlüğü tutar.
tw-list-none = Bu ortaklıkta henüz bir eşleştirme başlatılmadı.
tw-list-not-active = Eşleştirmeler yalnızca ortaklık etkinken başlatılabilir.
tw-new-link = Eşleştirme başlatın
tw-count = { $count ->
    [one] Bir eşleştirme
   *[other] { $count } eşleştirme
}
tw-back-to-list = "{ $title }" ortaklığının eşleştirmeleri
tw-coaching-line = Rehberlik eden: { $org } ({ $country })
tw-coached-line = Rehberlik alan: { $org } ({ $country })
tw-runs = { $start } ile { $end } arası
tw-pair = { $coaching } kurumu, { $coached } kurumuna rehberlik ediyor

tw-new-title = Bir kardeş kurum eşleştirmesi başlatın
tw-new-lead = Ortaklığın kuruluşları arasından rehberlik eden bir kurumu rehberlik alan bir kurumla eşleştirin. Plan, dört faaliyet alanının hiçbiri başlamamış olarak açılır; ardından iki kuruluşun üyeleri faaliyet ekler ve rehberlik günlüğünü yazar.
tw-edit-title = Eşleştirmeyi düzenle
tw-label-sides = İki kurum
tw-sides-hint = İkisi de ortaklıktaki kuruluşlardan olmalı ve sizin bunlardan birinin yöneticisi olmanız gerekir.
tw-sides-fixed-hint = Rehberlik eden ve rehberlik alan kurum, eşleştirme başlatıldığı andaki gibi kalır.
tw-label-coaching = Rehberlik eden kurum
tw-label-coached = Rehberlik alan kurum
tw-label-title = Eşleştirmenin adı
tw-label-description = Açıklama
tw-description-hint = Rehberlik alan kurum neyi geliştirmek istiyor ve rehberlik buna nasıl yardımcı olacak? Markdown kullanabilirsiniz.
tw-label-lang = Metnin dili
tw-label-period = Süre
tw-partnership-period = Ortaklık { $start } ile { $end } arasında sürüyor; eşleştirme bu süre içinde kalmalıdır.
tw-label-starts-on = Başlangıç
tw-label-ends-on = Bitiş
tw-create-button = Eşleştirmeyi başlat
tw-save-button = Değişiklikleri kaydet
tw-cancel = İptal

tw-error-ends-before-start = Bitiş, başlangıçtan önce olamaz.
tw-error-outside-partnership = Ortaklık { $start } ile { $end } arasında sürüyor: bu süre içinde kalan tarihler seçin.
tw-error-not-party = Ortaklıktaki kuruluşlardan birini seçin.
tw-error-same-org = Rehberlik alan kurum, rehberlik eden kurumdan farklı bir kuruluş olmalıdır.
tw-error-not-your-org = Yalnızca yöneticisi olduğunuz bir kuruluş için eşleştirme başlatabilirsiniz: bu kuruluşu rehberlik eden veya rehberlik alan kurum olarak seçin.
tw-error-not-parties = Bu kuruluşlardan biri artık ortaklıkta yer almıyor.
tw-error-partnership-not-active = Eşleştirmeler yalnızca ortaklık etkinken başlatılabilir.
tw-error-start-admins-only = Eşleştirmeyi yalnızca bu ortaklıktaki bir kuruluşun yöneticileri başlatabilir.
tw-error-admins-only = Bunu yalnızca rehberlik eden veya rehberlik alan kurumun yöneticileri yapabilir.
tw-error-sides-only = Bunu yalnızca rehberlik eden veya rehberlik alan kurumun üyeleri yapabilir.
tw-error-read-only = Ortaklık artık etkin değil: bu eşleştirme okunabilir ama değiştirilemez.
tw-error-headcount = { $category }: kişi sayısını 0 ile 10.000 arasında bir tam sayı olarak girin.
tw-error-done-in-future = Henüz başlamamış bir faaliyet tamamlanmış olamaz: faaliyeti planlandı olarak bırakın.
tw-error-unknown-resource = Araç kutusunda bu adrese veya numaraya sahip bir kaynak yok ya da bu kaynağı görme izniniz yok.
tw-error-already-evidence = Bu kaynak zaten bu faaliyetin kanıtı olarak bağlı.
tw-error-evidence-full = Bir faaliyete en fazla { $limit } kanıt bağlanabilir.
tw-error-side = İki kurumdan birini seçin.
tw-error-held-in-future = Günlük, yapılmış toplantıları kaydeder: tarih ileri bir gün olamaz.
tw-error-log-empty = Neler kararlaştırıldığını, sonraki adımları ya da her ikisini yazın.
tw-error-log-authors-only = Bu girdiyi yalnızca yazan kişi değiştirebilir.

tw-read-only-notice = Ortaklık artık etkin değil: bu eşleştirme kayıt olarak saklanıyor ve artık değiştirilemez.
tw-nav-label = Eşleştirmenin bölümleri
tw-tab-overview = Genel bakış
tw-tab-log = Rehberlik günlüğü

tw-label-partnership = Ortaklık
tw-about-title = Eşleştirme hakkında
tw-plan-title = Kapasite geliştirme planı
tw-plan-lead = İlerleme, iptal edilmemiş faaliyetlerden kaçının tamamlandığını gösterir.
tw-plan-caption = Durumları, faaliyetleri ve ilerlemeleriyle dört faaliyet alanı
tw-label-lot = Faaliyet alanı
tw-label-lot-status = Alanın durumu
tw-label-activities = Faaliyetler
tw-label-progress = İlerleme
tw-progress-total = Tüm alanlar
tw-progress-none = Henüz planlanmış bir faaliyet yok
tw-progress-words = { $counted ->
    [one] Tamamlanan faaliyet: { $done } / 1 (%{ $percent })
   *[other] Tamamlanan faaliyetler: { $done } / { $counted } (%{ $percent })
}
tw-count-planned = Planlanan: { $count }
tw-count-done = Tamamlanan: { $count }
tw-count-cancelled = İptal edilen: { $count }
tw-manage-title = Eşleştirmenin yönetimi
tw-edit-link = Adı, açıklamayı ve süreyi düzenle

tw-lot-status-not-started = Başlamadı
tw-lot-status-in-progress = Sürüyor
tw-lot-status-completed = Tamamlandı
tw-label-lot-note = Not
tw-lot-note-hint = Örneğin alandaki çalışmaları neyin yavaşlattığı ya da alanda neler başarıldığı.
tw-lot-state-title = Alanın durumunu güncelleyin
tw-lot-save-button = Durumu kaydet

tw-participants-title = Katılımcılar
tw-participants-none = Henüz katılımcı kaydedilmedi.
tw-participants-caption = Kategoriye göre eşleştirmenin katılımcıları
tw-participants-lot-caption = Kategoriye göre "{ $lot }" alanının katılımcıları
tw-participants-category = Kategori
tw-participants-took-part = Katılan
tw-participants-planned = Beklenen
tw-participants-headcount = Kişi
tw-participants-total = Tüm kategoriler
tw-participant-count = { $count ->
    [one] Bir katılımcı
   *[other] { $count } katılımcı
}

tw-activities-title = Faaliyetler
tw-activities-none = Bu alanda henüz faaliyet yok.
tw-activity-add-link = Faaliyet ekle
tw-activity-new-title = Yeni faaliyet
tw-activity-new-in = "{ $lot }" alanında yeni faaliyet
tw-activity-edit-title = Faaliyeti düzenle
tw-activity-edit-link = Faaliyeti düzenle
tw-activity-delete-link = Faaliyeti sil
tw-label-activity-title = Başlık
tw-label-activity-description = Açıklama
tw-activity-description-hint = Neler yapılıyor, kimin için ve geride ne bırakması bekleniyor.
tw-label-place = Yer
tw-place-hint = Bir şehir, bir kurum ya da "çevrim içi".
tw-label-activity-status = Durum
tw-activity-status-planned = Planlandı
tw-activity-status-done = Tamamlandı
tw-activity-status-cancelled = İptal edildi
tw-label-participants = Kategoriye göre katılımcılar
tw-participants-hint = Her kategoriden kaç kişinin katıldığı (veya katılacağı). Kimse yoksa boş bırakın.
tw-activity-add-button = Faaliyeti ekle
tw-activity-save-button = Faaliyeti kaydet
tw-activity-conflict = Siz düzenlerken başka biri bu faaliyeti kaydetti. Değişiklikleriniz aşağıda duruyor; yeniden kaydederseniz o kişinin sürümünün yerini sizinki alır.
tw-activity-conflict-see = Faaliyetin şu anki hâlini görün (sayfa açılır, burada yaptığınız değişiklikler kaybolur)
tw-label-when = Ne zaman
tw-label-added-by = Ekleyen
tw-activity-delete-heading = Bu faaliyet silinsin mi?
tw-activity-delete-text = "{ $title }" faaliyeti, katılımcı sayıları ve kanıt bağlantılarıyla birlikte silinir. Kaynakların kendisi araç kutusunda kalır.
tw-activity-delete-button = "{ $title }" faaliyetini sil

tw-evidence-title = Kanıtlar
tw-evidence-lead = Faaliyete ait raporlar, fotoğraflar, gündemler ve diğer kanıtlar; hepsi araç kutusunda saklanır.
tw-evidence-none = Henüz bağlı bir kanıt yok.
tw-evidence-added-by = bağlayan: { $name }
tw-evidence-unlink-button = Kaldır
tw-evidence-link-title = Kanıt bağlayın
tw-label-resource = Araç kutusundaki kaynak
tw-resource-hint = Kaynak sayfasının adresini yapıştırın veya numarasını yazın. Yalnızca görebildiğiniz kaynaklar bağlanabilir; faaliyet başına en fazla { $limit } kaynak.
tw-evidence-link-button = Kaynağı bağla
tw-deposit-link = Önce araç kutusunda yeni bir kaynak paylaşın

tw-log-title = Rehberlik günlüğü
tw-log-lead = İki kurum arasındaki toplantılar: neler konuşuldu, neler kararlaştırıldı ve sırada ne var. En yenisi en üstte.
tw-log-latest-title = Rehberlik günlüğünden son girdiler
tw-log-none = Rehberlik günlüğünde henüz girdi yok.
tw-log-count = { $count ->
    [one] Bir girdi
   *[other] { $count } girdi
}
tw-log-all-link = { $count ->
    [0] Rehberlik günlüğünü açın
    [one] Rehberlik günlüğünün tamamı (bir girdi)
   *[other] Rehberlik günlüğünün tamamı ({ $count } girdi)
}
tw-log-add-link = Günlüğe girdi yazın
tw-log-side = { $org } adına
tw-log-by = yazan: { $name }
tw-log-new-title = Yeni günlük girdisi
tw-log-edit-title = Günlük girdisini düzenle
tw-log-label-side = Kimin adına yazıldı?
tw-log-side-hint = İki kurumun da üyesisiniz: bu girdiyi hangisi adına yazdığınızı belirtin.
tw-log-writing-for = { $org } adına yazıyorsunuz.
tw-log-label-held-on = Toplantı tarihi
tw-log-label-topic = Konu
tw-log-label-agreed = Neler kararlaştırıldı?
tw-log-agreed-hint = Her iki tarafın kararları ve taahhütleri. Markdown kullanabilirsiniz.
tw-log-label-next-steps = Sonraki adımlar
tw-log-next-steps-hint = Kim neyi, ne zamana kadar yapacak. Markdown kullanabilirsiniz.
tw-log-add-button = Günlüğe ekle
tw-log-save-button = Girdiyi kaydet
tw-log-edit-link = Düzenle
tw-log-delete-link = Sil
tw-log-delete-heading = Bu günlük girdisi silinsin mi?
tw-log-delete-text = { $date } tarihli "{ $topic }" girdisi iki kurum için de silinir.
tw-log-delete-button = "{ $topic }" girdisini sil

# Bir değişiklikten sonra bir kez gösterilir; platform yalnızca kimliği flash- ile başlayan mesajları gösterir.
flash-tw-created = Eşleştirme başlatıldı.
flash-tw-updated = Eşleştirme kaydedildi.
flash-tw-lot-saved = Alanın durumu kaydedildi.
flash-tw-activity-added = Faaliyet eklendi. Artık faaliyete kanıt bağlayabilirsiniz.
flash-tw-activity-saved = Faaliyet kaydedildi.
flash-tw-activity-deleted = Faaliyet silindi.
flash-tw-evidence-linked = Kaynak, kanıt olarak bağlandı.
flash-tw-evidence-unlinked = Kaynak artık bu faaliyetin kanıtı değil.
flash-tw-log-added = Girdi rehberlik günlüğüne eklendi.
flash-tw-log-saved = Günlük girdisi kaydedildi.
flash-tw-log-deleted = Günlük girdisi silindi.
