## Tablero de tareas de un grupo de trabajo (sección Colaboración): columnas, tarjetas, página de una
## tarea con sus comentarios, edición, cambio de columna y eliminación de tareas.

wg-task-board-title = Tablero de tareas
wg-task-members-only = Solo los miembros del grupo pueden añadir y mover tareas.

## Filtros

wg-task-filter-label = Filtrar tareas
wg-task-filter-mine = Asignadas a mí
wg-task-filter-overdue = Solo las atrasadas
wg-task-filter-assignee = Asignadas a
wg-task-filter-anyone = Cualquier persona
wg-task-filter-nobody = Nadie (sin asignar)
wg-task-filter-button = Mostrar las tareas
wg-task-filter-clear = Mostrar todas las tareas
wg-task-filtered-notice = Solo se muestran las tareas que coinciden con los filtros.

## Columnas y tarjetas

wg-task-status-todo = Por hacer
wg-task-status-doing = En curso
wg-task-status-done = Terminadas
wg-task-column-count = { $count ->
    [0] ninguna tarea
    [one] una tarea
   *[other] { $count } tareas
}
wg-task-column-empty = No hay ninguna tarea aquí.
wg-task-column-more = Se muestran las primeras { $shown } de { $count } tareas.
wg-task-assigned-to = Asignada a { $name }
wg-task-unassigned = Sin asignar
wg-task-due = Fecha límite: { $date }
wg-task-no-due = Sin fecha límite
wg-task-overdue = Atrasada
wg-task-comments = { $count ->
    [0] ningún comentario
    [one] un comentario
   *[other] { $count } comentarios
}
wg-task-move-start = Empezar
wg-task-move-finish = Terminar
wg-task-move-back = Devolver a «Por hacer»
wg-task-move-reopen = Reabrir
wg-task-move-conflict = Otra persona ha modificado «{ $title }» después de que cargaras el tablero, así que no se ha movido. El tablero de abajo la muestra tal como está ahora.

## Añadir y editar una tarea

wg-task-new-heading = Añadir una tarea
wg-task-edit-heading = Editar la tarea
wg-task-label-title = Título
wg-task-label-description = Descripción
wg-task-description-hint = Opcional. Puedes usar Markdown: **negrita**, *cursiva*, listas y enlaces.
wg-task-label-assignee = Asignada a
wg-task-nobody = Nadie
wg-task-label-due = Fecha límite
wg-task-due-hint = Opcional. Año, mes y día; por ejemplo, 2026-09-30.
wg-task-label-status = Columna
wg-task-create-button = Añadir la tarea
wg-task-save-button = Guardar la tarea
wg-task-cancel = Cancelar
wg-task-error-assignee = Elige a uno de los miembros del grupo, o a nadie.
wg-task-error-status = Elige una de las columnas: por hacer, en curso o terminadas.
wg-task-conflict-heading = Alguien ha modificado esta tarea mientras la editabas
wg-task-conflict-text = La tarea se modificó el { $date }, después de que la abrieras. No se ha guardado nada de lo que escribiste, pero tampoco se ha perdido: tu versión sigue en el formulario de abajo.
wg-task-current-heading = La tarea tal como está ahora
wg-task-conflict-next = Compara ambas versiones, actualiza tu formulario donde haga falta y vuelve a guardar.

## La página de una tarea

wg-task-created-by = Añadida por { $name } el { $date }
wg-task-updated = última modificación el { $date }
wg-task-deleted-account = Una cuenta eliminada
wg-task-no-description = Sin descripción.
wg-task-edit-link = Editar la tarea
wg-task-delete-link = Eliminar la tarea
wg-task-comments-heading = Comentarios
wg-task-comments-none = Todavía no hay comentarios.
wg-task-comments-more = Se muestran los primeros { $shown } de { $count } comentarios.
wg-task-comment-heading = Añadir un comentario
wg-task-label-comment = Tu comentario
wg-task-comment-hint = Puedes usar Markdown.
wg-task-comment-button = Añadir el comentario

## Eliminar una tarea

wg-task-delete-heading = ¿Eliminar esta tarea?
wg-task-delete-text = La tarea «{ $title }» y sus comentarios ({ $count }) se eliminarán para todo el mundo. Esta acción no se puede deshacer.
wg-task-delete-button = Eliminar «{ $title }»
wg-task-error-not-yours = Solo la persona que añadió la tarea o alguien del equipo de coordinación puede eliminarla.

## Mensajes tras un cambio

flash-wg-task-created = La tarea ya está en el tablero.
flash-wg-task-saved = La tarea se ha guardado.
flash-wg-task-moved = La tarea se ha movido.
flash-wg-task-commented = Tu comentario se ha añadido.
flash-wg-task-deleted = La tarea se ha eliminado.
