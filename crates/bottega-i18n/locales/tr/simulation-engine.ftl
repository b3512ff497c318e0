### İşletme simülasyonu (bottega-sim paketi). Motor cümle yazmaz: gösterdiği her metin bir
### anahtardır ve anahtarın Fluent kimliği, noktaları kısa çizgiye dönüştürülmüş anahtardır
### (bottega_sim::fluent_id). Değişkenler motordan türleriyle gelir ve web katmanı tarafından hazırlanır:
###   sayılar ($people, $units, $hours, $count, $planned, $produced, $ordered, $delivered,
###     $rounds_left) sayı olarak gelir, böylece çoğul biçimleri çalışır;
###   tutarlar ($amount, $cost, $revenue, $profit, $cash_change, $severance) hazır biçimlendirilmiş
###     metinlerdir, örneğin "1.234,50 €" ($cash_change eksi işaretini korur);
###   oranlar ($margin, $ratio, $rate, $from, $to) hazır yüzdelerdir, örneğin "%42";
###   adlar ($product, $material, $equipment, $incident, $response) bu dosyadaki başka iletilerdir.
###     Etiket gibi okunurlar ("Ekşi mayalı ekmek"); bu yüzden cümlelerde başa veya iki noktadan
###     sonra konurlar ve onlara ek getirilmez.
### Karar hataları $min ve $max (alana göre tutar, saat veya sayı olarak biçimlendirilmiş) ve $field
### (alanın çevrilmiş etiketi) alabilir; alanın yanında gösterilirler.

## Tur raporu: sonuçların açıklamaları

report-bankrupt = Şirketiniz iflas etti. Üst üste çok fazla turda acil durum kredisine ihtiyaç duydu ve artık borçlarını ödeyemiyor; bu yüzden faaliyetlerini durdurdu ve başka karar alamaz. Paranın nereye gittiğini görmek için raporlarınıza geri dönüp bakın: bu oyunun size öğretebileceği en faydalı ders budur.
report-break_even = Başabaş noktasına ulaşmak, yani zarar etmeden tüm sabit giderlerinizi karşılamak için bu turun kâr marjlarıyla tur başına yaklaşık { $revenue } satış gelirine ihtiyacınız var. Bu noktanın üzerindeki satışlar kâr, altındaki satışlar zarar getirir. Daha iyi fiyatlar, daha ucuz malzemeler veya daha düşük sabit giderler bu noktayı aşağı çeker.
report-depreciation = Ekipmanınız bu turda yaş ve yıpranma nedeniyle { $amount } değer kaybetti. Buna amortisman denir: şu anda hesabınızdan bunun için para çıkmadı, ama bu gerçek bir maliyettir, çünkü makinelerin bir gün yenilenmesi gerekir. Zamanı geldiğinde bunun için nakdiniz olsun diye şimdiden plan yapın.
report-emergency_loan = Nakdiniz tükendi, bu yüzden banka { $amount } tutarındaki açığı bir acil durum kredisiyle kapattı. Bu kredi pahalıdır (yıllık faiz: { $rate }) ve yeniden nakdiniz olur olmaz otomatik olarak geri ödenir. Dikkat: nakdiniz { $rounds_left ->
        [one] bir sonraki turda da
       *[other] sonraki { $rounds_left } turun her birinde
    } tükenirse şirketiniz iflas eder. Daha az harcayın, daha çok satın ya da zamanında normal bir banka kredisi ayarlayın.
