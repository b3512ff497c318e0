# Cooperación: el repositorio de buenas prácticas tal como lo usan autores y lectores (la lista,
# la propuesta de una práctica con la plantilla estructurada, las nuevas versiones, la página de la
# práctica, el historial de versiones y las adopciones comunicadas).

bp-list-title = Buenas prácticas
bp-list-lead = Prácticas de formación profesional de toda Europa, descritas con una misma plantilla, revisadas por pares según una rúbrica pública y publicadas con un identificador que puedes citar.
bp-submit-link = Proponer una práctica
bp-mine-link = Tus prácticas
bp-login-to-submit = Inicia sesión para proponer una práctica
bp-rubric-link = Cómo se revisan las prácticas
bp-filter-label = Filtrar buenas prácticas
bp-filter-text = Palabras del título o del resumen
bp-filter-clear = Quitar los filtros
bp-label-theme = Tema
bp-label-sector = Sector
bp-label-country = País
bp-label-competence = Competencia
bp-label-written-in = Escrita en
bp-label-label = Distintivo
bp-sort-label = Orden
bp-sort-newest = Más recientes primero
bp-sort-score = Mejor puntuación de revisión primero
bp-sort-adopted = Más adoptadas primero
bp-count = { $count ->
    [one] Una práctica publicada
   *[other] { $count } prácticas publicadas
}
bp-list-none = Todavía no se ha publicado ninguna práctica.
bp-list-none-filtered = Ninguna práctica publicada coincide con estos filtros.
bp-version = Versión { $number }
bp-published-on = publicada el { $date }
bp-written-on = escrita el { $date }
bp-score = { $score } de 5 según { $count ->
    [one] una revisión
   *[other] { $count } revisiones
}
bp-score-none = Todavía sin puntuación de revisión
bp-adopted-count = { $count ->
    [0] todavía no adoptada
    [one] adoptada una vez
   *[other] adoptada { $count } veces
}
bp-eqf-level = Nivel MEC { $level }

## Tus prácticas

bp-mine-title = Tus prácticas
bp-mine-lead = Las prácticas que has propuesto, en qué punto de la revisión está cada una y sus versiones.
bp-mine-count = { $count ->
    [one] Una práctica
   *[other] { $count } prácticas
}
bp-mine-none = Todavía no has propuesto ninguna práctica.
bp-newest-version = versión más reciente: { $number }
bp-published-version = el público ve la versión { $number }
bp-not-published-yet = todavía sin publicar
bp-last-change = último cambio el { $date }
bp-revise-link = Escribir una nueva versión
bp-reviews-link = Leer las revisiones
bp-versions-link = Historial de versiones

## Estados

bp-status-submitted = Propuesta — a la espera del equipo editorial
bp-status-in-review = En revisión
bp-status-revise = Cambios solicitados
bp-status-accepted = Publicada
bp-status-rejected = No aceptada
bp-banner-submitted = El equipo editorial asignará a las personas revisoras. Hasta que se publique una versión, solo pueden leerla tú, el equipo editorial y quienes la revisan.
bp-banner-in-review = Las personas revisoras están puntuando esta versión según la rúbrica pública. Hasta que se publique, solo pueden leerla tú, el equipo editorial y quienes la revisan.
bp-banner-revise = El equipo editorial pide una nueva versión: lee las revisiones y después escribe una nueva versión con una nota sobre lo que ha cambiado.
bp-banner-accepted = Esta versión se ha aceptado y publicado.
bp-banner-rejected = El equipo editorial no ha aceptado esta versión. Las revisiones explican por qué.
bp-banner-revision = Esta es la versión { $version }, una reelaboración de la versión publicada { $published } que todavía no se ha publicado: el público sigue viendo la versión { $published }.
bp-read-version = Leer la versión { $number }

## Propuesta y nuevas versiones

