## La sección Comunicación: comunidades, debates, ayuda mutua, moderación y notificaciones

comm-lead = Conversa con centros de FP, empresas, asociaciones y responsables de políticas públicas de toda Europa: debate sobre estrategia, pide ayuda con los problemas de tu trabajo diario y reflexiona con otras personas sobre cómo puede evolucionar la FP.
comm-communities = Comunidades
comm-no-communities = Todavía no hay ninguna comunidad que puedas ver.
comm-latest = Actividad reciente
comm-threads = Debates
comm-no-threads = Todavía no se ha escrito nada aquí. ¡Inicia el primer debate!
comm-none-in-languages = No hay nada escrito en los idiomas que has elegido. Quita el filtro de idioma para verlo todo.
comm-thread-count = { $count ->
    [one] un debate
   *[other] { $count } debates
}
comm-post-count = { $count ->
    [one] un mensaje
   *[other] { $count } mensajes
}
comm-visibility-public = pública
comm-visibility-members = solo para miembros
comm-visibility-private = reservada a una organización
comm-new-discussion = Iniciar un debate
comm-ask-question = Hacer una pregunta
comm-sign-in-to-post = Inicia sesión para participar
comm-older = Debates anteriores
comm-language-filter = Idiomas
comm-my-languages = Solo en los idiomas que leo
comm-written-in = Escrito en
comm-started-by = iniciado por { $name }
comm-replies = { $count ->
    [0] todavía sin respuestas
    [one] una respuesta
   *[other] { $count } respuestas
}
comm-last-activity = última actividad: { $date }
comm-new = nuevo
comm-unread = { $count ->
    [one] uno sin leer
   *[other] { $count } sin leer
}
comm-pinned = Fijado
comm-locked = Cerrado
comm-question = Pregunta
comm-solved = Resuelta
comm-hidden-thread = Ocultado por el equipo de moderación
comm-deleted-thread = Eliminado

## Redacción

