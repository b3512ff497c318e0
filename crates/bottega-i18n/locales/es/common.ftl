## Estructura de la página, navegación y mensajes comunes a todas las páginas.

skip-to-content = Saltar al contenido principal
nav-main-label = Secciones
nav-account-label = Tu cuenta
nav-account = Cuenta
nav-admin = Administración
nav-logout = Cerrar sesión
nav-login = Iniciar sesión
nav-register = Únete a Bottega
nav-directory = Directorio
nav-people = Personas
language-switch-label = Idioma
language-switch-button = Cambiar
verify-pending-notice = Confirma tu dirección de correo electrónico con el enlace que te hemos enviado. Mientras tanto, puedes explorar la plataforma, pero no unirte a organizaciones.
verify-resend-button = Enviar de nuevo el enlace
footer-about = Bottega es un punto de encuentro de código abierto para las comunidades de la formación profesional de toda Europa y los Balcanes Occidentales.
footer-sections = Las secciones de Bottega
choose-optional = (sin indicar)
choose-any = Cualquiera
choose-one = Elige una opción
filter-button = Mostrar resultados
save-button = Guardar
label-search-name = El nombre contiene

## Errores

error-title = Se ha producido un error
error-not-found = No hemos encontrado esa página. Puede que se haya trasladado o que no tengas permiso para verla.
error-forbidden = No tienes permiso para realizar esta acción.
error-login-required = Inicia sesión para continuar.
error-verification-required = Primero confirma tu dirección de correo electrónico. Usa el enlace que te hemos enviado o solicita uno nuevo en la parte superior de la página.
error-csrf-invalid = Este formulario ha caducado o no procede de Bottega. Vuelve atrás, recarga la página y envíalo de nuevo.
error-session-missing = Tu navegador no ha enviado la cookie de seguridad de Bottega. Permite las cookies para este sitio, recarga la página y vuelve a intentarlo.
error-rate-limited = { $minutes ->
    [one] Demasiados intentos. Espera un minuto y vuelve a intentarlo.
   *[other] Demasiados intentos. Espera { $minutes } minutos y vuelve a intentarlo.
}
error-payload-too-large = Lo que has enviado es demasiado grande. Envía algo más pequeño.
error-internal = Se ha producido un error por nuestra parte. Ha quedado registrado; vuelve a intentarlo dentro de un momento.
error-bad-request = No se ha podido interpretar la solicitud. Vuelve atrás e inténtalo de nuevo.
error-reference = Error { $code }
error-home-link = Ir a la página de inicio

## Formularios

form-error-summary = Corrige lo siguiente
form-error-required = Este campo es obligatorio.
form-error-too-short = Usa al menos { $limit } caracteres.
form-error-too-long = Usa como máximo { $limit } caracteres (o elementos).
form-error-email-invalid = Introduce una dirección de correo electrónico como nombre@example.org.
form-error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico. Inicia sesión o restablece tu contraseña.
form-error-password-common = Esta contraseña es de las primeras que prueban los atacantes. Elige otra; por ejemplo, unas cuantas palabras que signifiquen algo para ti.
form-error-password-like-email = Tu contraseña no puede ser tu dirección de correo electrónico.
form-error-password-mismatch = Las dos contraseñas no coinciden.
form-error-password-wrong = La contraseña no es correcta.
form-error-invalid-choice = Elige una de las opciones propuestas.
form-error-url-invalid = Introduce una dirección web que empiece por http:// o https://.
form-error-control-characters = Elimina de este texto los caracteres de control invisibles.
paging-label = Páginas
paging-previous = Página anterior
paging-next = Página siguiente
paging-position = Página { $page } de { $pages }

## Archivos subidos

upload-empty = Elige un archivo para subirlo.
upload-too-large = El archivo ocupa más de { $limit } MB.
upload-malformed = No se ha podido leer el archivo subido. Inténtalo de nuevo.
upload-image-too-large = La imagen es demasiado grande. Usa una de menos de 8000 píxeles por lado.
upload-not-image = Este archivo no es una imagen que Bottega pueda utilizar. Sube un archivo PNG, JPEG, WebP o GIF.

## Fechas y números

date-format = { $day } de { $month } de { $year }
datetime-format = { $date }, { $time } (UTC)
date-month-1 = enero
date-month-2 = febrero
date-month-3 = marzo
date-month-4 = abril
date-month-5 = mayo
date-month-6 = junio
date-month-7 = julio
date-month-8 = agosto
date-month-9 = septiembre
date-month-10 = octubre
date-month-11 = noviembre
date-month-12 = diciembre
number-group-separator = .

## Mensajes que se muestran una sola vez tras una acción

flash-registered = ¡Te damos la bienvenida a Bottega! Te hemos enviado un correo electrónico para confirmar tu dirección. Mientras tanto, cuéntale a la comunidad algo sobre ti.
flash-verified = Gracias, tu dirección de correo electrónico está confirmada.
flash-verification-sent = Te hemos enviado un nuevo enlace de confirmación.
flash-signed-in = Has iniciado sesión.
flash-signed-out = Has cerrado la sesión.
flash-password-reset = Tu contraseña se ha cambiado. Inicia sesión con la nueva.
flash-password-changed = Tu contraseña se ha cambiado. Se ha cerrado tu sesión en todos los demás dispositivos.
flash-email-change-sent = Te hemos enviado un enlace a tu nueva dirección. La dirección cambiará cuando lo abras.
flash-email-changed = Tu dirección de correo electrónico se ha cambiado.
flash-profile-saved = Tu perfil se ha guardado.
flash-avatar-saved = Tu imagen se ha guardado.
flash-avatar-removed = Tu imagen se ha eliminado.
flash-organisation-created = La organización ya figura en el directorio. Eres su administrador/a.
flash-organisation-saved = La organización se ha guardado.
flash-logo-saved = El logotipo se ha guardado.
flash-already-member = Ya eres miembro de esta organización.
flash-request-pending = Tu solicitud para unirte ya está pendiente de respuesta.
flash-request-sent = Tu solicitud se ha enviado a los administradores de la organización.
flash-request-already-decided = Esta solicitud ya ha recibido respuesta.
flash-request-accepted = La solicitud se ha aceptado; la persona ya es miembro.
flash-request-declined = La solicitud se ha rechazado.
flash-invitation-sent = La invitación se ha enviado.
flash-invitation-revoked = La invitación se ha retirado.
flash-last-admin = Una organización necesita al menos una persona con el rol de administrador/a. Asigna primero ese rol a otra persona.
flash-member-changed = La membresía se ha modificado.
flash-invitation-unusable = Esta invitación ya no se puede utilizar.
flash-invitation-accepted = ¡Te damos la bienvenida! Ya eres miembro de la organización.
flash-admin-not-self = No puedes modificar tu propia cuenta desde esta lista.
flash-last-site-admin = Bottega necesita al menos una cuenta de administrador/a activa.
flash-admin-done = Hecho. La acción ha quedado registrada en el registro de auditoría.
form-error-handle-invalid = Usa de 3 a 30 caracteres entre letras minúsculas, cifras, guiones, puntos y guiones bajos, y empieza por una letra o una cifra.
form-error-handle-taken = Otra persona ya utiliza este nombre de usuario. Prueba con otro.
number-decimal-separator = ,

form-error-date = Introduce una fecha válida con el formato año-mes-día; por ejemplo, 2027-03-15.
