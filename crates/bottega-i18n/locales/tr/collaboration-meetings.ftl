## İş birliği: bir çalışma grubunun toplantıları, gündemleri, tutanakları, katılım ve takvim dosyaları.

wg-meeting-list-title = Toplantılar
wg-meeting-plan-link = Toplantı planlayın
wg-meeting-upcoming = Yaklaşan toplantılar
wg-meeting-upcoming-none = Planlanmış toplantı yok.
wg-meeting-upcoming-more = { $count ->
    [one] Yaklaşan bir toplantı daha burada gösterilmiyor; onu takvim dosyasında bulabilirsiniz.
   *[other] Yaklaşan { $count } toplantı daha burada gösterilmiyor; bunları takvim dosyasında bulabilirsiniz.
}
wg-meeting-past = Geçmiş toplantılar
wg-meeting-past-none = Henüz hiç toplantı yapılmadı.
wg-meeting-has-minutes = Tutanak
wg-meeting-no-minutes = Tutanak yok
wg-meeting-present-count = { $count ->
    [one] Bir kişi katıldı
   *[other] { $count } kişi katıldı
}

## Saatler

# Aynı gün başlayıp biten bir toplantı, örneğin "14 Temmuz 2026, 14:30–16:00".
wg-meeting-span-one-day = { $date }, { $start }–{ $end }
# Ertesi gün biten bir toplantı.
wg-meeting-span-two-days = { $date }, { $start } – { $enddate }, { $end }
wg-meeting-duration = { $hours ->
    [0] { $minutes } dk.
   *[other] { $minutes ->
        [0] { $hours } sa.
       *[other] { $hours } sa. { $minutes } dk.
    }
}
wg-meeting-in-utc = UTC saatiyle:
wg-meeting-in-zone = { $zone } saatiyle:
wg-meeting-zone-label = Saatleri şu dilimde de göster
wg-meeting-zone-none = (yalnızca toplantının saat dilimi ve UTC)
wg-meeting-zone-button = Göster

## Takvim dosyaları

wg-meeting-ics-all = Tüm toplantıları takviminize ekleyin (.ics)
wg-meeting-ics-all-hint = Takvim dosyası, grubun toplantılarını UTC saatleriyle içerir; böylece takviminiz toplantıları, nerede olursanız olun, doğru saatte gösterir. Bir değişiklikten sonra dosyayı yeniden içe aktarın: toplantılar iki kez eklenmez, güncellenir.
wg-meeting-ics-one = Takviminize ekleyin (.ics)
wg-meeting-ics-hint = Toplantı değişirse dosyayı yeniden içe aktarın: takviminiz eski kaydın yerine yenisini koyar.

## Toplantı sayfası

wg-meeting-label-when = Zaman
wg-meeting-label-duration = Süre
wg-meeting-label-where = Yer veya görüntülü görüşme
wg-meeting-place-none = Henüz belirtilmedi
wg-meeting-label-planned-by = Planlayan
wg-meeting-edit-link = Saati, yeri veya gündemi değiştirin
wg-meeting-agenda = Gündem
wg-meeting-agenda-none = Henüz gündem yok.
wg-meeting-minutes = Tutanak
wg-meeting-minutes-none = Henüz tutanak yazılmadı.
wg-meeting-minutes-later = Tutanak, toplantı sırasında veya sonrasında yazılır.
wg-meeting-minutes-by = Son düzenleyen: { $name }, { $date }
wg-meeting-minutes-write = Tutanağı yazın
wg-meeting-minutes-edit = Tutanağı düzenleyin
wg-meeting-attendance = Katılım
wg-meeting-attendance-none = Katılım kaydedilmedi.
wg-meeting-attendance-record = Katılımı kaydedin
wg-meeting-attendance-present = Katıldı
wg-meeting-attendance-excused = Mazeretli
wg-meeting-attendance-absent = Katılmadı
wg-meeting-attendance-unrecorded = Kaydedilmedi

## Toplantı planlama ve değiştirme

