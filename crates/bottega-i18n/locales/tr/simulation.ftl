## İşletme simülasyonu: sayfalar, formlar ve iletiler. Motorun kendi metinleri (raporlar, olaylar,
## sözlük, senaryolar) simulation-engine.ftl dosyasındadır.

sim-title = İşletme simülasyonu
sim-intro-lead = Güvenli, sanal bir pazarda küçük bir zanaat işletmesi yönetin: fiyat belirleyin, üretimi planlayın, personel alıp eğitin, ürünlerinizi pazarlayın, yatırım yapın ve kredi kullanın — ve kararlarınızın para, insanlar ve müşteriler üzerindeki etkisini görün.
sim-intro-how = Öğretmen, sınıf için bir oyun başlatır ve bir kod dağıtır. Öğrenciler bu kodla bir takıma katılır ve tur tur karar verir; her tur, şirketin hayatından bir aya karşılık gelir.
sim-intro-sign-in = Oynamak veya bir oyun başlatmak için giriş yapın
sim-money = { $amount } €
sim-percent = %{ $value }

sim-join-title = Bir oyuna katılın
sim-label-code = Oyun kodu
sim-join-button = Katıl
sim-playing-title = Oynadığım oyunlar
sim-playing-none = Henüz hiçbir oyunda oynamıyorsunuz. Öğretmeninizden bir oyun kodu isteyin.
sim-teaching-title = Yönettiğim oyunlar
sim-teaching-none = Henüz bir oyun başlatmadınız.
sim-new-button = Yeni bir oyun başlat
sim-status-round = Tur { $round } / { $rounds }
sim-status-finished = Bitti
sim-taught-by = yöneten: { $name }
sim-label-choose-team = Takımınızı seçin
sim-players-count = { $count ->
    [one] bir oyuncu
   *[other] { $count } oyuncu
}

sim-new-title = Bir oyun başlatın
sim-new-lead = Bir meslek dalı seçin, kaç takımın ve kaç tur oynanacağını belirleyin. Öğrenciler, bir sonraki sayfada alacağınız kodla katılır.
sim-label-title = Oyunun adı
sim-label-scenario = Meslek dalı
sim-label-mode = Takımlar nasıl oynar
sim-mode-solo = Her takım, bilgisayarın yönettiği işletmelere karşı oynar
sim-mode-competitive = Takımlar aynı müşteriler için birbirleriyle rekabet eder
sim-label-teams = Takım sayısı
sim-hint-teams = 1 ile { $max } arası.
sim-label-team-names = Takım adları (isteğe bağlı)
sim-hint-team-names = Her satıra bir ad yazın; adı olmayan takımlar numaralandırılır.
sim-label-rounds = Tur sayısı
sim-hint-rounds = 1 ile { $max } arası. On iki tur bir yıl eder.
sim-label-round-length = Tur süresi
sim-length-by-hand = Her turu kendim elle oynatırım
sim-length-hours = { $count ->
    [one] bir saat
   *[other] { $count } saat
}
sim-length-days = { $count ->
    [one] bir gün
   *[other] { $count } gün
}
sim-length-weeks = { $count ->
    [one] bir hafta
   *[other] { $count } hafta
}
sim-label-lang = Adın dili
sim-create-button = Oyunu başlat
sim-team-default-name = Takım { $number }

sim-label-progress = İlerleme
sim-label-deadline = Mevcut turun kapanışı
sim-deadline-at = kapanış: { $when }
sim-code-hint = Öğrenciler, İşletme simülasyonu → Bir oyuna katılın bölümünden şu kodla katılır: { $code }
sim-play-title = { $round }. tur
sim-decided-count = { $teams } takımdan { $decided } tanesi kararlarını gönderdi.
sim-play-button = { $round }. turu şimdi oynat
sim-play-hint = Karar göndermeyen takımlar bir önceki turun fiyatlarını, miktarlarını, çalışma saatlerini ve harcamalarını korur; yanıt bekleyen olaylar için varsayılan yanıt seçilir.
sim-finished-notice = Tüm turlar oynandı. Her öğrencinin yetkinlik özeti kendi profilinde yer alıyor.
sim-debrief-title = Değerlendirme
sim-csv-link = Sonuçları indir (CSV)
sim-debrief-table = Takımların tüm oyun boyunca sonuçları
sim-col-total-profit = Toplam net kâr
sim-col-final-cash = Son nakit
sim-col-average-share = Ortalama pazar payı
sim-debrief-stories = Olaylar ve takımların yanıtları
sim-teams-title = Takımlar
sim-col-team = Takım
sim-col-players = Oyuncular
sim-col-decided = Bu turda karar verdi
sim-decided-yes = Evet
sim-decided-no = Henüz değil
sim-no-players = henüz kimse yok
sim-remove-player = Oyundan çıkar: { $name }
sim-place-title = Bir öğrenciyi bir takıma yerleştirin
sim-label-person = Öğrenci
sim-hint-person = Öğrencinin Bottega'daki kullanıcı adı (@ olmadan) veya e-posta adresi. Oyunda zaten yer alan bir öğrenci, seçtiğiniz takıma taşınır.
sim-place-button = Takıma yerleştir
sim-bankrupt = iflas etti
sim-computer = bilgisayar yönetiyor
sim-computer-team = Bilgisayarın yönettiği işletme { $number }

