### La simulación empresarial (crate bottega-sim). El motor no escribe frases: cada texto que
### muestra es una clave, y el id Fluent de una clave es la propia clave con los puntos cambiados
### por guiones (bottega_sim::fluent_id). Los argumentos llegan tipados desde el motor y los
### prepara la capa web:
###   cantidades ($people, $units, $hours, $count, $planned, $produced, $ordered, $delivered,
###     $rounds_left) son números, para que funcionen las variantes de plural;
###   importes ($amount, $cost, $revenue, $profit, $cash_change, $severance) son textos ya
###     formateados, como «1.234,50 €» ($cash_change conserva el signo menos);
###   proporciones ($margin, $ratio, $rate, $from, $to) son porcentajes ya formateados, como «42 %»;
###   nombres ($product, $material, $equipment, $incident, $response) son otros mensajes de este
###     archivo, ya traducidos. Se leen como etiquetas («Pan de masa madre»), por eso las frases
###     los colocan al principio o después de dos puntos.
### Los errores de las decisiones pueden recibir $min y $max (ya formateados como importe, horas
### o número según el campo) y $field (la etiqueta traducida del campo); se muestran junto al campo.

## Informe de la ronda: explicación de los resultados

report-bankrupt = Tu empresa está en quiebra. Ha necesitado un préstamo de emergencia demasiadas rondas seguidas y ya no puede pagar sus deudas, así que ha cerrado y no puede tomar más decisiones. Repasa tus informes para ver adónde ha ido a parar el dinero: es la lección más útil de este juego.
report-break_even = Para alcanzar el umbral de rentabilidad (o punto muerto), es decir, para cubrir todos tus costes fijos sin tener pérdidas, necesitas ingresar unos { $revenue } por ronda con los márgenes de esta ronda. Si vendes por encima de ese punto, tienes beneficios; si vendes por debajo, pérdidas. Con mejores precios, materiales más baratos o costes fijos más bajos, ese punto baja.
report-depreciation = Tu maquinaria y tu equipamiento han perdido { $amount } de valor esta ronda por el paso del tiempo y el desgaste. Es la amortización: ahora no ha salido dinero de tu cuenta por ella, pero es un coste real, porque algún día habrá que sustituir las máquinas. Procura tener el dinero para ello cuando llegue el momento.
report-emergency_loan = Te has quedado sin dinero, así que el banco ha cubierto el hueco de { $amount } con un préstamo de emergencia. Es caro, con un interés del { $rate } anual, y se devuelve automáticamente en cuanto vuelves a tener dinero. Cuidado: si te vuelves a quedar sin dinero { $rounds_left ->
        [one] en la próxima ronda
       *[other] en cada una de las próximas { $rounds_left } rondas
    }, tu empresa quebrará. Gasta menos, vende más o pide a tiempo un préstamo bancario normal.
report-gross_margin = Tu margen bruto ha sido del { $margin }. Es la parte de tus ingresos por ventas que queda después de pagar los materiales y los productos que has vendido. De ahí tienen que salir los sueldos, el alquiler, el marketing y todo lo demás, así que un precio más alto o unos materiales más baratos marcan una gran diferencia.
report-interest_paid = Has pagado { $amount } de intereses por tus préstamos. Los intereses son el precio del dinero prestado. Si devuelves los préstamos cuando te sobra dinero, este coste baja.
report-inventory_built_up = El valor de los productos que esperan en tu almacén ha aumentado en { $amount }. Ese dinero está inmovilizado en productos que todavía no se han vendido: cuenta en tu contabilidad, pero no lo puedes gastar. Intenta ajustar mejor la producción a lo que los clientes compran de verdad.
report-loss = Esta ronda has tenido unas pérdidas de { $amount }: tus costes han sido mayores que tus ingresos. Las pérdidas hacen que la empresa valga menos para sus propietarios. Comprueba qué costes han subido y si tus precios y tus ventas los cubren.
report-loss_carry_forward_used = Las pérdidas de rondas anteriores han reducido en { $amount } tu beneficio sujeto a impuestos, así que esta ronda has pagado menos impuestos. Las normas permiten a una empresa compensar las pérdidas pasadas con los beneficios posteriores, y eso la ayuda a recuperarse.
report-lost_sales_capacity = { $product }: los clientes querían { $units ->
        [one] una unidad más
       *[other] { $units } unidades más
    } de las que podías producir o atender esta ronda. Esas ventas se han perdido, y los clientes decepcionados perjudican tu reputación. Mira qué te ha frenado y planifica más horas de trabajo, más personal o más maquinaria.
