# Cooperación: la página de inicio de la sección, las asociaciones (registro, propuesta, acuerdo y
# respuestas), el plan de acción conjunto y su progreso.

## La página de inicio

coop-title = Cooperación
coop-lead = Trabajo a largo plazo entre organizaciones: asociaciones con un acuerdo que firma cada organización y un plan de acción conjunto, hermanamientos en los que una institución acompaña a otra, y un repositorio revisado de buenas prácticas en formación profesional.
coop-waiting-title = Pendientes de tu respuesta
coop-waiting-lead = Estas asociaciones se han propuesto a una organización que administras. Lee el acuerdo y acéptalo o recházalo en nombre de la organización.
coop-answer-for = para { $org }
coop-answer-link = Leer y responder
coop-offer-title = Qué puedes hacer aquí
coop-partnerships-title = Asociaciones
coop-partnerships-summary = Las organizaciones acuerdan una finalidad y unos compromisos para varios años, planifican juntas objetivos, actividades e hitos, y hacen el seguimiento de sus indicadores.
coop-partnership-counts = { $active ->
    [one] Una asociación activa
   *[other] { $active } asociaciones activas
}, { $ended ->
    [one] una finalizada
   *[other] { $ended } finalizadas
}
coop-practices-title = Buenas prácticas
coop-practices-summary = Prácticas descritas con una plantilla común, revisadas por pares según una rúbrica publicada y citables por su identificador.
coop-search-title = Buscar socios
coop-search-summary = Busca en el directorio por país, sector, tipo e idioma de trabajo, y propón una asociación desde la página de una organización.
coop-mine-title = Asociaciones de tus organizaciones
coop-mine-none = Tus organizaciones todavía no participan en ninguna asociación.
coop-no-org = Para proponer una asociación o participar en ella, tienes que pertenecer a una organización.
coop-no-org-link = Busca o registra tu organización en el directorio
coop-login = Inicia sesión para ver las asociaciones de tus organizaciones y proponer una
coop-recent-title = Asociaciones iniciadas recientemente
coop-register-link = Todas las asociaciones

## El registro

pt-register-title = Asociaciones
pt-register-lead = Cooperación a largo plazo entre organizaciones, con el acuerdo que ha aceptado cada una de ellas. Las propuestas solo son visibles para las organizaciones implicadas.
pt-new-link = Proponer una asociación
pt-propose-link = Proponer una asociación
pt-login-to-propose = Inicia sesión para proponer una asociación
pt-filter-label = Filtrar asociaciones
pt-label-theme = Tema
pt-label-status = Estado
pt-label-country = País de una organización
pt-count = { $count ->
    [one] Una asociación
   *[other] { $count } asociaciones
}
pt-register-none = Ninguna asociación coincide.
pt-results-heading = Resultados
pt-runs = del { $start } al { $end }
pt-status-proposed = Propuesta
pt-status-active = Activa
pt-status-ended = Finalizada
pt-status-declined = Rechazada

## Proponer y reescribir

