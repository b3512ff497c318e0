### The business simulation (crate bottega-sim). The engine writes no sentences: every text it
### shows is a key, and a key's Fluent id is the key with its dots turned into dashes
### (bottega_sim::fluent_id). Arguments come typed from the engine and are prepared by the web layer:
###   counts ($people, $units, $hours, $count, $planned, $produced, $ordered, $delivered,
###     $rounds_left) are numbers, so that plural variants work;
###   money ($amount, $cost, $revenue, $profit, $cash_change, $severance) is a ready-made string
###     such as "€1,234.50" ($cash_change keeps its minus sign);
###   shares ($margin, $ratio, $rate, $from, $to) are ready-made percentages such as "42%";
###   names ($product, $material, $equipment, $incident, $response) are other messages of this
###     file, translated first. They read like labels ("Sourdough loaf"), so the sentences put
###     them at the start or after a colon.
### Decision errors may get $min and $max (already formatted as money, hours or numbers to suit
### the field) and $field (the translated label of the field); they are shown next to the field.

## Round report: explanations of the results

report-bankrupt = Your company is bankrupt. It needed an emergency loan too many rounds in a row and can no longer pay its debts, so it has stopped trading and takes no more decisions. Look back through your reports to see where the cash went: that is the most useful lesson of this game.
report-break_even = To break even, that is to cover all your fixed costs without making a loss, you need revenue of about { $revenue } per round at this round's margins. Sales above that point bring a profit, sales below it a loss. Better prices, cheaper materials or lower fixed costs bring the point down.
report-depreciation = Your equipment lost { $amount } of value this round through age and wear. This is depreciation: no money left your account for it now, but it is a real cost, because one day the machines have to be replaced. Plan to have the cash for that when the time comes.
report-emergency_loan = Your cash ran out, so the bank filled the gap of { $amount } with an emergency loan. It is expensive, at { $rate } interest a year, and is paid back automatically as soon as you have cash again. Be careful: if your cash runs out { $rounds_left ->
        [one] again next round
       *[other] in each of the next { $rounds_left } rounds
    }, your company goes bankrupt. Spend less, sell more, or arrange a normal bank loan in time.
report-gross_margin = Your gross margin was { $margin }. That is the part of your sales revenue left after paying for the materials and goods you sold. Wages, rent, marketing and everything else must be paid from it, so a higher price or cheaper materials make a big difference.
report-interest_paid = You paid { $amount } in interest on your loans. Interest is the price of borrowed money. Paying loans back when you have spare cash lowers this cost.
report-inventory_built_up = The goods waiting in your stock grew in value by { $amount }. That money is tied up in products that are not sold yet: it counts in your accounts, but you cannot spend it. Try to produce closer to what customers actually buy.
report-loss = This round you made a loss of { $amount }: your costs were higher than your revenue. A loss makes the company worth less to its owners. Check which costs grew and whether your prices and sales cover them.
report-loss_carry_forward_used = Losses from earlier rounds lowered your taxable profit by { $amount }, so you paid less tax this round. The rules let a company set past losses against later profits, which helps it recover.
report-lost_sales_capacity = { $product }: customers wanted { $units ->
        [one] one more
       *[other] { $units } more
    } than you could make or serve this round. Those sales are lost, and disappointed customers hurt your reputation. See what held you back, then plan more working hours, staff or equipment.
report-lost_sales_stock = { $product }: customers wanted { $units ->
        [one] one more
       *[other] { $units } more
    } than you had ready to sell. Those sales are lost, and customers who leave empty-handed hurt your reputation. Consider planning a larger volume next round.
report-no_contribution_margin = After paying for the materials and the other costs that grow with every sale, nothing was left to pay for fixed costs such as rent and wages. As things stand, each extra sale makes the result worse, not better. Raise your prices or lower your cost per unit before you try to sell more.
report-overtime = Your team worked { $hours ->
        [one] one hour
       *[other] { $hours } hours
    } of overtime this round, which cost { $cost } in extra pay. Overtime helps in busy times, but it is expensive and tires people out. If you need it every round, think about hiring.
report-production_limited_equipment = You planned { $planned ->
        [one] one unit
       *[other] { $planned } units
    } in total (products or appointments), but only { $produced } were possible: your equipment was working at full capacity. Buy more equipment or plan volumes your machines can handle.