report-lost_sales_stock = { $product }: los clientes querían { $units ->
        [one] una unidad más
       *[other] { $units } unidades más
    } de las que tenías listas para vender. Esas ventas se han perdido, y los clientes que se van con las manos vacías perjudican tu reputación. Plantéate planificar un volumen mayor para la próxima ronda.
report-no_contribution_margin = Después de pagar los materiales y los demás costes que aumentan con cada venta, no ha quedado nada para pagar los costes fijos, como el alquiler y los sueldos. Tal como están las cosas, cada venta de más empeora el resultado en lugar de mejorarlo. Sube tus precios o reduce tu coste por unidad antes de intentar vender más.
report-overtime = Tu plantilla ha hecho { $hours ->
        [one] una hora extra
       *[other] { $hours } horas extra
    } esta ronda, con un coste adicional en sueldos de { $cost }. Las horas extra ayudan en las épocas de mucho trabajo, pero son caras y agotan a la gente. Si las necesitas en todas las rondas, plantéate contratar a más personas.
report-production_limited_equipment = Habías planificado { $planned ->
        [one] una unidad
       *[other] { $planned } unidades
    } en total (productos o citas), pero solo se han podido hacer { $produced }: tu maquinaria estaba trabajando a pleno rendimiento. Compra más equipamiento o planifica volúmenes que tus máquinas puedan asumir.
report-production_limited_labour = Habías planificado { $planned ->
        [one] una unidad
       *[other] { $planned } unidades
    } en total (productos o citas), pero solo se han podido hacer { $produced }: tu plantilla no tenía suficientes horas de trabajo. Te ayudaría contratar, formar a tu plantilla para que trabaje más rápido o ampliar el horario de apertura, aunque las horas extra cuestan más.
report-production_limited_materials = Habías planificado { $planned ->
        [one] una unidad
       *[other] { $planned } unidades
    } en total (productos o citas), pero solo se han podido hacer { $produced }: no había suficientes materiales en el almacén. Compra materiales suficientes para los volúmenes que planificas, con un poco de margen por si alguna entrega se retrasa.
report-profit = Esta ronda has obtenido un beneficio de { $amount }: tus ingresos han sido mayores que todos tus costes juntos. Los beneficios hacen que la empresa valga más para sus propietarios. Decide si lo guardas como colchón de dinero o si lo inviertes.
report-profit_but_cash_fell = Has obtenido un beneficio de { $profit }, pero tu tesorería ha variado en { $cash_change }. Beneficio y tesorería no son lo mismo: el dinero puede estar inmovilizado en existencias, haberse gastado en maquinaria o haberse usado para devolver préstamos. No pierdas de vista ninguno de los dos.
report-reputation_fell = Tu reputación ha bajado del { $from } al { $to }. La mala calidad, una mala relación calidad-precio y los clientes a los que no has podido atender cambian lo que la gente piensa de ti, y con una reputación más débil llegan menos clientes en las próximas rondas. Cuida la calidad y asegúrate de tener suficiente para todo el mundo para recuperarla.
report-staff_quit = { $people ->
        [one] Una persona ha dejado
       *[other] { $people } personas han dejado
    } la empresa esta ronda. Cuando alguien se va, se lleva su experiencia, y contratar a alguien nuevo cuesta dinero. Los sueldos bajos, la falta de motivación y el exceso de horas extra hacen que la gente se marche.