comm-title = Título
comm-body = Tu texto
comm-markdown-hint = Puedes usar Markdown: **negrita**, _cursiva_, listas, > citas, [enlaces](https://example.org). Para mencionar a alguien, escribe @ y su nombre de usuario; por ejemplo, @giulia-rossi.
comm-post-language = Idioma de tu texto
comm-detect-language = Detectarlo automáticamente
comm-start-button = Iniciar el debate
comm-ask-lead = Describe un problema concreto de tu trabajo diario. Indica en qué contexto surge, para que puedan ayudarte personas con experiencias parecidas.
comm-ask-button = Publicar la pregunta
comm-context = Contexto en el que surge el problema
comm-context-hint = Es opcional, pero ayuda a que las personas adecuadas encuentren tu pregunta.
comm-provider-type = Tipo de organización
comm-check-similar = Buscar preguntas parecidas
comm-similar-heading = Preguntas parecidas que ya se han hecho
comm-mention-unknown = Nadie en Bottega tiene el nombre de usuario { $handles }. Comprueba cómo está escrito o quita la @.
comm-too-many-mentions = En un mismo texto puedes mencionar como máximo a { $limit } personas.
comm-edit-title = Editar tu texto
comm-edit-hint = La versión anterior seguirá visible en el historial del mensaje.

## Lectura de un debate

comm-follow = Seguir
comm-unfollow = Dejar de seguir
comm-first-unread = Ir al primer mensaje que no has leído
comm-answers = { $count ->
    [0] Todavía no hay respuestas
    [one] Una respuesta
   *[other] { $count } respuestas
}
comm-your-answer = Tu respuesta
comm-reply = Responder
comm-reply-button = Enviar la respuesta
comm-answer-button = Publicar la respuesta
comm-language-detected = El idioma se ha detectado automáticamente
comm-language-chosen = El idioma lo ha indicado quien escribió el mensaje
comm-detected = detectado
comm-edited = { $count ->
    [one] editado
   *[other] editado { $count } veces
}
comm-accepted-answer = Solución aceptada
comm-post-deleted = Este mensaje se ha eliminado.
comm-post-hidden = El equipo de moderación ha ocultado este mensaje.
comm-votes = { $count ->
    [one] un voto
   *[other] { $count } votos
}
comm-likes = { $count ->
    [one] un «me gusta»
   *[other] { $count } «me gusta»
}
comm-vote = Me ha sido útil
comm-unvote = Retirar mi voto
comm-like = Me gusta
comm-unlike = Ya no me gusta
comm-accept = Aceptar como solución
comm-unaccept = Desmarcar como solución
comm-quote = Citar
comm-edit = Editar
comm-delete = Eliminar
comm-flag = Denunciar
comm-history-title = Historial del mensaje
comm-history-current = Versión actual
comm-history-before = Versión anterior al { $date }
comm-history-edited-by = modificada por { $name }

## Acciones no permitidas

comm-thread-locked = Este debate está cerrado: ya no se pueden añadir respuestas.
comm-thread-deleted = Este debate se ha eliminado.
comm-vote-own = No puedes votar tu propio mensaje.
comm-vote-twice = Ya has votado este mensaje. Tu voto solo cuenta una vez.
comm-vote-none = No habías votado este mensaje.
comm-accept-not-question = Solo se puede aceptar como solución una respuesta a una pregunta.
comm-accept-not-yours = Solo la persona que hizo la pregunta o el equipo de moderación pueden aceptar una respuesta.
comm-accept-invalid = Este mensaje no se puede aceptar como solución.
comm-flag-twice = Ya has denunciado este mensaje. El equipo de moderación lo revisará.

## Ayuda mutua

comm-help-title = Ayuda mutua
comm-help-lead = Plantea los problemas de tu trabajo diario y ayuda a otras personas con los suyos. La respuesta que quien pregunta acepta como solución aparece en primer lugar.
comm-help-states = Preguntas por estado
comm-help-filters = Filtrar preguntas
comm-state-all = Todas las preguntas
comm-state-unanswered = { $count ->
    [one] Sin respuesta (1)
   *[other] Sin respuesta ({ $count })
}
comm-state-unsolved = { $count ->
    [one] Sin resolver (1)
   *[other] Sin resolver ({ $count })
}
comm-state-solved = { $count ->
    [one] Resueltas (1)
   *[other] Resueltas ({ $count })
}
comm-theme = Tema
comm-no-questions = Ninguna pregunta coincide con estos filtros.
comm-ask-choose-theme = Elige el tema al que corresponde tu pregunta.
comm-workshops-link = Talleres de escenarios
help-record = { $answers ->
    [one] Una respuesta aportada
   *[other] { $answers } respuestas aportadas
}, { $accepted ->
    [one] una aceptada como solución
   *[other] { $accepted } aceptadas como solución
}

## Denuncias y moderación

comm-flag-title = Denunciar un mensaje
comm-flag-reason = ¿Por qué debería revisarlo el equipo de moderación?
comm-flag-note = Información que el equipo de moderación debería conocer (opcional)
comm-flag-button = Enviar la denuncia
flag-reason-spam = Publicidad o spam
flag-reason-offensive = Ofensivo o irrespetuoso
flag-reason-off-topic = No guarda relación con el tema de esta comunidad
flag-reason-personal-data = Difunde datos personales de otra persona
flag-reason-other = Otro motivo
moderation-title = Moderación
moderation-all = Todas las comunidades
moderation-empty = No hay denuncias pendientes. Gracias por revisarlo.
moderation-flagged-by = denunciado por { $name }
moderation-author = Escrito por { $name }
moderation-hide = Ocultar
moderation-unhide = Volver a mostrar
moderation-dismiss = Desestimar la denuncia
moderation-suspend-author = Suspender la cuenta de quien lo escribió
moderation-tools = Moderación
moderation-lock = Cerrar
moderation-unlock = Reabrir
moderation-pin = Fijar
moderation-unpin = Dejar de fijar
moderation-move = Trasladar
moderation-move-to = Trasladar a
moderation-action-hide = ha ocultado tu mensaje
moderation-action-lock = ha cerrado tu debate
moderation-action-move = ha trasladado tu debate a otra comunidad
moderation-action-other = ha modificado tu debate

## Notificaciones

nav-notifications = { $count ->
    [0] Notificaciones
   *[other] Notificaciones ({ $count })
}
notifications-title = Notificaciones
notifications-none = Todavía no tienes notificaciones.
notifications-read-all = Marcar todas como leídas
notification-mention = { $actor } te ha mencionado en «{ $thread }»
notification-reply = { $actor } ha respondido en «{ $thread }»
notification-accepted = { $actor } ha aceptado tu respuesta en «{ $thread }»
notification-moderation = El equipo de moderación { $action }: «{ $thread }»
notifications-email-heading = Notificaciones por correo electrónico
notifications-email-legend = Enviarme un correo electrónico
notify-mode-each = con cada notificación
notify-mode-digest = una vez al día, con todas las novedades
notify-mode-off = nunca
unsubscribe-title = Dejar de recibir correos de notificación
unsubscribe-lead = Bottega dejará de enviarte correos electrónicos sobre tus notificaciones. Seguirás viéndolas al iniciar sesión y podrás volver a activar los correos en tus notificaciones.
unsubscribe-button = Dejar de recibir los correos
unsubscribe-done = Hecho: ya no recibirás correos de notificación. Puedes volver a activarlos en tus notificaciones.
email-notification-subject = Novedades en Bottega: { $thread }
email-digest-subject = { $count ->
    [one] Tu día en Bottega: una notificación nueva
   *[other] Tu día en Bottega: { $count } notificaciones nuevas
}
email-notification-greeting = Hola, { $name }:
email-unsubscribe = Para dejar de recibir estos correos, abre este enlace:

## Mensajes que se muestran una sola vez tras una acción

flash-thread-created = Has iniciado el debate.
flash-question-asked = Tu pregunta se ha publicado. Te avisaremos cuando reciba respuestas.
flash-reply-posted = Tu respuesta se ha publicado.
flash-post-edited = Tus cambios se han guardado.
flash-post-deleted = El mensaje se ha eliminado.
flash-thread-deleted = El debate se ha eliminado.
flash-vote-counted = Gracias, tu voto se ha registrado.
flash-vote-withdrawn = Tu voto se ha retirado.
flash-answer-accepted = La respuesta se ha marcado como solución.
flash-answer-unaccepted = La respuesta ya no está marcada como solución.
flash-followed = Sigues este debate: te avisaremos cuando haya respuestas.
flash-unfollowed = Ya no sigues este debate.
flash-flagged = Gracias. El equipo de moderación revisará el mensaje.
flash-post-hidden = El mensaje se ha ocultado.
flash-post-shown = El mensaje vuelve a estar visible.
flash-flags-dismissed = La denuncia se ha desestimado.
flash-author-suspended = Se ha suspendido la cuenta de quien lo escribió.
flash-thread-locked = El debate se ha cerrado.
flash-thread-unlocked = El debate vuelve a estar abierto.
flash-thread-pinned = El debate se ha fijado.
flash-thread-unpinned = El debate ya no está fijado.
flash-thread-moved = El debate se ha trasladado.
flash-notifications-read = Todas las notificaciones se han marcado como leídas.
flash-notification-mode-saved = Tu preferencia de correo electrónico se ha guardado.
comm-community-read-only = Este espacio de debate pertenece a un grupo de trabajo cerrado y ya no admite debates nuevos.