wg-meeting-plan-title = Bir toplantı planlayın
wg-meeting-plan-lead = Saati, alışık olduğunuz saat diliminde seçin; herkes saati bu dilimde ve UTC olarak görür, takvimler de her kullanıcının kendi saatine çevirir.
wg-meeting-edit-title = Toplantıyı düzenle
wg-meeting-edit-hint = Toplantıyı takvimine eklemiş olan kişiler, takvim dosyasını yeniden içe aktardıklarında değişikliği görür.
wg-meeting-label-title = Başlık
wg-meeting-legend-when = Toplantının başlangıcı ve süresi
wg-meeting-label-date = Tarih
wg-meeting-date-hint = Örneğin 2026-07-14. Yapılmış bir toplantıyı kaydetmek için geçmiş bir tarih de girebilirsiniz.
wg-meeting-label-time = Başlangıç saati
wg-meeting-time-hint = 24 saat biçiminde, örneğin 14:30; aşağıdaki saat dilimine göre.
wg-meeting-label-time-zone = Saat dilimi
wg-meeting-time-zone-hint = Başlangıç saatinin ait olduğu dilim. Başka yerlerdeki kişiler saati UTC olarak da görür.
wg-meeting-label-duration-minutes = Süre (dakika)
wg-meeting-duration-hint = { $min } ile { $max } dakika arası.
wg-meeting-label-place = Yer veya görüntülü görüşme bağlantısı
wg-meeting-place-hint = Bir salon ve adresi ya da görüntülü görüşmenin bağlantısı (isteğe bağlı).
wg-meeting-label-agenda = Gündem
wg-meeting-agenda-hint = Markdown: "1." veya "-" ile başlayan satır bir liste maddesidir; **kalın**, *italik* ve bağlantılar da kullanılabilir.
wg-meeting-label-lang = Başlığın ve gündemin dili
wg-meeting-plan-button = Toplantıyı planla
wg-meeting-save-button = Değişiklikleri kaydet

## Tutanak

wg-meeting-minutes-title = Tutanağı yazın
wg-meeting-minutes-hint = Markdown. Neler konuşuldu, neye karar verildi, kim neyi ne zamana kadar yapacak. Her üye tutanağa ekleme yapabilir.
wg-meeting-label-minutes-lang = Tutanağın dili
wg-meeting-minutes-button = Tutanağı kaydet

## Katılım

wg-meeting-attendance-title = Katılımı kaydedin
wg-meeting-attendance-legend = Kimler katıldı?
wg-meeting-attendance-hint = Grubun her üyesi için bir yanıt verin. "Kaydedilmedi" daha önce verilmiş bir yanıtı siler.
wg-meeting-coordinator = Koordinatör
wg-meeting-attendance-button = Katılımı kaydet

## Sorunlar

wg-meeting-error-date = Geçerli bir tarih girin, örneğin 2026-07-14.
wg-meeting-error-time = 24 saat biçiminde bir saat girin, örneğin 14:30.
wg-meeting-error-time-zone = Sunulan saat dilimlerinden birini seçin.
wg-meeting-error-duration = { $min } ile { $max } arasında bir dakika sayısı girin.
wg-meeting-error-time-gap = O gün { $zone } diliminde { $time } diye bir saat yok: saatler o sırada yaz saatine ileri alınıyor. Başka bir saat seçin, örneğin { $next }.
wg-meeting-error-time-missing = O gün { $zone } diliminde { $time } diye bir saat yok. Başka bir saat seçin.
wg-meeting-error-organisers-only = Bu toplantıyı yalnızca onu planlayan kişi ve grubun koordinatörleri değiştirebilir ya da katılımını kaydedebilir.
wg-meeting-error-attendance-status = { $name } için katıldı, mazeretli, katılmadı veya kaydedilmedi seçeneklerinden birini seçin.
wg-meeting-error-attendance-outsider = Katılım yalnızca grubun üyeleri için kaydedilebilir. Formdaki kişilerden biri grubun üyesi değil (veya artık üyesi değil); formu yeniden yükleyip tekrar deneyin.

## Bir değişiklikten sonraki iletiler

flash-wg-meeting-planned = Toplantı planlandı. .ics dosyasıyla takviminize ekleyin.
flash-wg-meeting-recorded = Toplantı kaydedildi. Tarihi geçtiği için geçmiş toplantılar arasında listeleniyor.
flash-wg-meeting-updated = Toplantı güncellendi.
flash-wg-meeting-minutes-saved = Tutanak kaydedildi.
flash-wg-meeting-attendance-saved = Katılım kaydedildi.