report-tax_paid = Has pagado { $amount } de impuestos sobre tu beneficio. El impuesto sobre beneficios solo se paga cuando hay beneficios, así que es el precio de una buena ronda.
report-unsold_written_off = { $product }: ha habido que tirar { $units ->
        [one] una unidad sin vender
       *[other] { $units } unidades sin vender
    }, una pérdida de { $cost }. Los productos frescos no se pueden guardar para la ronda siguiente, así que ajusta mejor los volúmenes a lo que compran los clientes.
report-wage_below_market = Pagas el { $ratio } del sueldo habitual en el mercado. Así ahorras dinero ahora, pero con sueldos bajos tu plantilla está menos motivada y es más fácil que se marche, y sustituir a las personas también cuesta dinero.

## Informe de la ronda: qué ha pasado

event-bankrupt = Tu empresa está en quiebra y ha cerrado.
event-delivery_short = { $material }: habías pedido { $ordered }, pero solo han llegado { $delivered }.
event-emergency_loan = Te has quedado sin dinero: el banco te ha concedido un préstamo de emergencia de { $amount }.
event-emergency_loan_repaid = Se ha devuelto automáticamente una parte del préstamo de emergencia: { $amount }.
event-equipment_bought = { $equipment }: has comprado { $count ->
        [one] una unidad
       *[other] { $count } unidades
    } por { $cost }.
event-equipment_retired = { $equipment }: { $count ->
        [one] una unidad ha llegado al final de su vida útil y se ha retirado del servicio.
       *[other] { $count } unidades han llegado al final de su vida útil y se han retirado del servicio.
    }
event-incident = Ha pasado algo: { $incident }. Elige cómo responder en tus próximas decisiones.
event-incident_resolved = { $incident }: tu respuesta fue «{ $response }».
event-staff_hired = { $people ->
        [one] Se ha incorporado una persona nueva
       *[other] Se han incorporado { $people } personas nuevas
    } a la plantilla. La contratación ha costado { $cost }.
event-staff_left_after_incident = { $people ->
        [one] Una persona ha dejado
       *[other] { $people } personas han dejado
    } la empresa después de lo ocurrido.
event-staff_let_go = Has despedido a { $people ->
        [one] una persona
       *[other] { $people } personas
    }. Indemnización por despido: { $severance }.
event-staff_quit = { $people ->
        [one] Una persona ha dejado su trabajo.
       *[other] { $people } personas han dejado su trabajo.
    }

## Glosario: el término y una breve explicación en .definition

glossary-revenue = Ingresos
    .definition = Todo el dinero que te pagan los clientes por tus productos y servicios en una ronda, antes de descontar ningún coste.
glossary-gross_margin = Margen bruto
    .definition = La parte de tus ingresos que queda después de pagar los materiales y los productos que has vendido. Un margen bruto del 40 % significa que, de cada euro de ventas, quedan 40 céntimos para pagar los sueldos, el alquiler y todo lo demás.
glossary-contribution_margin = Margen de contribución
    .definition = Los ingresos menos los costes que aumentan con cada unidad que vendes, como los materiales. Es lo que aportan tus ventas para pagar los costes fijos, como el alquiler y los sueldos, y después para el beneficio.
glossary-break_even = Umbral de rentabilidad (punto muerto)
    .definition = La cantidad de ventas con la que los ingresos cubren exactamente todos los costes: ni beneficios ni pérdidas. Si vendes más, tienes beneficios; si vendes menos, tienes pérdidas.
glossary-cash_flow = Flujo de caja
    .definition = El dinero que de verdad entra en tu cuenta bancaria y sale de ella en una ronda. Una empresa puede tener beneficios y aun así quedarse sin dinero, por ejemplo cuando lo tiene inmovilizado en existencias o en máquinas.
glossary-depreciation = Amortización
    .definition = Las máquinas pierden valor a medida que envejecen y se desgastan. En lugar de contar todo su precio como coste en la ronda en que las compras, el coste se reparte entre los años en que las usas.
glossary-working_capital = Fondo de maniobra
    .definition = Lo que la empresa tiene a corto plazo (dinero, existencias, lo que le deben) menos lo que tiene que pagar pronto. Indica si puedes pagar tus facturas del día a día.