report-gross_margin = Brüt kâr marjınız: { $margin }. Bu, satış gelirinizden sattığınız malzeme ve malların bedeli ödendikten sonra kalan kısımdır. Ücretler, kira, pazarlama ve diğer her şey bu paradan ödenmek zorundadır; bu yüzden daha yüksek bir fiyat veya daha ucuz malzemeler büyük fark yaratır.
report-interest_paid = Kredileriniz için { $amount } faiz ödediniz. Faiz, borç alınan paranın bedelidir. Fazla nakdiniz olduğunda kredileri geri ödemek bu maliyeti düşürür.
report-inventory_built_up = Stokta bekleyen mallarınızın değeri { $amount } arttı. Bu para henüz satılmamış ürünlere bağlı: hesaplarınızda görünür, ama onu harcayamazsınız. Müşterilerin gerçekten satın aldığı miktara daha yakın üretmeye çalışın.
report-loss = Bu turda { $amount } zarar ettiniz: giderleriniz gelirinizden yüksekti. Zarar, şirketin sahipleri için değerini düşürür. Hangi giderlerin arttığını ve fiyatlarınızla satışlarınızın bunları karşılayıp karşılamadığını kontrol edin.
report-loss_carry_forward_used = Önceki turların zararları vergiye tabi kârınızı { $amount } azalttı, bu yüzden bu turda daha az vergi ödediniz. Kurallar, bir şirketin geçmiş zararlarını sonraki kârlarından düşmesine izin verir; bu da şirketin toparlanmasına yardımcı olur.
report-lost_sales_capacity = { $product }: müşteriler bu turda sizin üretebileceğinizden veya hizmet verebileceğinizden { $units ->
        [one] bir adet
       *[other] { $units } adet
    } daha fazlasını istedi. Bu satışlar kaçtı ve hayal kırıklığına uğrayan müşteriler itibarınıza zarar verir. Sizi neyin kısıtladığına bakın, sonra daha fazla çalışma saati, personel veya ekipman planlayın.
report-lost_sales_stock = { $product }: müşteriler satışa hazır olandan { $units ->
        [one] bir adet
       *[other] { $units } adet
    } daha fazlasını istedi. Bu satışlar kaçtı ve eli boş dönen müşteriler itibarınıza zarar verir. Bir sonraki tur için daha büyük bir miktar planlamayı düşünün.
report-no_contribution_margin = Malzemeler ve her satışla artan diğer giderler ödendikten sonra, kira ve ücretler gibi sabit giderleri karşılayacak hiçbir şey kalmadı. Bu durumda her ek satış sonucu iyileştirmez, tersine kötüleştirir. Daha fazla satmaya çalışmadan önce fiyatlarınızı yükseltin veya birim maliyetinizi düşürün.
report-overtime = Ekibiniz bu turda { $hours ->
        [one] bir saat
       *[other] { $hours } saat
    } fazla mesai yaptı; bunun için ek ödeme: { $cost }. Fazla mesai yoğun dönemlerde işe yarar, ama pahalıdır ve çalışanları yorar. Her turda fazla mesaiye ihtiyacınız varsa yeni birilerini işe almayı düşünün.
report-production_limited_equipment = Toplam { $planned ->
        [one] bir birim
       *[other] { $planned } birim
    } planladınız (ürün veya randevu), ama yalnızca { $produced } birim mümkün oldu: ekipmanınız tam kapasiteyle çalışıyordu. Daha fazla ekipman satın alın veya makinelerinizin kaldırabileceği miktarlar planlayın.
report-production_limited_labour = Toplam { $planned ->
        [one] bir birim
       *[other] { $planned } birim
    } planladınız (ürün veya randevu), ama yalnızca { $produced } birim mümkün oldu: ekibinizin yeterli çalışma saati yoktu. İşe alım, ekibinizin daha hızlı çalışması için eğitim veya daha uzun çalışma saatleri işe yarar; ancak fazla mesainin ek maliyeti vardır.
report-production_limited_materials = Toplam { $planned ->
        [one] bir birim
       *[other] { $planned } birim
    } planladınız (ürün veya randevu), ama yalnızca { $produced } birim mümkün oldu: stokta yeterli malzeme yoktu. Planladığınız miktarlar için yeterli malzeme alın; bir teslimat gecikirse diye biraz da fazlasını bulundurun.
