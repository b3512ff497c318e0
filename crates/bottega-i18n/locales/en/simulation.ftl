## Business simulation: pages, forms and messages. The engine's own texts (reports, incidents,
## glossary, scenarios) are in simulation-engine.ftl.

sim-title = Business simulation
sim-intro-lead = Run a small craft company in a safe, simulated market: set prices, plan production, hire and train staff, market your products, invest and borrow — and see what your decisions do to money, people and customers.
sim-intro-how = A teacher starts a game for a class and gives out a code. Students join a team with the code and decide round by round; each round is one month of the company's life.
sim-intro-sign-in = Sign in to play or to start a game
sim-money = { $amount } €
sim-percent = { $value } %

sim-join-title = Join a game
sim-label-code = Game code
sim-join-button = Join
sim-playing-title = Games I play in
sim-playing-none = You do not play in any game yet. Ask your teacher for a game code.
sim-teaching-title = Games I run
sim-teaching-none = You have not started a game yet.
sim-new-button = Start a new game
sim-status-round = Round { $round } of { $rounds }
sim-status-finished = Finished
sim-taught-by = run by { $name }
sim-label-choose-team = Choose your team
sim-players-count = { $count ->
    [one] one player
   *[other] { $count } players
}

sim-new-title = Start a game
sim-new-lead = Choose a trade, how many teams play and for how many rounds. Students join with the code you get on the next page.
sim-label-title = Name of the game
sim-label-scenario = Trade
sim-label-mode = How teams play
sim-mode-solo = Each team against computer-run shops
sim-mode-competitive = Teams compete with each other for the same customers
sim-label-teams = Number of teams
sim-hint-teams = From 1 to { $max }.
sim-label-team-names = Team names (optional)
sim-hint-team-names = One name per line; teams without a name are numbered.
sim-label-rounds = Number of rounds
sim-hint-rounds = From 1 to { $max }. Twelve rounds are one year.
sim-label-round-length = Round length
sim-length-by-hand = I play each round by hand
sim-length-hours = { $count ->
    [one] one hour
   *[other] { $count } hours
}
sim-length-days = { $count ->
    [one] one day
   *[other] { $count } days
}
sim-length-weeks = { $count ->
    [one] one week
   *[other] { $count } weeks
}
sim-label-lang = Language of the name
sim-create-button = Start the game
sim-team-default-name = Team { $number }

sim-label-progress = Progress
sim-label-deadline = Current round closes
sim-deadline-at = closes { $when }
sim-code-hint = Students join at Business simulation → Join a game with the code { $code }.
sim-play-title = Round { $round }
sim-decided-count = { $decided } of { $teams } teams have submitted their decisions.
sim-play-button = Play round { $round } now
sim-play-hint = Teams that have not submitted keep last round's prices, volumes, hours and spending; pending incidents get the default response.
sim-finished-notice = All rounds have been played. Each student's competence summary is on their profile.
sim-debrief-title = Debrief
sim-csv-link = Download the results (CSV)
sim-debrief-table = Results of the teams over the whole game
sim-col-total-profit = Total net profit
sim-col-final-cash = Cash at the end
sim-col-average-share = Average market share
sim-debrief-stories = Incidents and the teams' answers
sim-teams-title = Teams
sim-col-team = Team
sim-col-players = Players
sim-col-decided = Decided this round
sim-decided-yes = Yes
sim-decided-no = Not yet
sim-no-players = nobody yet
sim-remove-player = Remove { $name } from the game
sim-place-title = Put a student in a team
sim-label-person = Student
sim-hint-person = Their username (without @) or email address on Bottega. A student already in the game is moved to the team you choose.
sim-place-button = Put in the team
sim-bankrupt = bankrupt
sim-computer = computer-run
sim-computer-team = Computer-run shop { $number }

