## Registro, inicio de sesión, restablecimiento de contraseña y ajustes de la cuenta

register-title = Únete a Bottega
register-lead = Crea una cuenta para unirte a organizaciones, participar en debates y compartir recursos.
label-display-name = Nombre visible para los demás
label-email = Dirección de correo electrónico
label-password = Contraseña
label-password-confirm = Repite la contraseña
label-new-password = Nueva contraseña
label-current-password = Contraseña actual
label-new-email = Nueva dirección de correo electrónico
label-country = País
label-is-minor = Tengo menos de 18 años
is-minor-hint = Los perfiles de las personas menores de 18 años son privados y nunca aparecen en listas públicas.
password-hint = Al menos 8 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
register-button = Crear mi cuenta
register-have-account = ¿Ya tienes una cuenta?
login-title = Iniciar sesión
login-button = Iniciar sesión
login-forgot = ¿Has olvidado tu contraseña?
login-no-account = ¿Es tu primera vez en Bottega?
login-wrong = La dirección de correo electrónico o la contraseña no son correctas.
login-suspended = Esta cuenta está suspendida. Ponte en contacto con los administradores de esta instancia de Bottega.
login-throttled = { $minutes ->
    [one] Demasiados intentos fallidos. Por tu seguridad, espera un minuto antes de volver a intentarlo o restablece tu contraseña.
   *[other] Demasiados intentos fallidos. Por tu seguridad, espera { $minutes } minutos antes de volver a intentarlo o restablece tu contraseña.
}
forgot-title = Restablecer la contraseña
forgot-lead = Introduce la dirección de correo electrónico de tu cuenta. Te enviaremos un enlace para elegir una nueva contraseña.
forgot-button = Enviar el enlace
forgot-sent = Si existe una cuenta con esta dirección, le hemos enviado un enlace. El enlace solo funciona una vez y durante una hora.
reset-title = Elige una nueva contraseña
reset-button = Guardar la nueva contraseña
link-problem-title = Este enlace no funciona
link-expired = El enlace ha caducado. Solicita uno nuevo.
link-used = El enlace ya se ha utilizado. Cada enlace funciona una sola vez.
link-unknown = No reconocemos este enlace. Comprueba que lo has copiado entero o solicita uno nuevo.
link-problem-reset = Restablecer la contraseña
account-title = Tu cuenta
account-edit-profile = Editar tu perfil
account-email-heading = Dirección de correo electrónico
account-current-email = Tu dirección es { $email }.
account-verified = confirmada
account-unverified = sin confirmar
account-email-button = Cambiar la dirección
account-password-heading = Contraseña
account-password-lead = Al cambiar tu contraseña, se cerrará tu sesión en todos los demás dispositivos.
account-password-button = Cambiar la contraseña

## Correos electrónicos

email-signature = Bottega, la comunidad de la formación profesional
email-verify-subject = Confirma tu dirección de correo electrónico en Bottega
email-verify-body =
    Hola, { $name }:

    Te damos la bienvenida a Bottega. Confirma tu dirección de correo electrónico abriendo este enlace:

    { $link }

    El enlace es válido durante tres días. Si no has creado ninguna cuenta, puedes ignorar este correo.
email-reset-subject = Restablece tu contraseña de Bottega
email-reset-body =
    Hola, { $name }:

    Alguien ha solicitado restablecer la contraseña de tu cuenta de Bottega. Para elegir una nueva contraseña, abre este enlace:

    { $link }

    El enlace solo funciona una vez y durante una hora. Si no has sido tú, ignora este correo: tu contraseña seguirá siendo la misma.
email-change-subject = Confirma tu nueva dirección de correo electrónico en Bottega
email-change-body =
    Hola, { $name }:

    Confirma que esta es tu nueva dirección de correo electrónico en Bottega abriendo este enlace:

    { $link }

    Hasta que lo hagas, tu cuenta conservará la dirección anterior.
email-invitation-subject = Te invitan a unirte a { $name } en Bottega
email-invitation-body =
    Hola:

    Te invitan a unirte a { $name } en Bottega, la comunidad de la formación profesional. Para aceptar, abre este enlace e inicia sesión o crea una cuenta con esta dirección de correo electrónico:

    { $link }

    La invitación es válida durante dos semanas.
email-join-decided-subject = Tu solicitud para unirte a { $org }
email-join-decided-body = Tu solicitud para unirte a { $org } en Bottega ha sido { $outcome }.
join-outcome-accepted = aceptada
join-outcome-declined = rechazada