report-profit = Bu turda { $amount } kâr ettiniz: geliriniz tüm giderlerinizin toplamından yüksekti. Kâr, şirketin sahipleri için değerini artırır. Bu kârı nakit yedeği olarak mı tutacağınıza yoksa yatırıma mı dönüştüreceğinize karar verin.
report-profit_but_cash_fell = { $profit } kâr ettiniz, ama nakdinizdeki değişim: { $cash_change }. Kâr ile nakit aynı şey değildir: para stoklara bağlanmış, ekipmana harcanmış veya kredi geri ödemesinde kullanılmış olabilir. İkisini de takip edin.
report-reputation_fell = İtibarınız { $from } düzeyinden { $to } düzeyine düştü. Düşük kalite, fiyatına değmeyen ürünler ve hizmet veremediğiniz müşteriler, insanların sizin hakkınızdaki düşüncesini değiştirir; zayıflayan itibar da sonraki turlarda daha az müşteri getirir. İtibarınızı geri kazanmak için kaliteye ve herkese yetecek kadar ürün ya da hizmet sunmaya odaklanın.
report-staff_quit = Bu turda { $people ->
        [one] bir kişi
       *[other] { $people } kişi
    } işten ayrıldı. Çalışanlar ayrılınca deneyimlerini de yanlarında götürür ve yeni birini işe almak para tutar. Düşük ücret, düşük motivasyon ve aşırı fazla mesai insanların işten ayrılmasına yol açar.
report-tax_paid = Kârınız üzerinden { $amount } vergi ödediniz. Kâr üzerinden vergi yalnızca kâr ettiğinizde ödenir; yani bu, iyi geçen bir turun bedelidir.
report-unsold_written_off = { $product }: satılmayan { $units ->
        [one] bir adet ürün
       *[other] { $units } adet ürün
    } atılmak zorunda kaldı; bunun zararı: { $cost }. Taze ürünler bir sonraki tura saklanamaz, bu yüzden miktarları müşterilerin satın aldığına daha yakın planlayın.
report-wage_below_market = Piyasadaki olağan ücretin { $ratio } kadarını ödüyorsunuz. Bu şimdilik tasarruf sağlar, ama düşük ücret ekibinizin motivasyonunu düşürür ve işten ayrılma ihtimalini artırır; insanların yerine yenilerini bulmak da para tutar.

## Tur raporu: neler oldu

event-bankrupt = Şirketiniz iflas etti ve faaliyetlerini durdurdu.
event-delivery_short = { $material }: sipariş edilen miktar { $ordered }, gelen miktar ise yalnızca { $delivered }.
event-emergency_loan = Nakdiniz tükendi: banka size { $amount } tutarında acil durum kredisi verdi.
event-emergency_loan_repaid = Acil durum kredisinden { $amount } otomatik olarak geri ödendi.
event-equipment_bought = { $equipment }: { $cost } karşılığında { $count ->
        [one] bir adet
       *[other] { $count } adet
    } satın aldınız.
event-equipment_retired = { $equipment }: { $count ->
        [one] bir tanesi kullanım ömrünü doldurdu ve hizmetten çıkarıldı.
       *[other] { $count } tanesi kullanım ömrünü doldurdu ve hizmetten çıkarıldı.
    }
event-incident = Bir olay yaşandı: { $incident }. Bir sonraki kararlarınızda nasıl yanıt vereceğinizi seçin.
event-incident_resolved = { $incident }: yanıtınız “{ $response }” oldu.
event-staff_hired = Ekibe { $people ->
        [one] yeni bir kişi
       *[other] { $people } yeni kişi
    } katıldı. İşe alım maliyeti: { $cost }.
event-staff_left_after_incident = Yaşananlardan sonra { $people ->
        [one] bir kişi
       *[other] { $people } kişi
    } şirketten ayrıldı.
event-staff_let_go = { $people ->
        [one] Bir kişinin
       *[other] { $people } kişinin
    } işine son verdiniz. Tazminat: { $severance }.
event-staff_quit = { $people ->
        [one] Bir kişi
       *[other] { $people } kişi
    } işten ayrıldı.

## Sözlük: terim ve .definition içinde kısa bir açıklama

