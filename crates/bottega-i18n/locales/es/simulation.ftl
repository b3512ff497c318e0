## Simulación empresarial: páginas, formularios y mensajes. Los textos propios del motor
## (informes, imprevistos, glosario, escenarios) están en simulation-engine.ftl.

sim-title = Simulación empresarial
sim-intro-lead = Dirige una pequeña empresa artesana en un mercado simulado y sin riesgos: fija precios, planifica la producción, contrata y forma a tu plantilla, da a conocer tus productos, invierte y pide préstamos, y descubre qué efecto tienen tus decisiones en el dinero, las personas y los clientes.
sim-intro-how = El profesorado inicia una partida para una clase y reparte un código. Con ese código, cada estudiante se une a un equipo y toma decisiones ronda a ronda; cada ronda es un mes de la vida de la empresa.
sim-intro-sign-in = Inicia sesión para jugar o para iniciar una partida
sim-money = { $amount } €
sim-percent = { $value } %

sim-join-title = Unirse a una partida
sim-label-code = Código de la partida
sim-join-button = Unirme
sim-playing-title = Partidas en las que juego
sim-playing-none = Todavía no juegas en ninguna partida. Pide un código de partida a tu docente.
sim-teaching-title = Partidas que dirijo
sim-teaching-none = Todavía no has iniciado ninguna partida.
sim-new-button = Iniciar una partida nueva
sim-status-round = Ronda { $round } de { $rounds }
sim-status-finished = Terminada
sim-taught-by = dirigida por { $name }
sim-label-choose-team = Elige tu equipo
sim-players-count = { $count ->
    [one] un participante
   *[other] { $count } participantes
}

sim-new-title = Iniciar una partida
sim-new-lead = Elige un oficio, cuántos equipos juegan y durante cuántas rondas. El alumnado se une con el código que obtendrás en la página siguiente.
sim-label-title = Nombre de la partida
sim-label-scenario = Oficio
sim-label-mode = Cómo juegan los equipos
sim-mode-solo = Cada equipo contra negocios gestionados por el ordenador
sim-mode-competitive = Los equipos compiten entre sí por los mismos clientes
sim-label-teams = Número de equipos
sim-hint-teams = De 1 a { $max }.
sim-label-team-names = Nombres de los equipos (opcional)
sim-hint-team-names = Un nombre por línea; los equipos sin nombre se numeran.
sim-label-rounds = Número de rondas
sim-hint-rounds = De 1 a { $max }. Doce rondas equivalen a un año.
sim-label-round-length = Duración de cada ronda
sim-length-by-hand = Lanzo cada ronda manualmente
sim-length-hours = { $count ->
    [one] una hora
   *[other] { $count } horas
}
sim-length-days = { $count ->
    [one] un día
   *[other] { $count } días
}
sim-length-weeks = { $count ->
    [one] una semana
   *[other] { $count } semanas
}
sim-label-lang = Idioma del nombre
sim-create-button = Iniciar la partida
sim-team-default-name = Equipo { $number }

sim-label-progress = Progreso
sim-label-deadline = Cierre de la ronda actual
sim-deadline-at = se cierra el { $when }
sim-code-hint = Los estudiantes se unen en Simulación empresarial → Unirse a una partida con el código { $code }.
sim-play-title = Ronda { $round }
sim-decided-count = { $decided } de { $teams } equipos han enviado sus decisiones.
sim-play-button = Jugar ahora la ronda { $round }
sim-play-hint = Los equipos que no hayan enviado sus decisiones mantienen los precios, los volúmenes, las horas y los gastos de la ronda anterior; los imprevistos pendientes reciben la respuesta predeterminada.
sim-finished-notice = Se han jugado todas las rondas. El resumen de competencias de cada estudiante está en su perfil.
sim-debrief-title = Puesta en común
sim-csv-link = Descargar los resultados (CSV)
sim-debrief-table = Resultados de los equipos en toda la partida
sim-col-total-profit = Resultado neto total
sim-col-final-cash = Tesorería al final
sim-col-average-share = Cuota de mercado media
sim-debrief-stories = Imprevistos y respuestas de los equipos
sim-teams-title = Equipos
sim-col-team = Equipo
sim-col-players = Participantes
sim-col-decided = Ha decidido en esta ronda
sim-decided-yes = Sí
sim-decided-no = Todavía no
sim-no-players = todavía nadie
sim-remove-player = Quitar a { $name } de la partida
sim-place-title = Asignar estudiantes a un equipo
sim-label-person = Estudiante
sim-hint-person = Su nombre de usuario (sin @) o su dirección de correo electrónico en Bottega. Si ya está en la partida, pasa al equipo que elijas.
sim-place-button = Añadir al equipo
sim-bankrupt = en quiebra
sim-computer = gestionado por el ordenador
sim-computer-team = Negocio del ordenador { $number }

