# İyi uygulamalar arşivinin değerlendirme süreci: yayımlanan değerlendirme ölçütleri, editörlerin
# kuyruğu ve değerlendirme panosu, hakem formu, kararlar, etiketler ve yazarların gördüğü
# değerlendirmeler (hakemler yazarlar için anonim kalır).

## Değerlendirme ölçütleri

bpr-rubric-title = Değerlendirme ölçütleri
bpr-rubric-lead = Arşive gönderilen her uygulama, editörler yayımlanıp yayımlanmayacağına karar vermeden önce meslektaş hakemler tarafından aynı beş ölçüte göre değerlendirilir. Bu sayfa, hakemlerin neye göre puan verdiğini ve yazarların neler bekleyebileceğini gösterir.
bpr-rubric-criteria-title = Beş ölçüt
bpr-rubric-scale = Her ölçüt 1 ile 5 arasında bir tam sayıyla puanlanır ve puanı açıklayan bir yorum eklenir.
bpr-col-criterion = Ölçüt
bpr-col-question = Hakemlerin sorduğu soru
bpr-col-one = 1 puanın anlamı
bpr-col-five = 5 puanın anlamı
bpr-score-1 = 1 – yetersiz
bpr-score-2 = 2 – zayıf
bpr-score-3 = 3 – yeterli
bpr-score-4 = 4 – iyi
bpr-score-5 = 5 – mükemmel
bpr-criterion-relevance-question = Uygulama, mesleki eğitimde öğrencilerin, öğretmenlerin, eğitmenlerin veya şirketlerin gerçek bir ihtiyacına yanıt veriyor mu?
bpr-criterion-relevance-one = Yanıt verdiği ihtiyaç belirsiz ya da mesleki eğitimle pek ilgisi yok.
bpr-criterion-relevance-five = Pek çok mesleki eğitim kurumunun veya şirketin paylaştığı, önemli ve açıkça tanımlanmış bir ihtiyaca yanıt veriyor.
bpr-criterion-innovation-question = İşlerin genellikle yapılış biçimine kıyasla yeni bir şey getiriyor mu?
bpr-criterion-innovation-one = Yeni bir fikir ortaya koymadan yaygın uygulamayı tekrarlıyor.
bpr-criterion-innovation-five = Başkalarının öğrenebileceği yeni bir yaklaşım ya da var olan bir yaklaşımın yeni bir kullanımı.
bpr-criterion-impact-question = Neyi değiştirdiğine dair kanıt var mı: sonuçlar, rakamlar, öğrencilerden veya şirketlerden gelen geri bildirimler?
bpr-criterion-impact-one = Sonuç elde edildiği söyleniyor ama gösterilmiyor.
bpr-criterion-impact-five = Sonuçlar ölçülmüş ve belgelenmiş; başkalarının kontrol edebileceği kaynaklar belirtilmiş.
bpr-criterion-transferability-question = Başka bir ülkede veya sektörde başka bir kurum bu uygulamayı benimseyebilir mi?
bpr-criterion-transferability-one = Başka yerlerde bulunması zor koşullara bağlı ve açıklamada nasıl uyarlanacağı belirtilmemiş.
bpr-criterion-transferability-five = Koşulları, maliyetleri ve nelerin uyarlanması gerektiğiyle birlikte adım adım anlatılmış; böylece başkaları da yeniden kullanabilir.
bpr-criterion-sustainability-question = İlk uygulamasından veya finansmanı sona erdikten sonra da sürecek mi?
bpr-criterion-sustainability-one = Proje ya da onu yürüten kişiler bıraktığında sona eriyor.
bpr-criterion-sustainability-five = Kuruluşun olağan işleyişine ve kaynaklarına yerleşmiş durumda.
bpr-rubric-summary-title = Puan özeti
bpr-rubric-summary = Yayımlanmış bir uygulamada, yayımlanan sürümün tüm değerlendirmelerindeki tüm puanların 1,00 ile 5,00 arasındaki ortalaması, her ölçütün ortalaması ve bunların kaç değerlendirmeye dayandığı gösterilir. Her değerlendirme eşit ağırlıktadır.
bpr-rubric-rules-title = Değerlendirme nasıl işler?
bpr-rubric-rule-editors = Arşivin editörlerinden biri her başvuruyu inceler ve hakemleri atar.
bpr-rubric-rule-two = Her sürüm, yayımlanabilmesi için en az iki hakem tarafından puanlanır.
bpr-rubric-rule-organisation = Hakem hiçbir zaman uygulamanın adına gönderildiği kuruluşa ya da uygulamanın yazarının herhangi bir kuruluşuna mensup olamaz.
bpr-rubric-rule-anonymous = Yazarlar her değerlendirmeyi puanları ve yorumlarıyla birlikte okur, ancak kimin yazdığını göremez: hakemler yazarlara yalnızca "Hakem 1", "Hakem 2" olarak gösterilir.
bpr-rubric-rule-decision = Ardından editör sürümü kabul eder (sürüm puan özetiyle birlikte yayımlanır), yazardan düzeltme ister ya da sürümü reddeder ve kararını açıklar.
bpr-rubric-rule-revision = Düzeltme yeni bir sürümdür ve yeniden değerlendirilir. Tüm sürümler ve değerlendirmeleri uygulamanın geçmişinde kalır.
bpr-rubric-rule-labels = Editörler yayımlanmış uygulamalara "İyi uygulama" veya "Başarı öyküsü" gibi bir etiket verebilir.

