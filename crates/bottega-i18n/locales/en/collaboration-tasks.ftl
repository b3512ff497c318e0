## A working group's task board (Collaboration section): columns, cards, a task's page with its
## comments, editing, moving and deleting tasks.

wg-task-board-title = Task board
wg-task-members-only = Only the group's members add and move tasks.

## Filters

wg-task-filter-label = Filter tasks
wg-task-filter-mine = Assigned to me
wg-task-filter-overdue = Overdue only
wg-task-filter-assignee = Assigned to
wg-task-filter-anyone = Anyone
wg-task-filter-nobody = Nobody (unassigned)
wg-task-filter-button = Show tasks
wg-task-filter-clear = Show all tasks
wg-task-filtered-notice = Only the tasks that match the filters are shown.

## Columns and cards

wg-task-status-todo = To do
wg-task-status-doing = Doing
wg-task-status-done = Done
wg-task-column-count = { $count ->
    [0] no tasks
    [one] one task
   *[other] { $count } tasks
}
wg-task-column-empty = No task here.
wg-task-column-more = Showing the first { $shown } of { $count } tasks.
wg-task-assigned-to = Assigned to { $name }
wg-task-unassigned = Not assigned
wg-task-due = Due { $date }
wg-task-no-due = No due date
wg-task-overdue = Overdue
wg-task-comments = { $count ->
    [0] no comments
    [one] one comment
   *[other] { $count } comments
}
wg-task-move-start = Start
wg-task-move-finish = Done
wg-task-move-back = Back to to do
wg-task-move-reopen = Reopen
wg-task-move-conflict = “{ $title }” was changed by someone else after you loaded the board, so it was not moved. The board below shows it as it is now.

## Adding and editing a task

wg-task-new-heading = Add a task
wg-task-edit-heading = Edit the task
wg-task-label-title = Title
wg-task-label-description = Description
wg-task-description-hint = Optional. You can use Markdown: **bold**, *italics*, lists and links.
wg-task-label-assignee = Assigned to
wg-task-nobody = Nobody
wg-task-label-due = Due date
wg-task-due-hint = Optional. Year, month and day, for example 2026-09-30.
wg-task-label-status = Column
wg-task-create-button = Add the task
wg-task-save-button = Save the task
wg-task-cancel = Cancel
wg-task-error-assignee = Choose one of the group's members, or nobody.
wg-task-error-status = Choose one of the columns: to do, doing or done.
wg-task-conflict-heading = Someone changed this task while you were editing it
wg-task-conflict-text = The task was changed on { $date }, after you opened it. Nothing you typed was saved, and nothing was lost: your version is still in the form below.
wg-task-current-heading = The task as it is now
wg-task-conflict-next = Compare, bring your form up to date where needed, and save again.

## A task's page

wg-task-created-by = Added by { $name } on { $date }
wg-task-updated = last changed on { $date }
wg-task-deleted-account = A deleted account
wg-task-no-description = No description.
wg-task-edit-link = Edit the task
wg-task-delete-link = Delete the task
wg-task-comments-heading = Comments
wg-task-comments-none = No comments yet.
wg-task-comments-more = Showing the first { $shown } of { $count } comments.
wg-task-comment-heading = Add a comment
wg-task-label-comment = Your comment
wg-task-comment-hint = You can use Markdown.
wg-task-comment-button = Add the comment

## Deleting a task

wg-task-delete-heading = Delete this task?
wg-task-delete-text = The task “{ $title }” and its comments ({ $count }) will be deleted for everyone. This cannot be undone.
wg-task-delete-button = Delete “{ $title }”
wg-task-error-not-yours = Only the person who added a task, or a coordinator, may delete it.

## Messages after a change

flash-wg-task-created = The task is on the board.
flash-wg-task-saved = The task is saved.
flash-wg-task-moved = The task is moved.
flash-wg-task-commented = Your comment is added.
flash-wg-task-deleted = The task is deleted.
