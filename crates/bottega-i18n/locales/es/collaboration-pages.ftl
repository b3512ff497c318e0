## Páginas compartidas de un grupo de trabajo: la lista, la redacción, el historial y los cambios entre versiones.

wg-page-list-heading = Páginas compartidas
wg-page-list-lead = Páginas que el grupo redacta en común. Se conservan todas las versiones: nada de lo que se escribe aquí se pierde.
wg-page-new-link = Nueva página
wg-page-list-none = El grupo todavía no tiene páginas.
wg-page-count = { $count ->
    [one] Una página
   *[other] { $count } páginas
}
wg-page-col-title = Página
wg-page-col-revision = Versión
wg-page-col-editor = Último cambio de
wg-page-col-when = Fecha del cambio
wg-page-someone = un antiguo miembro
wg-page-meta = Versión { $revision }, guardada por { $name } el { $date }
wg-page-edit-link = Editar
wg-page-history-link = Historial
wg-page-last-changes-link = Últimos cambios

## Redactar una página

wg-page-new-heading = Nueva página
wg-page-edit-heading = Edición
wg-page-editing-revision = Estás editando la versión { $revision }.
wg-page-label-title = Título
wg-page-label-lang = Idioma del texto
wg-page-label-body = Texto
wg-page-body-hint = Se escribe en Markdown: # para un título, - para un elemento de lista, **negrita**, [palabras](https://example.org) para un enlace. 100.000 caracteres como máximo.
wg-page-label-note = ¿Qué has cambiado?
wg-page-note-hint = Opcional, para el historial: unas pocas palabras, como «Añadidas las fechas de las visitas». 200 caracteres como máximo.
wg-page-create-button = Crear la página
wg-page-save-button = Guardar
wg-page-preview-button = Vista previa
wg-page-cancel = Cancelar
wg-page-preview-heading = Vista previa (aún sin guardar)
wg-page-error-stale = Otra persona ha guardado una versión más reciente de esta página mientras escribías. Tu texto sigue aquí: compáralo con el suyo, quédate con lo importante y vuelve a guardar.

## Dos personas guardan la misma versión

wg-page-conflict-heading = Otra persona ha guardado esta página mientras tanto
wg-page-conflict-text = No se ha sobrescrito nada. La versión guardada ahora:
wg-page-conflict-their-version = Versión { $revision }, guardada por la otra persona
wg-page-conflict-source = Su texto en Markdown, para copiar lo que necesites
wg-page-conflict-changes = Qué ha cambiado de la versión { $from } a la versión { $to }
wg-page-conflict-next = Si vuelves a guardar, tu texto pasará a ser la versión { $next } y sustituirá al suyo como versión actual: antes, asegúrate de que conserva lo que quieras mantener de sus cambios.

## El historial

wg-page-history-heading = Historial
wg-page-history-lead = Todas las versiones de la página, de la más reciente a la más antigua. Elige dos para ver qué ha cambiado entre ellas, o abre una para leerla tal como era.
wg-page-history-caption = { $count ->
    [one] Una versión
   *[other] { $count } versiones
}
wg-page-col-from = Desde
wg-page-col-to = Hasta
wg-page-col-author = Guardada por
wg-page-col-date = Fecha
wg-page-col-note = Nota
wg-page-col-changes = Cambios
wg-page-compare-from = Comparar desde la versión { $revision }
wg-page-compare-to = Comparar hasta la versión { $revision }
wg-page-compare-button = Comparar las versiones elegidas
wg-page-changes-link = Cambios
wg-page-changes-in = Cambios hechos en la versión { $revision }
wg-page-revision-link = Versión { $revision }
wg-page-current = actual
wg-page-restored-note = Versión { $revision } restaurada

## Una versión anterior

wg-page-old-notice = Esta es una versión anterior. La página va ahora por la versión { $current }.
wg-page-is-current = Esta es la versión actual.
wg-page-compare-current = Comparar con la versión actual
wg-page-see-current = Ver la página actual
wg-page-restore-hint = Al restaurarla, este texto se guarda como una versión nueva; las versiones intermedias se conservan en el historial.
wg-page-restore-button = Restaurar la versión { $revision }
wg-page-restore-refused = No se ha restaurado la versión
wg-page-restore-conflict = La página ha cambiado mientras la consultabas: ahora va por la versión { $revision }. Revisa la página actual y, si aún lo quieres, vuelve a restaurar.

## Cambios entre dos versiones

wg-page-diff-title-short = Cambios
wg-page-diff-heading = Cambios de la versión { $from } a la versión { $to }
wg-page-diff-caption = El texto de la versión { $from } y el de la versión { $to }, línea por línea
wg-page-diff-col-old = Línea en la versión { $revision }
wg-page-diff-col-new = Línea en la versión { $revision }
wg-page-diff-col-text = Texto
wg-page-diff-added = Añadido:
wg-page-diff-removed = Eliminado:
wg-page-diff-title = Título
wg-page-diff-lang = Idioma
wg-page-diff-added-count = { $count ->
    [one] Una línea añadida
   *[other] { $count } líneas añadidas
}
wg-page-diff-removed-count = { $count ->
    [one] una línea eliminada
   *[other] { $count } líneas eliminadas
}
wg-page-diff-skipped = { $count ->
    [one] No se muestra una línea sin cambios
   *[other] No se muestran { $count } líneas sin cambios
}
wg-page-diff-same-text = Las dos versiones son iguales.
wg-page-diff-same-body = El texto en sí es igual en las dos versiones.
wg-page-diff-same-revision = Elige dos versiones distintas para ver qué ha cambiado entre ellas.

## Mensajes tras un cambio

flash-wg-page-created = La página se ha creado.
flash-wg-page-saved = Tus cambios se han guardado como una versión nueva.
flash-wg-page-unchanged = No ha cambiado nada, así que no se ha creado ninguna versión nueva.
flash-wg-page-restored = La versión anterior se ha restaurado como la más reciente.
