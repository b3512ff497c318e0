## Senaryo atölyesi (İletişim bölümü): değişimin itici güçleri, senaryolar, politika seçenekleri.

workshop-list-title = Senaryo atölyeleri
workshop-list-lead = Mesleki eğitim ve öğretimin nasıl gelişebileceğini birlikte düşünün: onu biçimlendiren güçleri adlandırın, dört olası gelecek tasarlayın ve bugün yaptığımız seçimleri değerlendirin.
workshop-new-link = Atölye başlatın
workshop-login-to-start = Atölye başlatmak için giriş yapın
workshop-filter-label = Atölyeleri filtrele
workshop-count = { $count ->
    [one] Bir atölye
   *[other] { $count } atölye
}
workshop-list-none = Henüz hiçbir atölye başlatılmadı.
workshop-list-none-filtered = Bu filtrelere uyan bir atölye yok.

## Aşamalar

workshop-phase-drivers = İtici güçler toplanıyor
workshop-phase-scenarios = Senaryolar yazılıyor
workshop-phase-closed = Kapandı
workshop-steps-label = Atölyenin adımları
workshop-step-drivers = 1. Değişimin itici güçleri
workshop-step-scenarios = 2. Senaryolar ve seçenekler
workshop-step-closed = 3. Sonuçlar

## Atölye başlatma

workshop-new-title = Bir senaryo atölyesi başlatın
workshop-new-lead = Atölyenin kolaylaştırıcısı siz olacaksınız: üyeler değişimin itici güçlerini önerir ve puanlar, iki ekseni siz seçersiniz, dört senaryoyu da herkes birlikte yazar.
workshop-label-title = Başlık
workshop-label-focal-question = Odak soru
workshop-focal-question-hint = Atölyenin ele aldığı stratejik soru; örneğin: İnşaat sektöründeki çıraklar mesleklerini nasıl öğrenecek?
workshop-label-horizon = Zaman ufku
workshop-horizon-hint = Senaryoların ele aldığı yıl ({ $min } ile { $max } arası).
workshop-label-lang = Atölyenin dili
workshop-label-community = Topluluk
workshop-no-community = Henüz atölye başlatabileceğiniz bir topluluk yok.
workshop-create-button = Atölyeyi başlat
workshop-error-horizon = { $min } ile { $max } arasında bir yıl girin.
workshop-error-community = Sunulan topluluklardan birini seçin.

## Atölye sayfası

workshop-label-phase = Aşama
workshop-label-facilitator = Kolaylaştırıcı
workshop-report-link = Rapor
workshop-markdown-link = Markdown olarak indir
workshop-closed-notice = Bu atölye kapandı. Sonuçlarını okuyabilir ve dışa aktarabilirsiniz; kolaylaştırıcı atölyeyi yeniden açana kadar hiçbir şey değiştirilemez.
workshop-login-to-take-part = Bu atölyeye katılmak için giriş yapın
workshop-verify-to-take-part = Bu atölyeye katılmak için lütfen e-posta adresinizi onaylayın.
workshop-proposed-by = öneren: { $name }
workshop-someone = bilinmeyen bir kişi

## İtici güçler

workshop-drivers-heading = Değişimin itici güçleri
workshop-drivers-intro = İtici güçler, hedef yıla kadar mesleki eğitim ve öğretimi biçimlendirecek güçlerdir. Her birini puanlayın: odak soru üzerindeki etkisi ne kadar güçlü olur ve nasıl gelişeceği ne kadar belirsizdir?
workshop-drivers-none = Henüz hiçbir itici güç önerilmedi.
workshop-drivers-details = { $count ->
    [one] İtici gücü ayrıntılı olarak göster
   *[other] { $count } itici gücü ayrıntılı olarak göster
}
workshop-driver-new-heading = Bir itici güç önerin
workshop-driver-new-hint = Bir eğilim, bir teknoloji, bir politika, demografik veya ekonomik bir değişim: odak sorunun cevabını biçimlendirebilecek her şey.
workshop-label-driver-title = İtici güç
workshop-label-driver-description = Açıklama (isteğe bağlı)
workshop-label-kind = Tür
workshop-kind-trend = Eğilim
workshop-kind-trend-hint = hâlihazırda sürüyor, yönü oldukça belirgin
workshop-kind-uncertainty = Belirsizlik
workshop-kind-uncertainty-hint = çok farklı biçimlerde sonuçlanabilir
workshop-driver-add-button = İtici gücü ekle
workshop-label-impact = Etki
workshop-label-uncertainty = Belirsizlik
workshop-label-ratings = Puanlar
workshop-rate-driver = Bu itici gücü puanlayın
workshop-rate-choice = Bu seçeneği puanlayın
workshop-your-rating = Puanınız
workshop-rating-choose = Seçin…
workshop-rating-option = { $n ->
    [1] 1 – çok düşük
    [2] 2 – düşük
    [3] 3 – orta
    [4] 4 – yüksek
   *[5] 5 – çok yüksek
}
workshop-rating-button = Puanımı kaydet
workshop-rating-change-button = Puanımı değiştir
workshop-not-rated = henüz puanlanmadı
workshop-error-rating = 1 ile 5 arasında bir puan seçin.
workshop-error-rating-missing = 1 ile 5 arasında bir puan verin.
workshop-error-driver-elsewhere = Bu itici güç bu atölyeye ait değil. Listelenen itici güçlerden birini seçin.
workshop-error-choice-elsewhere = Bu seçenek bu atölyeye ait değil. Listelenen seçeneklerden birini puanlayın.