sim-team-members = Team members:
sim-decide-title = Decisions for round { $round }
sim-submitted-by = Submitted by { $name } on { $when }. You can still change them until the round is played.
sim-not-submitted = Your team has not submitted decisions for this round yet.
sim-pending-incidents = Incidents waiting for your answer:
sim-decide-button = Make your decisions
sim-dashboard-title = Your company now
sim-no-rounds-yet = No round has been played yet.
sim-chart-money = Cash and profit per round
sim-chart-customers = Customers per round
sim-last-round-title = What happened in round { $round }
sim-full-report = Full report with the income statement, balance sheet and cash flow
sim-history-title = Key figures per round
sim-col-round = Round
sim-stories-title = Incidents and your answers
sim-stories-none = No incident has been answered yet.
sim-round-label = Round { $round }
sim-chosen-response = Chosen response:
sim-automatic-response = chosen automatically because no decisions were submitted
sim-comments-title = Comments from the teacher
sim-comments-none = No comments yet.
sim-comment-by = by { $name }
sim-label-comment = Comment
sim-comment-button = Add comment
sim-bankrupt-notice = The company ran out of money for too long and is bankrupt: it no longer trades. Look at the reports to see where the cash went.
sim-reused-notice = No decisions were submitted for this round, so last round's choices were used again.

sim-figure-cash = Cash
sim-figure-profit = Net profit
sim-figure-revenue = Revenue
sim-figure-gross-margin = Gross margin
sim-figure-market-share = Market share
sim-figure-satisfaction = Customer satisfaction
sim-figure-staff = Staff
sim-figure-morale = Staff morale
sim-figure-reputation = Reputation
sim-figure-break-even = Break-even revenue

sim-report-title = Report of round { $round }
sim-rounds-nav = Other rounds
sim-report-explanations = What it means
sim-report-events = What happened
sim-report-glossary = Words used here:
sim-report-products = Sales per product
sim-col-product = Product
sim-col-price = Price
sim-col-planned = Planned
sim-col-produced = Made or available
sim-col-demand = Wanted by customers
sim-col-sold = Sold
sim-col-lost = Missed sales
sim-col-written-off = Thrown away
sim-income-statement = Income statement
sim-balance-assets = Balance sheet: what the company owns
sim-balance-liabilities = Balance sheet: what it owes and the owners' equity
sim-cash-flow-statement = Cash-flow statement
sim-is-revenue = Revenue
sim-is-cost-of-goods = Cost of goods sold
sim-is-write-offs = Goods thrown away
sim-is-gross-profit = Gross profit
sim-is-wages = Wages
sim-is-overtime = Overtime pay
sim-is-recruitment = Recruitment and severance
sim-is-training = Training
sim-is-marketing = Marketing
sim-is-rent = Rent
sim-is-incident-costs = Costs of incidents
sim-is-other-income = Other income
sim-is-depreciation = Depreciation
sim-is-operating-profit = Operating profit
sim-is-interest-expense = Interest paid
sim-is-interest-income = Interest received
sim-is-profit-before-tax = Profit before tax
sim-is-tax = Tax
sim-is-net-profit = Net profit
sim-bs-cash = Cash
sim-bs-materials = Materials in stock
sim-bs-goods = Finished goods in stock
sim-bs-equipment-cost = Equipment at purchase price
sim-bs-depreciation = Depreciation so far
sim-bs-total-assets = Total assets
sim-bs-bank-loan = Bank loan
sim-bs-emergency-loan = Emergency loan
sim-bs-total-liabilities = Total liabilities
sim-bs-share-capital = Owners' capital
sim-bs-retained-earnings = Retained earnings
sim-bs-total-equity = Total equity
sim-bs-total-liabilities-equity = Liabilities and equity
sim-cf-opening = Cash at the start of the round
sim-cf-customers = Received from customers
sim-cf-other-receipts = Other money received
sim-cf-suppliers = Paid to suppliers
sim-cf-staff = Paid to staff
sim-cf-other-payments = Rent, marketing, training and other payments
sim-cf-interest-paid = Interest paid
sim-cf-interest-received = Interest received
sim-cf-tax = Tax paid
sim-cf-operating = Cash from running the business
sim-cf-equipment = Equipment bought
sim-cf-investing = Cash from investing
sim-cf-loans = Loans taken
sim-cf-repayments = Loans repaid
sim-cf-emergency = Emergency loan received
sim-cf-emergency-repaid = Emergency loan repaid
sim-cf-financing = Cash from financing
sim-cf-change = Change in cash
sim-cf-closing = Cash at the end of the round