pt-new-title = Proponer una asociación
pt-new-lead = Describe lo que harán juntas las organizaciones. Los administradores de cada organización socia reciben un aviso por correo electrónico; la asociación comienza cuando un administrador de cada organización ha aceptado estas condiciones.
pt-edit-title = Reescribir las condiciones
pt-edit-lead = Al reescribir las condiciones se vuelve a preguntar a todas las organizaciones: las aceptaciones ya dadas vuelven a quedar pendientes, porque nadie queda obligado por unas condiciones que no ha leído.
pt-no-org-lead = Una asociación se propone en nombre de una organización, y todavía no perteneces a ninguna. Solicita unirte a tu organización en el directorio, o regístrala allí.
pt-no-org-join = Busca tu organización en el directorio
pt-no-org-create = Registrar una nueva organización
pt-label-from-org = En nombre de
pt-to-chosen = Propuesta a
pt-label-partners = Organizaciones socias
pt-label-more-partners = Más organizaciones socias
pt-partners-hint = Una organización por línea: su dirección en el directorio (por ejemplo, scuola-edile-roma) o un enlace a su página.
pt-label-title = Título de la asociación
pt-label-themes = Temas estratégicos
pt-themes-hint = Elige al menos uno.
pt-label-purpose = Finalidad
pt-purpose-hint = Para qué sirve la asociación y qué debería cambiar. Puedes usar Markdown.
pt-label-commitments = Compromisos
pt-commitments-hint = A qué se compromete cada organización: personal, tiempo, acogida, dinero, datos. Puedes usar Markdown.
pt-label-lang = Idioma del texto
pt-label-starts-on = Inicio
pt-label-ends-on = Fin
pt-ends-on-hint = Un acuerdo dura diez años como máximo.
pt-label-your-signatory = Quién firma por tu organización
pt-your-signatory-hint = Si administras la organización que hace la propuesta, proponer equivale a su aceptación: indica quién firma el acuerdo en su nombre y con qué cargo.
pt-label-signatory-name = Nombre del firmante
pt-label-signatory-role = Cargo del firmante
pt-propose-button = Enviar la propuesta
pt-save-terms-button = Guardar las nuevas condiciones

pt-error-ends-before-start = El fin no puede ser anterior al inicio.
pt-error-too-long = Un acuerdo puede durar diez años como máximo; elige una fecha de fin anterior.
pt-error-themes-required = Elige al menos un tema.
pt-error-not-your-org = Elige una de tus organizaciones.
pt-error-partner-address = Estas no son direcciones del directorio: { $list }
pt-error-unknown-partner = Ninguna organización del directorio tiene esta dirección: { $list }
pt-error-no-partner = Indica al menos una organización socia.
pt-error-too-many-partners = Una propuesta puede incluir { $limit } organizaciones socias como máximo.
pt-error-own-org-only = Una asociación necesita al menos otra organización además de la tuya.
pt-error-number = Introduce un número; por ejemplo, 40 o 12,5.
pt-error-number-range = Este número es demasiado grande.
pt-error-no-organisation = Para proponer una asociación tienes que pertenecer a una organización.
pt-error-not-org-admin = Solo un administrador de esta organización puede responder en su nombre. No se ha cambiado nada.
pt-error-not-proposed = Esta asociación ya no es una propuesta: ya se ha aceptado, rechazado o retirado.
pt-error-not-active = Solo se puede finalizar una asociación activa.
pt-error-closed = Esta asociación ha finalizado o se ha rechazado: su plan se conserva tal como estaba y ya no se puede modificar.
pt-error-members-only = Solo los miembros de las organizaciones socias pueden hacerlo.
pt-error-proposer-only = Solo la persona que propuso esta asociación, o un administrador de la organización que la propuso, puede hacerlo.
pt-error-admins-only = Solo un administrador de una de las organizaciones socias puede finalizar la asociación.

## El acuerdo

