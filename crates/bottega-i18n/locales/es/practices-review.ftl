# El proceso de revisión del repositorio de buenas prácticas: la rúbrica pública, la cola y el
# panel de revisión del equipo editorial, el formulario de revisión, las decisiones, los distintivos
# y las revisiones tal como las ve la persona autora (quienes revisan son anónimos para ella).

## La rúbrica

bpr-rubric-title = La rúbrica de revisión
bpr-rubric-lead = Cada práctica que se propone al repositorio se somete a una revisión por pares según los mismos cinco criterios antes de que el equipo editorial decida si se publica. Esta página recoge lo que las personas revisoras puntúan y lo que pueden esperar quienes proponen una práctica.
bpr-rubric-criteria-title = Los cinco criterios
bpr-rubric-scale = Cada criterio se puntúa con un número entero del 1 al 5, acompañado de un comentario que explica la puntuación.
bpr-col-criterion = Criterio
bpr-col-question = Qué se preguntan las personas revisoras
bpr-col-one = Una puntuación de 1 significa
bpr-col-five = Una puntuación de 5 significa
bpr-score-1 = 1 – deficiente
bpr-score-2 = 2 – débil
bpr-score-3 = 3 – adecuado
bpr-score-4 = 4 – bueno
bpr-score-5 = 5 – excelente
bpr-criterion-relevance-question = ¿Responde la práctica a una necesidad real de la formación profesional, para el alumnado, el profesorado, las personas formadoras o las empresas?
bpr-criterion-relevance-one = La necesidad a la que responde no está clara, o tiene poco que ver con la formación profesional.
bpr-criterion-relevance-five = Responde a una necesidad importante, claramente descrita y compartida por muchos centros de FP o empresas.
bpr-criterion-innovation-question = ¿Aporta algo nuevo respecto a cómo se suelen hacer las cosas?
bpr-criterion-innovation-one = Repite la práctica habitual sin ninguna idea nueva.
bpr-criterion-innovation-five = Es un enfoque nuevo, o un uso nuevo de uno existente, del que otras personas pueden aprender.
bpr-criterion-impact-question = ¿Hay pruebas de lo que ha cambiado: resultados, cifras, opiniones del alumnado o de las empresas?
bpr-criterion-impact-one = Se afirman resultados, pero no se demuestran.
bpr-criterion-impact-five = Los resultados están medidos y documentados, con fuentes que otras personas pueden comprobar.
bpr-criterion-transferability-question = ¿Podría aplicarla otro centro, en otro país o sector?
bpr-criterion-transferability-one = Depende de condiciones difíciles de encontrar en otros lugares, y la descripción no explica cómo adaptarla.
bpr-criterion-transferability-five = Está descrita paso a paso, con sus condiciones, sus costes y lo que hay que adaptar, para que otras personas puedan reutilizarla.
bpr-criterion-sustainability-question = ¿Perdurará más allá de su primera edición o de su financiación?
bpr-criterion-sustainability-one = Se detiene cuando terminan el proyecto o las personas que la impulsan.
bpr-criterion-sustainability-five = Está integrada en el trabajo habitual y en los recursos de la organización.
bpr-rubric-summary-title = El resumen de puntuaciones
bpr-rubric-summary = Una práctica publicada muestra la media de todas las puntuaciones de todas las revisiones de la versión publicada, de 1,00 a 5,00, la media de cada criterio y el número de revisiones en que se basa. Todas las revisiones cuentan lo mismo.
bpr-rubric-rules-title = Cómo funciona la revisión
bpr-rubric-rule-editors = Una persona del equipo editorial del repositorio examina cada propuesta y asigna a las personas revisoras.
bpr-rubric-rule-two = Al menos dos personas revisoras puntúan cada versión antes de que pueda publicarse.
bpr-rubric-rule-organisation = Quien revisa nunca pertenece a la organización en cuyo nombre se propone la práctica, ni a ninguna organización de la persona autora.
bpr-rubric-rule-anonymous = La persona autora lee todas las revisiones, con sus puntuaciones y comentarios, pero no sabe quién las ha escrito: solo ve a quienes revisan como «Revisor/a 1», «Revisor/a 2».
bpr-rubric-rule-decision = Después, el equipo editorial acepta la versión (que se publica con su resumen de puntuaciones), pide a la persona autora que la reelabore o la rechaza, y explica la decisión.
bpr-rubric-rule-revision = Una reelaboración es una nueva versión, que se revisa de nuevo. Todas las versiones y sus revisiones se conservan en el historial de la práctica.
bpr-rubric-rule-labels = El equipo editorial puede conceder a las prácticas publicadas un distintivo como «Buena práctica» o «Caso de éxito».