sim-cash-now = cash { $amount }
sim-staff-now = { $count ->
    [one] one person employed
   *[other] { $count } people employed
}
sim-preview-title = What if: the round with these decisions
sim-preview-hint = A preview computed by the same engine as if every other team kept its current choices. Nothing has been submitted yet.
sim-section-incidents = Incidents to answer
sim-label-response = Your response
sim-label-justification = Why this response?
sim-hint-justification = A few sentences in your own words: your teacher reads them and they count as evidence for your competences.
sim-section-products = Products and opening hours
sim-label-price = Price of { $product }
sim-label-volume = Quantity of { $product }
sim-hint-last-demand = Customers wanted { $units } last round.
sim-label-hours = Opening hours per week
sim-hint-hours = The standard week is { $standard } hours; above it is overtime (at most { $max }).
sim-section-materials = Materials to buy
sim-label-buy = { $material } to buy
sim-hint-in-stock = { $units } in stock.
sim-section-people = Staff
sim-label-hire = People to hire
sim-hint-labour-pool = { $count ->
    [one] One person is looking for work.
   *[other] { $count } people are looking for work.
}
sim-label-let-go = People to let go
sim-hint-staff = { $count ->
    [one] One person works for you now.
   *[other] { $count } people work for you now.
}
sim-label-wage = Monthly wage per person
sim-label-training = Training budget
sim-section-marketing = Marketing per channel
sim-section-investment = Equipment and money
sim-label-equipment = { $equipment } to buy
sim-hint-unit-price = { $price } each.
sim-label-loan-draw = New bank loan
sim-label-loan-repay = Bank loan to repay
sim-hint-loan-outstanding = { $amount } still owed.
sim-hint-between = Between { $min } and { $max }.
sim-hint-at-most = At most { $max }.
sim-section-quality = Quality and sustainability
sim-quality-standard = Standard materials and methods
sim-quality-premium = Premium: dearer materials, higher quality
sim-quality-eco = Sustainable: local and ecological materials, appeals to eco-minded customers
sim-preview-button = Preview the result
sim-submit-button = Submit decisions

sim-glossary-title = Business words explained
sim-glossary-lead = The words the reports use, in plain language.

sim-error-required = Enter a value.
sim-error-whole-number = Enter a whole number, such as 120.
sim-error-amount = Enter an amount in euros, such as 4.50.
sim-error-too-large = This number is far too large.
sim-error-choose = Choose one of the options.
sim-error-between = Enter a whole number from { $min } to { $max }.
sim-error-length = Use between { $min } and { $max } characters.
sim-error-competitive-needs-two = Teams can only compete with each other with at least two teams.
sim-error-too-many-names = There are more names than teams: give at most { $count }.
sim-error-name-length = A team name can have at most { $max } characters.
sim-error-unknown-code = No running game has this code. Check the code with your teacher.
sim-error-own-game = You run this game, so you cannot play in it.
sim-error-game-finished = This game has finished; nothing can be changed any more.
sim-error-choose-team = Choose a team of this game.
sim-error-not-your-team = Only the members of this team can decide for it.
sim-error-teacher-only = Only the teacher who runs this game can do this.
sim-error-round-moved-on = This round has already been played. Your input is kept below: check it against the new report before you submit it for the next round.
sim-error-deadline-passed = The deadline of this round has passed, so decisions can no longer be submitted. Your input is kept below; the round will be played shortly.
sim-error-round-already-played = This round has just been played (perhaps by a second click or the deadline). Nothing was played twice.
sim-error-unknown-person = No active member has this username or email address.
sim-error-comment-length = A comment needs some text and at most 2,000 characters.

flash-sim-created = The game has started. Give your students the code shown below.
flash-sim-joined = Welcome to the team! Make your first decisions.
flash-sim-already-in-team = You are already in a team of this game.
flash-sim-decisions-saved = Your decisions are saved. You can change them until the round is played.
flash-sim-round-played = The round has been played. Every team can read its report.
flash-sim-game-finished = The last round has been played: the game is over. Open the debrief to compare the teams.
flash-sim-player-placed = The student is in the team.
flash-sim-player-removed = The student has been removed from the game.
flash-sim-comment-added = Your comment has been added.

sim-profile-title = Competences from the business simulation
sim-profile-lead = EntreComp competences shown through decisions and written justifications in business-simulation games.
sim-profile-results = total profit { $profit }, final cash { $cash }
sim-profile-evidence = { $count ->
    [one] one piece of evidence
   *[other] { $count } pieces of evidence
}
sim-profile-justifications = { $count ->
    [one] One written justification
   *[other] { $count } written justifications
}
