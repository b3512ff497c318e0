## El taller de escenarios (sección Comunicación): factores de cambio, escenarios y opciones de actuación.

workshop-list-title = Talleres de escenarios
workshop-list-lead = Reflexiona con otras personas sobre cómo puede evolucionar la formación profesional: identifica las fuerzas que la configuran, imagina cuatro futuros posibles y sopesa las decisiones que tomamos hoy.
workshop-new-link = Iniciar un taller
workshop-login-to-start = Inicia sesión para iniciar un taller
workshop-filter-label = Filtrar talleres
workshop-count = { $count ->
    [one] Un taller
   *[other] { $count } talleres
}
workshop-list-none = Todavía no se ha iniciado ningún taller.
workshop-list-none-filtered = Ningún taller coincide con estos filtros.

## Fases

workshop-phase-drivers = Recogida de factores de cambio
workshop-phase-scenarios = Redacción de escenarios
workshop-phase-closed = Cerrado
workshop-steps-label = Etapas del taller
workshop-step-drivers = 1. Factores de cambio
workshop-step-scenarios = 2. Escenarios y opciones
workshop-step-closed = 3. Resultados

## Inicio de un taller

workshop-new-title = Iniciar un taller de escenarios
workshop-new-lead = Tú serás quien lo dinamice: los miembros proponen y valoran factores de cambio, tú eliges los dos ejes y entre todos redactáis los cuatro escenarios.
workshop-label-title = Título
workshop-label-focal-question = Pregunta central
workshop-focal-question-hint = La pregunta estratégica que explora el taller; por ejemplo: ¿Cómo aprenderán su oficio los aprendices de la construcción?
workshop-label-horizon = Horizonte temporal
workshop-horizon-hint = El año al que se refieren los escenarios, entre { $min } y { $max }.
workshop-label-lang = Idioma del taller
workshop-label-community = Comunidad
workshop-no-community = Todavía no hay ninguna comunidad en la que puedas iniciar un taller.
workshop-create-button = Iniciar el taller
workshop-error-horizon = Introduce un año entre { $min } y { $max }.
workshop-error-community = Elige una de las comunidades propuestas.

## La página del taller

workshop-label-phase = Fase
workshop-label-facilitator = Dinamizador/a
workshop-report-link = Informe
workshop-markdown-link = Descargar en formato Markdown
workshop-closed-notice = Este taller está cerrado. Puedes consultar y exportar sus resultados, pero no se puede modificar nada hasta que quien lo dinamiza vuelva a abrirlo.
workshop-login-to-take-part = Inicia sesión para participar en este taller
workshop-verify-to-take-part = Confirma tu dirección de correo electrónico para participar en este taller.
workshop-proposed-by = propuesta de { $name }
workshop-someone = alguien

## Factores de cambio

workshop-drivers-heading = Factores de cambio
workshop-drivers-intro = Los factores de cambio son las fuerzas que configurarán la formación profesional de aquí al año del horizonte. Valora cada uno de ellos: qué impacto tendría en la pregunta central y qué grado de incertidumbre tiene su evolución.
workshop-drivers-none = Todavía no se ha propuesto ningún factor de cambio.
workshop-drivers-details = { $count ->
    [one] Ver el factor en detalle
   *[other] Ver los { $count } factores en detalle
}
workshop-driver-new-heading = Proponer un factor de cambio
workshop-driver-new-hint = Una tendencia, una tecnología, una política, un cambio demográfico o económico: cualquier cosa que pueda influir en la respuesta a la pregunta central.
workshop-label-driver-title = Factor de cambio
workshop-label-driver-description = Descripción (opcional)
workshop-label-kind = Tipo
workshop-kind-trend = Tendencia
workshop-kind-trend-hint = ya está en marcha y su dirección es bastante clara
workshop-kind-uncertainty = Incertidumbre
workshop-kind-uncertainty-hint = podría evolucionar de formas muy distintas
workshop-driver-add-button = Añadir el factor
workshop-label-impact = Impacto
workshop-label-uncertainty = Incertidumbre
workshop-label-ratings = Valoraciones
workshop-rate-driver = Valorar este factor
workshop-rate-choice = Valorar esta opción
workshop-your-rating = Tu valoración
workshop-rating-choose = Elige…
workshop-rating-option = { $n ->
    [1] 1 – muy bajo
    [2] 2 – bajo
    [3] 3 – medio
    [4] 4 – alto
   *[5] 5 – muy alto
}
workshop-rating-button = Guardar mi valoración
workshop-rating-change-button = Cambiar mi valoración
workshop-not-rated = todavía sin valorar
workshop-error-rating = Elige una valoración del 1 al 5.
workshop-error-rating-missing = Indica una valoración del 1 al 5.
workshop-error-driver-elsewhere = Este factor no forma parte de este taller. Elige uno de los factores de la lista.
workshop-error-choice-elsewhere = Esta opción no forma parte de este taller. Valora una de las opciones de la lista.

