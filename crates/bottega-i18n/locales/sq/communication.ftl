## Seksioni Komunikimi: komunitetet, diskutimet, ndihma e ndërsjellë, moderimi, njoftimet

comm-lead = Bisedoni me shkolla profesionale, kompani, shoqata dhe hartues politikash në të gjithë Evropën: diskutoni për strategjinë, kërkoni ndihmë për problemet e punës së përditshme dhe mendoni së bashku si mund të zhvillohet AFP-ja.
comm-communities = Komunitetet
comm-no-communities = Ende nuk ka komunitete që mund t'i shihni.
comm-latest = Aktiviteti i fundit
comm-threads = Diskutimet
comm-no-threads = Këtu nuk është shkruar ende asgjë. Nisni diskutimin e parë!
comm-none-in-languages = Asgjë këtu nuk është shkruar në gjuhët që zgjodhët. Hiqni filtrin e gjuhës për të parë gjithçka.
comm-thread-count = { $count ->
    [one] një diskutim
   *[other] { $count } diskutime
}
comm-post-count = { $count ->
    [one] një postim
   *[other] { $count } postime
}
comm-visibility-public = publik
comm-visibility-members = vetëm për anëtarët
comm-visibility-private = privat për një organizatë
comm-new-discussion = Nis një diskutim
comm-ask-question = Bëj një pyetje
comm-sign-in-to-post = Hyni në llogari për të marrë pjesë
comm-older = Diskutime më të vjetra
comm-language-filter = Gjuhët
comm-my-languages = Vetëm në gjuhët që lexoj
comm-written-in = Shkruar në
comm-started-by = nisur nga { $name }
comm-replies = { $count ->
    [0] ende pa përgjigje
    [one] një përgjigje
   *[other] { $count } përgjigje
}
comm-last-activity = aktiviteti i fundit: { $date }
comm-new = i ri
comm-unread = { $count ->
    [one] një postim i palexuar
   *[other] { $count } postime të palexuara
}
comm-pinned = I fiksuar
comm-locked = I kyçur
comm-question = Pyetje
comm-solved = E zgjidhur
comm-hidden-thread = I fshehur nga një moderator
comm-deleted-thread = I fshirë

## Shkrimi