pt-nav-label = Páginas de la asociación
pt-tab-agreement = Acuerdo
pt-tab-plan = Plan de acción
pt-tab-progress = Progreso
pt-tab-twinnings = Hermanamientos
pt-ended-notice = Esta asociación ha finalizado. Su acuerdo, su plan y su progreso se conservan aquí como registro.
pt-declined-notice = Esta asociación no llegó a comenzar: una organización la rechazó o se retiró la propuesta.
pt-label-period = Periodo
pt-label-terms-version = Condiciones
pt-terms-version = versión { $version }
pt-active-since = activa desde el { $date }
pt-ended-on = finalizada el { $date }
pt-parties-title = Organizaciones y sus respuestas
pt-col-organisation = Organización
pt-col-answer = Respuesta
pt-col-signatory = Firmado por
pt-col-answered = Respondido por
pt-answer-pending = Pendiente
pt-answer-accepted = Aceptado
pt-answer-declined = Rechazado
pt-outdated-terms = condiciones anteriores
pt-proposer-badge = proponente
pt-answered-by = { $name }, { $date }
pt-answer-waiting-notice = Se espera la respuesta de tu organización.
pt-answer-waiting-link = Lee el acuerdo y responde más abajo.
pt-answer-title = Respuesta de { $org }
pt-answer-lead = Como administrador/a de esta organización, aceptas o rechazas en su nombre la versión { $version } de las condiciones.
pt-answer-hint = Para aceptar, indica quién firma y con qué cargo. Para rechazar no hace falta ninguna de las dos cosas, y la asociación se detiene.
pt-accept-button = Aceptar en nombre de { $org }
pt-decline-button = Rechazar
pt-plan-summary-title = El trabajo conjunto
pt-plan-summary = Plan de acción: { $objectives ->
    [one] un objetivo
   *[other] { $objectives } objetivos
}, { $activities ->
    [one] una actividad
   *[other] { $activities } actividades
}
pt-progress-summary = Progreso: { $milestones ->
    [one] un hito
   *[other] { $milestones } hitos
}, { $indicators ->
    [one] un indicador
   *[other] { $indicators } indicadores
}
pt-twinnings-link = Hermanamientos dentro de esta asociación
pt-manage-title = Gestión de la asociación
pt-edit-link = Reescribir las condiciones
pt-withdraw-link = Retirar la propuesta
pt-end-link = Finalizar la asociación
pt-withdraw-title = Retirar la propuesta
pt-withdraw-confirm = ¿Quieres retirar la propuesta «{ $title }»? Se informará a las organizaciones socias y la asociación no comenzará.
pt-withdraw-button = Retirar la propuesta
pt-end-title = Finalizar la asociación
pt-end-confirm = ¿Quieres finalizar ahora la asociación «{ $title }»? Su plan y su progreso se conservan como registro y ya no se podrán modificar.
pt-end-button = Finalizar la asociación
pt-cancel-link = Cancelar

flash-pt-proposed = La propuesta se ha enviado. Los administradores de cada organización socia han recibido un aviso por correo electrónico.
flash-pt-accepted = Se ha registrado la aceptación de tu organización. La asociación comenzará cuando todas las organizaciones la hayan aceptado.
flash-pt-active = Todas las organizaciones han aceptado: la asociación está activa.
flash-pt-declined = Tu organización ha rechazado la asociación.
flash-pt-terms-revised = Las nuevas condiciones se han guardado. Se pide a cada organización que las acepte.
flash-pt-withdrawn = La propuesta se ha retirado.
flash-pt-ended = La asociación ha finalizado.

## El plan de acción conjunto

pt-plan-title = Plan de acción
pt-plan-lead = Los objetivos, las actividades que contribuyen a ellos y sus responsables, los hitos con sus fechas y los indicadores que muestran si la asociación logra lo que se propuso.
pt-plan-read-only = La asociación no está en curso: su plan se muestra tal como estaba y no se puede modificar.
pt-plan-empty = Por ahora el plan está vacío.
pt-add-objective = Añadir un objetivo
pt-add-activity = Añadir una actividad
pt-add-milestone = Añadir un hito
pt-add-indicator = Añadir un indicador
pt-objective-heading = Objetivo { $n }:
pt-no-objective = Sin objetivo asignado
pt-objective-empty = Todavía no hay nada previsto para este objetivo.
pt-edit-item = Editar
pt-delete-item = Eliminar
pt-move-up = Subir
pt-move-down = Bajar
pt-record-value-link = Registrar un valor
pt-activities-title = Actividades
pt-milestones-title = Hitos
pt-indicators-title = Indicadores
pt-col-activity = Actividad
pt-col-owner = Responsable
pt-col-dates = Fechas
pt-col-status = Estado
pt-col-actions = Acciones
pt-col-milestone = Hito
pt-col-due = Fecha prevista
pt-col-indicator = Indicador
pt-col-baseline = Valor de partida
pt-col-target = Meta
pt-col-latest = Último valor
pt-col-share = Respecto a la meta
pt-activity-planned = Prevista
pt-activity-ongoing = En curso
pt-activity-done = Terminada
pt-activity-cancelled = Cancelada
pt-milestone-status-planned = Previsto
pt-milestone-status-reached = Alcanzado
pt-milestone-status-missed = No alcanzado
pt-milestone-on-time = Alcanzado a tiempo
pt-milestone-late = Alcanzado con retraso
pt-milestone-missed = No alcanzado
pt-milestone-overdue = Vencido
pt-milestone-upcoming = Próximo
pt-reached-on = el { $date }
pt-percent = { $value } %
pt-back-to-plan = Volver al plan de acción de { $title }