## Términos comunes

bpr-status-submitted = A la espera de personas revisoras
bpr-status-in-review = En revisión
bpr-status-revise = A la espera de la reelaboración
bpr-status-accepted = Aceptada
bpr-status-rejected = Rechazada
bpr-decision-accept = Aceptar
bpr-decision-revise = Pedir cambios
bpr-decision-reject = Rechazar
bpr-decided-accept = Aceptada
bpr-decided-revise = Cambios solicitados
bpr-decided-reject = Rechazada
bpr-decision-accept-hint = Publica esta versión con su resumen de puntuaciones. Requiere al menos dos revisiones enviadas.
bpr-decision-revise-hint = Pide a la persona autora una nueva versión, que se revisará de nuevo. Requiere al menos una revisión enviada.
bpr-decision-reject-hint = Cierra la propuesta. Puede decidirse antes de cualquier revisión, con una nota que explique el motivo.
bpr-state-assigned = Revisión pendiente
bpr-state-submitted = Revisión enviada
bpr-state-withdrawn = Retirada
bpr-version = Versión { $version }
bpr-reviewer-number = Revisor/a { $number }
bpr-score-out-of = { $score } / 5
bpr-mean = Media
bpr-overall = Global
bpr-no-score = –
bpr-reviews-in = Revisiones recibidas: { $done } de { $total }
bpr-review-count = { $count ->
    [one] Según una revisión
   *[other] Según { $count } revisiones
}
bpr-back-to-practice = Volver a la práctica
bpr-read-practice = Leer la práctica
bpr-rubric-link = La rúbrica de revisión

## La cola del equipo editorial

bpr-queue-title = Buenas prácticas por revisar
bpr-queue-lead = Propuestas a la espera de personas revisoras, revisiones en curso, prácticas a la espera de su autor/a y decisiones recientes. Primero, las que llevan más tiempo esperando.
bpr-queue-nav-label = Partes de la cola
bpr-queue-all = Todo
bpr-queue-submitted-title = A la espera de personas revisoras
bpr-queue-in-review-title = En revisión
bpr-queue-revise-title = A la espera de la persona autora
bpr-queue-decided-title = Decididas recientemente
bpr-queue-submitted-none = Ninguna propuesta está a la espera de personas revisoras.
bpr-queue-in-review-none = Ninguna práctica está en revisión.
bpr-queue-revise-none = Ninguna práctica está a la espera de su autor/a.
bpr-queue-decided-none = Todavía no se ha decidido nada.
bpr-queue-see-all = Ver todas ({ $count })
bpr-col-practice = Práctica
bpr-col-submitted-by = Propuesta por
bpr-col-waiting-since = En espera desde
bpr-col-reviews = Revisiones
bpr-col-status = Estado
bpr-col-decided = Fecha de la decisión
bpr-col-score = Puntuación
bpr-by-for = { $person } en nombre de { $organisation }
bpr-nobody = (cuenta eliminada)

## El panel de revisión

bpr-board-title = Panel de revisión
bpr-board-lead = Asigna personas revisoras a la versión más reciente, sigue sus revisiones y decide.
bpr-board-facts-label = Sobre esta práctica
bpr-fact-status = Estado
bpr-fact-version = Versión en revisión
bpr-fact-submitted-by = Propuesta por
bpr-fact-organisation = Organización
bpr-fact-published = Versión publicada
bpr-fact-score = Puntuación publicada
bpr-board-closed = Esta versión ya está decidida: la asignación de personas revisoras y la decisión se reabren cuando la persona autora envíe una nueva versión.
bpr-assignments-title = Personas revisoras de la versión { $version }
bpr-assignments-none = Todavía no se ha asignado a ninguna persona revisora.
bpr-col-reviewer = Revisor/a
bpr-col-assigned = Fecha de asignación
bpr-col-state = Estado
bpr-col-actions = Acciones
bpr-withdraw-button = Retirar
bpr-assign-title = Asignar una persona revisora
bpr-label-reviewer = Correo electrónico o @nombre de usuario de la persona revisora
bpr-reviewer-hint = La persona revisora necesita una cuenta confirmada. Nadie de la organización de la práctica, ni de ninguna organización de su autor/a, puede revisarla.
bpr-assign-button = Asignar
bpr-decision-title = Decisión sobre la versión { $version }
bpr-decision-status = { $done ->
    [0] Todavía no ha llegado ninguna revisión.
    [one] Ha llegado una revisión.
   *[other] Han llegado { $done } revisiones.
}
bpr-label-decision = Decisión
bpr-label-note = Nota para la persona autora
bpr-note-hint = Explica la decisión; puedes usar Markdown. Es obligatoria si pides cambios o rechazas la práctica.
bpr-label-lang = Idioma de la nota
bpr-decide-button = Registrar la decisión
bpr-history-title = Decisiones
bpr-history-none = Todavía no hay ninguna decisión.
bpr-decision-by = { $decision } por { $editor }, { $date }
bpr-decision-on = { $decision }, { $date }
bpr-all-reviews-link = Todas las revisiones, por versión
bpr-labels-title = Distintivos
bpr-labels-not-published = Los distintivos se conceden cuando se publica una versión.
bpr-label-awarded-by = Concedido por { $editor }, { $date }
bpr-label-not-awarded = No concedido
bpr-award-button = Conceder
bpr-remove-label-button = Quitar

