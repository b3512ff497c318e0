## The scenario workshop (Communication section): drivers of change, scenarios, policy choices.

workshop-list-title = Scenario workshops
workshop-list-lead = Think together about how vocational education and training may evolve: name the forces that shape it, imagine four possible futures, and weigh the choices we make today.
workshop-new-link = Start a workshop
workshop-login-to-start = Sign in to start a workshop
workshop-filter-label = Filter workshops
workshop-count = { $count ->
    [one] One workshop
   *[other] { $count } workshops
}
workshop-list-none = No workshop has been started yet.
workshop-list-none-filtered = No workshop matches these filters.

## Phases

workshop-phase-drivers = Collecting drivers
workshop-phase-scenarios = Writing scenarios
workshop-phase-closed = Closed
workshop-steps-label = Workshop steps
workshop-step-drivers = 1. Drivers of change
workshop-step-scenarios = 2. Scenarios and choices
workshop-step-closed = 3. Results

## Starting a workshop

workshop-new-title = Start a scenario workshop
workshop-new-lead = You will facilitate it: members propose and rate drivers of change, you choose the two axes, and everyone writes the four scenarios.
workshop-label-title = Title
workshop-label-focal-question = Focal question
workshop-focal-question-hint = The strategic question the workshop explores, for example: How will apprentices in construction learn their trade?
workshop-label-horizon = Time horizon
workshop-horizon-hint = The year the scenarios look at, from { $min } to { $max }.
workshop-label-lang = Language of the workshop
workshop-label-community = Community
workshop-no-community = There is no community you can start a workshop in yet.
workshop-create-button = Start the workshop
workshop-error-horizon = Enter a year from { $min } to { $max }.
workshop-error-community = Choose one of the communities offered.

## The workshop page

workshop-label-phase = Phase
workshop-label-facilitator = Facilitator
workshop-report-link = Report
workshop-markdown-link = Download as Markdown
workshop-closed-notice = This workshop is closed. You can read and export its results; nothing can be changed until the facilitator reopens it.
workshop-login-to-take-part = Sign in to take part in this workshop
workshop-verify-to-take-part = Please confirm your email address to take part in this workshop.
workshop-proposed-by = proposed by { $name }
workshop-someone = someone

## Drivers

workshop-drivers-heading = Drivers of change
workshop-drivers-intro = Drivers are the forces that will shape vocational education and training by the horizon year. Rate each one: how strong its impact on the focal question would be, and how uncertain its evolution is.
workshop-drivers-none = No driver has been proposed yet.
workshop-drivers-details = { $count ->
    [one] Show the driver in detail
   *[other] Show the { $count } drivers in detail
}
workshop-driver-new-heading = Propose a driver
workshop-driver-new-hint = A trend, a technology, a policy, a demographic or economic change: anything that could shape the answer to the focal question.
workshop-label-driver-title = Driver
workshop-label-driver-description = Description (optional)
workshop-label-kind = Kind
workshop-kind-trend = Trend
workshop-kind-trend-hint = already under way, its direction is fairly clear
workshop-kind-uncertainty = Uncertainty
workshop-kind-uncertainty-hint = could turn out in very different ways
workshop-driver-add-button = Add the driver
workshop-label-impact = Impact
workshop-label-uncertainty = Uncertainty
workshop-label-ratings = Ratings
workshop-rate-driver = Rate this driver
workshop-rate-choice = Rate this choice
workshop-your-rating = Your rating
workshop-rating-choose = Choose…
workshop-rating-option = { $n ->
    [1] 1 – very low
    [2] 2 – low
    [3] 3 – medium
    [4] 4 – high
   *[5] 5 – very high
}
workshop-rating-button = Save my rating
workshop-rating-change-button = Change my rating
workshop-not-rated = not rated yet
workshop-error-rating = Choose a rating from 1 to 5.
workshop-error-rating-missing = Give a rating from 1 to 5.
workshop-error-driver-elsewhere = This driver is not part of this workshop. Choose one of the drivers listed.
workshop-error-choice-elsewhere = This choice is not part of this workshop. Rate one of the choices listed.

## The chart

workshop-chart-title = Drivers by impact and uncertainty
workshop-chart-desc = { $count ->
    [one] One rated driver placed by its average uncertainty (across, 1 to 5) and average impact (up, 1 to 5).
   *[other] { $count } rated drivers placed by their average uncertainty (across, 1 to 5) and average impact (up, 1 to 5).
} { $critical ->
    [0] None is a critical uncertainty.
    [one] One is a critical uncertainty (high impact, high uncertainty).
   *[other] { $critical } are critical uncertainties (high impact, high uncertainty).
}
workshop-chart-desc-critical = Critical uncertainties: { $drivers }.
workshop-chart-desc-empty = No driver has been rated yet, so the chart is empty.
workshop-chart-axis-uncertainty = Uncertainty
workshop-chart-axis-impact = Impact
workshop-chart-critical = Critical uncertainties
workshop-chart-trends = Key trends
workshop-critical-badge = Critical uncertainty
workshop-chart-empty = The chart fills in as members rate the drivers.
workshop-chart-caption = { $count ->
    [one] One rated driver
   *[other] { $count } rated drivers
}, { $critical ->
    [0] none among the critical uncertainties (top right)
    [one] one among the critical uncertainties (top right)
   *[other] { $critical } among the critical uncertainties (top right)
}. The same data follows as a list.
workshop-legend-heading = Chart legend
workshop-drivers-table-caption = Drivers with their average ratings
workshop-label-number = No.
workshop-label-driver = Driver
workshop-label-impact-average = Average impact
workshop-label-uncertainty-average = Average uncertainty
workshop-label-quadrant = Quadrant

