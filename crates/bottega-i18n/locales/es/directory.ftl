## Personas y perfiles

people-title = Personas
people-lead = Miembros de la comunidad que han decidido mostrar su perfil.
people-filter-label = Filtrar personas
people-count = { $count ->
    [one] Una persona
   *[other] { $count } personas
}
label-role = Rol
label-roles = Roles
label-sector = Sector
label-sectors = Sectores
label-language = Idioma
label-languages = Idiomas hablados
avatar-alt = Imagen de { $name }
profile-joined = Miembro desde el { $date }
profile-edit-link = Editar tu perfil
profile-about = Acerca de
profile-organisations = Organizaciones
profile-edit-title = Tu perfil
profile-avatar-heading = Imagen
label-avatar = Sube una imagen
avatar-hint = PNG, JPEG, WebP o GIF, de hasta 5 MB. La recortamos en forma cuadrada y eliminamos cualquier dato oculto, como el lugar donde se tomó la foto.
avatar-upload-button = Subir
avatar-remove-button = Eliminar la imagen
label-bio = Unas palabras sobre ti
label-bio-lang = Idioma de este texto
label-visibility = Quién puede ver tu perfil
profile-minor-not-public = Los perfiles de las personas menores de 18 años no pueden ser públicos.
profile-bio-lang-needed = Indica en qué idioma está escrito tu texto para que otras personas puedan encontrarlo.

## Organizaciones y búsqueda de socios

directory-title = Directorio y búsqueda de socios
directory-lead = Encuentra centros de formación profesional, empresas, asociaciones y organismos públicos con los que colaborar.
directory-add = Registra tu organización
directory-filter-label = Filtrar organizaciones
directory-count = { $count ->
    [one] Una organización
   *[other] { $count } organizaciones
}
directory-members = { $count ->
    [one] un miembro
   *[other] { $count } miembros
}
directory-none = Ninguna organización coincide con estos filtros. Prueba a quitar alguno.
label-org-type = Tipo de organización
label-org-name = Nombre de la organización
label-org-role = Rol en la organización
label-city = Ciudad
label-website = Sitio web
label-description = Descripción
label-description-lang = Idioma de la descripción
label-working-languages = Idiomas de trabajo
label-logo = Sube un logotipo
label-join-message = Mensaje para los administradores (opcional)
logo-alt = Logotipo de { $name }
logo-upload-button = Subir el logotipo
org-listed-since = En el directorio desde el { $date }
org-about = Acerca de
org-membership = Membresía
org-you-are = Eres { $role } de esta organización.
org-request-pending = Tu solicitud para unirte está pendiente de respuesta por parte de los administradores.
org-join-button = Solicitar unirme
org-login-to-join = Inicia sesión para solicitar unirte
org-manage = Miembros y solicitudes
org-edit = Editar
org-members-heading = { $count ->
    [one] Un miembro
   *[other] { $count } miembros
}
org-new-title = Registra tu organización
org-edit-title = Editar la organización
org-logo-heading = Logotipo
org-description-lang-needed = Indica en qué idioma está escrita la descripción.
manage-title = Miembros de { $org }
manage-back = Volver a la organización
manage-requests = { $count ->
    [0] Solicitudes de incorporación
    [one] Una solicitud de incorporación
   *[other] { $count } solicitudes de incorporación
}
manage-no-requests = No hay solicitudes pendientes.
manage-accept = Aceptar a { $name }
manage-decline = Rechazar a { $name }
manage-invitations = Invitaciones
manage-invite-button = Enviar la invitación
manage-invitation-state = Estado
manage-actions = Acciones
manage-revoke = Retirar
manage-make-member = Cambiar a miembro
manage-make-admin = Cambiar a administrador/a
manage-remove = Quitar
member-minor = menor de 18 años
invitation-state-pending = pendiente
invitation-state-accepted = aceptada
invitation-state-revoked = retirada
invitation-state-expired = caducada
invitation-title = Invitación
invitation-lead = Te invitan a unirte a { $org } como { $role }.
invitation-accept = Aceptar la invitación
invitation-sign-in = Para aceptarla, inicia sesión con { $email } o crea una cuenta con esa dirección.
invitation-used = Esta invitación ya se ha aceptado.
invitation-revoked = Esta invitación se ha retirado.
invitation-expired = Esta invitación ha caducado. Pide una nueva a la organización.
invitation-other-address = Esta invitación se envió a otra dirección de correo electrónico. Inicia sesión con esa dirección para aceptarla.

## Administración

admin-title = Personas en esta instancia de Bottega
admin-audit-link = Registro de auditoría
admin-search-label = Buscar por nombre o correo electrónico
admin-site-role = Rol en el sitio
admin-status = Estado
admin-registered = Fecha de registro
admin-action-for = Acción para { $name }
admin-suspend = Suspender
admin-reactivate = Reactivar
admin-make-member = Cambiar a miembro
admin-make-editor = Nombrar editor/a de buenas prácticas
admin-make-moderator = Cambiar a moderador/a
admin-make-admin = Cambiar a administrador/a
admin-apply = Aplicar
audit-title = Registro de auditoría
audit-when = Cuándo
audit-who = Quién
audit-action = Acción
audit-target = Afecta a
audit-detail = Detalle
label-handle = Nombre de usuario
handle-hint = Para mencionarte en un mensaje, los demás escriben @ seguido de tu nombre de usuario. Letras minúsculas, cifras, guiones, puntos y guiones bajos.
admin-communities-title = Comunidades
admin-communities-link = Comunidades
admin-community-new = Nueva comunidad
admin-community-visibility = Quién puede leerla
admin-community-org = Organización a la que pertenece una comunidad privada (la última parte de su dirección en el directorio)
admin-community-org-needed = Una comunidad privada pertenece a una organización: indica la última parte de su dirección en el directorio; por ejemplo, istituto-professionale-leonardo.
admin-community-position = Posición en la lista (un número; los más bajos aparecen primero)
admin-community-create = Crear la comunidad
flash-community-created = La comunidad se ha creado.