## El gráfico

workshop-chart-title = Factores de cambio según su impacto y su incertidumbre
workshop-chart-desc = { $count ->
    [one] Un factor valorado, situado según su incertidumbre media (en horizontal, de 1 a 5) y su impacto medio (en vertical, de 1 a 5).
   *[other] { $count } factores valorados, situados según su incertidumbre media (en horizontal, de 1 a 5) y su impacto medio (en vertical, de 1 a 5).
} { $critical ->
    [0] Ninguno es una incertidumbre crítica.
    [one] Uno es una incertidumbre crítica (impacto alto e incertidumbre alta).
   *[other] { $critical } son incertidumbres críticas (impacto alto e incertidumbre alta).
}
workshop-chart-desc-critical = Incertidumbres críticas: { $drivers }.
workshop-chart-desc-empty = Todavía no se ha valorado ningún factor, por lo que el gráfico está vacío.
workshop-chart-axis-uncertainty = Incertidumbre
workshop-chart-axis-impact = Impacto
workshop-chart-critical = Incertidumbres críticas
workshop-chart-trends = Tendencias clave
workshop-critical-badge = Incertidumbre crítica
workshop-chart-empty = El gráfico se irá completando a medida que los miembros valoren los factores.
workshop-chart-caption = { $count ->
    [one] Un factor valorado
   *[other] { $count } factores valorados
}, { $critical ->
    [0] ninguno entre las incertidumbres críticas (arriba a la derecha)
    [one] uno entre las incertidumbres críticas (arriba a la derecha)
   *[other] { $critical } entre las incertidumbres críticas (arriba a la derecha)
}. A continuación figuran los mismos datos en forma de lista.
workshop-legend-heading = Leyenda del gráfico
workshop-drivers-table-caption = Factores de cambio con sus valoraciones medias
workshop-label-number = N.º
workshop-label-driver = Factor de cambio
workshop-label-impact-average = Impacto medio
workshop-label-uncertainty-average = Incertidumbre media
workshop-label-quadrant = Cuadrante

## Ejes

workshop-axes-heading = Elige los ejes de los escenarios
workshop-axes-heading-done = Ejes de los escenarios
workshop-axes-hint = Elige dos factores, idealmente dos incertidumbres críticas independientes entre sí, y pon nombre a los dos resultados extremos de cada uno. Así se abre la fase de escenarios, con cuatro escenarios, uno por cada combinación; a partir de ese momento ya no se pueden añadir ni valorar factores.
workshop-axis-x = Eje horizontal
workshop-axis-y = Eje vertical
workshop-axis-x-named = Eje horizontal: { $driver }
workshop-axis-y-named = Eje vertical: { $driver }
workshop-label-axis-driver = Factor de cambio
workshop-label-pole-low = Polo bajo (un resultado extremo)
workshop-label-pole-high = Polo alto (el resultado opuesto)
workshop-axes-button = Fijar los ejes y abrir los escenarios
workshop-error-same-axis = Elige un factor distinto para cada eje.
workshop-error-two-drivers = Para los ejes se necesitan al menos dos factores. Propón primero más factores.

## Escenarios