## La lista y el formulario de la persona revisora

bpr-mine-title = Mis revisiones
bpr-mine-lead = Las prácticas que se te ha pedido revisar y las revisiones que has escrito.
bpr-todo-title = Pendientes
bpr-todo-none = No tienes nada que revisar en este momento.
bpr-done-title = Hechas
bpr-done-none = Todavía no has enviado ninguna revisión.
bpr-assigned-on = Asignada el { $date }
bpr-submitted-on = Enviada el { $date }
bpr-write-review = Escribir la revisión
bpr-form-title = Revisión de { $title }
bpr-form-lead = Puntúa la versión { $version } en cada criterio de la rúbrica, del 1 al 5, y explica cada puntuación. La persona autora lee tu revisión sin tu nombre; el equipo editorial sí lo ve.
bpr-form-version-title = La versión en revisión
bpr-form-rubric-title = Tus puntuaciones
bpr-label-score = Puntuación de «{ $criterion }»
bpr-label-comment = Comentario sobre «{ $criterion }»
bpr-label-summary = Valoración global para la persona autora y el equipo editorial
bpr-summary-hint = Qué es sólido, qué debería cambiar antes de publicarla y si recomiendas su publicación.
bpr-label-review-lang = Idioma de tu revisión
bpr-submit-review-button = Enviar la revisión
bpr-submit-once = Una revisión se envía una sola vez y después no se puede modificar.
bpr-change-note = Qué ha cambiado en esta versión: { $note }

## Las revisiones tal como las ven la persona autora, el equipo editorial y quienes revisan

bpr-reviews-title = Revisiones de { $title }
bpr-reviews-lead-author = Todas las revisiones de tu práctica, por versión, con las decisiones del equipo editorial. No se indica quién las ha escrito.
bpr-reviews-lead-editor = Todas las revisiones enviadas, por versión, con las decisiones del equipo editorial.
bpr-reviews-lead-reviewer = Las revisiones que has escrito sobre esta práctica.
bpr-reviews-none = Todavía no ha llegado ninguna revisión.
bpr-reviews-pending = Esta versión está en manos de las personas revisoras. Sus revisiones aparecerán aquí junto con la decisión del equipo editorial.
bpr-version-reviews-title = Versión { $version }
bpr-version-reviews-none = No se ha enviado ninguna revisión de esta versión.
bpr-summary-table-caption = Puntuaciones de la versión { $version }
bpr-review-title = Revisor/a { $number }
bpr-own-review-title = Tu revisión de la versión { $version }
bpr-review-summary = Valoración global
bpr-decision-note = Nota del equipo editorial

## Problemas