sim-team-members = Miembros del equipo:
sim-decide-title = Decisiones de la ronda { $round }
sim-submitted-by = Enviadas por { $name } el { $when }. Todavía puedes cambiarlas hasta que se juegue la ronda.
sim-not-submitted = Tu equipo todavía no ha enviado sus decisiones para esta ronda.
sim-pending-incidents = Imprevistos pendientes de respuesta:
sim-decide-button = Tomar las decisiones
sim-dashboard-title = Tu empresa ahora
sim-no-rounds-yet = Todavía no se ha jugado ninguna ronda.
sim-chart-money = Tesorería y resultado por ronda
sim-chart-customers = Clientes por ronda
sim-last-round-title = Qué pasó en la ronda { $round }
sim-full-report = Informe completo con la cuenta de pérdidas y ganancias, el balance y el estado de flujos de efectivo
sim-history-title = Cifras clave por ronda
sim-col-round = Ronda
sim-stories-title = Imprevistos y respuestas del equipo
sim-stories-none = Todavía no se ha respondido a ningún imprevisto.
sim-round-label = Ronda { $round }
sim-chosen-response = Respuesta elegida:
sim-automatic-response = elegida automáticamente porque no se enviaron decisiones
sim-comments-title = Comentarios del profesorado
sim-comments-none = Todavía no hay comentarios.
sim-comment-by = de { $name }
sim-label-comment = Comentario
sim-comment-button = Añadir el comentario
sim-bankrupt-notice = La empresa se ha quedado sin dinero durante demasiado tiempo y está en quiebra: ya no tiene actividad. Consulta los informes para ver adónde ha ido a parar el dinero.
sim-reused-notice = No se enviaron decisiones para esta ronda, así que se han vuelto a usar las de la ronda anterior.

sim-figure-cash = Tesorería
sim-figure-profit = Resultado neto
sim-figure-revenue = Ingresos
sim-figure-gross-margin = Margen bruto
sim-figure-market-share = Cuota de mercado
sim-figure-satisfaction = Satisfacción de los clientes
sim-figure-staff = Plantilla
sim-figure-morale = Motivación de la plantilla
sim-figure-reputation = Reputación
sim-figure-break-even = Ingresos del umbral de rentabilidad