workshop-scenarios-heading = Escenarios
workshop-scenario-unnamed = Escenario { $quadrant }
workshop-scenario-empty = Nadie ha redactado todavía este escenario.
workshop-scenario-edited = Última modificación: { $name }, { $date }
workshop-scenario-edit = Redactar este escenario
workshop-scenario-history = Versiones anteriores
workshop-scenario-edit-heading = Redactar el escenario { $quadrant }
workshop-label-poles = Dónde se sitúa este escenario:
workshop-label-scenario-name = Nombre del escenario
workshop-label-narrative = Relato
workshop-narrative-hint = Describe este futuro como si vivieras en él: cómo es la formación profesional, quién aprende qué y dónde. Puedes usar Markdown: **negrita**, *cursiva*, listas con -, enlaces.
workshop-scenario-save-button = Guardar el escenario
workshop-preview-button = Vista previa
workshop-preview-heading = Vista previa
workshop-cancel = Cancelar
workshop-error-stale-revision = Otra persona ha guardado este escenario mientras escribías. Tu texto no se ha guardado: compáralo con la versión que se muestra aquí, combina ambos y vuelve a guardar.
workshop-conflict-heading = Este escenario ha cambiado mientras escribías
workshop-conflict-text = { $name } ha guardado una nueva versión el { $date }. Tu texto sigue en el formulario de abajo.
workshop-conflict-their-version = Su versión, ya guardada
workshop-conflict-source = Su texto en Markdown, para copiar lo que necesites
workshop-conflict-next = Cuando vuelvas a guardar, tu texto sustituirá a su versión, así que conserva lo que quieras de ella.
workshop-history-title = Versiones anteriores
workshop-history-current = Versión actual ({ $revision })
workshop-history-version = Versión { $revision }
workshop-history-replaced = Sustituida por { $name }, { $date }
workshop-history-none = Todavía no hay versiones anteriores.

## Opciones de actuación

workshop-choices-heading = Opciones de actuación y decisiones
workshop-choices-intro = ¿Qué podríamos decidir hoy que nos acerque a uno de estos futuros o nos aleje de él? Añade opciones y decisiones, y valora cada una según lo plausible que es que se adopte y lo deseable que es.
workshop-choices-count = { $count ->
    [0] Todavía no hay opciones
    [one] Una opción
   *[other] { $count } opciones
}
workshop-choices-none = Todavía no se ha añadido ninguna opción para este escenario.
workshop-label-choice = Opción o decisión
workshop-choice-hint = Por ejemplo: Incluir un periodo de aprendizaje en el trabajo en todos los programas de FP.
workshop-label-direction = Conduce
workshop-direction-towards = Hacia este escenario
workshop-direction-away = Lejos de este escenario
workshop-choice-add-button = Añadir la opción
workshop-label-plausibility = Plausibilidad
workshop-label-desirability = Deseabilidad
workshop-promising-badge = Plausible y deseable

## Resultados

workshop-results-heading = Resultados
workshop-results-caption = Escenarios según las valoraciones de sus opciones
workshop-label-scenario = Escenario
workshop-label-choices = Opciones
workshop-label-plausibility-average = Plausibilidad media
workshop-label-desirability-average = Deseabilidad media
workshop-results-none = Todavía no se ha valorado ninguna opción.
workshop-most-desirable = Escenario más deseable: { $scenario } (deseabilidad media: { $value })
workshop-most-plausible = Escenario más plausible: { $scenario } (plausibilidad media: { $value })
workshop-promising-heading = Opciones valoradas como plausibles y deseables
workshop-promising-hint = Opciones cuya plausibilidad media y cuya deseabilidad media son ambas de 3,5 o más: buenas candidatas para formular recomendaciones.
workshop-promising-none = Todavía no hay ninguna opción valorada como plausible y deseable a la vez.

## Dinamización

workshop-facilitation-heading = Dinamización
workshop-close-hint = Al cerrar el taller, todo se conserva tal como está: nadie podrá modificarlo y sus resultados se podrán consultar y exportar.
workshop-close-button = Cerrar el taller
workshop-reopen-hint = Al reabrir el taller, los miembros pueden volver a participar desde el punto en que se detuvo.
workshop-reopen-button = Reabrir el taller
workshop-error-closed = Este taller está cerrado, así que no se puede modificar nada.
workshop-error-wrong-phase = Este taller se encuentra ahora en otra fase. Recarga la página para ver qué puedes hacer.

## Informe

workshop-report-title = Informe del taller
workshop-report-generated = Generado el { $date }
workshop-print-hint = Usa la función de impresión de tu navegador para imprimirlo o guardarlo como PDF.

## Mensajes que se muestran una sola vez tras una acción

flash-workshop-created = Tu taller ha comenzado. Invita a los miembros a proponer factores de cambio.
flash-workshop-driver-added = Tu factor de cambio se ha añadido.
flash-workshop-rating-saved = Tu valoración se ha guardado.
flash-workshop-axes-set = Los ejes están fijados: los cuatro escenarios están abiertos.
flash-workshop-scenario-saved = El escenario se ha guardado.
flash-workshop-choice-added = Tu opción se ha añadido.
flash-workshop-closed = El taller se ha cerrado.
flash-workshop-reopened = El taller vuelve a estar abierto.
