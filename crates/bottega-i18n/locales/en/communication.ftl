## The Communication section: communities, discussions, mutual help, moderation, notifications

comm-lead = Talk with VET schools, companies, associations and policy makers across Europe: discuss strategy, ask for help with problems from daily work, and think together about how VET may evolve.
comm-communities = Communities
comm-no-communities = There are no communities you can see yet.
comm-latest = Latest activity
comm-threads = Discussions
comm-no-threads = Nothing has been written here yet. Start the first discussion!
comm-none-in-languages = Nothing here is written in the languages you chose. Remove the language filter to see everything.
comm-thread-count = { $count ->
    [one] one discussion
   *[other] { $count } discussions
}
comm-post-count = { $count ->
    [one] one post
   *[other] { $count } posts
}
comm-visibility-public = public
comm-visibility-members = members only
comm-visibility-private = private to an organisation
comm-new-discussion = Start a discussion
comm-ask-question = Ask a question
comm-sign-in-to-post = Sign in to take part
comm-older = Older discussions
comm-language-filter = Languages
comm-my-languages = Only in the languages I read
comm-written-in = Written in
comm-started-by = started by { $name }
comm-replies = { $count ->
    [0] no replies yet
    [one] one reply
   *[other] { $count } replies
}
comm-last-activity = last activity { $date }
comm-new = new
comm-unread = { $count ->
    [one] one unread
   *[other] { $count } unread
}
comm-pinned = Pinned
comm-locked = Locked
comm-question = Question
comm-solved = Solved
comm-hidden-thread = Hidden by a moderator
comm-deleted-thread = Deleted

## Writing