bp-submit-title = Proponer una buena práctica
bp-submit-lead = Describe la práctica con la plantilla de abajo para que otras personas puedan valorarla y trasladarla a su propio centro o empresa. El equipo editorial asigna al menos dos personas revisoras, que la puntúan según la rúbrica pública; una vez aceptada, se publica con un identificador citable.
bp-from-group = Estás proponiendo los resultados del grupo de trabajo «{ $group }». El título, el resumen, el contexto y los resultados se rellenan a partir del trabajo del grupo: complétalos y corrígelos antes de enviar la práctica.
bp-revise-title = Escribir una nueva versión
bp-revise-lead = Versión { $version } de { $code }. Todas las versiones anteriores se conservan en el historial; el público sigue viendo la versión publicada hasta que se acepte esta.
bp-required-hint = Los campos marcados con * son obligatorios.
bp-part-about = La práctica
bp-part-template = Descripción
bp-part-descriptors = Dónde y para quién
bp-part-links = Recursos de la caja de herramientas
bp-markdown-hint = En cada sección puedes usar Markdown: **negrita**, _cursiva_, listas, > citas, [enlaces](https://example.org) y títulos.
bp-label-title = Título
bp-label-lang = Idioma del texto
bp-label-org = Organización
bp-org-hint = La organización en cuyo nombre propones la práctica. Sus miembros nunca la revisan, para que las revisiones sean independientes.
bp-org-none-hint = No perteneces a ninguna organización, así que la práctica se propone en tu propio nombre.
bp-org-directory-link = Busca o registra tu organización en el directorio
bp-submitted-for = Propuesta en nombre de { $org }.
bp-section-summary = Resumen
bp-section-context = Contexto
bp-section-problem = Problema abordado
bp-section-practice = La práctica
bp-section-resources = Recursos necesarios
bp-section-results = Resultados y pruebas
bp-section-transferability = Transferibilidad
bp-section-lessons = Lecciones aprendidas
bp-hint-summary = Un párrafo breve que diga en qué consiste la práctica y qué ha conseguido; es lo que se muestra en las listas.
bp-hint-context = Dónde tuvo lugar: el centro o la empresa, el alumnado, el programa formativo. Opcional, pero ayuda a quien lee.
bp-hint-problem = Qué no funcionaba, para quién y cómo se detectó.
bp-hint-practice = Qué se hizo, paso a paso, para que otras personas también puedan hacerlo.
bp-hint-resources = Personas, tiempo, dinero, espacios y herramientas que requiere. Opcional, pero ayuda a quien lee.
bp-hint-results = Qué cambió, con pruebas: cifras, evaluaciones, opiniones del alumnado o de las empresas.
bp-hint-transferability = Qué necesita otra organización para aplicarla y qué tendría que adaptar. Opcional, pero las personas revisoras lo puntúan.
bp-hint-lessons = Qué harías de otra manera la próxima vez. Opcional, pero ayuda a quien lee.
bp-label-eqf = Nivel MEC
bp-label-countries = Países donde se llevó a cabo
bp-label-themes = Temas
bp-label-sectors = Sectores
bp-label-competences = Etiquetas de marcos de competencias
bp-label-links = Recursos vinculados de la caja de herramientas
bp-links-hint = Un recurso de la caja de herramientas por línea: su dirección (por ejemplo, /resources/12) o su número. Solo puedes vincular recursos que ves en la caja de herramientas; quien lee ve aquellos a los que tiene acceso.
bp-deposit-link = Compartir un nuevo recurso en la caja de herramientas
bp-label-change-note = Qué ha cambiado
bp-change-note-hint = Una o dos frases para el equipo editorial y las personas revisoras: qué has cambiado en esta versión y por qué.
bp-submit-next = Cuando la envíes, la práctica recibirá su identificador y quedará a la espera del equipo editorial. Puedes seguirla en «Tus prácticas».
bp-preview-button = Vista previa
bp-preview-title = Vista previa
bp-preview-hint = Así se leerán las secciones. Todavía no se ha guardado nada: revísalas y después envía la práctica más abajo.
bp-submit-button = Enviar la práctica
bp-revise-button = Enviar la nueva versión

bp-error-country-required = Elige al menos un país donde se haya llevado a cabo la práctica.
bp-error-org-required = Elige la organización en cuyo nombre propones la práctica.
bp-error-too-many-links = { $limit ->
    [one] Vincula como máximo un recurso.
   *[other] Vincula como máximo { $limit } recursos.
}
bp-error-unknown-resources = Estos no son recursos de la caja de herramientas a los que tengas acceso: { $items }
bp-error-editors-only = Solo el equipo editorial de buenas prácticas puede hacerlo.
bp-error-authors-only = Solo la persona autora de esta práctica puede escribir una nueva versión.
bp-error-not-open-for-revision = Solo se puede escribir una nueva versión cuando el equipo editorial pide cambios o después de que se publique una versión. Esta práctica está a la espera del equipo editorial o en revisión.
bp-error-group-coordinators-only = Solo el equipo de coordinación de este grupo de trabajo puede proponer sus resultados como buena práctica.
bp-error-group-not-archived = El grupo de trabajo sigue activo: sus resultados se podrán proponer cuando se cierre.
bp-error-group-already-proposed = Los resultados de este grupo de trabajo ya se han propuesto como buena práctica.
bp-error-not-published = Esta práctica todavía no se ha publicado, así que no se puede adoptar.
bp-error-adopt-own-org = La organización que propuso esta práctica no puede comunicar que la ha adoptado.
bp-error-adoption-already-reported = Ya has comunicado una adopción de esta práctica para esta organización.

## La página de la práctica

bp-about-title = Sobre esta práctica
bp-label-submitter = Propuesta por
bp-label-labels = Distintivos
bp-label-source-group = Del grupo de trabajo
bp-linked-resources-title = Recursos en la caja de herramientas
bp-review-title = Revisión por pares
bp-review-pending = Todavía no se ha publicado: la puntuación de revisión se muestra cuando se acepta una versión.
bp-review-explained = Cada práctica publicada ha sido puntuada por al menos dos personas revisoras según su pertinencia, innovación, pruebas de impacto, transferibilidad y sostenibilidad.
bp-author-title = Para ti, como autor/a
bp-author-state = Estado: { $state }
bp-adopted-heading = { $count ->
    [0] Adoptada por
    [one] Adoptada por una organización
   *[other] Adoptada por { $count } organizaciones
}
bp-adopted-none = Nadie ha comunicado todavía que haya adoptado esta práctica. Si tu organización la ha reutilizado, cuenta a la comunidad cómo.
bp-adopted-all = { $count ->
    [one] La adopción comunicada
   *[other] Las { $count } adopciones comunicadas
}
bp-adoption-reported-by = comunicada por { $name }
bp-adoptions-lead = Organizaciones que han reutilizado «{ $title }»: dónde y cómo.
bp-adopt-title = Comunicar una adopción
bp-adopt-lead = ¿Tu organización ha adoptado esta práctica? Cuenta dónde y cómo, y qué se adaptó: ayuda a otras personas y reconoce el trabajo de quienes la crearon.
bp-adopt-org = Adoptada por
bp-adopt-org-none = (sin indicar organización)
bp-adopt-country = País
bp-adopt-how = Cómo se adoptó
bp-adopt-how-hint = Qué se tomó, qué se adaptó y qué resultados dio. Puedes usar Markdown.
bp-adopt-button = Comunicar la adopción
bp-login-to-adopt = Inicia sesión para comunicar que tu organización ha adoptado esta práctica

bp-cite-title = Cómo citarla
bp-cite-hint = Copia esta referencia; el identificador y la dirección no cambian nunca.
bp-cite-identifier = Identificador
bp-cite-address = Dirección
bp-cite-title-label = Título
bp-cite-version = Versión
bp-cite-year = Año
bp-cite-author = Autoría
bp-citation = { $author } ({ $year }). { $title }, versión { $version }. Repositorio de buenas prácticas de Bottega, { $code }. { $address }

## Versiones

bp-versions-title = Historial de versiones
bp-versions-lead = Todas las versiones de { $code }, de la más reciente a la más antigua. Una reelaboración es una nueva versión: las anteriores se conservan tal como eran.
bp-version-published = Versión publicada
bp-first-version = Primera versión.
bp-no-change-note = Sin nota sobre lo que ha cambiado.
bp-version-notice = Estás leyendo la versión { $version }; la más reciente es la versión { $newest }.
bp-version-notice-newest = Estás leyendo la versión { $version }, la más reciente.
bp-version-current-link = Ir a la práctica

## Mensajes que se muestran una vez después de una acción

flash-bp-submitted = Tu práctica se ha enviado. Ya tiene su identificador y está a la espera del equipo editorial.
flash-bp-revised = Tu nueva versión se ha enviado y está a la espera del equipo editorial.
flash-bp-adoption-reported = Gracias: la adopción se ha comunicado.

## En el resumen de un grupo de trabajo cerrado

bp-propose-group-link = Proponer los resultados como buena práctica
bp-propose-group-hint = El formulario de la práctica se abre ya rellenado con los resultados; después, el equipo editorial se encarga de que se revisen para el repositorio de buenas prácticas.