report-production_limited_labour = You planned { $planned ->
        [one] one unit
       *[other] { $planned } units
    } in total (products or appointments), but only { $produced } were possible: your team did not have enough working hours. Hiring, training your team so it works faster, or longer opening hours would help, though overtime costs extra.
report-production_limited_materials = You planned { $planned ->
        [one] one unit
       *[other] { $planned } units
    } in total (products or appointments), but only { $produced } were possible: there were not enough materials in stock. Buy enough materials for the volumes you plan, with a little extra in case a delivery is late.
report-profit = This round you made a profit of { $amount }: your revenue was higher than all your costs together. Profit makes the company worth more to its owners. Decide whether to keep it as a cash cushion or to invest it.
report-profit_but_cash_fell = You made a profit of { $profit }, yet your cash changed by { $cash_change }. Profit and cash are not the same thing: money can be tied up in stock, spent on equipment or used to pay back loans. Keep an eye on both.
report-reputation_fell = Your reputation fell from { $from } to { $to }. Poor quality, bad value for money and customers you could not serve all change what people think of you, and a weaker reputation brings fewer customers in the next rounds. Work on quality and on having enough for everyone to win it back.
report-staff_quit = { $people ->
        [one] One person
       *[other] { $people } people
    } quit this round. When people leave, their experience goes with them and recruiting someone new costs money. Low pay, low morale and too much overtime make people leave.
report-tax_paid = You paid { $amount } in tax on your profit. Profit tax is only due when you make a profit, so this is the price of a good round.
report-unsold_written_off = { $product }: { $units ->
        [one] one unsold unit
       *[other] { $units } unsold units
    } had to be thrown away, a loss of { $cost }. Fresh products cannot be kept for the next round, so plan volumes closer to what customers buy.
report-wage_below_market = You pay { $ratio } of the usual market wage. That saves money now, but low pay makes your team less motivated and more likely to leave, and replacing people costs money too.

## Round report: what happened

event-bankrupt = Your company is bankrupt and has stopped trading.
event-delivery_short = { $material }: you ordered { $ordered }, but only { $delivered } arrived.
event-emergency_loan = Your cash ran out: the bank gave you an emergency loan of { $amount }.
event-emergency_loan_repaid = { $amount } of the emergency loan was paid back automatically.
event-equipment_bought = { $equipment }: you bought { $count ->
        [one] one
       *[other] { $count }
    } for { $cost }.
event-equipment_retired = { $equipment }: { $count ->
        [one] one has reached the end of its working life and was taken out of service.
       *[other] { $count } have reached the end of their working life and were taken out of service.
    }
event-incident = Something happened: { $incident }. Choose how to respond in your next decisions.
event-incident_resolved = { $incident }: your response was "{ $response }".
event-staff_hired = { $people ->
        [one] One new person joined
       *[other] { $people } new people joined
    } the team. Recruiting cost { $cost }.
event-staff_left_after_incident = { $people ->
        [one] One person left
       *[other] { $people } people left
    } the company after what happened.
event-staff_let_go = You let { $people ->
        [one] one person
       *[other] { $people } people
    } go. Severance pay: { $severance }.
event-staff_quit = { $people ->
        [one] One person
       *[other] { $people } people
    } quit.

## Glossary: the term, and a short explanation in .definition

glossary-revenue = Revenue
    .definition = All the money customers pay you for your products and services in a round, before any costs are taken off.
glossary-gross_margin = Gross margin
    .definition = The share of your revenue that is left after paying for the materials and goods you sold. A gross margin of 40% means that 40 cents of every euro of sales remain to pay wages, rent and everything else.
glossary-contribution_margin = Contribution margin
    .definition = Revenue minus the costs that grow with every unit you sell, such as materials. It is what your sales contribute towards paying the fixed costs, like rent and wages, and after that towards profit.
glossary-break_even = Break-even point
    .definition = The amount of sales at which revenue exactly covers all costs: no profit and no loss. Sell more and you make a profit; sell less and you make a loss.
glossary-cash_flow = Cash flow
    .definition = The money that actually comes into and goes out of your bank account in a round. A company can make a profit and still run out of cash, for example when its money is tied up in stock or machines.
glossary-depreciation = Depreciation
    .definition = Machines lose value as they age and wear out. Instead of counting their whole price as a cost in the round you buy them, the cost is spread over the years you use them.