comm-title = Title
comm-body = Your text
comm-markdown-hint = You can use Markdown: **bold**, _italic_, lists, > quotes, [links](https://example.org). Mention someone with @ and their handle, for example @giulia-rossi.
comm-post-language = Language of your text
comm-detect-language = Detect it for me
comm-start-button = Start the discussion
comm-ask-lead = Describe a concrete problem from your daily work. Say where it arises, so that people with similar experience can help.
comm-ask-button = Ask the question
comm-context = Where the problem arises
comm-context-hint = Optional, but it helps the right people find your question.
comm-provider-type = Type of organisation
comm-check-similar = Look for similar questions
comm-similar-heading = Similar questions already asked
comm-mention-unknown = Nobody on Bottega has the handle { $handles }. Check the spelling, or remove the @.
comm-too-many-mentions = You can mention at most { $limit } people in one text.
comm-edit-title = Edit your text
comm-edit-hint = The previous version stays visible in the history of the post.

## Reading a thread

comm-follow = Follow
comm-unfollow = Stop following
comm-first-unread = Go to the first post you have not read
comm-answers = { $count ->
    [0] No answers yet
    [one] One answer
   *[other] { $count } answers
}
comm-your-answer = Your answer
comm-reply = Reply
comm-reply-button = Post the reply
comm-answer-button = Post the answer
comm-language-detected = The language was detected automatically
comm-language-chosen = The language was chosen by the author
comm-detected = detected
comm-edited = { $count ->
    [one] edited
   *[other] edited { $count } times
}
comm-accepted-answer = Accepted solution
comm-post-deleted = This post was deleted.
comm-post-hidden = This post was hidden by a moderator.
comm-votes = { $count ->
    [one] one vote
   *[other] { $count } votes
}
comm-likes = { $count ->
    [one] one like
   *[other] { $count } likes
}
comm-vote = This helped
comm-unvote = Take my vote back
comm-like = Like
comm-unlike = Unlike
comm-accept = Accept as the solution
comm-unaccept = No longer the solution
comm-quote = Quote
comm-edit = Edit
comm-delete = Delete
comm-flag = Report
comm-history-title = History of the post
comm-history-current = Current version
comm-history-before = Version before { $date }
comm-history-edited-by = changed by { $name }

## Refusals

comm-thread-locked = This discussion is locked: no new replies can be added.
comm-thread-deleted = This discussion was deleted.
comm-vote-own = You cannot vote for your own post.
comm-vote-twice = You have already voted for this post. Your vote counts once.
comm-vote-none = You had not voted for this post.
comm-accept-not-question = Only an answer to a question can be accepted as its solution.
comm-accept-not-yours = Only the person who asked the question, or a moderator, can accept an answer.
comm-accept-invalid = This post cannot be accepted as the solution.
comm-flag-twice = You have already reported this post. The moderators will look at it.

## Mutual help

comm-help-title = Mutual help
comm-help-lead = Ask about problems from your daily work and help others with theirs. The answer the asker accepts as the solution is shown first.
comm-help-states = Questions by state
comm-help-filters = Filter questions
comm-state-all = All questions
comm-state-unanswered = { $count ->
    [one] Unanswered (one)
   *[other] Unanswered ({ $count })
}
comm-state-unsolved = { $count ->
    [one] Unsolved (one)
   *[other] Unsolved ({ $count })
}
comm-state-solved = { $count ->
    [one] Solved (one)
   *[other] Solved ({ $count })
}
comm-theme = Theme
comm-no-questions = No question matches these filters.
comm-ask-choose-theme = Choose the theme your question belongs to.
comm-workshops-link = Scenario workshops
help-record = { $answers ->
    [one] One answer given
   *[other] { $answers } answers given
}, { $accepted ->
    [one] one accepted as a solution
   *[other] { $accepted } accepted as solutions
}

## Reporting and moderation

comm-flag-title = Report a post
comm-flag-reason = Why should moderators look at it?
comm-flag-note = Anything the moderators should know (optional)
comm-flag-button = Send the report
flag-reason-spam = Advertising or spam
flag-reason-offensive = Offensive or disrespectful
flag-reason-off-topic = Off-topic for this community
flag-reason-personal-data = Shares someone's personal data
flag-reason-other = Something else
moderation-title = Moderation
moderation-all = All communities
moderation-empty = No reports are waiting. Thank you for looking.
moderation-flagged-by = reported by { $name }
moderation-author = Written by { $name }
moderation-hide = Hide
moderation-unhide = Show again
moderation-dismiss = Dismiss the report
moderation-suspend-author = Suspend the author
moderation-tools = Moderation
moderation-lock = Lock
moderation-unlock = Unlock
moderation-pin = Pin
moderation-unpin = Unpin
moderation-move = Move
moderation-move-to = Move to
moderation-action-hide = hid your post
moderation-action-lock = locked your discussion
moderation-action-move = moved your discussion to another community
moderation-action-other = changed your discussion

## Notifications

nav-notifications = { $count ->
    [0] Notifications
   *[other] Notifications ({ $count })
}
notifications-title = Notifications
notifications-none = You have no notifications yet.
notifications-read-all = Mark all as read
notification-mention = { $actor } mentioned you in “{ $thread }”
notification-reply = { $actor } replied in “{ $thread }”
notification-accepted = { $actor } accepted your answer in “{ $thread }”
notification-moderation = A moderator { $action }: “{ $thread }”
notifications-email-heading = Notifications by email
notifications-email-legend = Send me an email
notify-mode-each = for each notification
notify-mode-digest = once a day, with everything new
notify-mode-off = never
unsubscribe-title = Stop notification emails
unsubscribe-lead = Bottega will no longer email you about notifications. You still see them when you sign in, and you can turn the emails on again in your notifications.
unsubscribe-button = Stop the emails
unsubscribe-done = Done: no more notification emails. You can turn them on again in your notifications.
email-notification-subject = New on Bottega: { $thread }
email-digest-subject = { $count ->
    [one] Your day on Bottega: one new notification
   *[other] Your day on Bottega: { $count } new notifications
}
email-notification-greeting = Hello { $name },
email-unsubscribe = To stop these emails, open:

## Messages shown once after an action

flash-thread-created = Your discussion is started.
flash-question-asked = Your question is posted. You will be notified of answers.
flash-reply-posted = Your reply is posted.
flash-post-edited = Your changes are saved.
flash-post-deleted = The post is deleted.
flash-thread-deleted = The discussion is deleted.
flash-vote-counted = Thank you, your vote is counted.
flash-vote-withdrawn = Your vote is taken back.
flash-answer-accepted = The answer is marked as the solution.
flash-answer-unaccepted = The answer is no longer marked as the solution.
flash-followed = You follow this discussion: you will be notified of replies.
flash-unfollowed = You no longer follow this discussion.
flash-flagged = Thank you. The moderators will look at the post.
flash-post-hidden = The post is hidden.
flash-post-shown = The post is shown again.
flash-flags-dismissed = The report is dismissed.
flash-author-suspended = The author is suspended.
flash-thread-locked = The discussion is locked.
flash-thread-unlocked = The discussion is open again.
flash-thread-pinned = The discussion is pinned.
flash-thread-unpinned = The discussion is no longer pinned.
flash-thread-moved = The discussion is moved.
flash-notifications-read = All notifications are marked as read.
flash-notification-mode-saved = Your email choice is saved.
comm-community-read-only = This discussion belongs to a closed working group and takes no new threads.
