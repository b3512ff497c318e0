# Colaboración: grupos de trabajo (lista, resumen, participación, recursos, cierre).

wg-list-title = Grupos de trabajo
wg-list-lead = Grupos de corta duración que trabajan juntos sobre un tema, con un tablero de tareas, páginas compartidas, reuniones y su propio debate, hasta que recogen por escrito lo que ha salido de su trabajo.
wg-new-link = Crear un grupo de trabajo
wg-login-to-start = Inicia sesión para crear un grupo de trabajo
wg-mine-title = Tus grupos
wg-filter-label = Filtrar grupos de trabajo
wg-label-status = Estado
wg-status-active = Activo
wg-status-archived = Archivado
wg-status-all = Todos
wg-count = { $count ->
    [one] Un grupo de trabajo
   *[other] { $count } grupos de trabajo
}
wg-list-none = Todavía no hay ningún grupo de trabajo que coincida.
wg-member-count = { $count ->
    [one] un miembro
   *[other] { $count } miembros
}
wg-runs = del { $start } al { $end }

wg-membership-open = Abierto: puede unirse cualquier persona con sesión iniciada
wg-membership-request = Previa solicitud: el equipo de coordinación acepta a los nuevos miembros
wg-membership-invitation = Por invitación del equipo de coordinación
wg-place-member-coordinator = Coordinas este grupo.
wg-place-member-member = Eres miembro de este grupo.
wg-place-requested-member = Solicitud enviada
wg-place-invited-member = Invitación pendiente de tu respuesta
wg-role-coordinator = Coordinador/a
wg-role-member = Miembro

wg-new-title = Crear un grupo de trabajo
wg-new-lead = Explica de qué trata el grupo y qué debería producir. Serás la primera persona en coordinarlo; el grupo tendrá su propio tablero de tareas, páginas, reuniones y debate.
wg-edit-title = Editar el grupo de trabajo
wg-label-title = Nombre del grupo
wg-label-theme = Tema
wg-theme-hint = Una sola línea; por ejemplo: «Competencias verdes en la formación de aprendices de carpintería».
wg-label-goal = Objetivo
wg-goal-hint = Qué quiere conseguir el grupo y para cuándo. Puedes usar Markdown.
wg-label-lang = Idioma del texto
wg-label-starts-on = Inicio
wg-label-ends-on = Fin
wg-ends-on-hint = Un grupo de trabajo es de corta duración: tres años como máximo.
wg-label-membership = Quién puede unirse
wg-label-sectors = Sectores
wg-create-button = Crear el grupo
wg-save-button = Guardar los cambios
wg-label-dates = Periodo
wg-label-members = Miembros
wg-label-coordinators = Coordinación

wg-error-ends-before-start = El fin no puede ser anterior al inicio.
wg-error-too-long = Un grupo de trabajo puede durar tres años como máximo; elige una fecha de fin anterior.
wg-error-archived = Este grupo de trabajo está cerrado: su espacio de trabajo es ahora un archivo y ya no se puede modificar.
wg-error-members-only = Solo los miembros de este grupo de trabajo pueden hacerlo.
wg-error-coordinators-only = Solo el equipo de coordinación de este grupo de trabajo puede hacerlo.
wg-error-already-placed = Ya eres miembro de este grupo, o tu solicitud o tu invitación está pendiente.
wg-error-not-placed = No formas parte de este grupo.
wg-error-no-invitation = No hay ninguna invitación que responder.
wg-error-message-too-long = El mensaje es demasiado largo (1000 caracteres como máximo).
wg-error-last-coordinator = Un grupo necesita a alguien que lo coordine: asigna primero ese rol a otra persona.
wg-error-not-possible = Ese cambio no es posible para esta persona.
wg-error-unknown-person = No hay nadie registrado en Bottega con este nombre de usuario o esta dirección de correo electrónico.
wg-error-already-has-place = Esta persona ya es miembro, ya ha solicitado unirse o ya tiene una invitación.
wg-error-unknown-resource = En la caja de herramientas no hay ningún recurso con esta dirección o este número, o no tienes acceso a él.
wg-error-already-linked = Este recurso ya está vinculado al grupo.
wg-error-not-closed = El grupo sigue activo: sus resultados se publican cuando se cierra.
wg-error-already-published = Los resultados ya se han publicado.

wg-archived-notice = Este grupo de trabajo está cerrado. Su espacio de trabajo se conserva aquí como archivo de solo lectura.
wg-workspace-label = Espacio de trabajo del grupo
wg-tab-overview = Resumen
wg-tab-tasks = Tareas
wg-tab-pages = Páginas
wg-tab-meetings = Reuniones
wg-tab-discussion = Debate
wg-tab-resources = Recursos
wg-tab-members = Miembros

wg-outcome-title = Resultados
wg-archived-on = Cerrado el { $date }
wg-outcome-published-link = Ver los resultados en la caja de herramientas
wg-outcome-publish-hint = Publica los resultados en la caja de herramientas como resultado de proyecto, para que otras personas puedan encontrarlos y reutilizarlos.
wg-outcome-publish-button = Publicar los resultados
wg-label-licence = Licencia
wg-label-visibility = Quién puede verlos
wg-visibility-public = Todo el mundo
wg-visibility-members = Miembros con sesión iniciada