glossary-working_capital = Working capital
    .definition = What the company has for the short term (cash, stock, money owed to it) minus what it must pay soon. It shows whether you can pay your everyday bills.
glossary-inventory = Inventory (stock)
    .definition = Materials waiting to be used and finished goods waiting to be sold. Stock ties up money until it is sold, and fresh products can spoil.
glossary-interest = Interest
    .definition = The price of borrowing money, usually a percentage of the loan per year. Money you keep in the bank can earn a little interest too.
glossary-tax = Tax
    .definition = Companies pay a part of their profit to the state as tax. In a round without profit, there is no profit tax to pay.
glossary-loss_carry_forward = Loss carry-forward
    .definition = A rule that lets a company subtract losses from earlier periods from later profits. It pays less tax while it makes up for the bad times.
glossary-equity = Equity
    .definition = The part of the company that belongs to its owners: everything it owns minus everything it owes. Profits make it grow, losses make it shrink.
glossary-liabilities = Liabilities
    .definition = Everything the company owes to others, such as bank loans and bills it has not paid yet.
glossary-market_share = Market share
    .definition = Your part of all the sales in the market, as a percentage. If customers spend 100,000 in total and 25,000 of it with you, your market share is 25%.
glossary-price_elasticity = Price elasticity
    .definition = How strongly customers react to a change in price. If demand is elastic, a small price rise makes many customers stay away; if it is inelastic, most of them keep buying.
glossary-adstock = Adstock
    .definition = Advertising keeps working for a while after you pay for it, because people remember it. Adstock is the part of your past marketing that still has an effect today; it fades a little every round.
glossary-capacity = Capacity
    .definition = The most your company can make or serve in a round. It is limited by working hours, equipment and materials.
glossary-overtime = Overtime
    .definition = Hours worked beyond the normal working week. They are paid extra and, if they go on for long, make people tired and unhappy.
glossary-staff_turnover = Staff turnover
    .definition = How many people leave the company over a period of time. High turnover costs money for recruiting and training, and experience walks out of the door.
glossary-reputation = Reputation
    .definition = What customers and the people around you think of your company. It grows with good quality and service and suffers when customers are let down.
glossary-emergency_loan = Emergency loan
    .definition = A loan the bank gives automatically when your cash would fall below zero. It has a high interest rate and is paid back as soon as there is cash again.
glossary-bankruptcy = Bankruptcy
    .definition = A company that can no longer pay its debts is bankrupt and must stop trading. In this game, needing an emergency loan too many rounds in a row leads to bankruptcy.

## Decisions that cannot be accepted (shown next to the form field)

decision_error-company_bankrupt = Your company is bankrupt, so it cannot take any more decisions.
decision_error-negative_quantity = This cannot be negative. Enter a value between { $min } and { $max }.
decision_error-price_out_of_range = Set a price between { $min } and { $max }.
decision_error-volume_out_of_range = The volume must be between { $min } and { $max } per round.
decision_error-opening_hours_out_of_range = Opening hours must be between { $min } and { $max } hours a week.
decision_error-purchase_out_of_range = You can buy between { $min } and { $max } of this material per round.
decision_error-hire_exceeds_labour_pool = Not that many people are looking for a job right now. The most you can hire this round: { $max }.
decision_error-let_go_exceeds_staff = You cannot let more people go than you employ. The most you can let go: { $max }.
decision_error-wage_out_of_range = The wage must be between { $min } (the minimum wage) and { $max }.
decision_error-training_out_of_range = The training budget must be between { $min } and { $max } per round.
decision_error-marketing_out_of_range = You can spend between { $min } and { $max } on this channel per round.
decision_error-equipment_out_of_range = You can buy between { $min } and { $max } of this equipment per round.
decision_error-loan_exceeds_credit_limit = The bank will not lend you that much. You can borrow at most { $max } more.
decision_error-repayment_exceeds_loan = You cannot pay back more than you owe. The most you can repay: { $max }.
decision_error-unknown_product = This product is not part of the game.
decision_error-unknown_material = This material is not part of the game.
decision_error-unknown_channel = This marketing channel is not part of the game.
decision_error-unknown_equipment = This equipment is not part of the game.
decision_error-incident_response_missing = Choose how you respond to this incident.
decision_error-unknown_incident = This incident is not waiting for a response.
decision_error-duplicate_incident_response = You answered the same incident twice. Keep one response.
decision_error-unknown_response = Choose one of the responses offered for this incident.
decision_error-justification_empty = Explain in a few words why you chose this response.
decision_error-justification_too_long = Your explanation is too long. Use at most { $max } characters.