sim-report-title = Informe de la ronda { $round }
sim-rounds-nav = Otras rondas
sim-report-explanations = Qué significa
sim-report-events = Qué ha pasado
sim-report-glossary = Términos que aparecen aquí:
sim-report-products = Ventas por producto
sim-col-product = Producto
sim-col-price = Precio
sim-col-planned = Previsto
sim-col-produced = Producido o disponible
sim-col-demand = Demanda de los clientes
sim-col-sold = Vendido
sim-col-lost = Ventas perdidas
sim-col-written-off = Desechado
sim-income-statement = Cuenta de pérdidas y ganancias
sim-balance-assets = Balance: lo que tiene la empresa (activo)
sim-balance-liabilities = Balance: lo que debe (pasivo) y el patrimonio neto de los propietarios
sim-cash-flow-statement = Estado de flujos de efectivo
sim-is-revenue = Ingresos por ventas
sim-is-cost-of-goods = Coste de las ventas
sim-is-write-offs = Productos desechados
sim-is-gross-profit = Resultado bruto
sim-is-wages = Sueldos y salarios
sim-is-overtime = Horas extra
sim-is-recruitment = Selección de personal e indemnizaciones
sim-is-training = Formación
sim-is-marketing = Marketing
sim-is-rent = Alquiler
sim-is-incident-costs = Costes de los imprevistos
sim-is-other-income = Otros ingresos
sim-is-depreciation = Amortización
sim-is-operating-profit = Resultado de explotación
sim-is-interest-expense = Intereses pagados
sim-is-interest-income = Intereses cobrados
sim-is-profit-before-tax = Resultado antes de impuestos
sim-is-tax = Impuestos
sim-is-net-profit = Resultado neto
sim-bs-cash = Tesorería
sim-bs-materials = Materiales en almacén
sim-bs-goods = Productos terminados en almacén
sim-bs-equipment-cost = Equipamiento a precio de compra
sim-bs-depreciation = Amortización acumulada
sim-bs-total-assets = Total activo
sim-bs-bank-loan = Préstamo bancario
sim-bs-emergency-loan = Préstamo de emergencia
sim-bs-total-liabilities = Total pasivo
sim-bs-share-capital = Capital aportado por los propietarios
sim-bs-retained-earnings = Reservas (beneficios no repartidos)
sim-bs-total-equity = Total patrimonio neto
sim-bs-total-liabilities-equity = Total pasivo y patrimonio neto
sim-cf-opening = Tesorería al inicio de la ronda
sim-cf-customers = Cobros de clientes
sim-cf-other-receipts = Otros cobros
sim-cf-suppliers = Pagos a proveedores
sim-cf-staff = Pagos al personal
sim-cf-other-payments = Alquiler, marketing, formación y otros pagos
sim-cf-interest-paid = Intereses pagados
sim-cf-interest-received = Intereses cobrados
sim-cf-tax = Impuestos pagados
sim-cf-operating = Flujo de caja de la actividad del negocio
sim-cf-equipment = Compra de equipamiento
sim-cf-investing = Flujo de caja de las inversiones
sim-cf-loans = Préstamos recibidos
sim-cf-repayments = Préstamos devueltos
sim-cf-emergency = Préstamo de emergencia recibido
sim-cf-emergency-repaid = Préstamo de emergencia devuelto
sim-cf-financing = Flujo de caja de la financiación
sim-cf-change = Variación de la tesorería
sim-cf-closing = Tesorería al final de la ronda

sim-cash-now = tesorería: { $amount }
sim-staff-now = { $count ->
    [one] una persona en plantilla
   *[other] { $count } personas en plantilla
}
sim-preview-title = ¿Y si…? La ronda con estas decisiones
sim-preview-hint = Una previsión calculada con el mismo motor, como si todos los demás equipos mantuvieran sus decisiones actuales. Todavía no se ha enviado nada.
sim-section-incidents = Imprevistos por responder
sim-label-response = Tu respuesta
sim-label-justification = ¿Por qué esta respuesta?
sim-hint-justification = Unas pocas frases con tus propias palabras: tu docente las lee y cuentan como evidencia de tus competencias.
sim-section-products = Productos y horario de apertura
sim-label-price = { $product }: precio
sim-label-volume = { $product }: cantidad
sim-hint-last-demand = En la ronda anterior los clientes querían { $units }.
sim-label-hours = Horas de apertura por semana
sim-hint-hours = La semana estándar es de { $standard } horas; por encima son horas extra (como máximo { $max }).
sim-section-materials = Materiales que comprar
sim-label-buy = { $material }: cantidad que comprar
sim-hint-in-stock = { $units } en almacén.
sim-section-people = Plantilla
sim-label-hire = Personas que contratar
sim-hint-labour-pool = { $count ->
    [one] Hay una persona buscando trabajo.
   *[other] Hay { $count } personas buscando trabajo.
}
sim-label-let-go = Personas que despedir
sim-hint-staff = { $count ->
    [one] Ahora trabaja para ti una persona.
   *[other] Ahora trabajan para ti { $count } personas.
}
sim-label-wage = Sueldo mensual por persona
sim-label-training = Presupuesto de formación
sim-section-marketing = Marketing por canal
sim-section-investment = Equipamiento y financiación
sim-label-equipment = { $equipment }: unidades que comprar
sim-hint-unit-price = { $price } la unidad.
sim-label-loan-draw = Nuevo préstamo bancario
sim-label-loan-repay = Préstamo bancario que devolver
sim-hint-loan-outstanding = Pendiente de devolver: { $amount }.
sim-hint-between = Entre { $min } y { $max }.
sim-hint-at-most = Como máximo, { $max }.
sim-section-quality = Calidad y sostenibilidad
sim-quality-standard = Estándar: materiales y métodos habituales
sim-quality-premium = Premium: materiales más caros, más calidad
sim-quality-eco = Sostenible: materiales locales y ecológicos, atrae a los clientes con conciencia ecológica
sim-preview-button = Ver una previsión del resultado
sim-submit-button = Enviar las decisiones