glossary-inventory = Existencias (stock)
    .definition = Los materiales que esperan a ser utilizados y los productos terminados que esperan a ser vendidos. Las existencias inmovilizan dinero hasta que se venden, y los productos frescos se pueden estropear.
glossary-interest = Intereses
    .definition = El precio de pedir dinero prestado, normalmente un porcentaje anual del préstamo. El dinero que tienes en el banco también puede darte algo de intereses.
glossary-tax = Impuestos
    .definition = Las empresas pagan al Estado una parte de sus beneficios en forma de impuestos. En una ronda sin beneficios no hay que pagar impuesto sobre beneficios.
glossary-loss_carry_forward = Compensación de pérdidas
    .definition = Una norma que permite a una empresa restar de sus beneficios posteriores las pérdidas de periodos anteriores. Así paga menos impuestos mientras se recupera de los malos momentos.
glossary-equity = Patrimonio neto
    .definition = La parte de la empresa que pertenece a sus propietarios: todo lo que tiene menos todo lo que debe. Los beneficios lo hacen crecer y las pérdidas lo reducen.
glossary-liabilities = Pasivo
    .definition = Todo lo que la empresa debe a otros, como los préstamos bancarios y las facturas que todavía no ha pagado.
glossary-market_share = Cuota de mercado
    .definition = Tu parte del total de ventas del mercado, en porcentaje. Si los clientes gastan 100.000 en total y 25.000 de ellos contigo, tu cuota de mercado es del 25 %.
glossary-price_elasticity = Elasticidad-precio de la demanda
    .definition = Lo mucho que reaccionan los clientes a un cambio de precio. Si la demanda es elástica, una pequeña subida de precio hace que muchos clientes dejen de comprar; si es inelástica, la mayoría sigue comprando.
glossary-adstock = Adstock (efecto acumulado de la publicidad)
    .definition = La publicidad sigue funcionando durante un tiempo después de pagarla, porque la gente la recuerda. El adstock es la parte de tu marketing pasado que todavía tiene efecto hoy; se va debilitando un poco en cada ronda.
glossary-capacity = Capacidad
    .definition = Lo máximo que tu empresa puede producir o atender en una ronda. La limitan las horas de trabajo, la maquinaria y los materiales.
glossary-overtime = Horas extra
    .definition = Las horas trabajadas por encima de la jornada normal. Se pagan aparte y, si se alargan mucho tiempo, cansan a la gente y la desmotivan.
glossary-staff_turnover = Rotación de personal
    .definition = Cuántas personas dejan la empresa en un periodo de tiempo. Una rotación alta cuesta dinero en selección y formación, y la experiencia se va por la puerta.
glossary-reputation = Reputación
    .definition = Lo que los clientes y la gente de tu entorno piensan de tu empresa. Crece con una buena calidad y un buen servicio, y se resiente cuando los clientes quedan decepcionados.
glossary-emergency_loan = Préstamo de emergencia
    .definition = Un préstamo que el banco concede automáticamente cuando tu tesorería iba a quedar por debajo de cero. Tiene un tipo de interés alto y se devuelve en cuanto vuelve a haber dinero.
glossary-bankruptcy = Quiebra
    .definition = Una empresa que ya no puede pagar sus deudas está en quiebra y tiene que cerrar. En este juego, necesitar un préstamo de emergencia demasiadas rondas seguidas lleva a la quiebra.

## Decisiones que no se pueden aceptar (se muestran junto al campo del formulario)