## EntreComp, the European Entrepreneurship Competence Framework: areas and competences

entrecomp-area-ideas_and_opportunities = Ideas and opportunities
entrecomp-area-resources = Resources
entrecomp-area-into_action = Into action
entrecomp-competence-spotting_opportunities = Spotting opportunities
entrecomp-competence-creativity = Creativity
entrecomp-competence-vision = Vision
entrecomp-competence-valuing_ideas = Valuing ideas
entrecomp-competence-ethical_sustainable_thinking = Ethical and sustainable thinking
entrecomp-competence-self_awareness_self_efficacy = Self-awareness and self-efficacy
entrecomp-competence-motivation_perseverance = Motivation and perseverance
entrecomp-competence-mobilising_resources = Mobilising resources
entrecomp-competence-financial_economic_literacy = Financial and economic literacy
entrecomp-competence-mobilising_others = Mobilising others
entrecomp-competence-taking_the_initiative = Taking the initiative
entrecomp-competence-planning_management = Planning and management
entrecomp-competence-coping_with_uncertainty = Coping with uncertainty, ambiguity and risk
entrecomp-competence-working_with_others = Working with others
entrecomp-competence-learning_through_experience = Learning through experience

## Evidence of a competence found in the team's own decisions

evidence-decision-eco_production = Chose sustainable, eco-friendly production
evidence-decision-premium_quality = Chose premium quality
evidence-decision-training = Invested in training the team
evidence-decision-hiring = Hired new staff
evidence-decision-equipment_investment = Invested in new equipment
evidence-decision-loan = Took out or paid back a bank loan
evidence-decision-marketing_mix = Advertised through several channels at once
evidence-decision-production_matched_demand = Matched production to demand: nothing lost, nothing thrown away
evidence-decision-prices_adjusted = Adjusted prices after looking at the last round
evidence-decision-kept_going_after_loss = Kept going after a loss

## Built-in scenarios

scenario-bakery-name = Neighbourhood bakery
scenario-bakery-description = Run a small artisan bakery: bake bread, pastries and celebration cakes, plan early shifts and fresh stock, and win the neighbourhood's loyalty.
scenario-carpentry-name = Carpentry workshop
scenario-carpentry-description = Run a joinery that builds tables and made-to-measure wardrobes and does repairs: price big jobs, keep the machines running and plan a skilled team.
scenario-hair_salon-name = Hair salon
scenario-hair_salon-description = Run a hairdressing salon: plan opening hours and appointments, price cuts, colouring and bridal styling, and keep both clients and stylists happy.

## Materials

material-flour = Flour
material-butter = Butter
material-sugar = Sugar
material-packaging = Packaging
material-timber = Timber boards
material-hardware = Hinges and fittings
material-finish = Oil and varnish
material-hair_dye = Hair dye
material-care_products = Shampoo and care
material-styling_products = Styling products

## Products and services

product-sourdough = Sourdough loaf
product-croissant = Butter croissant
product-celebration_cake = Celebration cake
product-kitchen_table = Solid wood kitchen table
product-custom_wardrobe = Made-to-measure wardrobe
product-repair_service = Furniture repair
product-haircut = Haircut
product-colouring = Colouring
product-bridal_styling = Bridal styling

## Equipment

equipment-deck_oven = Deck oven
equipment-rack_oven = Rotating rack oven
equipment-workbench = Workbench with hand machines
equipment-cnc_router = CNC router
equipment-styling_station = Styling station
equipment-colour_bar = Colour and wash bar

## Customer segments

segment-neighbours = Neighbours
segment-commuters = Commuters
segment-families = Families celebrating
segment-households = Households
segment-architects = Architects and interior designers
segment-neighbourhood = Neighbourhood repairs
segment-young_clients = Students and young clients
segment-regulars = Regular colour clients
segment-weddings = Weddings and events

## Marketing channels (the same ids in every scenario, so the names fit all of them)

channel-flyers = Local flyers
channel-social_media = Social media
channel-trade_fair = Trade fair stand

