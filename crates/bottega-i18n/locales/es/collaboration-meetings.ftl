## Colaboración: las reuniones de un grupo de trabajo, con su orden del día, acta, asistencia y archivos de calendario.

wg-meeting-list-title = Reuniones
wg-meeting-plan-link = Programar una reunión
wg-meeting-upcoming = Próximas reuniones
wg-meeting-upcoming-none = No hay ninguna reunión prevista.
wg-meeting-upcoming-more = { $count ->
    [one] Hay una reunión prevista más que no aparece aquí; está en el archivo de calendario.
   *[other] Hay { $count } reuniones previstas más que no aparecen aquí; están en el archivo de calendario.
}
wg-meeting-past = Reuniones anteriores
wg-meeting-past-none = Todavía no se ha celebrado ninguna reunión.
wg-meeting-has-minutes = Acta
wg-meeting-no-minutes = Sin acta
wg-meeting-present-count = { $count ->
    [one] Una persona presente
   *[other] { $count } personas presentes
}

## Horas

# Una reunión que empieza y termina el mismo día; por ejemplo, "14 de julio de 2026, 14:30–16:00".
wg-meeting-span-one-day = { $date }, { $start }–{ $end }
# Una reunión que termina al día siguiente.
wg-meeting-span-two-days = { $date }, { $start } – { $enddate }, { $end }
wg-meeting-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
wg-meeting-in-utc = En UTC:
wg-meeting-in-zone = En { $zone }:
wg-meeting-zone-label = Mostrar también las horas en
wg-meeting-zone-none = (solo la zona horaria de la reunión y UTC)
wg-meeting-zone-button = Mostrar

## Archivos de calendario

wg-meeting-ics-all = Añadir todas las reuniones a tu calendario (.ics)
wg-meeting-ics-all-hint = El archivo de calendario contiene las reuniones del grupo con sus horas en UTC, para que tu calendario las muestre a la hora correcta estés donde estés. Vuelve a importarlo después de un cambio: las reuniones se actualizan, no se duplican.
wg-meeting-ics-one = Añadir a tu calendario (.ics)
wg-meeting-ics-hint = Si la reunión cambia, vuelve a importar el archivo: tu calendario sustituirá la entrada anterior.

## La página de la reunión

wg-meeting-label-when = Cuándo
wg-meeting-label-duration = Duración
wg-meeting-label-where = Lugar o videollamada
wg-meeting-place-none = Todavía sin indicar
wg-meeting-label-planned-by = Programada por
wg-meeting-edit-link = Cambiar la hora, el lugar o el orden del día
wg-meeting-agenda = Orden del día
wg-meeting-agenda-none = Todavía no hay orden del día.
wg-meeting-minutes = Acta
wg-meeting-minutes-none = Todavía no se ha redactado el acta.
wg-meeting-minutes-later = El acta se redacta durante la reunión o después.
wg-meeting-minutes-by = Última modificación: { $name }, el { $date }
wg-meeting-minutes-write = Redactar el acta
wg-meeting-minutes-edit = Modificar el acta
wg-meeting-attendance = Asistencia
wg-meeting-attendance-none = No se ha registrado la asistencia.
wg-meeting-attendance-record = Registrar la asistencia
wg-meeting-attendance-present = Presente
wg-meeting-attendance-excused = Ausencia justificada
wg-meeting-attendance-absent = Ausente
wg-meeting-attendance-unrecorded = Sin registrar

## Programar y modificar una reunión

wg-meeting-plan-title = Programar una reunión
wg-meeting-plan-lead = Elige la hora en la zona horaria con la que trabajas habitualmente; todo el mundo la verá en esa zona y en UTC, y los calendarios la convierten a la hora local de cada persona.
wg-meeting-edit-title = Modificar la reunión
wg-meeting-edit-hint = Quienes hayan añadido la reunión a su calendario recibirán el cambio cuando vuelvan a importar el archivo de calendario.
wg-meeting-label-title = Título
wg-meeting-legend-when = Cuándo empieza la reunión y cuánto dura
wg-meeting-label-date = Fecha
wg-meeting-date-hint = Por ejemplo, 2026-07-14. También puedes indicar una fecha pasada para registrar una reunión que ya se ha celebrado.
wg-meeting-label-time = Hora de inicio
wg-meeting-time-hint = En formato de 24 horas (por ejemplo, 14:30) y en la zona horaria indicada abajo.
wg-meeting-label-time-zone = Zona horaria
wg-meeting-time-zone-hint = La zona horaria de la hora de inicio. Quienes estén en otro lugar también verán la hora en UTC.
wg-meeting-label-duration-minutes = Duración en minutos
wg-meeting-duration-hint = De { $min } a { $max } minutos.
wg-meeting-label-place = Lugar o enlace de la videollamada
wg-meeting-place-hint = Una sala y su dirección, o el enlace de la videollamada (opcional).
wg-meeting-label-agenda = Orden del día
wg-meeting-agenda-hint = Markdown: una línea que empieza por «1.» o «-» es un elemento de lista; también funcionan **negrita**, *cursiva* y los enlaces.
wg-meeting-label-lang = Idioma del título y del orden del día
wg-meeting-plan-button = Programar la reunión
wg-meeting-save-button = Guardar los cambios

## Acta

wg-meeting-minutes-title = Redactar el acta
wg-meeting-minutes-hint = Markdown. Qué se ha tratado, qué se ha decidido, quién hace qué y para cuándo. Cualquier miembro puede completarla.
wg-meeting-label-minutes-lang = Idioma del acta
wg-meeting-minutes-button = Guardar el acta

## Asistencia

wg-meeting-attendance-title = Registrar la asistencia
wg-meeting-attendance-legend = Quién ha participado
wg-meeting-attendance-hint = Una respuesta por cada miembro del grupo. «Sin registrar» borra una respuesta dada anteriormente.
wg-meeting-coordinator = Coordinador/a
wg-meeting-attendance-button = Guardar la asistencia

## Problemas

wg-meeting-error-date = Introduce una fecha válida; por ejemplo, 2026-07-14.
wg-meeting-error-time = Introduce una hora en formato de 24 horas; por ejemplo, 14:30.
wg-meeting-error-time-zone = Elige una de las zonas horarias propuestas.
wg-meeting-error-duration = Introduce un número de minutos entre { $min } y { $max }.
wg-meeting-error-time-gap = Ese día, la hora { $time } no existe en { $zone }: es cuando los relojes se adelantan al horario de verano. Elige otra hora; por ejemplo, { $next }.
wg-meeting-error-time-missing = Ese día, la hora { $time } no existe en { $zone }. Elige otra hora.
wg-meeting-error-organisers-only = Solo la persona que programó esta reunión y el equipo de coordinación del grupo pueden modificarla o registrar la asistencia.
wg-meeting-error-attendance-status = Elige presente, ausencia justificada, ausente o sin registrar para { $name }.
wg-meeting-error-attendance-outsider = Solo se puede registrar la asistencia de los miembros del grupo. Alguien del formulario no es miembro (o ya no lo es); vuelve a cargar el formulario e inténtalo de nuevo.

## Mensajes tras un cambio

flash-wg-meeting-planned = La reunión está programada. Añádela a tu calendario con el archivo .ics.
flash-wg-meeting-recorded = La reunión se ha guardado. Como su fecha ya ha pasado, aparece entre las reuniones anteriores.
flash-wg-meeting-updated = La reunión se ha modificado.
flash-wg-meeting-minutes-saved = El acta se ha guardado.
flash-wg-meeting-attendance-saved = La asistencia se ha guardado.