## Grafik

workshop-chart-title = Etki ve belirsizliğe göre itici güçler
workshop-chart-desc = { $count ->
    [one] Puanlanmış bir itici güç, ortalama belirsizliğine (yatay, 1–5) ve ortalama etkisine (dikey, 1–5) göre yerleştirilmiştir.
   *[other] Puanlanmış { $count } itici güç, ortalama belirsizliklerine (yatay, 1–5) ve ortalama etkilerine (dikey, 1–5) göre yerleştirilmiştir.
} { $critical ->
    [0] Hiçbiri kritik belirsizlik değildir.
    [one] Biri kritik belirsizliktir (yüksek etki, yüksek belirsizlik).
   *[other] { $critical } tanesi kritik belirsizliktir (yüksek etki, yüksek belirsizlik).
}
workshop-chart-desc-critical = Kritik belirsizlikler: { $drivers }.
workshop-chart-desc-empty = Henüz hiçbir itici güç puanlanmadı; bu nedenle grafik boş.
workshop-chart-axis-uncertainty = Belirsizlik
workshop-chart-axis-impact = Etki
workshop-chart-critical = Kritik belirsizlikler
workshop-chart-trends = Temel eğilimler
workshop-critical-badge = Kritik belirsizlik
workshop-chart-empty = Üyeler itici güçleri puanladıkça grafik dolacak.
workshop-chart-caption = { $count ->
    [one] Puanlanmış bir itici güç
   *[other] Puanlanmış { $count } itici güç
}, { $critical ->
    [0] hiçbiri kritik belirsizlikler arasında değil (sağ üst)
    [one] biri kritik belirsizlikler arasında (sağ üst)
   *[other] { $critical } tanesi kritik belirsizlikler arasında (sağ üst)
}. Aynı veriler aşağıda liste olarak da yer alıyor.
workshop-legend-heading = Grafik açıklaması
workshop-drivers-table-caption = Ortalama puanlarıyla itici güçler
workshop-label-number = No.
workshop-label-driver = İtici güç
workshop-label-impact-average = Ortalama etki
workshop-label-uncertainty-average = Ortalama belirsizlik
workshop-label-quadrant = Çeyrek

## Eksenler

workshop-axes-heading = Senaryo eksenlerini seçin
workshop-axes-heading-done = Senaryo eksenleri
workshop-axes-hint = İki itici güç seçin (tercihen birbirinden bağımsız iki kritik belirsizlik) ve her birinin iki uç sonucunu adlandırın. Böylece senaryo aşaması, her bileşim için bir tane olmak üzere dört senaryoyla başlar; bundan sonra itici güç eklenemez ve puanlanamaz.
workshop-axis-x = Yatay eksen
workshop-axis-y = Dikey eksen
workshop-axis-x-named = Yatay eksen: { $driver }
workshop-axis-y-named = Dikey eksen: { $driver }
workshop-label-axis-driver = İtici güç
workshop-label-pole-low = Alt kutup (uç sonuçlardan biri)
workshop-label-pole-high = Üst kutup (karşıt sonuç)
workshop-axes-button = Eksenleri belirle ve senaryoları aç
workshop-error-same-axis = Her eksen için farklı bir itici güç seçin.
workshop-error-two-drivers = Eksenler için en az iki itici güç gerekir. Önce başka itici güçler önerin.

## Senaryolar

workshop-scenarios-heading = Senaryolar
workshop-scenario-unnamed = Senaryo { $quadrant }
workshop-scenario-empty = Bu senaryoyu henüz kimse yazmadı.
workshop-scenario-edited = Son düzenleyen: { $name }, { $date }
workshop-scenario-edit = Bu senaryoyu yaz
workshop-scenario-history = Önceki sürümler
workshop-scenario-edit-heading = { $quadrant }. senaryoyu yazın
workshop-label-poles = Bu senaryonun konumu:
workshop-label-scenario-name = Senaryonun adı
workshop-label-narrative = Anlatı
workshop-narrative-hint = Bu geleceği, içinde yaşıyormuş gibi anlatın: mesleki eğitim ve öğretim nasıl görünüyor, kim neyi nerede öğreniyor? Markdown kullanabilirsiniz: **kalın**, *italik*, - ile listeler, bağlantılar.
workshop-scenario-save-button = Senaryoyu kaydet
workshop-preview-button = Önizle
workshop-preview-heading = Önizleme
workshop-cancel = İptal
workshop-error-stale-revision = Siz yazarken başka biri bu senaryoyu kaydetti. Metniniz kaydedilmedi: metninizi burada gösterilen sürümle karşılaştırın, ikisini birleştirin ve yeniden kaydedin.
workshop-conflict-heading = Siz yazarken bu senaryo değişti
workshop-conflict-text = { $name }, { $date } tarihinde yeni bir sürüm kaydetti. Kendi metniniz aşağıdaki formda duruyor.
workshop-conflict-their-version = Diğer kişinin şu anda kayıtlı olan sürümü
workshop-conflict-source = Diğer kişinin Markdown biçimindeki metni (kopyalamanız için)
workshop-conflict-next = Yeniden kaydettiğinizde metniniz diğer sürümün yerini alır; bu nedenle o sürümden korumak istediğiniz kısımları metninize aktarın.
workshop-history-title = Önceki sürümler
workshop-history-current = Güncel sürüm ({ $revision })
workshop-history-version = Sürüm { $revision }
workshop-history-replaced = Değiştiren: { $name }, { $date }
workshop-history-none = Henüz önceki bir sürüm yok.