## Ortak ifadeler

bpr-status-submitted = Hakem bekliyor
bpr-status-in-review = Değerlendirmede
bpr-status-revise = Yazarın düzeltmesi bekleniyor
bpr-status-accepted = Kabul edildi
bpr-status-rejected = Reddedildi
bpr-decision-accept = Kabul et
bpr-decision-revise = Düzeltme iste
bpr-decision-reject = Reddet
bpr-decided-accept = Kabul edildi
bpr-decided-revise = Düzeltme istendi
bpr-decided-reject = Reddedildi
bpr-decision-accept-hint = Bu sürümü puan özetiyle birlikte yayımlar. En az iki gönderilmiş değerlendirme gerekir.
bpr-decision-revise-hint = Yazardan, yeniden değerlendirilecek yeni bir sürüm ister. En az bir gönderilmiş değerlendirme gerekir.
bpr-decision-reject-hint = Başvuruyu kapatır. Hiç değerlendirme gelmeden de, nedenini açıklayan bir notla bu karar verilebilir.
bpr-state-assigned = Yapılacak değerlendirme
bpr-state-submitted = Değerlendirme gönderildi
bpr-state-withdrawn = Geri çekildi
bpr-version = Sürüm { $version }
bpr-reviewer-number = Hakem { $number }
bpr-score-out-of = { $score } / 5
bpr-mean = Ortalama
bpr-overall = Genel
bpr-no-score = –
bpr-reviews-in = Gelen değerlendirmeler: { $done } / { $total }
bpr-review-count = { $count ->
    [one] Bir değerlendirmeye dayanır
   *[other] { $count } değerlendirmeye dayanır
}
bpr-back-to-practice = Uygulamaya dön
bpr-read-practice = Uygulamayı okuyun
bpr-rubric-link = Değerlendirme ölçütleri

## Editörlerin kuyruğu

bpr-queue-title = Değerlendirilecek iyi uygulamalar
bpr-queue-lead = Hakem bekleyen başvurular, süren değerlendirmeler, yazarını bekleyen uygulamalar ve son kararlar. En uzun süredir bekleyenler en üstte yer alır.
bpr-queue-nav-label = Kuyruğun bölümleri
bpr-queue-all = Tümü
bpr-queue-submitted-title = Hakem bekleyenler
bpr-queue-in-review-title = Değerlendirmede olanlar
bpr-queue-revise-title = Yazarı bekleyenler
bpr-queue-decided-title = Son kararlar
bpr-queue-submitted-none = Hakem bekleyen başvuru yok.
bpr-queue-in-review-none = Değerlendirmede olan uygulama yok.
bpr-queue-revise-none = Yazarını bekleyen uygulama yok.
bpr-queue-decided-none = Henüz hiçbir karar verilmedi.
bpr-queue-see-all = Tümünü göster ({ $count })
bpr-col-practice = Uygulama
bpr-col-submitted-by = Gönderen
bpr-col-waiting-since = Bekleme başlangıcı
bpr-col-reviews = Değerlendirmeler
bpr-col-status = Durum
bpr-col-decided = Karar tarihi
bpr-col-score = Puan
bpr-by-for = { $person } ({ $organisation } adına)
bpr-nobody = (hesap silindi)

