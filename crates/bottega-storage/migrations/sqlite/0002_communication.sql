-- Communication: communities (themed forums), threads (discussions and questions) and their
-- posts, votes, follows, read positions, flags, notifications; the scenario workshop; and the
-- search outbox every node's index follows.

-- People are mentioned by a handle (`@giulia-rossi`); chosen at registration, editable.
ALTER TABLE users ADD COLUMN handle TEXT;
UPDATE users SET handle = 'member-' || id WHERE handle IS NULL;
CREATE UNIQUE INDEX users_by_handle ON users (handle);
-- How notifications reach a person by email: each one, a daily digest, or not at all.
ALTER TABLE users ADD COLUMN notify_email TEXT NOT NULL DEFAULT 'each';
ALTER TABLE users ADD COLUMN digest_sent_at BIGINT;

CREATE TABLE communities (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    description_lang TEXT,
    -- public, members (signed-in people), private (the members of org_id only)
    visibility TEXT NOT NULL,
    org_id BIGINT REFERENCES organisations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    thread_count BIGINT NOT NULL DEFAULT 0,
    post_count BIGINT NOT NULL DEFAULT 0,
    last_post_at BIGINT,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX communities_by_position ON communities (position, name);
CREATE INDEX communities_by_org ON communities (org_id);

CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    -- discussion or question
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    lang TEXT NOT NULL,
    -- The context of a question: where the problem arises.
    country TEXT,
    sector TEXT,
    org_type TEXT,
    pinned INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,
    hidden_at BIGINT,
    deleted_at BIGINT,
    accepted_post_id BIGINT,
    -- Positions of posts are handed out from here, so pages of a thread never shift.
    post_seq BIGINT NOT NULL DEFAULT 0,
    reply_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_post_at BIGINT NOT NULL,
    last_post_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX threads_in_community ON threads (community_id, pinned, last_post_at, id);
CREATE INDEX threads_by_kind ON threads (kind, last_post_at, id);
CREATE INDEX threads_questions ON threads (kind, accepted_post_id, reply_count, last_post_at);
CREATE INDEX threads_by_author ON threads (author_id, created_at);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body_md TEXT NOT NULL,
    -- Rendered and sanitized once, when written.
    body_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    lang_detected INTEGER NOT NULL DEFAULT 0,
    votes BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    edit_count INTEGER NOT NULL DEFAULT 0,
    deleted_at BIGINT,
    hidden_at BIGINT,
    hidden_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE (thread_id, position)
);
CREATE INDEX posts_by_author ON posts (author_id, created_at);
CREATE INDEX posts_by_lang ON posts (thread_id, lang, position);

CREATE TABLE post_revisions (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    edited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX post_revisions_by_post ON post_revisions (post_id, created_at);

-- A like in a discussion, an up-vote on an answer: one per person and post.
CREATE TABLE post_votes (
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id)
);

CREATE TABLE thread_follows (
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX thread_follows_by_user ON thread_follows (user_id);

-- How far each reader has read each thread, for unread markers.
CREATE TABLE thread_reads (
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_position BIGINT NOT NULL,
    read_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, thread_id)
);

-- When a reader last looked at a community, for "new since your last visit".
CREATE TABLE community_visits (
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_seen_at BIGINT NOT NULL,
    previous_seen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, community_id)
);

CREATE TABLE flags (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    reporter_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    -- open, upheld (the post was hidden), dismissed
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    resolved_at BIGINT
);
CREATE INDEX flags_queue ON flags (community_id, status, created_at);
CREATE UNIQUE INDEX flags_one_open ON flags (post_id, reporter_id) WHERE status = 'open';

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- mention, reply, accepted, moderation
    kind TEXT NOT NULL,
    thread_id BIGINT REFERENCES threads (id) ON DELETE CASCADE,
    post_id BIGINT REFERENCES posts (id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    emailed_at BIGINT
);
CREATE INDEX notifications_by_user ON notifications (user_id, created_at);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);
CREATE INDEX notifications_to_email ON notifications (emailed_at, user_id);

-- The scenario workshop: a focal question, drivers rated on impact and uncertainty, two of
-- them as axes, four scenarios, and the policy choices leading towards or away from each.
CREATE TABLE workshops (
    id INTEGER PRIMARY KEY,
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    focal_question TEXT NOT NULL,
    horizon_year INTEGER NOT NULL,
    lang TEXT NOT NULL,
    facilitator_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- drivers, scenarios, closed
    phase TEXT NOT NULL,
    axis_x_driver BIGINT,
    axis_y_driver BIGINT,
    x_low TEXT NOT NULL DEFAULT '',
    x_high TEXT NOT NULL DEFAULT '',
    y_low TEXT NOT NULL DEFAULT '',
    y_high TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX workshops_by_community ON workshops (community_id, created_at);

CREATE TABLE drivers (
    id INTEGER PRIMARY KEY,
    workshop_id BIGINT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- trend or uncertainty
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX drivers_by_workshop ON drivers (workshop_id, created_at);

CREATE TABLE driver_ratings (
    driver_id BIGINT NOT NULL REFERENCES drivers (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    impact INTEGER NOT NULL,
    uncertainty INTEGER NOT NULL,
    rated_at BIGINT NOT NULL,
    PRIMARY KEY (driver_id, user_id)
);

CREATE TABLE scenarios (
    id INTEGER PRIMARY KEY,
    workshop_id BIGINT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    -- 1: x high, y high; 2: x low, y high; 3: x low, y low; 4: x high, y low
    quadrant INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    narrative_md TEXT NOT NULL DEFAULT '',
    narrative_html TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    updated_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (workshop_id, quadrant)
);

CREATE TABLE scenario_revisions (
    id INTEGER PRIMARY KEY,
    scenario_id BIGINT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    narrative_md TEXT NOT NULL,
    edited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (scenario_id, revision)
);

CREATE TABLE policy_choices (
    id INTEGER PRIMARY KEY,
    scenario_id BIGINT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    -- towards or away
    direction TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX policy_choices_by_scenario ON policy_choices (scenario_id, created_at);

CREATE TABLE choice_ratings (
    choice_id BIGINT NOT NULL REFERENCES policy_choices (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    plausibility INTEGER NOT NULL,
    desirability INTEGER NOT NULL,
    rated_at BIGINT NOT NULL,
    PRIMARY KEY (choice_id, user_id)
);

-- Changes to searchable content, in order. Every node applies them to its own index and keeps
-- the id of the last one applied, so all nodes answer searches alike.
CREATE TABLE search_outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