decision_error-company_bankrupt = Tu empresa está en quiebra, así que ya no puede tomar más decisiones.
decision_error-negative_quantity = Este valor no puede ser negativo. Introduce un valor entre { $min } y { $max }.
decision_error-price_out_of_range = Fija un precio entre { $min } y { $max }.
decision_error-volume_out_of_range = El volumen debe estar entre { $min } y { $max } por ronda.
decision_error-opening_hours_out_of_range = El horario de apertura debe estar entre { $min } y { $max } horas semanales.
decision_error-purchase_out_of_range = Puedes comprar entre { $min } y { $max } de este material por ronda.
decision_error-hire_exceeds_labour_pool = Ahora mismo no hay tantas personas buscando trabajo. Lo máximo que puedes contratar esta ronda: { $max }.
decision_error-let_go_exceeds_staff = No puedes despedir a más personas de las que tienes en plantilla. Lo máximo que puedes despedir: { $max }.
decision_error-wage_out_of_range = El sueldo debe estar entre { $min } (el salario mínimo) y { $max }.
decision_error-training_out_of_range = El presupuesto de formación debe estar entre { $min } y { $max } por ronda.
decision_error-marketing_out_of_range = Puedes gastar entre { $min } y { $max } en este canal por ronda.
decision_error-equipment_out_of_range = Puedes comprar entre { $min } y { $max } unidades de este equipamiento por ronda.
decision_error-loan_exceeds_credit_limit = El banco no te presta tanto dinero. Como máximo puedes pedir { $max } más.
decision_error-repayment_exceeds_loan = No puedes devolver más de lo que debes. Lo máximo que puedes devolver: { $max }.
decision_error-unknown_product = Este producto no forma parte del juego.
decision_error-unknown_material = Este material no forma parte del juego.
decision_error-unknown_channel = Este canal de marketing no forma parte del juego.
decision_error-unknown_equipment = Este equipamiento no forma parte del juego.
decision_error-incident_response_missing = Elige cómo respondes a este imprevisto.
decision_error-unknown_incident = Este imprevisto no está pendiente de respuesta.
decision_error-duplicate_incident_response = Has respondido dos veces al mismo imprevisto. Quédate con una sola respuesta.
decision_error-unknown_response = Elige una de las respuestas propuestas para este imprevisto.
decision_error-justification_empty = Explica en pocas palabras por qué has elegido esta respuesta.
decision_error-justification_too_long = Tu explicación es demasiado larga. Usa como máximo { $max } caracteres.

## EntreComp, el Marco Europeo de la Competencia Emprendedora: áreas y competencias

entrecomp-area-ideas_and_opportunities = Ideas y oportunidades
entrecomp-area-resources = Recursos
entrecomp-area-into_action = Pasar a la acción
entrecomp-competence-spotting_opportunities = Detectar oportunidades
entrecomp-competence-creativity = Creatividad
entrecomp-competence-vision = Visión
entrecomp-competence-valuing_ideas = Valorar las ideas
entrecomp-competence-ethical_sustainable_thinking = Pensamiento ético y sostenible
entrecomp-competence-self_awareness_self_efficacy = Autoconciencia y autoeficacia
entrecomp-competence-motivation_perseverance = Motivación y perseverancia
entrecomp-competence-mobilising_resources = Movilizar recursos
entrecomp-competence-financial_economic_literacy = Educación financiera y económica
entrecomp-competence-mobilising_others = Movilizar a otras personas
entrecomp-competence-taking_the_initiative = Tomar la iniciativa
entrecomp-competence-planning_management = Planificación y gestión
entrecomp-competence-coping_with_uncertainty = Afrontar la incertidumbre, la ambigüedad y el riesgo
entrecomp-competence-working_with_others = Trabajar con otras personas
entrecomp-competence-learning_through_experience = Aprender de la experiencia

## Evidencias de una competencia encontradas en las propias decisiones del equipo

evidence-decision-eco_production = Elección de una producción sostenible y respetuosa con el medio ambiente
evidence-decision-premium_quality = Elección de la calidad premium
evidence-decision-training = Inversión en la formación de la plantilla
evidence-decision-hiring = Contratación de personal nuevo
evidence-decision-equipment_investment = Inversión en maquinaria y equipamiento nuevos
evidence-decision-loan = Solicitud o devolución de un préstamo bancario
evidence-decision-marketing_mix = Publicidad en varios canales a la vez
evidence-decision-production_matched_demand = Producción ajustada a la demanda: ninguna venta perdida, nada tirado
evidence-decision-prices_adjusted = Ajuste de los precios tras analizar la ronda anterior
evidence-decision-kept_going_after_loss = Seguir adelante después de unas pérdidas