## Değerlendirme panosu

bpr-board-title = Değerlendirme panosu
bpr-board-lead = En yeni sürüme hakem atayın, değerlendirmeleri takip edin ve karar verin.
bpr-board-facts-label = Bu uygulama hakkında
bpr-fact-status = Durum
bpr-fact-version = Değerlendirilen sürüm
bpr-fact-submitted-by = Gönderen
bpr-fact-organisation = Kuruluş
bpr-fact-published = Yayımlanan sürüm
bpr-fact-score = Yayımlanan puan
bpr-board-closed = Bu sürüm hakkında karar verildi: yazar yeni bir sürüm gönderdiğinde hakem atama ve karar verme yeniden açılır.
bpr-assignments-title = Sürüm { $version } hakemleri
bpr-assignments-none = Henüz hakem atanmadı.
bpr-col-reviewer = Hakem
bpr-col-assigned = Atanma tarihi
bpr-col-state = Durum
bpr-col-actions = İşlemler
bpr-withdraw-button = Geri çek
bpr-assign-title = Hakem atayın
bpr-label-reviewer = Hakemin e-posta adresi veya @kullanıcı adı
bpr-reviewer-hint = Hakemin onaylanmış bir hesabı olmalıdır. Uygulamanın kuruluşundan ya da uygulamanın yazarının herhangi bir kuruluşundan kimse onu değerlendiremez.
bpr-assign-button = Ata
bpr-decision-title = Sürüm { $version } hakkında karar
bpr-decision-status = { $done ->
    [0] Henüz değerlendirme gelmedi.
    [one] Bir değerlendirme geldi.
   *[other] { $done } değerlendirme geldi.
}
bpr-label-decision = Karar
bpr-label-note = Yazara not
bpr-note-hint = Kararı açıklayın; Markdown kullanabilirsiniz. Düzeltme isterken veya reddederken zorunludur.
bpr-label-lang = Notun dili
bpr-decide-button = Kararı kaydet
bpr-history-title = Kararlar
bpr-history-none = Henüz karar yok.
bpr-decision-by = { $decision } ({ $editor }, { $date })
bpr-decision-on = { $decision }, { $date }
bpr-all-reviews-link = Sürümlere göre tüm değerlendirmeler
bpr-labels-title = Etiketler
bpr-labels-not-published = Etiketler bir sürüm yayımlandıktan sonra verilir.
bpr-label-awarded-by = Veren: { $editor }, { $date }
bpr-label-not-awarded = Verilmedi
bpr-award-button = Ver
bpr-remove-label-button = Kaldır

## Hakemin listesi ve formu

bpr-mine-title = Değerlendirmelerim
bpr-mine-lead = Değerlendirmeniz istenen uygulamalar ve yazdığınız değerlendirmeler.
bpr-todo-title = Yapılacaklar
bpr-todo-none = Şu anda değerlendirilecek bir şey yok.
bpr-done-title = Tamamlananlar
bpr-done-none = Henüz bir değerlendirme göndermediniz.
bpr-assigned-on = Atanma: { $date }
bpr-submitted-on = Gönderilme: { $date }
bpr-write-review = Değerlendirmeyi yazın
bpr-form-title = Değerlendirme: { $title }
bpr-form-lead = Sürüm { $version } için değerlendirme ölçütlerinin her birine 1 ile 5 arasında puan verin ve her puanı açıklayın. Yazar değerlendirmenizi adınızı görmeden okur; editörler ise adınızı görür.
bpr-form-version-title = Değerlendirilen sürüm
bpr-form-rubric-title = Puanlarınız
bpr-label-score = Puan: { $criterion }
bpr-label-comment = Yorum: { $criterion }
bpr-label-summary = Yazara ve editörlere genel görüşünüz
bpr-summary-hint = Güçlü yönler, yayımlanmadan önce nelerin değişmesi gerektiği ve yayımlanmasını önerip önermediğiniz.
bpr-label-review-lang = Değerlendirmenizin dili
bpr-submit-review-button = Değerlendirmeyi gönder
bpr-submit-once = Bir değerlendirme yalnızca bir kez gönderilir ve sonradan değiştirilemez.
bpr-change-note = Bu sürümde neler değişti: { $note }

