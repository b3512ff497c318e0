# Intercambio de recursos: la caja de herramientas y las colecciones.

res-toolbox-title = Caja de herramientas
res-toolbox-lead = Documentos, herramientas, material didáctico, vídeos, plantillas y resultados de proyectos compartidos por centros de FP, empresas y asociaciones de toda Europa. Búscalos, fíltralos y comparte los tuyos.
res-deposit = Compartir un recurso
res-deposit-lead = Describe bien tu recurso: la gente lo encuentra por su título, su descripción, sus idiomas y sus temas. Sube uno o varios archivos, o indica un enlace.
res-edit-title = Editar el recurso
res-section-what = Qué es
res-section-content = Archivos o enlace
res-section-reuse = Licencia y quién puede verlo
res-section-context = Contexto
res-section-project = Proyecto
res-title = Título
res-type = Tipo de recurso
res-description = Descripción
res-description-language = Idioma de la descripción
res-detect-language = (detectarlo a partir del texto)
res-files = Archivos
res-files-hint = Hasta { $count } archivos de { $size } MB como máximo cada uno: documentos, hojas de cálculo, presentaciones, imágenes, audio, vídeo, texto o archivos ZIP.
res-kept-files = Estos archivos ya están subidos y se adjuntarán; no hace falta que vuelvas a elegirlos:
res-link = Enlace
res-link-hint = Para un sitio web, una herramienta en línea o un vídeo publicado en otro sitio: su dirección, que empieza por https://.
res-licence = Licencia
res-visibility = Quién puede verlo
res-org = Compartido en nombre de
res-org-hint = Una organización a la que perteneces. Sus administradores también podrán editar el recurso.
res-org-none = Solo yo
res-country = País de origen
res-eqf = Nivel MEC
res-eqf-level = Nivel MEC { $level }
res-languages = Disponible en
res-themes = Temas
res-targets = Dirigido a
res-competences = Áreas de competencia
res-project-name = Nombre del proyecto
res-project-number = Número del proyecto
res-project-number-hint = Por ejemplo, el número Erasmus+, como 2024-1-IT01-KA220-VET-000123456.
res-project-number-invalid = Usa solo letras, cifras y guiones, como en 2024-1-IT01-KA220-VET-000123456.
res-visibility-needs-org = Elige la organización cuyos miembros podrán verlo.
res-needs-file-or-link = Sube al menos un archivo o indica un enlace.
res-version-needs-one-file = Elige un archivo para subir.
res-save = Guardar
res-publish = Publicar
res-shared-by = Compartido por { $name }
res-downloads = { $count ->
    [one] una descarga
   *[other] { $count } descargas
}
res-open-link = Abrir el enlace
res-preview-of = Vista previa de { $name }
res-version = versión { $number }
res-older-versions = { $count ->
    [one] Una versión anterior
   *[other] { $count } versiones anteriores
}
res-new-version = Nueva versión de este archivo
res-version-note = Qué ha cambiado (opcional)
res-upload-version = Subir
res-add-file = Añadir otro archivo
res-delete = Eliminar este recurso
res-rating = Valoración
res-rating-summary = { $average } de 5 ({ $count ->
    [one] una valoración
   *[other] { $count } valoraciones
})
res-not-rated = Todavía no tiene valoraciones.
res-rating-distribution = Valoraciones por número de estrellas
res-stars = { $count ->
    [one] 1 estrella
   *[other] { $count } estrellas
}
res-your-rating = Tu valoración
res-rate-button = Valorar
res-rating-invalid = Elige de 1 a 5 estrellas.
res-rate-own = No puedes valorar un recurso que has compartido tú.
res-collections-title = Colecciones
res-collections-lead = Selecciones de recursos sobre un mismo tema, preparadas por miembros y organizaciones.
res-in-collections = En las colecciones:
res-new-collection = Crear una colección
res-add-to-collection = Añadir a tu colección
res-collection-note = Nota (opcional)
res-add-button = Añadir
res-already-in-collection = Este recurso ya está en esa colección.
res-reuses-heading = { $count ->
    [0] Reutilizado por
    [one] Reutilizado una vez
   *[other] Reutilizado { $count } veces
}
res-report-reuse = ¿Lo has reutilizado o adaptado?
res-reuse-how = Cómo lo has usado
res-reuse-hint = Por ejemplo: «Lo adaptamos para nuestros aprendices de panadería en Split (Croacia)».
res-reuse-country = Dónde
res-reuse-org = En qué organización
res-reuse-button = Compartir tu experiencia
res-comments-heading = { $count ->
    [0] Comentarios
    [one] Un comentario
   *[other] { $count } comentarios
}
res-comment = Tu comentario
res-comment-button = Comentar
res-comment-deleted = Este comentario se ha eliminado.
res-comment-delete = Eliminar el comentario
res-login-to-take-part = Inicia sesión para valorar, comentar o contar cómo lo has reutilizado.
res-collection-items = { $count ->
    [one] un recurso
   *[other] { $count } recursos
}
res-no-collections = Todavía no hay colecciones.
res-curated-by = Seleccionada por { $name }
res-collection-edit = Editar la colección
res-collection-org = Gestionada por
res-collection-empty = Esta colección está vacía. Añade recursos desde sus páginas.
res-collection-delete = Eliminar esta colección
res-move-up = Subir { $title }
res-move-down = Bajar { $title }
res-remove-from-collection = Quitar de la colección

flash-resource-saved = El recurso se ha guardado.
flash-resource-deleted = El recurso y sus archivos se han eliminado.
flash-version-saved = El archivo se ha subido.
flash-rating-saved = Gracias: tu valoración se ha guardado.
flash-comment-saved = Tu comentario se ha publicado.
flash-comment-deleted = El comentario se ha eliminado.
flash-reuse-saved = Gracias por contar cómo lo has reutilizado.
flash-collection-saved = La colección se ha guardado.
flash-collection-deleted = La colección se ha eliminado.
flash-collection-item-added = El recurso se ha añadido a la colección.
flash-collection-item-removed = El recurso se ha quitado de la colección.
flash-collection-item-moved = El orden se ha cambiado.

size-kb = { $size } KB
size-mb = { $size } MB

upload-error-file = { $name }: { $problem }
upload-error-empty = el archivo está vacío.
upload-error-no-extension = el nombre del archivo no tiene extensión, así que no se puede comprobar su tipo.
upload-error-not-allowed = no se aceptan archivos .{ $ext }. Tipos aceptados: { $allowed }.
upload-error-mismatch = el nombre termina en .{ $claimed }, pero el contenido no corresponde ({ $found }). Cambia el nombre del archivo o elige el correcto.
upload-error-archive-bomb = al descomprimirlo, el archivo comprimido ocupa muchísimo más de lo que contiene; por seguridad, se rechaza.
upload-error-corrupt = el archivo está dañado o no es del tipo que indica.
upload-error-too-large = el archivo ocupa más de { $limit } MB.
upload-error-quota = no cabe en tu espacio de almacenamiento de { $limit } MB. Elimina primero versiones antiguas o recursos.
upload-error-too-many = solo se pueden subir { $limit } archivos a la vez como máximo.

search-facet-licence = Licencia
search-facet-target = Dirigido a
search-facet-competence = Área de competencia
search-facet-eqf = Nivel MEC
upload-error-internal = no se ha podido recibir el archivo; inténtalo de nuevo.
upload-error-image-too-large = la imagen es demasiado grande para procesarla (como máximo 8000 píxeles por lado).