## Axes

workshop-axes-heading = Choose the scenario axes
workshop-axes-heading-done = Scenario axes
workshop-axes-hint = Pick two drivers, ideally two critical uncertainties that are independent of each other, and name the two extreme outcomes of each. This opens the scenario phase with four scenarios, one for each combination; drivers can no longer be added or rated.
workshop-axis-x = Horizontal axis
workshop-axis-y = Vertical axis
workshop-axis-x-named = Horizontal axis: { $driver }
workshop-axis-y-named = Vertical axis: { $driver }
workshop-label-axis-driver = Driver
workshop-label-pole-low = Low pole (one extreme outcome)
workshop-label-pole-high = High pole (the opposite outcome)
workshop-axes-button = Set the axes and open the scenarios
workshop-error-same-axis = Choose a different driver for each axis.
workshop-error-two-drivers = The axes need at least two drivers. Propose more drivers first.

## Scenarios

workshop-scenarios-heading = Scenarios
workshop-scenario-unnamed = Scenario { $quadrant }
workshop-scenario-empty = Nobody has written this scenario yet.
workshop-scenario-edited = Last edited by { $name }, { $date }
workshop-scenario-edit = Write this scenario
workshop-scenario-history = Earlier versions
workshop-scenario-edit-heading = Write scenario { $quadrant }
workshop-label-poles = Where this scenario lies:
workshop-label-scenario-name = Name of the scenario
workshop-label-narrative = Narrative
workshop-narrative-hint = Describe this future as if you lived in it: what vocational education and training looks like, who learns what and where. You can use Markdown: **bold**, *italics*, lists with -, links.
workshop-scenario-save-button = Save the scenario
workshop-preview-button = Preview
workshop-preview-heading = Preview
workshop-cancel = Cancel
workshop-error-stale-revision = Someone else saved this scenario while you were writing. Your text has not been saved: compare it with their version shown here, merge the two, and save again.
workshop-conflict-heading = This scenario changed while you were writing
workshop-conflict-text = { $name } saved a new version on { $date }. Your own text is still in the form below.
workshop-conflict-their-version = Their version, now saved
workshop-conflict-source = Their text as Markdown, to copy from
workshop-conflict-next = When you save again, your text replaces their version, so keep what you want of it.
workshop-history-title = Earlier versions
workshop-history-current = Current version ({ $revision })
workshop-history-version = Version { $revision }
workshop-history-replaced = Replaced by { $name }, { $date }
workshop-history-none = There are no earlier versions yet.

## Policy choices

workshop-choices-heading = Policy choices and decisions
workshop-choices-intro = What could we decide today that leads towards one of these futures, or away from it? Add choices and decisions, and rate each on how plausible it is that they are made and how desirable they are.
workshop-choices-count = { $count ->
    [0] No choice yet
    [one] One choice
   *[other] { $count } choices
}
workshop-choices-none = No choice has been added for this scenario yet.
workshop-label-choice = Choice or decision
workshop-choice-hint = For example: Make a period of work-based learning part of every VET programme.
workshop-label-direction = It leads
workshop-direction-towards = Towards this scenario
workshop-direction-away = Away from this scenario
workshop-choice-add-button = Add the choice
workshop-label-plausibility = Plausibility
workshop-label-desirability = Desirability
workshop-promising-badge = Plausible and desirable

## Results

workshop-results-heading = Results
workshop-results-caption = Scenarios by the ratings of their choices
workshop-label-scenario = Scenario
workshop-label-choices = Choices
workshop-label-plausibility-average = Average plausibility
workshop-label-desirability-average = Average desirability
workshop-results-none = No choice has been rated yet.
workshop-most-desirable = Most desirable scenario: { $scenario } (average desirability { $value })
workshop-most-plausible = Most plausible scenario: { $scenario } (average plausibility { $value })
workshop-promising-heading = Choices rated both plausible and desirable
workshop-promising-hint = Choices whose average plausibility and desirability are both 3.5 or more: good candidates for recommendations.
workshop-promising-none = No choice is rated both plausible and desirable yet.

## Facilitation

workshop-facilitation-heading = Facilitation
workshop-close-hint = Closing the workshop keeps everything as it is: nobody can change it any more, and its results can be read and exported.
workshop-close-button = Close the workshop
workshop-reopen-hint = Reopening lets members take part again where the workshop stopped.
workshop-reopen-button = Reopen the workshop
workshop-error-closed = This workshop is closed, so nothing in it can be changed.
workshop-error-wrong-phase = This workshop is in another phase now. Reload its page to see what you can do.

## Report

workshop-report-title = Workshop report
workshop-report-generated = Generated on { $date }
workshop-print-hint = Use your browser's print command to print it or save it as a PDF.

## Flash messages

flash-workshop-created = Your workshop has started. Invite members to propose drivers.
flash-workshop-driver-added = Your driver has been added.
flash-workshop-rating-saved = Your rating has been saved.
flash-workshop-axes-set = The axes are set: the four scenarios are open.
flash-workshop-scenario-saved = The scenario has been saved.
flash-workshop-choice-added = Your choice has been added.
flash-workshop-closed = The workshop is closed.
flash-workshop-reopened = The workshop is open again.