sim-glossary-title = Términos de empresa explicados
sim-glossary-lead = Las palabras que usan los informes, explicadas de forma sencilla.

sim-error-required = Introduce un valor.
sim-error-whole-number = Introduce un número entero, como 120.
sim-error-amount = Introduce un importe en euros, como 4,50.
sim-error-too-large = Este número es demasiado grande.
sim-error-choose = Elige una de las opciones.
sim-error-between = Introduce un número entero entre { $min } y { $max }.
sim-error-length = Usa entre { $min } y { $max } caracteres.
sim-error-competitive-needs-two = Para que los equipos compitan entre sí hacen falta al menos dos equipos.
sim-error-too-many-names = Hay más nombres que equipos: escribe como máximo { $count }.
sim-error-name-length = El nombre de un equipo puede tener como máximo { $max } caracteres.
sim-error-unknown-code = No hay ninguna partida en curso con este código. Comprueba el código con tu docente.
sim-error-own-game = Diriges esta partida, así que no puedes jugar en ella.
sim-error-game-finished = Esta partida ha terminado; ya no se puede cambiar nada.
sim-error-choose-team = Elige un equipo de esta partida.
sim-error-not-your-team = Solo los miembros de este equipo pueden decidir por él.
sim-error-teacher-only = Solo la persona que dirige esta partida puede hacer esto.
sim-error-round-moved-on = Esta ronda ya se ha jugado. Lo que habías introducido se conserva abajo: revísalo con el nuevo informe antes de enviarlo para la ronda siguiente.
sim-error-deadline-passed = El plazo de esta ronda ha terminado, así que ya no se pueden enviar decisiones. Lo que habías introducido se conserva abajo; la ronda se jugará en breve.
sim-error-round-already-played = Esta ronda se acaba de jugar (quizá por un segundo clic o porque ha vencido el plazo). No se ha jugado nada dos veces.
sim-error-unknown-person = Ningún miembro activo tiene este nombre de usuario o esta dirección de correo electrónico.
sim-error-comment-length = Un comentario necesita algo de texto y como máximo 2000 caracteres.

flash-sim-created = La partida ha comenzado. Da a tus estudiantes el código que aparece abajo.
flash-sim-joined = ¡Te damos la bienvenida al equipo! Toma tus primeras decisiones.
flash-sim-already-in-team = Ya estás en un equipo de esta partida.
flash-sim-decisions-saved = Tus decisiones se han guardado. Puedes cambiarlas hasta que se juegue la ronda.
flash-sim-round-played = La ronda se ha jugado. Cada equipo ya puede leer su informe.
flash-sim-game-finished = Se ha jugado la última ronda: la partida ha terminado. Abre la puesta en común para comparar los equipos.
flash-sim-player-placed = La persona ya forma parte del equipo.
flash-sim-player-removed = Se ha quitado a la persona de la partida.
flash-sim-comment-added = Tu comentario se ha añadido.

sim-profile-title = Competencias de la simulación empresarial
sim-profile-lead = Competencias EntreComp demostradas con las decisiones y las justificaciones escritas en las partidas de la simulación empresarial.
sim-profile-results = resultado total { $profit }, tesorería final { $cash }
sim-profile-evidence = { $count ->
    [one] una evidencia
   *[other] { $count } evidencias
}
sim-profile-justifications = { $count ->
    [one] Una justificación escrita
   *[other] { $count } justificaciones escritas
}
