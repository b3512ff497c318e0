-- Collaboration: short-term working groups on a theme. A group has members (coordinators and
-- members; people may also have asked to join or been invited), and a workspace: a task board,
-- shared Markdown pages with every revision kept, meetings with agenda, minutes and attendance,
-- its own discussion (a community of kind 'group', so threads, replies, mentions and
-- notifications are the Communication section's own) and links to resources of the toolbox.
-- When the group closes it writes an outcome and the workspace becomes a read-only archive.

CREATE TABLE wg_groups (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    theme TEXT NOT NULL,
    goal_md TEXT NOT NULL,
    goal_html TEXT NOT NULL,
    -- The language title, theme and goal are written in.
    lang TEXT NOT NULL,
    -- Calendar dates, YYYY-MM-DD; the end is never before the start.
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    -- open (anyone joins), request (coordinators accept), invitation (coordinators invite)
    membership TEXT NOT NULL,
    -- active or archived
    status TEXT NOT NULL,
    outcome_md TEXT,
    outcome_html TEXT,
    outcome_lang TEXT,
    -- The toolbox resource the outcome was published as, once it is.
    outcome_resource_id BIGINT REFERENCES resources (id) ON DELETE SET NULL,
    archived_at BIGINT,
    -- The group's discussion (communities.visibility = 'group').
    community_id BIGINT REFERENCES communities (id) ON DELETE SET NULL,
    member_count BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX wg_groups_by_status ON wg_groups (status, created_at, id);

-- Sectors a group works on, one row per sector code (for the list's filter).
CREATE TABLE wg_group_sectors (
    group_id BIGINT NOT NULL REFERENCES wg_groups (id) ON DELETE CASCADE,
    sector TEXT NOT NULL,
    PRIMARY KEY (group_id, sector)
);
CREATE INDEX wg_group_sectors_by_sector ON wg_group_sectors (sector, group_id);

CREATE TABLE wg_members (
    group_id BIGINT NOT NULL REFERENCES wg_groups (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- coordinator or member
    role TEXT NOT NULL,
    -- member (in the group), requested (asked to join), invited (asked by a coordinator)
    state TEXT NOT NULL,
    -- Who invited them, for invitations.
    invited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- A request's message to the coordinators.
    message TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    joined_at BIGINT,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX wg_members_by_user ON wg_members (user_id, state, group_id);
CREATE INDEX wg_members_by_group ON wg_members (group_id, state, role);

CREATE TABLE wg_tasks (
    id INTEGER PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES wg_groups (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    -- todo, doing or done
    status TEXT NOT NULL,
    assignee_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- YYYY-MM-DD
    due_on TEXT,
    comment_count BIGINT NOT NULL DEFAULT 0,
    -- Bumped by every change, so two people moving the same card cannot overwrite each other.
    version BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX wg_tasks_by_group ON wg_tasks (group_id, status, due_on, id);
CREATE INDEX wg_tasks_by_assignee ON wg_tasks (assignee_id, status, due_on);

CREATE TABLE wg_task_comments (
    id INTEGER PRIMARY KEY,
    task_id BIGINT NOT NULL REFERENCES wg_tasks (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX wg_task_comments_by_task ON wg_task_comments (task_id, created_at, id);

-- A shared page holds its latest revision; every revision, the first included, is also a row
-- of wg_page_revisions. Saving is guarded by the revision the writer started from.
CREATE TABLE wg_pages (
    id INTEGER PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES wg_groups (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    revision BIGINT NOT NULL DEFAULT 1,
    updated_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX wg_pages_by_group ON wg_pages (group_id, updated_at, id);

CREATE TABLE wg_page_revisions (
    page_id BIGINT NOT NULL REFERENCES wg_pages (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    -- Rendered once, when saved, so an old revision reads as it did then.
    body_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- What the writer said about the change.
    note TEXT NOT NULL DEFAULT '',
    -- The revision this one brought back, when it is a restore (worded when shown, in the
    -- reader's language).
    restored_from BIGINT,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (page_id, revision)
);

CREATE TABLE wg_meetings (
    id INTEGER PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES wg_groups (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- The start in UTC, and the time zone it was planned in (an IANA name such as Europe/Rome),
    -- in which it is shown.
    starts_at BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    duration_minutes BIGINT NOT NULL,
    -- A room or a link to a video call.
    place TEXT NOT NULL DEFAULT '',
    agenda_md TEXT NOT NULL DEFAULT '',
    agenda_html TEXT NOT NULL DEFAULT '',
    minutes_md TEXT NOT NULL DEFAULT '',
    minutes_html TEXT NOT NULL DEFAULT '',
    -- The language of title, place and agenda.
    lang TEXT NOT NULL,
    -- The minutes are written later, maybe by someone else in another language.
    minutes_lang TEXT,
    minutes_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    minutes_at BIGINT,
    -- Stable identifier of the calendar event (iCalendar UID), and its sequence number, bumped
    -- when the meeting changes so calendars replace it.
    uid TEXT NOT NULL UNIQUE,
    sequence BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX wg_meetings_by_group ON wg_meetings (group_id, starts_at, id);

-- Who attended a meeting (recorded by a coordinator or the person who planned it).
CREATE TABLE wg_attendance (
    meeting_id BIGINT NOT NULL REFERENCES wg_meetings (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- present, excused or absent
    status TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    recorded_at BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, user_id)
);

-- Resources of the toolbox linked to a group.
CREATE TABLE wg_resources (
    group_id BIGINT NOT NULL REFERENCES wg_groups (id) ON DELETE CASCADE,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',
    added_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, resource_id)
);
CREATE INDEX wg_resources_by_resource ON wg_resources (resource_id);

-- A group's discussion is a community that only the group's members see, read-only once the
-- group is archived.
ALTER TABLE communities ADD COLUMN group_id BIGINT REFERENCES wg_groups (id) ON DELETE CASCADE;
ALTER TABLE communities ADD COLUMN read_only INTEGER NOT NULL DEFAULT 0;
CREATE INDEX communities_by_group ON communities (group_id);