pt-edit-objective-title = Editar el objetivo
pt-edit-activity-title = Editar la actividad
pt-edit-milestone-title = Editar el hito
pt-edit-indicator-title = Editar el indicador
pt-label-objective-title = Objetivo
pt-label-description = Descripción
pt-objective-description-hint = Opcional: cómo se verá que se ha alcanzado este objetivo.
pt-label-objective = Objetivo
pt-label-activity-title = Actividad
pt-label-owner-org = Organización responsable
pt-label-owner-name = Persona que la dirige
pt-owner-name-hint = El nombre de la persona que dirige la actividad en esa organización.
pt-label-milestone-title = Hito
pt-label-due-on = Fecha prevista
pt-label-reached-on = Alcanzado el
pt-reached-on-hint = Solo para un hito marcado como alcanzado.
pt-label-indicator-name = Indicador
pt-label-unit = Unidad
pt-unit-hint = Qué se cuenta; por ejemplo, «docentes formados», «empresas» o «%».
pt-label-baseline = Valor de partida
pt-baseline-hint = El valor al inicio; 0 si se deja vacío.
pt-label-target = Meta
pt-target-hint = El valor al que aspiran los socios; por ejemplo, 40 o 12,5.
pt-save-button = Guardar
pt-delete-button = Eliminar
pt-delete-objectives-title = Eliminar el objetivo
pt-delete-objectives-confirm = ¿Quieres eliminar el objetivo «{ $title }»? Sus actividades, hitos e indicadores se quedan en el plan, sin objetivo asignado.
pt-delete-activities-title = Eliminar la actividad
pt-delete-activities-confirm = ¿Quieres eliminar la actividad «{ $title }»?
pt-delete-milestones-title = Eliminar el hito
pt-delete-milestones-confirm = ¿Quieres eliminar el hito «{ $title }»?
pt-delete-indicators-title = Eliminar el indicador
pt-delete-indicators-confirm = ¿Quieres eliminar el indicador «{ $title }» junto con todos los valores registrados?

pt-plan-error-owner = Elige una de las organizaciones de la asociación.
pt-plan-error-reached-future = Un hito no puede alcanzarse en un día que todavía no ha llegado.
pt-plan-error-measured-future = Un valor no puede medirse en un día que todavía no ha llegado.
pt-plan-error-full = El plan ya contiene el número máximo de elementos de este tipo.

pt-unit-is = Unidad de medida: { $unit }
pt-values-title = Valores medidos
pt-values-none = Todavía no se ha registrado ningún valor.
pt-values-of = Valores de { $name }
pt-col-measured-on = Medido el
pt-col-value = Valor
pt-col-note = Nota
pt-col-recorded-by = Registrado por
pt-record-value-title = Registrar un valor
pt-label-measured-on = Medido el
pt-label-value = Valor
pt-label-note = Nota
pt-record-value-button = Registrar el valor
pt-progress-link = Ver el progreso de todo el plan
pt-chart-measured = Medido
pt-chart-target = Meta

flash-pt-plan-saved = El plan de acción se ha guardado.
flash-pt-plan-deleted = Se ha eliminado del plan de acción.
flash-pt-value-recorded = El valor se ha registrado.
flash-pt-value-deleted = El valor se ha eliminado.

## Progreso