glossary-revenue = Satış geliri (ciro)
    .definition = Bir turda müşterilerin ürün ve hizmetleriniz için size ödediği paranın tamamı; hiçbir gider düşülmeden önceki tutar.
glossary-gross_margin = Brüt kâr marjı
    .definition = Sattığınız malzeme ve malların bedeli ödendikten sonra satış gelirinizden kalan pay. %40 brüt kâr marjı, satışlardan gelen her 1 avronun 40 sentinin ücretleri, kirayı ve diğer her şeyi ödemek için kaldığı anlamına gelir.
glossary-contribution_margin = Katkı payı
    .definition = Satış gelirinden, malzemeler gibi sattığınız her birimle artan giderlerin düşülmesiyle kalan tutar. Satışlarınızın önce kira ve ücretler gibi sabit giderlerin ödenmesine, ardından kâra yaptığı katkıdır.
glossary-break_even = Başabaş noktası
    .definition = Satış gelirinin tüm giderleri tam olarak karşıladığı satış miktarı: ne kâr ne zarar vardır. Daha fazla satarsanız kâr, daha az satarsanız zarar edersiniz.
glossary-cash_flow = Nakit akışı
    .definition = Bir turda banka hesabınıza gerçekten giren ve çıkan para. Bir şirket kâr edip yine de nakitsiz kalabilir; örneğin parası stoklara veya makinelere bağlı olduğunda.
glossary-depreciation = Amortisman
    .definition = Makineler eskidikçe ve yıprandıkça değer kaybeder. Makinenin tüm fiyatı, satın alındığı turda gider olarak yazılmaz; bu maliyet, makinenin kullanıldığı yıllara yayılır.
glossary-working_capital = İşletme sermayesi
    .definition = Şirketin kısa vadede elinde olanlar (nakit, stok, alacaklar) eksi yakında ödemesi gerekenler. Günlük faturalarınızı ödeyip ödeyemeyeceğinizi gösterir.
glossary-inventory = Stok (envanter)
    .definition = Kullanılmayı bekleyen malzemeler ve satılmayı bekleyen bitmiş ürünler. Stok, satılana kadar parayı bağlar; taze ürünler de bozulabilir.
glossary-interest = Faiz
    .definition = Borç para almanın bedeli; genellikle kredinin yıllık yüzdesi olarak hesaplanır. Bankada tuttuğunuz para da size biraz faiz getirebilir.
glossary-tax = Vergi
    .definition = Şirketler kârlarının bir kısmını vergi olarak devlete öder. Kâr edilmeyen bir turda kâr üzerinden vergi ödenmez.
glossary-loss_carry_forward = Zarar mahsubu
    .definition = Bir şirketin önceki dönemlerdeki zararlarını sonraki kârlarından düşmesine izin veren kural. Böylece şirket, kötü dönemleri telafi ederken daha az vergi öder.
glossary-equity = Özkaynak
    .definition = Şirketin sahiplerine ait olan kısmı: şirketin sahip olduğu her şey eksi borçlu olduğu her şey. Kâr onu büyütür, zarar küçültür.
glossary-liabilities = Yabancı kaynaklar (borçlar)
    .definition = Şirketin başkalarına borçlu olduğu her şey; örneğin banka kredileri ve henüz ödenmemiş faturalar.
glossary-market_share = Pazar payı
    .definition = Pazardaki tüm satışlar içindeki payınız, yüzde olarak. Müşteriler toplam 100.000 harcıyor ve bunun 25.000'ini size harcıyorsa pazar payınız %25'tir.
glossary-price_elasticity = Fiyat esnekliği
    .definition = Müşterilerin fiyattaki bir değişikliğe ne kadar güçlü tepki verdiği. Talep esnekse küçük bir zam bile birçok müşterinin uzak durmasına yol açar; esnek değilse çoğu müşteri satın almaya devam eder.
glossary-adstock = Reklam etkisi birikimi (adstock)
    .definition = Reklam, parasını ödedikten sonra da bir süre etkisini sürdürür, çünkü insanlar onu hatırlar. Adstock, geçmişteki pazarlama çalışmalarınızın bugün hâlâ etkili olan kısmıdır; her turda biraz azalır.