wg-your-place = Tu participación
wg-login-to-join = Inicia sesión para unirte a este grupo
wg-leave-button = Salir del grupo
wg-request-waiting = Tu solicitud para unirte está pendiente de respuesta por parte del equipo de coordinación.
wg-request-withdraw-button = Retirar la solicitud
wg-invited = Te han invitado a unirte a este grupo.
wg-invitation-accept-button = Aceptar la invitación
wg-invitation-decline-button = Rechazar
wg-archived-no-joining = Este grupo está cerrado y no admite nuevos miembros.
wg-join-button = Unirme al grupo
wg-label-request-message = Mensaje para el equipo de coordinación
wg-request-message-hint = Opcional: por qué quieres participar y qué puedes aportar.
wg-request-button = Solicitar unirme
wg-invitation-only = Los nuevos miembros se incorporan por invitación del equipo de coordinación.

wg-workspace-title = Espacio de trabajo
wg-summary-tasks = Tareas: { $open } abiertas, { $done } terminadas
wg-summary-pages = { $count ->
    [one] Una página compartida
   *[other] { $count } páginas compartidas
}
wg-summary-meetings = { $count ->
    [0] No hay reuniones previstas
    [one] Una reunión prevista
   *[other] { $count } reuniones previstas
}
wg-summary-next-meeting = la próxima: { $when }
wg-summary-threads = { $count ->
    [0] Todavía no hay ningún debate
    [one] Un debate
   *[other] { $count } debates
}
wg-coordination-title = Coordinación
wg-edit-link = Editar la descripción del grupo
wg-manage-members-link = { $count ->
    [0] Gestionar los miembros
    [one] Gestionar los miembros (una solicitud pendiente)
   *[other] Gestionar los miembros ({ $count } solicitudes pendientes)
}
wg-close-link = Cerrar el grupo y redactar sus resultados

wg-members-title = Miembros
wg-col-person = Persona
wg-col-role = Rol
wg-col-since = Miembro desde
wg-col-actions = Acciones
wg-promote-button = Cambiar a coordinador/a
wg-demote-button = Cambiar a miembro
wg-remove-button = Quitar
wg-requests-title = Solicitudes para unirse
wg-requests-none = No hay solicitudes pendientes.
wg-accept-button = Aceptar
wg-decline-button = Rechazar
wg-invitations-title = Invitaciones
wg-revoke-button = Retirar la invitación
wg-label-person = Nombre de usuario o dirección de correo electrónico
wg-person-hint = La persona ya debe tener una cuenta en Bottega; se le avisará por correo electrónico.
wg-invite-button = Invitar

wg-resources-title = Recursos vinculados
wg-resources-lead = Documentos, herramientas y resultados de la caja de herramientas con los que trabaja el grupo.
wg-resources-none = Todavía no hay ningún recurso vinculado.
wg-linked-by = vinculado por { $name }
wg-unlink-button = Quitar el vínculo
wg-link-title = Vincular un recurso
wg-label-resource = Dirección o número del recurso
wg-resource-hint = Copia la dirección de la página de un recurso; por ejemplo, /resources/12.
wg-label-note = Por qué es importante para el grupo
wg-link-button = Vincular el recurso
wg-deposit-link = Compartir un nuevo recurso en la caja de herramientas

wg-close-title = Cerrar el grupo
wg-close-lead = Recoge por escrito lo que ha logrado el grupo: resultados, decisiones, lo que otras personas pueden reutilizar y lo que queda pendiente.
wg-label-outcome = Resultados
wg-outcome-hint = Puedes usar Markdown. Los resultados se quedan en la página del grupo y después se pueden publicar en la caja de herramientas.
wg-close-warning = El cierre no se puede deshacer: las tareas, las páginas, las reuniones y el debate pasan a ser un archivo de solo lectura.
wg-preview-title = Vista previa
wg-preview-button = Vista previa
wg-close-button = Cerrar el grupo

flash-wg-created = El grupo de trabajo está listo. Invita a otras personas o comparte su dirección.
flash-wg-updated = La descripción del grupo se ha guardado.
flash-wg-joined = Te damos la bienvenida al grupo.
flash-wg-requested = Tu solicitud se ha enviado al equipo de coordinación.
flash-wg-left = Has salido del grupo.
flash-wg-request-withdrawn = Has retirado tu solicitud.
flash-wg-invitation-declined = Has rechazado la invitación.
flash-wg-invited = La invitación se ha enviado.
flash-wg-request-accepted = La solicitud se ha aceptado.
flash-wg-place-removed = Hecho.
flash-wg-member-removed = La persona ya no forma parte del grupo.
flash-wg-role-changed = El rol se ha cambiado.
flash-wg-resource-linked = El recurso se ha vinculado al grupo.
flash-wg-resource-unlinked = El vínculo se ha quitado.
flash-wg-closed = El grupo se ha cerrado y su espacio de trabajo se ha archivado.
flash-wg-outcome-published = Los resultados se han publicado en la caja de herramientas.

email-group-invitation-subject = Te invitan al grupo de trabajo { $name }
email-group-invitation-body =
    Hola:

    El equipo de coordinación te invita a participar en el grupo de trabajo { $name } en Bottega. Abre la página del grupo para aceptar o rechazar la invitación:

    { $link }
wg-back-to-group = ← Volver al grupo de trabajo