sim-team-members = Takım üyeleri:
sim-decide-title = { $round }. tur için kararlar
sim-submitted-by = Gönderen: { $name } ({ $when }). Tur oynanana kadar kararları hâlâ değiştirebilirsiniz.
sim-not-submitted = Takımınız bu tur için henüz karar göndermedi.
sim-pending-incidents = Yanıtınızı bekleyen olaylar:
sim-decide-button = Kararlarınızı verin
sim-dashboard-title = Şirketinizin şu anki durumu
sim-no-rounds-yet = Henüz hiçbir tur oynanmadı.
sim-chart-money = Tur başına nakit ve kâr
sim-chart-customers = Tur başına müşteri sayısı
sim-last-round-title = { $round }. turda neler oldu?
sim-full-report = Gelir tablosu, bilanço ve nakit akış tablosuyla birlikte tam rapor
sim-history-title = Tur başına temel göstergeler
sim-col-round = Tur
sim-stories-title = Olaylar ve yanıtlarınız
sim-stories-none = Henüz hiçbir olaya yanıt verilmedi.
sim-round-label = { $round }. tur
sim-chosen-response = Seçilen yanıt:
sim-automatic-response = karar gönderilmediği için otomatik olarak seçildi
sim-comments-title = Öğretmenin yorumları
sim-comments-none = Henüz yorum yok.
sim-comment-by = yazan: { $name }
sim-label-comment = Yorum
sim-comment-button = Yorum ekle
sim-bankrupt-notice = Şirketin parası çok uzun süre yetmedi ve şirket iflas etti: artık faaliyet göstermiyor. Paranın nereye gittiğini görmek için raporlara bakın.
sim-reused-notice = Bu tur için karar gönderilmedi, bu yüzden bir önceki turun seçimleri yeniden kullanıldı.

sim-figure-cash = Nakit
sim-figure-profit = Net kâr
sim-figure-revenue = Satış geliri
sim-figure-gross-margin = Brüt kâr marjı
sim-figure-market-share = Pazar payı
sim-figure-satisfaction = Müşteri memnuniyeti
sim-figure-staff = Personel
sim-figure-morale = Çalışan motivasyonu
sim-figure-reputation = İtibar
sim-figure-break-even = Başabaş satış geliri