glossary-capacity = Kapasite
    .definition = Şirketinizin bir turda üretebileceği veya hizmet verebileceği en yüksek miktar. Çalışma saatleri, ekipman ve malzemelerle sınırlıdır.
glossary-overtime = Fazla mesai
    .definition = Normal haftalık çalışma süresinin üzerinde çalışılan saatler. Ek ücretle ödenir ve uzun sürerse insanları yorar ve mutsuz eder.
glossary-staff_turnover = Personel devir hızı
    .definition = Belirli bir sürede şirketten kaç kişinin ayrıldığı. Yüksek devir hızı, işe alım ve eğitim için para harcatır; deneyim de kapıdan çıkıp gider.
glossary-reputation = İtibar
    .definition = Müşterilerin ve çevrenizdeki insanların şirketiniz hakkında ne düşündüğü. İyi kalite ve hizmetle artar, müşteriler hayal kırıklığına uğradığında zarar görür.
glossary-emergency_loan = Acil durum kredisi
    .definition = Nakdiniz sıfırın altına düşecek olduğunda bankanın otomatik olarak verdiği kredi. Faiz oranı yüksektir ve yeniden nakit olur olmaz geri ödenir.
glossary-bankruptcy = İflas
    .definition = Borçlarını artık ödeyemeyen bir şirket iflas etmiştir ve faaliyetlerini durdurmak zorundadır. Bu oyunda üst üste çok fazla turda acil durum kredisine ihtiyaç duymak iflasa yol açar.

## Kabul edilemeyen kararlar (form alanının yanında gösterilir)

decision_error-company_bankrupt = Şirketiniz iflas etti, bu yüzden artık karar alamaz.
decision_error-negative_quantity = Bu değer negatif olamaz. { $min } ile { $max } arasında bir değer girin.
decision_error-price_out_of_range = { $min } ile { $max } arasında bir fiyat belirleyin.
decision_error-volume_out_of_range = Miktar, tur başına { $min } ile { $max } arasında olmalıdır.
decision_error-opening_hours_out_of_range = Çalışma saatleri haftada { $min } ile { $max } saat arasında olmalıdır.
decision_error-purchase_out_of_range = Bu malzemeden tur başına { $min } ile { $max } arasında satın alabilirsiniz.
decision_error-hire_exceeds_labour_pool = Şu anda o kadar çok kişi iş aramıyor. Bu turda en fazla işe alabileceğiniz kişi sayısı: { $max }.
decision_error-let_go_exceeds_staff = Çalıştırdığınızdan daha fazla kişinin işine son veremezsiniz. İşine son verebileceğiniz en fazla kişi sayısı: { $max }.
decision_error-wage_out_of_range = Ücret, { $min } (asgari ücret) ile { $max } arasında olmalıdır.
decision_error-training_out_of_range = Eğitim bütçesi, tur başına { $min } ile { $max } arasında olmalıdır.
decision_error-marketing_out_of_range = Bu kanala tur başına { $min } ile { $max } arasında harcama yapabilirsiniz.
decision_error-equipment_out_of_range = Bu ekipmandan tur başına { $min } ile { $max } arasında satın alabilirsiniz.
decision_error-loan_exceeds_credit_limit = Banka size bu kadar borç vermez. En fazla şu kadar daha borç alabilirsiniz: { $max }.
decision_error-repayment_exceeds_loan = Borcunuzdan fazlasını geri ödeyemezsiniz. En fazla geri ödeyebileceğiniz tutar: { $max }.
decision_error-unknown_product = Bu ürün oyunda yer almıyor.
decision_error-unknown_material = Bu malzeme oyunda yer almıyor.
decision_error-unknown_channel = Bu pazarlama kanalı oyunda yer almıyor.
decision_error-unknown_equipment = Bu ekipman oyunda yer almıyor.
decision_error-incident_response_missing = Bu olaya nasıl yanıt vereceğinizi seçin.
decision_error-unknown_incident = Bu olay yanıt beklemiyor.
decision_error-duplicate_incident_response = Aynı olaya iki kez yanıt verdiniz. Yalnızca bir yanıt bırakın.
decision_error-unknown_response = Bu olay için sunulan yanıtlardan birini seçin.
decision_error-justification_empty = Bu yanıtı neden seçtiğinizi birkaç kelimeyle açıklayın.
decision_error-justification_too_long = Açıklamanız çok uzun. En fazla { $max } karakter kullanın.

