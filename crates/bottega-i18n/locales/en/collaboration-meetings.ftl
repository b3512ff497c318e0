## Collaboration: a working group's meetings, their agenda, minutes, attendance and calendar files.

wg-meeting-list-title = Meetings
wg-meeting-plan-link = Plan a meeting
wg-meeting-upcoming = Upcoming meetings
wg-meeting-upcoming-none = No meeting is planned.
wg-meeting-upcoming-more = { $count ->
    [one] One more upcoming meeting is not shown here; it is in the calendar file.
   *[other] { $count } more upcoming meetings are not shown here; they are in the calendar file.
}
wg-meeting-past = Past meetings
wg-meeting-past-none = No meeting has taken place yet.
wg-meeting-has-minutes = Minutes
wg-meeting-no-minutes = No minutes
wg-meeting-present-count = { $count ->
    [one] One person present
   *[other] { $count } people present
}

## Times

# A meeting that starts and ends on the same day, e.g. "14 July 2026, 14:30–16:00".
wg-meeting-span-one-day = { $date }, { $start }–{ $end }
# A meeting that ends the next day.
wg-meeting-span-two-days = { $date }, { $start } – { $enddate }, { $end }
wg-meeting-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
wg-meeting-in-utc = In UTC:
wg-meeting-in-zone = In { $zone }:
wg-meeting-zone-label = Also show times in
wg-meeting-zone-none = (only the meeting's zone and UTC)
wg-meeting-zone-button = Show

## Calendar files

wg-meeting-ics-all = Add all meetings to your calendar (.ics)
wg-meeting-ics-all-hint = The calendar file holds the group's meetings with their times in UTC, so your calendar shows them at the right hour wherever you are. Import it again after a change: the meetings are updated, not doubled.
wg-meeting-ics-one = Add to your calendar (.ics)
wg-meeting-ics-hint = When the meeting changes, import the file again: your calendar replaces the old entry.

## The meeting's page

wg-meeting-label-when = When
wg-meeting-label-duration = Duration
wg-meeting-label-where = Place or video call
wg-meeting-place-none = Not given yet
wg-meeting-label-planned-by = Planned by
wg-meeting-edit-link = Change time, place or agenda
wg-meeting-agenda = Agenda
wg-meeting-agenda-none = No agenda yet.
wg-meeting-minutes = Minutes
wg-meeting-minutes-none = No minutes have been written yet.
wg-meeting-minutes-later = Minutes are written during or after the meeting.
wg-meeting-minutes-by = Last written by { $name } on { $date }
wg-meeting-minutes-write = Write the minutes
wg-meeting-minutes-edit = Change the minutes
wg-meeting-attendance = Attendance
wg-meeting-attendance-none = Attendance has not been recorded.
wg-meeting-attendance-record = Record attendance
wg-meeting-attendance-present = Present
wg-meeting-attendance-excused = Excused
wg-meeting-attendance-absent = Absent
wg-meeting-attendance-unrecorded = Not recorded

## Planning and changing a meeting

wg-meeting-plan-title = Plan a meeting
wg-meeting-plan-lead = Choose the time in the time zone you think in; everyone sees it in that zone and in UTC, and calendars convert it to their owner's time.
wg-meeting-edit-title = Change the meeting
wg-meeting-edit-hint = People who added the meeting to their calendar get the change when they import the calendar file again.
wg-meeting-label-title = Title
wg-meeting-legend-when = When the meeting starts and how long it lasts
wg-meeting-label-date = Date
wg-meeting-date-hint = For example 2026-07-14. A date that has passed is fine, to record a meeting already held.
wg-meeting-label-time = Start time
wg-meeting-time-hint = 24-hour clock, for example 14:30, in the time zone below.
wg-meeting-label-time-zone = Time zone
wg-meeting-time-zone-hint = The zone of the start time. People elsewhere also see the time in UTC.
wg-meeting-label-duration-minutes = Duration in minutes
wg-meeting-duration-hint = From { $min } to { $max } minutes.
wg-meeting-label-place = Place or video call link
wg-meeting-place-hint = A room and its address, or the link to the video call (optional).
wg-meeting-label-agenda = Agenda
wg-meeting-agenda-hint = Markdown: a line starting with "1." or "-" is a list item; **bold**, *italic* and links work.
wg-meeting-label-lang = Language of title and agenda
wg-meeting-plan-button = Plan the meeting
wg-meeting-save-button = Save the changes

## Minutes

wg-meeting-minutes-title = Write the minutes
wg-meeting-minutes-hint = Markdown. What was discussed, what was decided, who does what by when. Any member can add to them.
wg-meeting-label-minutes-lang = Language of the minutes
wg-meeting-minutes-button = Save the minutes

## Attendance

wg-meeting-attendance-title = Record attendance
wg-meeting-attendance-legend = Who took part
wg-meeting-attendance-hint = One answer for each member of the group. "Not recorded" removes an answer given before.
wg-meeting-coordinator = Coordinator
wg-meeting-attendance-button = Save the attendance

## Problems

wg-meeting-error-date = Enter a real date, for example 2026-07-14.
wg-meeting-error-time = Enter a time on the 24-hour clock, for example 14:30.
wg-meeting-error-time-zone = Choose one of the time zones offered.
wg-meeting-error-duration = Enter a number of minutes from { $min } to { $max }.
wg-meeting-error-time-gap = { $time } does not exist on that day in { $zone }: the clocks move forward to summer time then. Choose another time, for example { $next }.
wg-meeting-error-time-missing = { $time } does not exist on that day in { $zone }. Choose another time.
wg-meeting-error-organisers-only = Only the person who planned this meeting and the group's coordinators can change it or record attendance.
wg-meeting-error-attendance-status = Choose present, excused, absent or not recorded for { $name }.
wg-meeting-error-attendance-outsider = Attendance can only be recorded for members of the group. Someone in the form is not (or no longer) a member; reload the form and try again.

## Messages after a change

flash-wg-meeting-planned = The meeting is planned. Add it to your calendar with the .ics file.
flash-wg-meeting-recorded = The meeting is saved. Its date has passed, so it is listed with the past meetings.
flash-wg-meeting-updated = The meeting is changed.
flash-wg-meeting-minutes-saved = The minutes are saved.
flash-wg-meeting-attendance-saved = The attendance is saved.