## Yazarların, editörlerin ve hakemlerin gördüğü değerlendirmeler

bpr-reviews-title = Değerlendirmeler: { $title }
bpr-reviews-lead-author = Uygulamanızın tüm değerlendirmeleri, sürümlere göre ve editör kararlarıyla birlikte. Hakemlerin adları gösterilmez.
bpr-reviews-lead-editor = Gönderilen tüm değerlendirmeler, sürümlere göre ve editör kararlarıyla birlikte.
bpr-reviews-lead-reviewer = Bu uygulama için yazdığınız değerlendirmeler.
bpr-reviews-none = Henüz değerlendirme gelmedi.
bpr-reviews-pending = Bu sürüm hakemlerde. Değerlendirmeleri, editörlerin kararıyla birlikte burada gösterilecek.
bpr-version-reviews-title = Sürüm { $version }
bpr-version-reviews-none = Bu sürüm için değerlendirme gönderilmedi.
bpr-summary-table-caption = Sürüm { $version } puanları
bpr-review-title = Hakem { $number }
bpr-own-review-title = Sürüm { $version } için değerlendirmeniz
bpr-review-summary = Genel görüş
bpr-decision-note = Editörlerin notu

## Sorunlar

bpr-error-own-submission = Bu uygulamayı siz gönderdiniz; bu nedenle değerlendirme sürecini başka bir editör yürütür.
bpr-error-decided = Bu sürüm hakkında zaten karar verildi: artık bu sürüm için hakem atanamaz, değerlendirme yazılamaz veya karar verilemez.
bpr-error-version-changed = Bu arada yazar yeni bir sürüm gönderdi. Karar vermeden önce değerlendirme panosuna yeniden göz atın.
bpr-error-not-assigned = Yalnızca değerlendirilen sürüme atanmış bir hakem bu sürüm için değerlendirme yazabilir.
bpr-error-already-submitted = Bu sürüm için değerlendirmenizi zaten gönderdiniz. Değerlendirme değiştirilemez.
bpr-error-not-published = Etiketler yalnızca yayımlanmış uygulamalara verilir.
bpr-error-reviews-private = Bir uygulamanın değerlendirmeleri yalnızca yazarına, hakemlerine ve editörlere açıktır. Puan özeti uygulamanın sayfasında yer alır.
bpr-error-unknown-label = Böyle bir etiket yok.
bpr-error-not-withdrawable = Bu atama geri çekilemez: değerlendirme zaten gönderilmiş ya da atama daha önce geri çekilmiş.
bpr-error-reviewer-unknown = Bu e-posta adresine veya kullanıcı adına sahip etkin bir hesap yok.
bpr-error-reviewer-not-verified = Bu kişi henüz e-posta adresini onaylamadığı için değerlendirme yapamaz.
bpr-error-reviewer-is-author = Bir uygulamanın yazarı o uygulamayı değerlendiremez.
bpr-error-reviewer-same-organisation = Bu kişi uygulamanın kuruluşuna ya da uygulamanın yazarının kuruluşlarından birine mensup olduğu için değerlendirme yapamaz.
bpr-error-reviewer-already-assigned = Bu kişi zaten bu sürümün hakemi.
bpr-error-choose-decision = Kabul etmeyi, düzeltme istemeyi veya reddetmeyi seçin.
bpr-error-note-required = Yazara nedenini açıklayan bir not yazın.
bpr-error-note-lang = Notun dilini seçin.
bpr-error-needs-two-reviews = { $done ->
    [0] Kabul için en az iki gönderilmiş değerlendirme gerekir; henüz hiç değerlendirme gelmedi.
    [one] Kabul için en az iki gönderilmiş değerlendirme gerekir; yalnızca bir değerlendirme geldi.
   *[other] Kabul için en az iki gönderilmiş değerlendirme gerekir; { $done } değerlendirme geldi.
}
bpr-error-needs-a-review = Düzeltme istemek için en az bir gönderilmiş değerlendirme gerekir; böylece yazar neyi değiştireceğini bilir. Değerlendirme olmadan da reddedebilirsiniz.
bpr-error-score-missing = "{ $criterion }" için 1 ile 5 arasında bir puan seçin.
bpr-error-score-range = "{ $criterion }" için verilen puan 1 ile 5 arasında bir tam sayı olmalıdır.
bpr-error-comment-missing = "{ $criterion }" için verdiğiniz puanı açıklayan bir yorum yazın.
bpr-error-summary-missing = Yazara ve editörlere genel görüşünüzü yazın.