## EntreComp, Avrupa Girişimcilik Yetkinlik Çerçevesi: alanlar ve yetkinlikler

entrecomp-area-ideas_and_opportunities = Fikirler ve fırsatlar
entrecomp-area-resources = Kaynaklar
entrecomp-area-into_action = Eyleme geçme
entrecomp-competence-spotting_opportunities = Fırsatları fark etme
entrecomp-competence-creativity = Yaratıcılık
entrecomp-competence-vision = Vizyon
entrecomp-competence-valuing_ideas = Fikirlere değer biçme
entrecomp-competence-ethical_sustainable_thinking = Etik ve sürdürülebilir düşünme
entrecomp-competence-self_awareness_self_efficacy = Öz farkındalık ve öz yeterlik
entrecomp-competence-motivation_perseverance = Motivasyon ve azim
entrecomp-competence-mobilising_resources = Kaynakları harekete geçirme
entrecomp-competence-financial_economic_literacy = Finansal ve ekonomik okuryazarlık
entrecomp-competence-mobilising_others = Başkalarını harekete geçirme
entrecomp-competence-taking_the_initiative = İnisiyatif alma
entrecomp-competence-planning_management = Planlama ve yönetim
entrecomp-competence-coping_with_uncertainty = Belirsizlik, muğlaklık ve riskle başa çıkma
entrecomp-competence-working_with_others = Başkalarıyla birlikte çalışma
entrecomp-competence-learning_through_experience = Deneyim yoluyla öğrenme

## Takımın kendi kararlarında bulunan yetkinlik kanıtları

evidence-decision-eco_production = Sürdürülebilir, çevre dostu üretimi seçti
evidence-decision-premium_quality = Üstün kaliteyi seçti
evidence-decision-training = Ekibin eğitimine yatırım yaptı
evidence-decision-hiring = Yeni personel işe aldı
evidence-decision-equipment_investment = Yeni ekipmana yatırım yaptı
evidence-decision-loan = Banka kredisi aldı veya geri ödedi
evidence-decision-marketing_mix = Aynı anda birkaç kanaldan reklam yaptı
evidence-decision-production_matched_demand = Üretimi talebe göre ayarladı: hiçbir satış kaçmadı, hiçbir şey atılmadı
evidence-decision-prices_adjusted = Son tura bakarak fiyatları ayarladı
evidence-decision-kept_going_after_loss = Zarardan sonra pes etmeden devam etti

## Hazır senaryolar

scenario-bakery-name = Mahalle fırını
scenario-bakery-description = Küçük bir zanaatkâr fırını işletin: ekmek, hamur işleri ve kutlama pastaları yapın, sabahın erken saatlerindeki vardiyaları ve taze ürün stoğunu planlayın, mahallenin sadakatini kazanın.
scenario-carpentry-name = Marangoz atölyesi
scenario-carpentry-description = Masa ve ölçüye özel gardırop yapan, tamir işleri de üstlenen bir marangoz atölyesi işletin: büyük işleri fiyatlandırın, makineleri çalışır durumda tutun ve usta bir ekip planlayın.
scenario-hair_salon-name = Kuaför salonu
scenario-hair_salon-description = Bir kuaför salonu işletin: çalışma saatlerini ve randevuları planlayın, saç kesimi, boyama ve gelin saçı için fiyat belirleyin, hem müşterilerinizi hem de kuaförlerinizi memnun edin.

## Malzemeler