## Escenarios incluidos

scenario-bakery-name = Panadería de barrio
scenario-bakery-description = Dirige una pequeña panadería artesana: hornea pan, bollería y tartas para celebraciones, organiza los turnos de madrugada y el producto fresco, y gánate la fidelidad del barrio.
scenario-carpentry-name = Taller de carpintería
scenario-carpentry-description = Dirige una carpintería que fabrica mesas y armarios a medida y hace reparaciones: calcula el precio de los encargos grandes, mantén las máquinas en marcha y organiza una plantilla cualificada.
scenario-hair_salon-name = Peluquería
scenario-hair_salon-description = Dirige un salón de peluquería: organiza el horario de apertura y las citas, pon precio a los cortes, los tintes y los peinados de novia, y mantén contentos tanto a la clientela como a tus estilistas.

## Materiales

material-flour = Harina
material-butter = Mantequilla
material-sugar = Azúcar
material-packaging = Envases y embalajes
material-timber = Tablones de madera
material-hardware = Bisagras y herrajes
material-finish = Aceite y barniz
material-hair_dye = Tinte para el cabello
material-care_products = Champú y productos de cuidado
material-styling_products = Productos de peinado

## Productos y servicios

product-sourdough = Pan de masa madre
product-croissant = Cruasán de mantequilla
product-celebration_cake = Tarta de celebración
product-kitchen_table = Mesa de cocina de madera maciza
product-custom_wardrobe = Armario a medida
product-repair_service = Reparación de muebles
product-haircut = Corte de pelo
product-colouring = Tinte
product-bridal_styling = Peinado de novia

## Equipamiento

equipment-deck_oven = Horno de pisos
equipment-rack_oven = Horno rotativo de carro
equipment-workbench = Banco de trabajo con herramientas eléctricas
equipment-cnc_router = Fresadora CNC
equipment-styling_station = Tocador de peluquería
equipment-colour_bar = Zona de coloración y lavado

## Segmentos de clientes

segment-neighbours = Vecinos del barrio
segment-commuters = Gente de camino al trabajo
segment-families = Familias de celebración
segment-households = Hogares
segment-architects = Arquitectos e interioristas
segment-neighbourhood = Reparaciones del barrio
segment-young_clients = Estudiantes y clientela joven
segment-regulars = Clientela habitual de tinte
segment-weddings = Bodas y eventos

## Canales de marketing (los mismos ids en todos los escenarios, así que los nombres sirven para todos)

channel-flyers = Folletos en el barrio
channel-social_media = Redes sociales
channel-trade_fair = Estand en una feria del sector

## Imprevistos y las posibles respuestas. Los ids de los imprevistos son comunes a todos los
## escenarios (una entrega retrasada es harina en la panadería, roble en la carpintería y tinte en
## la peluquería), así que los nombres y las descripciones son generales; las respuestas que solo
## ofrece un escenario mencionan los detalles.

incident-supplier_delay = Una entrega se retrasa
incident-supplier_delay-description = Tu proveedor no puede entregarte a tiempo todo lo que has pedido. Si no haces nada, esta ronda tendrás menos materiales para trabajar y puede que algunos clientes se lleven una decepción. Puedes pagar más a otro proveedor, esperar o adaptar lo que ofreces.
incident-supplier_delay-response-find_alternative = Comprar a otro proveedor a un precio más alto
incident-supplier_delay-response-wait_for_delivery = Esperar la entrega y trabajar mientras tanto con menos
incident-supplier_delay-response-reduce_range = Hornear una gama más reducida con lo que hay
incident-supplier_delay-response-offer_other_wood = Ofrecer a los clientes otro tipo de madera
incident-supplier_delay-response-offer_alternative_service = Ofrecer a la clientela un tratamiento capilar en su lugar