## Incidents and the possible responses. Incident ids are shared by all scenarios (a late
## delivery is flour at the bakery, oak at the carpentry and dye at the salon), so incident
## names and descriptions stay general; responses that only one scenario offers name the details.

incident-supplier_delay = A delivery is late
incident-supplier_delay-description = Your supplier cannot deliver everything you ordered in time. If you do nothing, you will have fewer materials to work with this round and some customers may be disappointed. You can pay more elsewhere, wait, or adapt what you offer.
incident-supplier_delay-response-find_alternative = Buy from another supplier at a higher price
incident-supplier_delay-response-wait_for_delivery = Wait for the delivery and work with less meanwhile
incident-supplier_delay-response-reduce_range = Bake a smaller range with what is there
incident-supplier_delay-response-offer_other_wood = Offer customers another kind of wood
incident-supplier_delay-response-offer_alternative_service = Offer clients a care treatment instead

incident-customer_complaint = A customer complains
incident-customer_complaint-description = A customer is unhappy with what they got from you and may tell others about it. How you react shows what your company stands for and changes what people think of you.
incident-customer_complaint-response-apologise_and_refund = Apologise in person and give the money back
incident-customer_complaint-response-ignore = Reject the complaint and change nothing
incident-customer_complaint-response-improve_process = Improve the way you work so it does not happen again
incident-customer_complaint-response-fix_for_free = Fix it for free at the customer's home
incident-customer_complaint-response-redo_for_free = Redo it for free
incident-customer_complaint-response-consultation_routine = Introduce a consultation before every colouring

incident-team_conflict = Trouble in the team
incident-team_conflict-description = People in your team are in conflict about how the work is shared. The mood is getting worse, and an unhappy team gets less done. Decide whether and how to step in.
incident-team_conflict-response-mediate = Hold a talk with a mediator
incident-team_conflict-response-let_them_sort_it_out = Let them sort it out
incident-team_conflict-response-reorganise_shifts = Reorganise the shift plan together
incident-team_conflict-response-mentoring_plan = Set up a mentoring plan
incident-team_conflict-response-reassign_tasks = Share out the tasks again in a team meeting
incident-team_conflict-response-rotate_shifts = Agree on a fair rotation together

incident-equipment_failure = A machine breaks down
incident-equipment_failure-description = One of your machines has stopped working. Until it runs again you can make or serve less. A repair costs money, but waiting costs capacity.
incident-equipment_failure-response-repair_now = Have it repaired straight away
incident-equipment_failure-response-make_do = Carry on with what still works
incident-equipment_failure-response-rent_replacement = Rent a replacement oven for the month
incident-equipment_failure-response-share_with_neighbour = Use a machine in a neighbouring workshop
incident-equipment_failure-response-lease_replacement = Lease a replacement for the month

incident-large_order = A large extra order
incident-large_order-description = A big customer wants a large order on top of your normal business. It could bring in a lot of sales, but your team's time and your equipment are limited. Decide whether you can take it on, and how.
incident-large_order-response-accept_with_overtime = Accept and work overtime
incident-large_order-response-decline = Decline politely
incident-large_order-response-accept_and_hire_temp = Accept and hire temporary help
incident-large_order-response-subcontract_part = Accept and pass part of the work to another workshop
incident-large_order-response-partner_with_freelancer = Accept and work with a freelance stylist

incident-ethical_choice = A question of conscience
incident-ethical_choice-description = You face a choice where the cheapest or easiest option is not necessarily the right one. Think about people, the environment and your company's good name, not only about money.
incident-ethical_choice-response-donate_to_food_bank = Give the unsold bread to the food bank
incident-ethical_choice-response-sell_as_animal_feed = Sell the unsold bread as animal feed
incident-ethical_choice-response-throw_away = Throw the unsold bread away
incident-ethical_choice-response-buy_certified = Stay with certified timber
incident-ethical_choice-response-take_cheap_timber = Buy the cheap timber of unknown origin
incident-ethical_choice-response-ask_for_proof = Ask the supplier to prove where the timber comes from
incident-ethical_choice-response-refuse_and_report = Refuse the dye and inform the trade association
incident-ethical_choice-response-use_cheap_dye = Use the cheap dye
incident-ethical_choice-response-switch_to_natural_brand = Switch to a natural dye brand
