# Cooperación: los hermanamientos dentro de una asociación (la lista, cómo iniciar uno, el resumen,
# los cuatro lotes y sus actividades con participantes y evidencias, el diario de acompañamiento).

tw-list-title = Hermanamientos
tw-list-lead = Hermanamientos de la asociación «{ $title }»: una institución acompaña a otra mediante un plan de desarrollo de capacidades en cuatro lotes, y ambas llevan un diario del acompañamiento.
tw-list-none = Todavía no se ha iniciado ningún hermanamiento en esta asociación.
tw-list-not-active = Los hermanamientos solo se pueden iniciar mientras la asociación está activa.
tw-new-link = Iniciar un hermanamiento
tw-count = { $count ->
    [one] Un hermanamiento
   *[other] { $count } hermanamientos
}
tw-back-to-list = Hermanamientos de «{ $title }»
tw-coaching-line = Institución que acompaña: { $org } ({ $country })
tw-coached-line = Institución acompañada: { $org } ({ $country })
tw-runs = del { $start } al { $end }
tw-pair = { $coaching } acompaña a { $coached }

tw-new-title = Iniciar un hermanamiento
tw-new-lead = Empareja una institución que acompaña con una institución acompañada, elegidas entre las organizaciones de la asociación. El plan empieza con sus cuatro lotes sin iniciar; después, los miembros de ambas organizaciones añaden actividades y escriben el diario de acompañamiento.
tw-edit-title = Editar el hermanamiento
tw-label-sides = Las dos instituciones
tw-sides-hint = Ambas tienen que ser organizaciones de la asociación, y tú tienes que ser administrador/a de una de ellas.
tw-sides-fixed-hint = La institución que acompaña y la acompañada siguen siendo las elegidas al iniciar el hermanamiento.
tw-label-coaching = Institución que acompaña
tw-label-coached = Institución acompañada
tw-label-title = Nombre del hermanamiento
tw-label-description = Descripción
tw-description-hint = Qué quiere construir la institución acompañada y cómo la ayudará el acompañamiento. Puedes usar Markdown.
tw-label-lang = Idioma del texto
tw-label-period = Periodo
tw-partnership-period = La asociación dura del { $start } al { $end }; el hermanamiento tiene que estar dentro de ese periodo.
tw-label-starts-on = Inicio
tw-label-ends-on = Fin
tw-create-button = Iniciar el hermanamiento
tw-save-button = Guardar los cambios
tw-cancel = Cancelar

tw-error-ends-before-start = El fin no puede ser anterior al inicio.
tw-error-outside-partnership = La asociación dura del { $start } al { $end }: elige fechas dentro de ese periodo.
tw-error-not-party = Elige una de las organizaciones de la asociación.
tw-error-same-org = La institución acompañada tiene que ser una organización distinta de la que acompaña.
tw-error-not-your-org = Solo puedes iniciar un hermanamiento para una organización que administres: elígela como institución que acompaña o como institución acompañada.
tw-error-not-parties = Una de estas organizaciones ya no forma parte de la asociación.
tw-error-partnership-not-active = Los hermanamientos solo se pueden iniciar mientras la asociación está activa.
tw-error-start-admins-only = Solo los administradores de una organización de esta asociación pueden iniciar un hermanamiento.
tw-error-admins-only = Solo los administradores de la institución que acompaña o de la acompañada pueden hacerlo.
tw-error-sides-only = Solo los miembros de la institución que acompaña o de la acompañada pueden hacerlo.
tw-error-read-only = La asociación ya no está activa: este hermanamiento se puede consultar, pero no modificar.
tw-error-headcount = { $category }: introduce un número entero de personas entre 0 y 10 000.
tw-error-done-in-future = Una actividad que todavía no ha empezado no puede estar terminada: déjala como prevista.
tw-error-unknown-resource = En la caja de herramientas no hay ningún recurso con esta dirección o este número, o no tienes acceso a él.
tw-error-already-evidence = Este recurso ya es una evidencia de esta actividad.
tw-error-evidence-full = Una actividad puede tener { $limit } evidencias como máximo.
tw-error-side = Elige una de las dos instituciones.
tw-error-held-in-future = El diario recoge reuniones que ya se han celebrado: la fecha no puede ser futura.
tw-error-log-empty = Escribe lo que se acordó, los próximos pasos o ambas cosas.
tw-error-log-authors-only = Solo la persona que escribió esta entrada puede modificarla.