sim-report-title = { $round }. turun raporu
sim-rounds-nav = Diğer turlar
sim-report-explanations = Bu ne anlama geliyor?
sim-report-events = Neler oldu?
sim-report-glossary = Burada kullanılan kavramlar:
sim-report-products = Ürün bazında satışlar
sim-col-product = Ürün
sim-col-price = Fiyat
sim-col-planned = Planlanan
sim-col-produced = Üretilen veya sunulabilen
sim-col-demand = Müşteri talebi
sim-col-sold = Satılan
sim-col-lost = Kaçan satışlar
sim-col-written-off = Atılan
sim-income-statement = Gelir tablosu
sim-balance-assets = Bilanço: şirketin varlıkları
sim-balance-liabilities = Bilanço: borçlar ve sahiplerin özkaynağı
sim-cash-flow-statement = Nakit akış tablosu
sim-is-revenue = Satış geliri
sim-is-cost-of-goods = Satılan malın maliyeti
sim-is-write-offs = Atılan mallar
sim-is-gross-profit = Brüt kâr
sim-is-wages = Ücretler
sim-is-overtime = Fazla mesai ücretleri
sim-is-recruitment = İşe alım ve tazminatlar
sim-is-training = Eğitim
sim-is-marketing = Pazarlama
sim-is-rent = Kira
sim-is-incident-costs = Olayların maliyeti
sim-is-other-income = Diğer gelirler
sim-is-depreciation = Amortisman
sim-is-operating-profit = Faaliyet kârı
sim-is-interest-expense = Ödenen faiz
sim-is-interest-income = Alınan faiz
sim-is-profit-before-tax = Vergi öncesi kâr
sim-is-tax = Vergi
sim-is-net-profit = Net kâr
sim-bs-cash = Nakit
sim-bs-materials = Stoktaki malzemeler
sim-bs-goods = Stoktaki bitmiş ürünler
sim-bs-equipment-cost = Ekipman (alış bedeli)
sim-bs-depreciation = Birikmiş amortisman
sim-bs-total-assets = Varlıklar toplamı
sim-bs-bank-loan = Banka kredisi
sim-bs-emergency-loan = Acil durum kredisi
sim-bs-total-liabilities = Borçlar toplamı
sim-bs-share-capital = Sahiplerin koyduğu sermaye
sim-bs-retained-earnings = Dağıtılmamış kârlar
sim-bs-total-equity = Özkaynaklar toplamı
sim-bs-total-liabilities-equity = Borçlar ve özkaynaklar toplamı
sim-cf-opening = Tur başındaki nakit
sim-cf-customers = Müşterilerden alınan
sim-cf-other-receipts = Alınan diğer paralar
sim-cf-suppliers = Tedarikçilere ödenen
sim-cf-staff = Personele ödenen
sim-cf-other-payments = Kira, pazarlama, eğitim ve diğer ödemeler
sim-cf-interest-paid = Ödenen faiz
sim-cf-interest-received = Alınan faiz
sim-cf-tax = Ödenen vergi
sim-cf-operating = İşletme faaliyetlerinden nakit
sim-cf-equipment = Satın alınan ekipman
sim-cf-investing = Yatırım faaliyetlerinden nakit
sim-cf-loans = Alınan krediler
sim-cf-repayments = Geri ödenen krediler
sim-cf-emergency = Alınan acil durum kredisi
sim-cf-emergency-repaid = Geri ödenen acil durum kredisi
sim-cf-financing = Finansman faaliyetlerinden nakit
sim-cf-change = Nakitteki değişim
sim-cf-closing = Tur sonundaki nakit

sim-cash-now = nakit: { $amount }
sim-staff-now = { $count ->
    [one] bir çalışan
   *[other] { $count } çalışan
}
sim-preview-title = Ya böyle olursa: bu kararlarla tur
sim-preview-hint = Aynı motorla hesaplanan bir ön izleme; diğer tüm takımların mevcut seçimlerini koruduğu varsayılır. Henüz hiçbir şey gönderilmedi.
sim-section-incidents = Yanıtlanacak olaylar
sim-label-response = Yanıtınız
sim-label-justification = Neden bu yanıt?
sim-hint-justification = Kendi sözlerinizle birkaç cümle yazın: öğretmeniniz bunları okur ve yetkinlikleriniz için kanıt olarak sayılır.
sim-section-products = Ürünler ve çalışma saatleri
sim-label-price = Fiyat: { $product }
sim-label-volume = Miktar: { $product }
sim-hint-last-demand = Geçen tur müşteri talebi: { $units }.
sim-label-hours = Haftalık çalışma saati
sim-hint-hours = Standart çalışma haftası { $standard } saattir; bunun üzeri fazla mesaidir (en fazla { $max }).
sim-section-materials = Satın alınacak malzemeler
sim-label-buy = { $material }: satın alınacak miktar
sim-hint-in-stock = Stokta: { $units }.
sim-section-people = Personel
sim-label-hire = İşe alınacak kişi sayısı
sim-hint-labour-pool = { $count ->
    [one] Bir kişi iş arıyor.
   *[other] { $count } kişi iş arıyor.
}
sim-label-let-go = İşine son verilecek kişi sayısı
sim-hint-staff = { $count ->
    [one] Şu anda yanınızda bir kişi çalışıyor.
   *[other] Şu anda yanınızda { $count } kişi çalışıyor.
}
sim-label-wage = Kişi başına aylık ücret
sim-label-training = Eğitim bütçesi
sim-section-marketing = Kanal bazında pazarlama
sim-section-investment = Ekipman ve finansman
sim-label-equipment = { $equipment }: satın alınacak adet
sim-hint-unit-price = Tanesi { $price }.
sim-label-loan-draw = Yeni banka kredisi
sim-label-loan-repay = Geri ödenecek banka kredisi
sim-hint-loan-outstanding = Kalan borç: { $amount }.
sim-hint-between = { $min } ile { $max } arası.
sim-hint-at-most = En fazla { $max }.
sim-section-quality = Kalite ve sürdürülebilirlik
sim-quality-standard = Standart malzemeler ve yöntemler
sim-quality-premium = Üstün kalite: daha pahalı malzemeler, daha yüksek kalite
sim-quality-eco = Sürdürülebilir: yerel ve ekolojik malzemeler, çevreye duyarlı müşterilerin ilgisini çeker
sim-preview-button = Sonucu önceden gör
sim-submit-button = Kararları gönder