material-flour = Un
material-butter = Tereyağı
material-sugar = Şeker
material-packaging = Ambalaj
material-timber = Kereste (ahşap levha)
material-hardware = Menteşe ve bağlantı parçaları
material-finish = Yağ ve vernik
material-hair_dye = Saç boyası
material-care_products = Şampuan ve bakım ürünleri
material-styling_products = Şekillendirici ürünler

## Ürünler ve hizmetler

product-sourdough = Ekşi mayalı ekmek
product-croissant = Tereyağlı kruvasan
product-celebration_cake = Kutlama pastası
product-kitchen_table = Masif ahşap mutfak masası
product-custom_wardrobe = Ölçüye özel gardırop
product-repair_service = Mobilya tamiri
product-haircut = Saç kesimi
product-colouring = Saç boyama
product-bridal_styling = Gelin saçı

## Ekipman

equipment-deck_oven = Katlı taban fırın
equipment-rack_oven = Döner raflı fırın
equipment-workbench = Tezgâh ve el makineleri
equipment-cnc_router = CNC ahşap işleme makinesi (router)
equipment-styling_station = Kuaför çalışma ünitesi
equipment-colour_bar = Boya ve yıkama ünitesi

## Müşteri grupları

segment-neighbours = Komşular
segment-commuters = İşe gidip gelenler
segment-families = Kutlama yapan aileler
segment-households = Bireysel müşteriler (haneler)
segment-architects = Mimarlar ve iç mimarlar
segment-neighbourhood = Mahalleden tamir işleri
segment-young_clients = Öğrenciler ve genç müşteriler
segment-regulars = Düzenli boya müşterileri
segment-weddings = Düğünler ve etkinlikler

## Pazarlama kanalları (her senaryoda aynı kimlikler; adlar hepsine uymalı)

channel-flyers = Yerel el ilanları
channel-social_media = Sosyal medya
channel-trade_fair = Fuar standı

## Olaylar ve olası yanıtlar. Olay kimlikleri tüm senaryolarda ortaktır (geciken bir teslimat
## fırında un, marangozda meşe, kuaförde boyadır); bu yüzden olay adları ve açıklamaları genel
## kalır; yalnızca tek bir senaryonun sunduğu yanıtlar ayrıntıları adlandırır.

incident-supplier_delay = Bir teslimat gecikti
incident-supplier_delay-description = Tedarikçiniz sipariş ettiğiniz her şeyi zamanında teslim edemiyor. Hiçbir şey yapmazsanız bu turda çalışacak daha az malzemeniz olur ve bazı müşteriler hayal kırıklığına uğrayabilir. Başka bir yerden daha pahalıya alabilir, bekleyebilir veya sunduklarınızı duruma uyarlayabilirsiniz.
incident-supplier_delay-response-find_alternative = Başka bir tedarikçiden daha yüksek fiyata satın al
incident-supplier_delay-response-wait_for_delivery = Teslimatı bekle, bu arada eldekiyle çalış
incident-supplier_delay-response-reduce_range = Eldeki malzemeyle daha az çeşit ürün pişir
incident-supplier_delay-response-offer_other_wood = Müşterilere başka bir ağaç türü öner
incident-supplier_delay-response-offer_alternative_service = Müşterilere onun yerine bir bakım uygulaması öner

incident-customer_complaint = Bir müşteri şikâyet ediyor
incident-customer_complaint-description = Bir müşteri sizden aldığı üründen veya hizmetten memnun değil ve bunu başkalarına anlatabilir. Nasıl tepki verdiğiniz, şirketinizin neyi temsil ettiğini gösterir ve insanların sizin hakkınızdaki düşüncesini değiştirir.
incident-customer_complaint-response-apologise_and_refund = Yüz yüze özür dile ve parasını iade et
incident-customer_complaint-response-ignore = Şikâyeti reddet ve hiçbir şeyi değiştirme
incident-customer_complaint-response-improve_process = Bir daha olmaması için çalışma şeklini iyileştir
incident-customer_complaint-response-fix_for_free = Müşterinin evinde ücretsiz onar
incident-customer_complaint-response-redo_for_free = Ücretsiz olarak yeniden yap
incident-customer_complaint-response-consultation_routine = Her boyamadan önce bir danışma görüşmesi uygulamasını başlat