tw-read-only-notice = La asociación ya no está activa: este hermanamiento se conserva como registro y ya no se puede modificar.
tw-nav-label = Partes del hermanamiento
tw-tab-overview = Resumen
tw-tab-log = Diario de acompañamiento

tw-label-partnership = Asociación
tw-about-title = Sobre el hermanamiento
tw-plan-title = Plan de desarrollo de capacidades
tw-plan-lead = El progreso cuenta las actividades terminadas entre las que no se han cancelado.
tw-plan-caption = Los cuatro lotes con su estado, sus actividades y su progreso
tw-label-lot = Lote
tw-label-lot-status = Estado del lote
tw-label-activities = Actividades
tw-label-progress = Progreso
tw-progress-total = Todos los lotes
tw-progress-none = Todavía no hay actividades previstas
tw-progress-words = { $counted ->
    [one] Actividades terminadas: { $done } de una ({ $percent } %)
   *[other] Actividades terminadas: { $done } de { $counted } ({ $percent } %)
}
tw-count-planned = { $count ->
    [one] { $count } prevista
   *[other] { $count } previstas
}
tw-count-done = { $count ->
    [one] { $count } terminada
   *[other] { $count } terminadas
}
tw-count-cancelled = { $count ->
    [one] { $count } cancelada
   *[other] { $count } canceladas
}
tw-manage-title = Gestión del hermanamiento
tw-edit-link = Editar el nombre, la descripción y el periodo

tw-lot-status-not-started = Sin iniciar
tw-lot-status-in-progress = En curso
tw-lot-status-completed = Completado
tw-label-lot-note = Nota
tw-lot-note-hint = Por ejemplo, qué está frenando el lote o qué se ha logrado con él.
tw-lot-state-title = Actualizar el estado del lote
tw-lot-save-button = Guardar el estado

tw-participants-title = Participantes
tw-participants-none = Todavía no se han registrado participantes.
tw-participants-caption = Participantes del hermanamiento por categoría
tw-participants-lot-caption = Participantes de «{ $lot }» por categoría
tw-participants-category = Categoría
tw-participants-took-part = Han participado
tw-participants-planned = Previstos
tw-participants-headcount = Personas
tw-participants-total = Todas las categorías
tw-participant-count = { $count ->
    [one] Un participante
   *[other] { $count } participantes
}

tw-activities-title = Actividades
tw-activities-none = Todavía no hay ninguna actividad en este lote.
tw-activity-add-link = Añadir una actividad
tw-activity-new-title = Nueva actividad
tw-activity-new-in = Nueva actividad en «{ $lot }»
tw-activity-edit-title = Editar la actividad
tw-activity-edit-link = Editar la actividad
tw-activity-delete-link = Eliminar la actividad
tw-label-activity-title = Título
tw-label-activity-description = Descripción
tw-activity-description-hint = Qué se hace, para quién y qué debería dejar como resultado.
tw-label-place = Lugar
tw-place-hint = Una ciudad, una institución o «en línea».
tw-label-activity-status = Estado
tw-activity-status-planned = Prevista
tw-activity-status-done = Terminada
tw-activity-status-cancelled = Cancelada
tw-label-participants = Participantes por categoría
tw-participants-hint = Cuántas personas de cada categoría participan (o han participado). Déjalo vacío si no hay ninguna.
tw-activity-add-button = Añadir la actividad
tw-activity-save-button = Guardar la actividad
tw-activity-conflict = Otra persona ha guardado esta actividad mientras la editabas. Tus cambios se conservan abajo; si vuelves a guardar, tu versión sustituirá a la suya.
tw-activity-conflict-see = Ver la actividad tal como está ahora (se abre la página y se pierden los cambios que has hecho aquí)
tw-label-when = Cuándo
tw-label-added-by = Añadida por
tw-activity-delete-heading = ¿Quieres eliminar esta actividad?
tw-activity-delete-text = La actividad «{ $title }» se elimina junto con sus cifras de participantes y sus vínculos con las evidencias. Los recursos en sí se quedan en la caja de herramientas.
tw-activity-delete-button = Eliminar «{ $title }»

