# İş birliği: yazarların ve okurların kullandığı haliyle iyi uygulamalar arşivi (liste, yapılandırılmış
# şablonla uygulama gönderme, yeni sürümler, uygulama sayfası, sürüm geçmişi, benimseme bildirimleri).

bp-list-title = İyi uygulamalar
bp-list-lead = Avrupa'nın dört bir yanından mesleki eğitim ve öğretim uygulamaları: tek bir şablonla anlatılır, yayımlanmış değerlendirme ölçütlerine göre meslektaşlarca incelenir ve atıf yapabileceğiniz bir tanımlayıcıyla yayımlanır.
bp-submit-link = Uygulama gönderin
bp-mine-link = Uygulamalarınız
bp-login-to-submit = Uygulama göndermek için giriş yapın
bp-rubric-link = Uygulamalar nasıl değerlendirilir?
bp-filter-label = İyi uygulamaları filtrele
bp-filter-text = Başlıkta veya özette geçen kelimeler
bp-filter-clear = Filtreleri temizle
bp-label-theme = Tema
bp-label-sector = Sektör
bp-label-country = Ülke
bp-label-competence = Yetkinlik
bp-label-written-in = Yazıldığı dil
bp-label-label = Etiket
bp-sort-label = Sıralama
bp-sort-newest = Önce en yeniler
bp-sort-score = Önce değerlendirme puanı en yüksek olanlar
bp-sort-adopted = Önce en çok benimsenenler
bp-count = { $count ->
    [one] Yayımlanmış bir uygulama
   *[other] Yayımlanmış { $count } uygulama
}
bp-list-none = Henüz yayımlanmış bir uygulama yok.
bp-list-none-filtered = Bu filtrelere uyan yayımlanmış bir uygulama yok.
bp-version = Sürüm { $number }
bp-published-on = { $date } tarihinde yayımlandı
bp-written-on = { $date } tarihinde yazıldı
bp-score = { $count ->
    [one] bir değerlendirmeye
   *[other] { $count } değerlendirmeye
} göre 5 üzerinden { $score }
bp-score-none = Henüz değerlendirme puanı yok
bp-adopted-count = { $count ->
    [0] henüz benimsenmedi
    [one] bir kez benimsendi
   *[other] { $count } kez benimsendi
}
bp-eqf-level = AYÇ seviyesi { $level }

## Uygulamalarınız

bp-mine-title = Uygulamalarınız
bp-mine-lead = Gönderdiğiniz uygulamalar, her birinin değerlendirmede hangi aşamada olduğu ve sürümleri.
bp-mine-count = { $count ->
    [one] Bir uygulama
   *[other] { $count } uygulama
}
bp-mine-none = Henüz bir uygulama göndermediniz.
bp-newest-version = en yeni sürüm: { $number }
bp-published-version = okurların gördüğü sürüm: { $number }
bp-not-published-yet = henüz yayımlanmadı
bp-last-change = son değişiklik: { $date }
bp-revise-link = Yeni sürüm yazın
bp-reviews-link = Değerlendirmeleri okuyun
bp-versions-link = Sürüm geçmişi

## Durumlar

bp-status-submitted = Gönderildi — bir editör bekleniyor
bp-status-in-review = Değerlendirmede
bp-status-revise = Düzeltme istendi
bp-status-accepted = Yayımlandı
bp-status-rejected = Kabul edilmedi
bp-banner-submitted = Bir editör hakemleri atayacak. Bir sürüm yayımlanana kadar onu yalnızca siz, editörler ve o sürümün hakemleri okuyabilir.
bp-banner-in-review = Hakemler bu sürümü yayımlanmış değerlendirme ölçütlerine göre puanlıyor. Yayımlanana kadar bu sürümü yalnızca siz, editörler ve hakemleri okuyabilir.
bp-banner-revise = Editörler yeni bir sürüm istiyor: değerlendirmeleri okuyun, ardından neyin değiştiğini açıklayan bir notla yeni bir sürüm yazın.
bp-banner-accepted = Bu sürüm kabul edildi ve yayımlandı.
bp-banner-rejected = Editörler bu sürümü kabul etmedi. Nedenini değerlendirmelerde bulabilirsiniz.
bp-banner-revision = Bu, yayımlanmış { $published } numaralı sürüm üzerinde yapılmış ve henüz yayımlanmamış bir düzeltme olan { $version } numaralı sürümdür: okurlar hâlâ { $published } numaralı sürümü görüyor.
bp-read-version = { $number } numaralı sürümü okuyun

## Gönderme ve yeni sürümler