incident-team_conflict = Ekipte sorun var
incident-team_conflict-description = Ekibinizdeki kişiler, işin nasıl paylaşıldığı konusunda anlaşmazlık yaşıyor. Ortam giderek kötüleşiyor ve mutsuz bir ekip daha az iş çıkarır. Araya girip girmeyeceğinize ve nasıl gireceğinize karar verin.
incident-team_conflict-response-mediate = Bir arabulucuyla görüşme yap
incident-team_conflict-response-let_them_sort_it_out = Kendi aralarında çözmelerine izin ver
incident-team_conflict-response-reorganise_shifts = Vardiya planını birlikte yeniden düzenle
incident-team_conflict-response-mentoring_plan = Bir mentorluk planı oluştur
incident-team_conflict-response-reassign_tasks = Bir ekip toplantısında görevleri yeniden paylaştır
incident-team_conflict-response-rotate_shifts = Birlikte adil bir nöbet sırası üzerinde anlaş

incident-equipment_failure = Bir makine arızalandı
incident-equipment_failure-description = Makinelerinizden biri çalışmayı durdurdu. Yeniden çalışana kadar daha az üretebilir veya daha az hizmet verebilirsiniz. Onarım para tutar, ama beklemek de kapasiteye mal olur.
incident-equipment_failure-response-repair_now = Hemen tamir ettir
incident-equipment_failure-response-make_do = Hâlâ çalışanlarla devam et
incident-equipment_failure-response-rent_replacement = Bu ay için yedek bir fırın kirala
incident-equipment_failure-response-share_with_neighbour = Komşu bir atölyedeki makineyi kullan
incident-equipment_failure-response-lease_replacement = Bu ay için yerine geçecek bir ekipman kirala

incident-large_order = Büyük bir ek sipariş
incident-large_order-description = Büyük bir müşteri, normal işlerinize ek olarak büyük bir sipariş vermek istiyor. Bu çok fazla satış getirebilir, ama ekibinizin zamanı ve ekipmanınız sınırlı. Bu işi üstlenip üstlenemeyeceğinize ve nasıl üstleneceğinize karar verin.
incident-large_order-response-accept_with_overtime = Kabul et ve fazla mesai yap
incident-large_order-response-decline = Kibarca reddet
incident-large_order-response-accept_and_hire_temp = Kabul et ve geçici eleman al
incident-large_order-response-subcontract_part = Kabul et ve işin bir kısmını başka bir atölyeye ver
incident-large_order-response-partner_with_freelancer = Kabul et ve serbest çalışan bir kuaförle iş birliği yap

incident-ethical_choice = Bir vicdan meselesi
incident-ethical_choice-description = En ucuz veya en kolay seçeneğin her zaman doğru seçenek olmadığı bir kararla karşı karşıyasınız. Yalnızca parayı değil, insanları, çevreyi ve şirketinizin iyi adını da düşünün.
incident-ethical_choice-response-donate_to_food_bank = Satılmayan ekmekleri gıda bankasına bağışla
incident-ethical_choice-response-sell_as_animal_feed = Satılmayan ekmekleri hayvan yemi olarak sat
incident-ethical_choice-response-throw_away = Satılmayan ekmekleri çöpe at
incident-ethical_choice-response-buy_certified = Sertifikalı kereste kullanmaya devam et
incident-ethical_choice-response-take_cheap_timber = Nereden geldiği belli olmayan ucuz keresteyi satın al
incident-ethical_choice-response-ask_for_proof = Tedarikçiden kerestenin nereden geldiğini kanıtlamasını iste
incident-ethical_choice-response-refuse_and_report = Boyayı reddet ve meslek odasını bilgilendir
incident-ethical_choice-response-use_cheap_dye = Ucuz boyayı kullan
incident-ethical_choice-response-switch_to_natural_brand = Doğal bir boya markasına geç