bpr-error-own-submission = Has propuesto tú esta práctica, así que de su revisión se encarga otra persona del equipo editorial.
bpr-error-decided = Esta versión ya está decidida: ya no se puede asignar, revisar ni decidir nada sobre ella.
bpr-error-version-changed = Mientras tanto, la persona autora ha enviado una nueva versión. Vuelve a mirar el panel de revisión antes de decidir.
bpr-error-not-assigned = Solo una persona revisora asignada a la versión en revisión puede escribir una revisión de ella.
bpr-error-already-submitted = Ya has enviado tu revisión de esta versión. No se puede modificar.
bpr-error-not-published = Los distintivos solo se conceden a prácticas publicadas.
bpr-error-reviews-private = Las revisiones de una práctica son para su autor/a, sus personas revisoras y el equipo editorial. Su resumen de puntuaciones está en la página de la práctica.
bpr-error-unknown-label = Ese distintivo no existe.
bpr-error-not-withdrawable = Esta asignación no se puede retirar: la revisión ya se ha enviado o la asignación ya se ha retirado.
bpr-error-reviewer-unknown = Ninguna cuenta activa tiene este correo electrónico o nombre de usuario.
bpr-error-reviewer-not-verified = Esta persona todavía no ha confirmado su dirección de correo electrónico, así que no puede revisar.
bpr-error-reviewer-is-author = La persona autora de una práctica no puede revisarla.
bpr-error-reviewer-same-organisation = Esta persona pertenece a la organización de la práctica o a una organización de su autor/a, así que no puede revisarla.
bpr-error-reviewer-already-assigned = Esta persona ya revisa esta versión.
bpr-error-choose-decision = Elige aceptar, pedir cambios o rechazar.
bpr-error-note-required = Escribe una nota que explique el motivo a la persona autora.
bpr-error-note-lang = Elige el idioma de la nota.
bpr-error-needs-two-reviews = { $done ->
    [0] Para aceptar se necesitan al menos dos revisiones enviadas; todavía no ha llegado ninguna.
    [one] Para aceptar se necesitan al menos dos revisiones enviadas; solo ha llegado una.
   *[other] Para aceptar se necesitan al menos dos revisiones enviadas; han llegado { $done }.
}
bpr-error-needs-a-review = Para pedir cambios se necesita al menos una revisión enviada, para que la persona autora sepa qué cambiar. Puedes rechazar sin revisiones.
bpr-error-score-missing = Elige una puntuación del 1 al 5 para «{ $criterion }».
bpr-error-score-range = La puntuación de «{ $criterion }» debe ser un número entero del 1 al 5.
bpr-error-comment-missing = Escribe un comentario que explique tu puntuación de «{ $criterion }».
bpr-error-summary-missing = Escribe tu valoración global para la persona autora y el equipo editorial.

## Confirmaciones

flash-bpr-assigned = La persona revisora se ha asignado y se le ha avisado por correo electrónico.
flash-bpr-withdrawn = La asignación se ha retirado.
flash-bpr-review-submitted = Gracias: tu revisión se ha enviado.
flash-bpr-accepted = La versión se ha aceptado y publicado. Se ha avisado a la persona autora por correo electrónico.
flash-bpr-revise = Se han pedido cambios a la persona autora y se le ha avisado por correo electrónico.
flash-bpr-rejected = La práctica se ha rechazado. Se ha avisado a la persona autora por correo electrónico.
flash-bpr-label-awarded = El distintivo se ha concedido.
flash-bpr-label-removed = El distintivo se ha quitado.

## Correos electrónicos

bpr-email-assigned-subject = Te pedimos que revises la práctica { $name }
bpr-email-assigned-body =
    Una persona del equipo editorial del repositorio de buenas prácticas de Bottega te pide que revises la práctica { $name }.

    Puntúala del 1 al 5 en cada uno de los cinco criterios de la rúbrica pública, con un comentario en cada uno. La persona autora leerá tu revisión sin tu nombre.

    Lee la práctica y escribe tu revisión aquí:
    { $link }
bpr-email-withdrawn-subject = Ya no hace falta la revisión: { $name }
bpr-email-withdrawn-body =
    Ya no hace falta tu revisión de la práctica { $name }: el equipo editorial ha retirado la asignación o ya ha tomado una decisión sobre la versión. Gracias por tu tiempo.

    Tus revisiones:
    { $link }
bpr-email-review-in-subject = Ha llegado una revisión: { $name }
bpr-email-review-in-body =
    Una persona revisora ha enviado una revisión de la práctica { $name }.

    El panel de revisión:
    { $link }
bpr-email-decision-accept-subject = Tu práctica se ha publicado: { $name }
bpr-email-decision-accept-body =
    Buenas noticias: el equipo editorial ha aceptado tu práctica { $name }. Ya está publicada en el repositorio de buenas prácticas con su resumen de puntuaciones.

    Lee las revisiones y la nota del equipo editorial:
    { $link }
bpr-email-decision-revise-subject = Se piden cambios en tu práctica: { $name }
bpr-email-decision-revise-body =
    El equipo editorial te pide que reelabores tu práctica { $name } antes de que pueda publicarse. Tu reelaboración será una nueva versión, que se revisará de nuevo.

    Lee las revisiones y lo que pide el equipo editorial:
    { $link }
bpr-email-decision-reject-subject = Decisión sobre tu práctica: { $name }
bpr-email-decision-reject-body =
    El equipo editorial ha decidido no publicar tu práctica { $name }.

    Lee las revisiones y la explicación del equipo editorial:
    { $link }