incident-customer_complaint = Un cliente se queja
incident-customer_complaint-description = Un cliente no está contento con lo que ha recibido y puede que se lo cuente a otras personas. Tu forma de reaccionar muestra cuáles son los valores de tu empresa y cambia lo que la gente piensa de ti.
incident-customer_complaint-response-apologise_and_refund = Pedir disculpas en persona y devolver el dinero
incident-customer_complaint-response-ignore = Rechazar la queja y no cambiar nada
incident-customer_complaint-response-improve_process = Mejorar la forma de trabajar para que no vuelva a ocurrir
incident-customer_complaint-response-fix_for_free = Arreglarlo gratis en casa del cliente
incident-customer_complaint-response-redo_for_free = Volver a hacerlo gratis
incident-customer_complaint-response-consultation_routine = Hacer siempre una consulta previa antes de cada tinte

incident-team_conflict = Conflicto en la plantilla
incident-team_conflict-description = Varias personas de tu plantilla están en conflicto por cómo se reparte el trabajo. El ambiente está empeorando, y un equipo descontento rinde menos. Decide si intervienes y cómo.
incident-team_conflict-response-mediate = Organizar una conversación con un mediador
incident-team_conflict-response-let_them_sort_it_out = Dejar que lo resuelvan entre ellos
incident-team_conflict-response-reorganise_shifts = Reorganizar juntos el cuadrante de turnos
incident-team_conflict-response-mentoring_plan = Poner en marcha un plan de mentoría
incident-team_conflict-response-reassign_tasks = Volver a repartir las tareas en una reunión de equipo
incident-team_conflict-response-rotate_shifts = Acordar juntos una rotación justa

incident-equipment_failure = Se estropea una máquina
incident-equipment_failure-description = Una de tus máquinas ha dejado de funcionar. Hasta que vuelva a funcionar, podrás producir o atender menos. Una reparación cuesta dinero, pero esperar cuesta capacidad.
incident-equipment_failure-response-repair_now = Mandarla a reparar enseguida
incident-equipment_failure-response-make_do = Seguir con lo que todavía funciona
incident-equipment_failure-response-rent_replacement = Alquilar un horno de sustitución para el mes
incident-equipment_failure-response-share_with_neighbour = Usar una máquina de un taller vecino
incident-equipment_failure-response-lease_replacement = Alquilar un equipo de sustitución para el mes

incident-large_order = Un gran pedido extra
incident-large_order-description = Un cliente importante quiere hacer un pedido grande, además de tu actividad normal. Podría traer muchas ventas, pero el tiempo de tu plantilla y tu maquinaria son limitados. Decide si puedes aceptarlo y cómo.
incident-large_order-response-accept_with_overtime = Aceptar y hacer horas extra
incident-large_order-response-decline = Rechazarlo amablemente
incident-large_order-response-accept_and_hire_temp = Aceptar y contratar ayuda temporal
incident-large_order-response-subcontract_part = Aceptar y subcontratar parte del trabajo a otro taller
incident-large_order-response-partner_with_freelancer = Aceptar y colaborar con un o una estilista autónoma

incident-ethical_choice = Una cuestión de conciencia
incident-ethical_choice-description = Te enfrentas a una decisión en la que la opción más barata o más fácil no tiene por qué ser la correcta. Piensa en las personas, en el medio ambiente y en el buen nombre de tu empresa, no solo en el dinero.
incident-ethical_choice-response-donate_to_food_bank = Donar el pan sobrante al banco de alimentos
incident-ethical_choice-response-sell_as_animal_feed = Vender el pan sobrante como pienso para animales
incident-ethical_choice-response-throw_away = Tirar el pan sobrante
incident-ethical_choice-response-buy_certified = Seguir con madera certificada
incident-ethical_choice-response-take_cheap_timber = Comprar la madera barata de origen desconocido
incident-ethical_choice-response-ask_for_proof = Pedir al proveedor que demuestre de dónde procede la madera
incident-ethical_choice-response-refuse_and_report = Rechazar el tinte e informar a la asociación del sector
incident-ethical_choice-response-use_cheap_dye = Usar el tinte barato
incident-ethical_choice-response-switch_to_natural_brand = Cambiar a una marca de tintes naturales