bp-submit-title = İyi uygulama gönderin
bp-submit-lead = Başkalarının değerlendirip kendi okullarına veya şirketlerine aktarabilmesi için uygulamayı aşağıdaki şablonla anlatın. Editörler en az iki hakem atar; hakemler uygulamayı yayımlanmış değerlendirme ölçütlerine göre puanlar. Kabul edilen uygulama, atıf yapılabilir bir tanımlayıcıyla yayımlanır.
bp-from-group = "{ $group }" çalışma grubunun sonuçlarını öneriyorsunuz. Başlık, özet, bağlam ve sonuçlar grubun çalışmasından doldurulmuştur: göndermeden önce bunları tamamlayın ve düzeltin.
bp-revise-title = Yeni sürüm yazın
bp-revise-lead = { $code } için sürüm { $version }. Önceki tüm sürümler geçmişte kalır; bu sürüm kabul edilene kadar okurlar yayımlanmış sürümü görmeye devam eder.
bp-required-hint = * ile işaretli alanlar zorunludur.
bp-part-about = Uygulama
bp-part-template = Açıklama
bp-part-descriptors = Nerede ve kimin için?
bp-part-links = Araç kutusundaki kaynaklar
bp-markdown-hint = Her bölümde Markdown kullanabilirsiniz: **kalın**, _italik_, listeler, > alıntılar, [bağlantılar](https://example.org) ve başlıklar.
bp-label-title = Başlık
bp-label-lang = Metnin dili
bp-label-org = Kuruluş
bp-org-hint = Uygulamanın adına gönderildiği kuruluş. Değerlendirmelerin bağımsız kalması için bu kuruluşun üyeleri uygulamayı hiçbir zaman değerlendirmez.
bp-org-none-hint = Hiçbir kuruluşa üye değilsiniz; bu yüzden uygulama kendi adınıza gönderilir.
bp-org-directory-link = Kuruluşunuzu dizinde bulun veya ekleyin
bp-submitted-for = { $org } adına gönderildi.
bp-section-summary = Özet
bp-section-context = Bağlam
bp-section-problem = Ele alınan sorun
bp-section-practice = Uygulama
bp-section-resources = Gereken kaynaklar
bp-section-results = Sonuçlar ve kanıtlar
bp-section-transferability = Aktarılabilirlik
bp-section-lessons = Çıkarılan dersler
bp-hint-summary = Uygulamanın ne olduğunu ve neler başardığını anlatan kısa bir paragraf; listelerde bu gösterilir.
bp-hint-context = Nerede gerçekleştiği: okul veya şirket, öğrenciler, program. İsteğe bağlı, ancak okurlara yardımcı olur.
bp-hint-problem = Neyin işlemediği, bundan kimin etkilendiği ve bunu nasıl fark ettiğiniz.
bp-hint-practice = Başkaları da yapabilsin diye adım adım neler yaptığınız.
bp-hint-resources = Gerektirdiği kişiler, zaman, para, mekânlar ve araçlar. İsteğe bağlı, ancak okurlara yardımcı olur.
bp-hint-results = Kanıtlarıyla birlikte neyin değiştiği: rakamlar, değerlendirmeler, öğrencilerden veya şirketlerden gelen geri bildirimler.
bp-hint-transferability = Başka bir kuruluşun uygulamayı kendine aktarmak için nelere ihtiyaç duyduğu ve neleri uyarlaması gerektiği. İsteğe bağlı, ancak hakemler bunu puanlar.
bp-hint-lessons = Bir dahaki sefere neyi farklı yapacağınız. İsteğe bağlı, ancak okurlara yardımcı olur.
bp-label-eqf = AYÇ seviyesi
bp-label-countries = Uygulandığı ülkeler
bp-label-themes = Temalar
bp-label-sectors = Sektörler
bp-label-competences = Yetkinlik çerçevesi etiketleri
bp-label-links = Bağlantılı araç kutusu kaynakları
bp-links-hint = Her satıra araç kutusundan bir kaynak: adresi (örneğin /resources/12) veya numarası. Yalnızca araç kutusunda görebildiğiniz kaynaklar bağlanabilir; okurlar bunlardan görme izinleri olanları görür.
bp-deposit-link = Araç kutusunda yeni bir kaynak paylaşın
bp-label-change-note = Neler değişti?
bp-change-note-hint = Editörler ve hakemler için bir iki cümle: bu sürümde neyi, neden değiştirdiğiniz.
bp-submit-next = Gönderdiğinizde uygulama tanımlayıcısını alır ve bir editörü bekler. Uygulamayı "Uygulamalarınız" bölümünden takip edebilirsiniz.
bp-preview-button = Önizle
bp-preview-title = Önizleme
bp-preview-hint = Bölümler böyle görünecek. Henüz hiçbir şey kaydedilmedi: bölümleri kontrol edin, ardından aşağıdan gönderin.
bp-submit-button = Uygulamayı gönder
bp-revise-button = Yeni sürümü gönder

bp-error-country-required = Uygulamanın gerçekleştirildiği en az bir ülke seçin.
bp-error-org-required = Uygulamanın adına gönderildiği kuruluşu seçin.
bp-error-too-many-links = En fazla { $limit } kaynak bağlayabilirsiniz.
bp-error-unknown-resources = Bunlar, görebildiğiniz araç kutusu kaynakları değil: { $items }
bp-error-editors-only = Bunu yalnızca iyi uygulama editörleri yapabilir.
bp-error-authors-only = Yeni sürümü yalnızca bu uygulamanın yazarı yazabilir.
bp-error-not-open-for-revision = Yeni sürüm yalnızca editörler düzeltme istediğinde veya bir sürüm yayımlandıktan sonra yazılabilir. Bu uygulama bir editör bekliyor ya da değerlendirmede.
bp-error-group-coordinators-only = Bu çalışma grubunun sonuçlarını iyi uygulama olarak yalnızca grubun koordinatörleri önerebilir.
bp-error-group-not-archived = Çalışma grubu hâlâ etkin: sonuçları grup kapandıktan sonra önerilebilir.
bp-error-group-already-proposed = Bu çalışma grubunun sonuçları zaten iyi uygulama olarak önerildi.
bp-error-not-published = Bu uygulama henüz yayımlanmadığı için benimsenemez.
bp-error-adopt-own-org = Bu uygulamayı gönderen kuruluş, uygulamayı benimsediğini bildiremez.
bp-error-adoption-already-reported = Bu uygulamanın bu kuruluş tarafından benimsendiğini zaten bildirdiniz.

## Uygulama sayfası

bp-about-title = Bu uygulama hakkında
bp-label-submitter = Gönderen
bp-label-labels = Etiketler
bp-label-source-group = Kaynak çalışma grubu
bp-linked-resources-title = Araç kutusundaki kaynaklar
bp-review-title = Hakem değerlendirmesi
bp-review-pending = Henüz yayımlanmadı: değerlendirme puanı bir sürüm kabul edildiğinde gösterilir.
bp-review-explained = Yayımlanan her uygulama, en az iki hakem tarafından ilgililik, yenilikçilik, etki kanıtı, aktarılabilirlik ve sürdürülebilirlik açısından puanlanmıştır.
bp-author-title = Yazar olarak sizin için
bp-author-state = Durum: { $state }
bp-adopted-heading = { $count ->
    [0] Benimseyen kuruluşlar
    [one] Bir kuruluş tarafından benimsendi
   *[other] { $count } kuruluş tarafından benimsendi
}
bp-adopted-none = Bu uygulamayı benimsediğini henüz kimse bildirmedi. Kuruluşunuz bu uygulamayı yeniden kullandıysa nasıl kullandığını topluluğa anlatın.
bp-adopted-all = { $count ->
    [one] Benimseme bildirimi
   *[other] Tüm benimseme bildirimleri ({ $count })
}
bp-adoption-reported-by = bildiren: { $name }
bp-adoptions-lead = "{ $title }" uygulamasını yeniden kullanan kuruluşlar: nerede ve nasıl.
bp-adopt-title = Benimsemeyi bildirin
bp-adopt-lead = Kuruluşunuz bu uygulamayı benimsedi mi? Nerede, nasıl ve neleri uyarladığınızı anlatın: bu, başkalarına yardımcı olur ve yazarların emeğini görünür kılar.
bp-adopt-org = Benimseyen kuruluş
bp-adopt-org-none = (kuruluş belirtilmedi)
bp-adopt-country = Ülke
bp-adopt-how = Nasıl benimsediniz?
bp-adopt-how-hint = Neleri aldığınız, neleri uyarladığınız ve bunun sonucunda neler olduğu. Markdown kullanabilirsiniz.
bp-adopt-button = Benimsemeyi bildir
bp-login-to-adopt = Kuruluşunuzun bu uygulamayı benimsediğini bildirmek için giriş yapın

bp-cite-title = Nasıl atıf yapılır?
bp-cite-hint = Bu kaynak gösterimini kopyalayın; tanımlayıcı ve adres hiçbir zaman değişmez.
bp-cite-identifier = Tanımlayıcı
bp-cite-address = Adres
bp-cite-title-label = Başlık
bp-cite-version = Sürüm
bp-cite-year = Yıl
bp-cite-author = Yazar
bp-citation = { $author } ({ $year }). { $title }, sürüm { $version }. Bottega iyi uygulamalar arşivi, { $code }. { $address }

## Sürümler

bp-versions-title = Sürüm geçmişi
bp-versions-lead = { $code } kodlu uygulamanın tüm sürümleri, en yeniden başlayarak. Her düzeltme yeni bir sürümdür: önceki sürümler olduğu gibi saklanır.
bp-version-published = Yayımlanmış sürüm
bp-first-version = İlk sürüm.
bp-no-change-note = Neyin değiştiğine dair not yok.
bp-version-notice = { $version } numaralı sürümü okuyorsunuz; en yeni sürümün numarası { $newest }.
bp-version-notice-newest = { $version } numaralı sürümü, yani en yeni sürümü okuyorsunuz.
bp-version-current-link = Uygulamaya git

## Bir işlemden sonra bir kez gösterilen mesajlar

flash-bp-submitted = Uygulamanız gönderildi. Tanımlayıcısını aldı ve bir editörü bekliyor.
flash-bp-revised = Yeni sürümünüz gönderildi ve bir editörü bekliyor.
flash-bp-adoption-reported = Teşekkürler: benimseme bildirildi.

## Kapanmış bir çalışma grubunun genel bakış sayfasında

bp-propose-group-link = Sonuçları iyi uygulama olarak önerin
bp-propose-group-hint = Uygulama formu sonuçlarla doldurulmuş olarak açılır; ardından editörler uygulamayı iyi uygulamalar arşivi için değerlendirmeye gönderir.