## Onaylar

flash-bpr-assigned = Hakem atandı ve e-postayla bilgilendirildi.
flash-bpr-withdrawn = Atama geri çekildi.
flash-bpr-review-submitted = Teşekkürler: değerlendirmeniz gönderildi.
flash-bpr-accepted = Sürüm kabul edildi ve yayımlandı. Yazar e-postayla bilgilendirildi.
flash-bpr-revise = Yazardan düzeltme istendi ve yazar e-postayla bilgilendirildi.
flash-bpr-rejected = Uygulama reddedildi. Yazar e-postayla bilgilendirildi.
flash-bpr-label-awarded = Etiket verildi.
flash-bpr-label-removed = Etiket kaldırıldı.

## E-postalar

bpr-email-assigned-subject = Lütfen { $name } uygulamasını değerlendirin
bpr-email-assigned-body =
    Bottega iyi uygulamalar arşivinin editörlerinden biri, { $name } uygulamasını değerlendirmenizi rica ediyor.

    Uygulamayı yayımlanmış beş değerlendirme ölçütünün her birine göre 1 ile 5 arasında puanlayın ve her biri için bir yorum yazın. Yazar değerlendirmenizi adınızı görmeden okuyacak.

    Uygulamayı okuyun ve değerlendirmenizi buradan yazın:
    { $link }
bpr-email-withdrawn-subject = Değerlendirmeye artık gerek yok: { $name }
bpr-email-withdrawn-body =
    { $name } uygulaması için değerlendirmenize artık gerek yok: editörler atamayı geri çekti ya da sürüm hakkında zaten karar verdi. Ayırdığınız zaman için teşekkür ederiz.

    Değerlendirmeleriniz:
    { $link }
bpr-email-review-in-subject = Yeni bir değerlendirme geldi: { $name }
bpr-email-review-in-body =
    Bir hakem, { $name } uygulaması için değerlendirmesini gönderdi.

    Değerlendirme panosu:
    { $link }
bpr-email-decision-accept-subject = Uygulamanız yayımlandı: { $name }
bpr-email-decision-accept-body =
    Güzel haber: editörler { $name } uygulamanızı kabul etti. Uygulamanız artık puan özetiyle birlikte iyi uygulamalar arşivinde yayımlanıyor.

    Değerlendirmeleri ve editörlerin notunu okuyun:
    { $link }
bpr-email-decision-revise-subject = Lütfen uygulamanızı düzeltin: { $name }
bpr-email-decision-revise-body =
    Editörler, yayımlanabilmesi için { $name } uygulamanızı düzeltmenizi istiyor. Düzeltmeniz yeni bir sürüm olacak ve yeniden değerlendirilecek.

    Değerlendirmeleri ve editörlerin isteklerini okuyun:
    { $link }
bpr-email-decision-reject-subject = Uygulamanız hakkında karar: { $name }
bpr-email-decision-reject-body =
    Editörler { $name } uygulamanızı yayımlamama kararı verdi.

    Değerlendirmeleri ve editörlerin açıklamasını okuyun:
    { $link }