comm-title = Titulli
comm-body = Teksti juaj
comm-markdown-hint = Mund të përdorni Markdown: **të trasha**, _të pjerrëta_, lista, > citime, [lidhje](https://example.org). Përmendni dikë me @ dhe emrin e përdoruesit, për shembull @giulia-rossi.
comm-post-language = Gjuha e tekstit tuaj
comm-detect-language = Zbuloje automatikisht
comm-start-button = Nis diskutimin
comm-ask-lead = Përshkruani një problem konkret nga puna juaj e përditshme. Tregoni ku lind, që t'ju ndihmojnë njerëz me përvojë të ngjashme.
comm-ask-button = Bëj pyetjen
comm-context = Ku lind problemi
comm-context-hint = Opsionale, por i ndihmon personat e duhur ta gjejnë pyetjen tuaj.
comm-provider-type = Lloji i organizatës
comm-check-similar = Kërko pyetje të ngjashme
comm-similar-heading = Pyetje të ngjashme të bëra më parë
comm-mention-unknown = Askush në Bottega nuk ka emrin e përdoruesit { $handles }. Kontrolloni drejtshkrimin ose hiqni shenjën @.
comm-too-many-mentions = Në një tekst mund të përmendni jo më shumë se { $limit } persona.
comm-edit-title = Ndryshoni tekstin tuaj
comm-edit-hint = Versioni i mëparshëm mbetet i dukshëm në historikun e postimit.

## Leximi i një diskutimi

comm-follow = Ndiq
comm-unfollow = Mos e ndiq më
comm-first-unread = Shko te postimi i parë i palexuar
comm-answers = { $count ->
    [0] Ende pa përgjigje
    [one] Një përgjigje
   *[other] { $count } përgjigje
}
comm-your-answer = Përgjigjja juaj
comm-reply = Përgjigju
comm-reply-button = Publiko përgjigjen
comm-answer-button = Publiko përgjigjen
comm-language-detected = Gjuha u zbulua automatikisht
comm-language-chosen = Gjuha u zgjodh nga autori
comm-detected = zbuluar automatikisht
comm-edited = { $count ->
    [one] i ndryshuar
   *[other] i ndryshuar { $count } herë
}
comm-accepted-answer = Zgjidhja e pranuar
comm-post-deleted = Ky postim u fshi.
comm-post-hidden = Ky postim u fsheh nga një moderator.
comm-votes = { $count ->
    [one] një votë
   *[other] { $count } vota
}
comm-likes = { $count ->
    [one] një pëlqim
   *[other] { $count } pëlqime
}
comm-vote = Më ndihmoi
comm-unvote = Tërhiq votën time
comm-like = Më pëlqen
comm-unlike = Hiq pëlqimin
comm-accept = Prano si zgjidhje
comm-unaccept = Anulo pranimin si zgjidhje
comm-quote = Cito
comm-edit = Ndrysho
comm-delete = Fshi
comm-flag = Raporto
comm-history-title = Historiku i postimit
comm-history-current = Versioni aktual
comm-history-before = Versioni para { $date }
comm-history-edited-by = ndryshuar nga { $name }

## Refuzimet

comm-thread-locked = Ky diskutim është i kyçur: nuk mund të shtohen përgjigje të reja.
comm-thread-deleted = Ky diskutim u fshi.
comm-vote-own = Nuk mund të votoni për postimin tuaj.
comm-vote-twice = Keni votuar tashmë për këtë postim. Vota juaj numërohet vetëm një herë.
comm-vote-none = Nuk kishit votuar për këtë postim.
comm-accept-not-question = Vetëm një përgjigje ndaj një pyetjeje mund të pranohet si zgjidhje e saj.
comm-accept-not-yours = Vetëm personi që bëri pyetjen, ose një moderator, mund të pranojë një përgjigje.
comm-accept-invalid = Ky postim nuk mund të pranohet si zgjidhje.
comm-flag-twice = Këtë postim e keni raportuar tashmë. Moderatorët do ta shqyrtojnë.

## Ndihma e ndërsjellë

comm-help-title = Ndihma e ndërsjellë
comm-help-lead = Pyetni për problemet e punës suaj të përditshme dhe ndihmoni të tjerët me të tyret. Përgjigjja që pyetësi pranon si zgjidhje shfaqet e para.
comm-help-states = Pyetjet sipas gjendjes
comm-help-filters = Filtroni pyetjet
comm-state-all = Të gjitha pyetjet
comm-state-unanswered = { $count ->
    [one] Pa përgjigje (një)
   *[other] Pa përgjigje ({ $count })
}
comm-state-unsolved = { $count ->
    [one] Të pazgjidhura (një)
   *[other] Të pazgjidhura ({ $count })
}
comm-state-solved = { $count ->
    [one] Të zgjidhura (një)
   *[other] Të zgjidhura ({ $count })
}
comm-theme = Tema
comm-no-questions = Asnjë pyetje nuk përputhet me këta filtra.
comm-ask-choose-theme = Zgjidhni temën së cilës i përket pyetja juaj.
comm-workshops-link = Punëtoritë e skenarëve
help-record = { $answers ->
    [one] Një përgjigje e dhënë
   *[other] { $answers } përgjigje të dhëna
}, { $accepted ->
    [one] një e pranuar si zgjidhje
   *[other] { $accepted } të pranuara si zgjidhje
}

## Raportimi dhe moderimi

comm-flag-title = Raportoni një postim
comm-flag-reason = Pse duhet ta shqyrtojnë moderatorët?
comm-flag-note = Çfarëdo që duhet të dinë moderatorët (opsionale)
comm-flag-button = Dërgo raportimin
flag-reason-spam = Reklamë ose spam
flag-reason-offensive = Përmbajtje fyese ose pa respekt
flag-reason-off-topic = Jashtë temës së këtij komuniteti
flag-reason-personal-data = Ndan të dhëna personale të dikujt
flag-reason-other = Diçka tjetër
moderation-title = Moderimi
moderation-all = Të gjitha komunitetet
moderation-empty = Nuk ka raportime në pritje. Faleminderit që kontrolluat.
moderation-flagged-by = raportuar nga { $name }
moderation-author = Shkruar nga { $name }
moderation-hide = Fshih
moderation-unhide = Shfaqe sërish
moderation-dismiss = Hidh poshtë raportimin
moderation-suspend-author = Pezullo autorin
moderation-tools = Moderimi
moderation-lock = Kyç
moderation-unlock = Shkyç
moderation-pin = Fikso
moderation-unpin = Hiq fiksimin
moderation-move = Zhvendos
moderation-move-to = Zhvendos te
moderation-action-hide = e fshehu postimin tuaj
moderation-action-lock = e kyçi diskutimin tuaj
moderation-action-move = e zhvendosi diskutimin tuaj në një komunitet tjetër
moderation-action-other = e ndryshoi diskutimin tuaj

## Njoftimet

nav-notifications = { $count ->
    [0] Njoftimet
   *[other] Njoftimet ({ $count })
}
notifications-title = Njoftimet
notifications-none = Ende nuk keni njoftime.
notifications-read-all = Shëno të gjitha si të lexuara
notification-mention = { $actor } ju përmendi te „{ $thread }“
notification-reply = { $actor } u përgjigj te „{ $thread }“
notification-accepted = { $actor } e pranoi përgjigjen tuaj te „{ $thread }“
notification-moderation = Një moderator { $action }: „{ $thread }“
notifications-email-heading = Njoftimet me email
notifications-email-legend = Më dërgoni email
notify-mode-each = për çdo njoftim
notify-mode-digest = një herë në ditë, me gjithçka të re
notify-mode-off = asnjëherë
unsubscribe-title = Ndalni email-et e njoftimeve
unsubscribe-lead = Bottega nuk do t'ju dërgojë më email për njoftimet. Do t'i shihni ende kur të hyni në llogari dhe mund t'i aktivizoni sërish email-et te njoftimet tuaja.
unsubscribe-button = Ndalo email-et
unsubscribe-done = U krye: nuk do të merrni më email-e për njoftimet. Mund t'i aktivizoni sërish te njoftimet tuaja.
email-notification-subject = E re në Bottega: { $thread }
email-digest-subject = { $count ->
    [one] Dita juaj në Bottega: një njoftim i ri
   *[other] Dita juaj në Bottega: { $count } njoftime të reja
}
email-notification-greeting = Përshëndetje { $name },
email-unsubscribe = Për të ndalur këto email-e, hapni:

## Mesazhet që shfaqen një herë pas një veprimi

flash-thread-created = Diskutimi juaj nisi.
flash-question-asked = Pyetja juaj u publikua. Do të njoftoheni për përgjigjet.
flash-reply-posted = Përgjigjja juaj u publikua.
flash-post-edited = Ndryshimet tuaja u ruajtën.
flash-post-deleted = Postimi u fshi.
flash-thread-deleted = Diskutimi u fshi.
flash-vote-counted = Faleminderit, vota juaj u numërua.
flash-vote-withdrawn = Vota juaj u tërhoq.
flash-answer-accepted = Përgjigjja u shënua si zgjidhje.
flash-answer-unaccepted = Përgjigjja nuk është më e shënuar si zgjidhje.
flash-followed = Po e ndiqni këtë diskutim: do të njoftoheni për përgjigjet.
flash-unfollowed = Nuk e ndiqni më këtë diskutim.
flash-flagged = Faleminderit. Moderatorët do ta shqyrtojnë postimin.
flash-post-hidden = Postimi u fsheh.
flash-post-shown = Postimi shfaqet sërish.
flash-flags-dismissed = Raportimi u hodh poshtë.
flash-author-suspended = Autori u pezullua.
flash-thread-locked = Diskutimi u kyç.
flash-thread-unlocked = Diskutimi është sërish i hapur.
flash-thread-pinned = Diskutimi u fiksua.
flash-thread-unpinned = Diskutimi nuk është më i fiksuar.
flash-thread-moved = Diskutimi u zhvendos.
flash-notifications-read = Të gjitha njoftimet u shënuan si të lexuara.
flash-notification-mode-saved = Zgjedhja juaj për email-et u ruajt.
comm-community-read-only = Kjo hapësirë diskutimi i përket një grupi pune të mbyllur dhe nuk pranon diskutime të reja.