pt-progress-title = Progreso
pt-overall-title = Visión general
pt-overall-label = Grado de cumplimiento
pt-overall-explained = Esta cifra es la media de los valores siguientes, que cuentan todos por igual:
pt-overall-none = Todavía no hay nada que medir: añade hitos, actividades o indicadores al plan de acción.
pt-completion-milestones = hitos alcanzados: { $done } de { $of }
pt-completion-activities = actividades terminadas: { $done } de { $of } (las canceladas no se cuentan)
pt-completion-indicators = indicadores: de media, { $share } de su meta (un indicador sin valor cuenta como 0)
pt-activities-none = Todavía no hay ninguna actividad prevista.
pt-timeline-title = Hitos a lo largo del tiempo
pt-milestones-none = Todavía no hay ningún hito previsto.
pt-milestone-count-on-time = { $count ->
    [one] { $count } alcanzado a tiempo
   *[other] { $count } alcanzados a tiempo
}
pt-milestone-count-late = { $count ->
    [one] { $count } alcanzado con retraso
   *[other] { $count } alcanzados con retraso
}
pt-milestone-count-missed = { $count ->
    [one] { $count } no alcanzado
   *[other] { $count } no alcanzados
}
pt-milestone-count-overdue = { $count ->
    [one] { $count } vencido
   *[other] { $count } vencidos
}
pt-milestone-count-upcoming = { $count ->
    [one] { $count } próximo
   *[other] { $count } próximos
}
pt-indicators-none = Todavía no se ha definido ningún indicador.
pt-indicator-status = último valor { $latest }, meta { $target }
pt-indicator-share = { $share } del camino desde el valor de partida
pt-indicator-no-value = Todavía no se ha registrado ningún valor; la meta es { $target }.

## Correos electrónicos (cada uno a un administrador de una organización socia: $org es la suya, $by la que actúa)

pt-email-proposal-subject = Propuesta de asociación: { $title }
pt-email-proposal-body =
    Hola:

    { $by } propone la asociación «{ $title }» a { $org } en Bottega. Como administrador/a de { $org }, puedes leer el acuerdo y aceptarlo o rechazarlo en nombre de tu organización:

    { $link }
pt-email-proposal-own-subject = Confirma la asociación propuesta para { $org }: { $title }
pt-email-proposal-own-body =
    Hola:

    Un miembro de { $org } ha propuesto en Bottega la asociación «{ $title }» en nombre de la organización. La asociación solo comenzará cuando un administrador de cada organización, también de { $org }, la haya aceptado. Lee el acuerdo y acéptalo o recházalo:

    { $link }
pt-email-terms-changed-subject = Nuevas condiciones para la asociación { $title }
pt-email-terms-changed-body =
    Hola:

    { $by } ha reescrito las condiciones de la asociación propuesta «{ $title }». Las aceptaciones anteriores vuelven a quedar pendientes: lee las nuevas condiciones y responde de nuevo en nombre de { $org }:

    { $link }
pt-email-active-subject = La asociación { $title } está activa
pt-email-active-body =
    Hola:

    Todas las organizaciones han aceptado el acuerdo de «{ $title }» (la última respuesta ha sido de { $by }). La asociación está activa y su plan de acción está abierto a los miembros de { $org }:

    { $link }
pt-email-declined-subject = La asociación { $title } se ha rechazado
pt-email-declined-body =
    Hola:

    { $by } ha rechazado la asociación propuesta «{ $title }», por lo que no comenzará. Aquí puedes leer el acuerdo y las respuestas:

    { $link }
pt-email-withdrawn-subject = Se ha retirado la propuesta { $title }
pt-email-withdrawn-body =
    Hola:

    { $by } ha retirado su propuesta de asociación «{ $title }». Ya no se pide nada más a { $org }:

    { $link }
pt-email-ended-subject = La asociación { $title } ha finalizado
pt-email-ended-body =
    Hola:

    { $by } ha finalizado la asociación «{ $title }». Su acuerdo, su plan y su progreso siguen disponibles como registro:

    { $link }

## En la página de una organización en el directorio

pt-org-partnerships-title = Asociaciones activas