## Politika seçenekleri

workshop-choices-heading = Politika seçenekleri ve kararlar
workshop-choices-intro = Bugün hangi kararlarla bu geleceklerden birine yaklaşabilir ya da ondan uzaklaşabiliriz? Seçenekler ve kararlar ekleyin; her birini, alınmasının ne kadar akla yatkın ve ne kadar arzu edilir olduğuna göre puanlayın.
workshop-choices-count = { $count ->
    [0] Henüz seçenek yok
    [one] Bir seçenek
   *[other] { $count } seçenek
}
workshop-choices-none = Bu senaryo için henüz bir seçenek eklenmedi.
workshop-label-choice = Seçenek veya karar
workshop-choice-hint = Örneğin: Her mesleki eğitim programına bir işbaşında öğrenme dönemi eklemek.
workshop-label-direction = Götürdüğü yön
workshop-direction-towards = Bu senaryoya doğru
workshop-direction-away = Bu senaryodan uzağa
workshop-choice-add-button = Seçeneği ekle
workshop-label-plausibility = Akla yatkınlık
workshop-label-desirability = Arzu edilirlik
workshop-promising-badge = Akla yatkın ve arzu edilir

## Sonuçlar

workshop-results-heading = Sonuçlar
workshop-results-caption = Seçeneklerinin puanlarına göre senaryolar
workshop-label-scenario = Senaryo
workshop-label-choices = Seçenekler
workshop-label-plausibility-average = Ortalama akla yatkınlık
workshop-label-desirability-average = Ortalama arzu edilirlik
workshop-results-none = Henüz hiçbir seçenek puanlanmadı.
workshop-most-desirable = En çok arzu edilen senaryo: { $scenario } (ortalama arzu edilirlik: { $value })
workshop-most-plausible = En akla yatkın senaryo: { $scenario } (ortalama akla yatkınlık: { $value })
workshop-promising-heading = Hem akla yatkın hem de arzu edilir bulunan seçenekler
workshop-promising-hint = Ortalama akla yatkınlık ve arzu edilirlik puanlarının ikisi de 3,5 veya üzerinde olan seçenekler: öneriler için iyi adaylardır.
workshop-promising-none = Henüz hem akla yatkın hem de arzu edilir bulunan bir seçenek yok.

## Kolaylaştırma

workshop-facilitation-heading = Kolaylaştırma
workshop-close-hint = Atölyeyi kapatmak her şeyi olduğu gibi korur: artık kimse değişiklik yapamaz; sonuçlar okunabilir ve dışa aktarılabilir.
workshop-close-button = Atölyeyi kapat
workshop-reopen-hint = Atölyeyi yeniden açtığınızda üyeler, atölyenin kaldığı yerden katılmaya devam edebilir.
workshop-reopen-button = Atölyeyi yeniden aç
workshop-error-closed = Bu atölye kapandığı için içindeki hiçbir şey değiştirilemez.
workshop-error-wrong-phase = Bu atölye artık başka bir aşamada. Neler yapabileceğinizi görmek için sayfayı yeniden yükleyin.

## Rapor

workshop-report-title = Atölye raporu
workshop-report-generated = Oluşturulma tarihi: { $date }
workshop-print-hint = Raporu yazdırmak veya PDF olarak kaydetmek için tarayıcınızın yazdırma komutunu kullanın.

## Bir işlemden sonra bir kez gösterilen iletiler

flash-workshop-created = Atölyeniz başladı. Üyeleri itici güç önermeye davet edin.
flash-workshop-driver-added = Önerdiğiniz itici güç eklendi.
flash-workshop-rating-saved = Puanınız kaydedildi.
flash-workshop-axes-set = Eksenler belirlendi: dört senaryo yazıma açıldı.
flash-workshop-scenario-saved = Senaryo kaydedildi.
flash-workshop-choice-added = Önerdiğiniz seçenek eklendi.
flash-workshop-closed = Atölye kapatıldı.
flash-workshop-reopened = Atölye yeniden açıldı.