tw-evidence-title = Evidencias
tw-evidence-lead = Informes, fotos, órdenes del día y otras pruebas de la actividad, guardados en la caja de herramientas.
tw-evidence-none = Todavía no hay evidencias vinculadas.
tw-evidence-added-by = vinculada por { $name }
tw-evidence-unlink-button = Quitar
tw-evidence-link-title = Vincular una evidencia
tw-label-resource = Recurso de la caja de herramientas
tw-resource-hint = Pega la dirección de la página del recurso o escribe su número. Solo se pueden vincular recursos a los que tienes acceso, { $limit } por actividad como máximo.
tw-evidence-link-button = Vincular el recurso
tw-deposit-link = Compartir primero un nuevo recurso en la caja de herramientas

tw-log-title = Diario de acompañamiento
tw-log-lead = Las reuniones entre las dos instituciones: qué se trató, qué se acordó y cuáles son los próximos pasos. Primero las más recientes.
tw-log-latest-title = Lo último del diario de acompañamiento
tw-log-none = El diario de acompañamiento todavía no tiene ninguna entrada.
tw-log-count = { $count ->
    [one] Una entrada
   *[other] { $count } entradas
}
tw-log-all-link = { $count ->
    [0] Abrir el diario de acompañamiento
    [one] Todo el diario de acompañamiento (una entrada)
   *[other] Todo el diario de acompañamiento ({ $count } entradas)
}
tw-log-add-link = Escribir una entrada en el diario
tw-log-side = por parte de { $org }
tw-log-by = escrita por { $name }
tw-log-new-title = Nueva entrada del diario
tw-log-edit-title = Editar la entrada del diario
tw-log-label-side = Escrita en nombre de
tw-log-side-hint = Perteneces a las dos instituciones: indica en nombre de cuál escribes esta entrada.
tw-log-writing-for = Escribes en nombre de { $org }.
tw-log-label-held-on = Fecha de la reunión
tw-log-label-topic = Tema
tw-log-label-agreed = Qué se acordó
tw-log-agreed-hint = Decisiones y compromisos de cada parte. Puedes usar Markdown.
tw-log-label-next-steps = Próximos pasos
tw-log-next-steps-hint = Quién hace qué y para cuándo. Puedes usar Markdown.
tw-log-add-button = Añadir al diario
tw-log-save-button = Guardar la entrada
tw-log-edit-link = Editar
tw-log-delete-link = Eliminar
tw-log-delete-heading = ¿Quieres eliminar esta entrada del diario?
tw-log-delete-text = La entrada «{ $topic }» del { $date } se elimina para las dos instituciones.
tw-log-delete-button = Eliminar «{ $topic }»

# Se muestran una sola vez tras un cambio; la plataforma solo muestra los id que empiezan por flash-.
flash-tw-created = El hermanamiento se ha iniciado.
flash-tw-updated = El hermanamiento se ha guardado.
flash-tw-lot-saved = El estado del lote se ha guardado.
flash-tw-activity-added = La actividad se ha añadido. Ahora puedes vincularle evidencias.
flash-tw-activity-saved = La actividad se ha guardado.
flash-tw-activity-deleted = La actividad se ha eliminado.
flash-tw-evidence-linked = El recurso se ha vinculado como evidencia.
flash-tw-evidence-unlinked = El recurso ya no es una evidencia de esta actividad.
flash-tw-log-added = La entrada se ha añadido al diario de acompañamiento.
flash-tw-log-saved = La entrada del diario se ha guardado.
flash-tw-log-deleted = La entrada del diario se ha eliminado.