sim-glossary-title = İşletme kavramları açıklamalı
sim-glossary-lead = Raporlarda geçen kavramlar, sade bir dille.

sim-error-required = Bir değer girin.
sim-error-whole-number = Bir tam sayı girin, örneğin 120.
sim-error-amount = Avro cinsinden bir tutar girin, örneğin 4,50.
sim-error-too-large = Bu sayı çok büyük.
sim-error-choose = Seçeneklerden birini seçin.
sim-error-between = { $min } ile { $max } arasında bir tam sayı girin.
sim-error-length = { $min } ile { $max } arasında karakter kullanın.
sim-error-competitive-needs-two = Takımların birbiriyle rekabet edebilmesi için en az iki takım gerekir.
sim-error-too-many-names = Takım sayısından fazla ad yazdınız: en fazla { $count } ad girin.
sim-error-name-length = Bir takım adı en fazla { $max } karakter olabilir.
sim-error-unknown-code = Bu koda sahip devam eden bir oyun yok. Kodu öğretmeninizle kontrol edin.
sim-error-own-game = Bu oyunu siz yönetiyorsunuz, bu yüzden oyunda oynayamazsınız.
sim-error-game-finished = Bu oyun bitti; artık hiçbir şey değiştirilemez.
sim-error-choose-team = Bu oyundaki takımlardan birini seçin.
sim-error-not-your-team = Bu takım adına yalnızca takımın üyeleri karar verebilir.
sim-error-teacher-only = Bunu yalnızca bu oyunu yöneten öğretmen yapabilir.
sim-error-round-moved-on = Bu tur zaten oynandı. Girdiğiniz değerler aşağıda duruyor: bir sonraki tur için göndermeden önce bunları yeni raporla karşılaştırın.
sim-error-deadline-passed = Bu turun son teslim zamanı geçti, bu yüzden artık karar gönderilemez. Girdiğiniz değerler aşağıda duruyor; tur birazdan oynanacak.
sim-error-round-already-played = Bu tur az önce oynandı (belki ikinci bir tıklamayla veya süre dolduğu için). Hiçbir şey iki kez oynanmadı.
sim-error-unknown-person = Bu kullanıcı adına veya e-posta adresine sahip etkin bir üye yok.
sim-error-comment-length = Yorum boş olamaz ve en fazla 2.000 karakter olabilir.

flash-sim-created = Oyun başladı. Öğrencilerinize aşağıda gösterilen kodu verin.
flash-sim-joined = Takıma hoş geldiniz! İlk kararlarınızı verin.
flash-sim-already-in-team = Bu oyunda zaten bir takımdasınız.
flash-sim-decisions-saved = Kararlarınız kaydedildi. Tur oynanana kadar onları değiştirebilirsiniz.
flash-sim-round-played = Tur oynandı. Her takım kendi raporunu okuyabilir.
flash-sim-game-finished = Son tur oynandı: oyun bitti. Takımları karşılaştırmak için değerlendirme sayfasını açın.
flash-sim-player-placed = Öğrenci takıma yerleştirildi.
flash-sim-player-removed = Öğrenci oyundan çıkarıldı.
flash-sim-comment-added = Yorumunuz eklendi.

sim-profile-title = İşletme simülasyonundan yetkinlikler
sim-profile-lead = İşletme simülasyonu oyunlarındaki kararlar ve yazılı gerekçelerle gösterilen EntreComp yetkinlikleri.
sim-profile-results = toplam kâr: { $profit }, son nakit: { $cash }
sim-profile-evidence = { $count ->
    [one] bir kanıt
   *[other] { $count } kanıt
}
sim-profile-justifications = { $count ->
    [one] Bir yazılı gerekçe
   *[other] { $count } yazılı gerekçe
}
