-- Cooperation: long-term partnerships between organisations (an agreement each organisation
-- accepts, and a joint action plan), twinnings inside a partnership (a coaching and a coached
-- institution, a capacity-building plan in four lots, a coaching log), and the reviewed
-- best-practice repository (versions, reviews on a published rubric, editors' decisions,
-- labels and reports of adoption).
--
-- Dates people pick are calendar dates, YYYY-MM-DD; moments are milliseconds in UTC.

CREATE TABLE partnerships (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    purpose_md TEXT NOT NULL,
    purpose_html TEXT NOT NULL,
    commitments_md TEXT NOT NULL,
    commitments_html TEXT NOT NULL,
    -- The language title, purpose and commitments are written in.
    lang TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    -- proposed (waiting for every organisation), active, ended, declined (an organisation said
    -- no, or the proposer withdrew)
    status TEXT NOT NULL,
    proposed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    proposed_by_org BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    -- Bumped when the agreement's terms change; acceptances name the version they accepted,
    -- so nobody is bound by terms they did not see.
    terms_version BIGINT NOT NULL DEFAULT 1,
    party_count BIGINT NOT NULL DEFAULT 0,
    activated_at BIGINT,
    ended_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX partnerships_by_status ON partnerships (status, created_at, id);

-- Strategic topics of a partnership, one row per theme code.
CREATE TABLE partnership_themes (
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (partnership_id, theme)
);
CREATE INDEX partnership_themes_by_theme ON partnership_themes (theme, partnership_id);

-- The organisations of a partnership and their answer to the agreement.
CREATE TABLE partnership_parties (
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    -- pending, accepted or declined
    state TEXT NOT NULL,
    -- Who signs for the organisation, as written on the agreement.
    signatory_name TEXT NOT NULL DEFAULT '',
    signatory_role TEXT NOT NULL DEFAULT '',
    -- The terms version accepted, and the organisation admin who answered.
    accepted_terms BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    decided_at BIGINT,
    PRIMARY KEY (partnership_id, org_id)
);
CREATE INDEX partnership_parties_by_org ON partnership_parties (org_id, state, partnership_id);

-- The joint action plan: objectives, activities with owners, milestones, indicators.
CREATE TABLE pt_objectives (
    id INTEGER PRIMARY KEY,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX pt_objectives_by_partnership ON pt_objectives (partnership_id, position, id);

CREATE TABLE pt_activities (
    id INTEGER PRIMARY KEY,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    objective_id BIGINT REFERENCES pt_objectives (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    -- The organisation responsible, and the person who leads it there (a name as written).
    owner_org_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    owner_name TEXT NOT NULL DEFAULT '',
    starts_on TEXT,
    ends_on TEXT,
    -- planned, ongoing, done or cancelled
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX pt_activities_by_partnership ON pt_activities (partnership_id, objective_id, starts_on, id);

CREATE TABLE pt_milestones (
    id INTEGER PRIMARY KEY,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    objective_id BIGINT REFERENCES pt_objectives (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    -- planned, reached or missed
    status TEXT NOT NULL,
    reached_on TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX pt_milestones_by_partnership ON pt_milestones (partnership_id, due_on, id);

CREATE TABLE pt_indicators (
    id INTEGER PRIMARY KEY,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    objective_id BIGINT REFERENCES pt_objectives (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    -- What is counted (teachers trained, %, companies), as written.
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL NOT NULL DEFAULT 0,
    target REAL NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pt_indicators_by_partnership ON pt_indicators (partnership_id, id);

-- Actual values of an indicator over time: the progress view draws them.
CREATE TABLE pt_indicator_values (
    id INTEGER PRIMARY KEY,
    indicator_id BIGINT NOT NULL REFERENCES pt_indicators (id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pt_indicator_values_by_indicator ON pt_indicator_values (indicator_id, measured_on, id);

-- A twinning pairs a coaching and a coached institution, within a partnership.
CREATE TABLE twinnings (
    id INTEGER PRIMARY KEY,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    coaching_org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    coached_org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX twinnings_by_partnership ON twinnings (partnership_id, id);
CREATE INDEX twinnings_by_coaching ON twinnings (coaching_org_id);
CREATE INDEX twinnings_by_coached ON twinnings (coached_org_id);

-- The four lots of the capacity-building plan (staff-mobility, events, student-mobility,
-- networking), each with its own status.
CREATE TABLE tw_lots (
    twinning_id BIGINT NOT NULL REFERENCES twinnings (id) ON DELETE CASCADE,
    lot TEXT NOT NULL,
    -- not-started, in-progress or completed
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (twinning_id, lot)
);

CREATE TABLE tw_activities (
    id INTEGER PRIMARY KEY,
    twinning_id BIGINT NOT NULL REFERENCES twinnings (id) ON DELETE CASCADE,
    lot TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    -- planned, done or cancelled
    status TEXT NOT NULL,
    -- The language title, description and place are written in.
    lang TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tw_activities_by_twinning ON tw_activities (twinning_id, lot, starts_on, id);

-- How many took part in an activity, per category of participant (target-group codes).
CREATE TABLE tw_participants (
    activity_id BIGINT NOT NULL REFERENCES tw_activities (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    headcount BIGINT NOT NULL,
    PRIMARY KEY (activity_id, category)
);

-- Evidence of an activity (reports, photos): resources of the toolbox.
CREATE TABLE tw_evidence (
    activity_id BIGINT NOT NULL REFERENCES tw_activities (id) ON DELETE CASCADE,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    added_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (activity_id, resource_id)
);
CREATE INDEX tw_evidence_by_resource ON tw_evidence (resource_id);

-- The coaching log: dated entries written by either side.
CREATE TABLE tw_log_entries (
    id INTEGER PRIMARY KEY,
    twinning_id BIGINT NOT NULL REFERENCES twinnings (id) ON DELETE CASCADE,
    -- The side that wrote it: the coaching or the coached organisation.
    org_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    topic TEXT NOT NULL,
    agreed_md TEXT NOT NULL DEFAULT '',
    agreed_html TEXT NOT NULL DEFAULT '',
    next_steps_md TEXT NOT NULL DEFAULT '',
    next_steps_html TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX tw_log_entries_by_twinning ON tw_log_entries (twinning_id, held_on, id);

-- A practice of the best-practice repository. The row carries what lists need; the text is in
-- its versions.
CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    -- The stable, citable identifier (BP-2026-0042), given at submission, never changed.
    ref_code TEXT NOT NULL UNIQUE,
    -- State of the newest version: submitted (waiting for an editor), in-review, revise (the
    -- author is asked for a new version), accepted, rejected.
    status TEXT NOT NULL,
    -- The newest version, and the version readers see once one is accepted.
    current_version BIGINT NOT NULL DEFAULT 1,
    published_version BIGINT,
    -- Title and language of the published version (else of the newest), for lists.
    title TEXT NOT NULL,
    lang TEXT NOT NULL,
    eqf_level BIGINT,
    submitter_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- The organisation it is submitted for: its members never review it.
    org_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    -- The working group whose outcome it came from, if any.
    source_group_id BIGINT REFERENCES wg_groups (id) ON DELETE SET NULL,
    -- Review score of the published version: mean of all criteria of all reviews, in
    -- hundredths (425 = 4.25), and how many reviews it rests on.
    score_x100 BIGINT,
    review_count BIGINT NOT NULL DEFAULT 0,
    adoption_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT
);
CREATE INDEX practices_published ON practices (published_version, published_at, id);
CREATE INDEX practices_by_status ON practices (status, updated_at, id);
CREATE INDEX practices_by_submitter ON practices (submitter_id, updated_at);

-- Every version of a practice, in the structured template; rendered once when saved.
CREATE TABLE practice_versions (
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    summary_md TEXT NOT NULL,
    summary_html TEXT NOT NULL,
    context_md TEXT NOT NULL,
    context_html TEXT NOT NULL,
    problem_md TEXT NOT NULL,
    problem_html TEXT NOT NULL,
    practice_md TEXT NOT NULL,
    practice_html TEXT NOT NULL,
    resources_md TEXT NOT NULL,
    resources_html TEXT NOT NULL,
    results_md TEXT NOT NULL,
    results_html TEXT NOT NULL,
    transferability_md TEXT NOT NULL,
    transferability_html TEXT NOT NULL,
    lessons_md TEXT NOT NULL,
    lessons_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    eqf_level BIGINT,
    -- What changed, as the author says, for versions after the first.
    change_note TEXT NOT NULL DEFAULT '',
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    -- This version's descriptors (one dimension:code a line) and linked resource ids (spaced):
    -- they become the listed ones (practice_tags, practice_resources) when it is accepted, so a
    -- revision under review never changes what readers see.
    tags TEXT NOT NULL DEFAULT '',
    resource_ids TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (practice_id, version)
);

-- Descriptors of a practice (themes, sectors, countries, competence framework tags), one row
-- per value, describing its published version (its newest while none is published).
CREATE TABLE practice_tags (
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (practice_id, dimension, code)
);
CREATE INDEX practice_tags_by_code ON practice_tags (dimension, code, practice_id);

-- Toolbox resources a practice links to.
CREATE TABLE practice_resources (
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    PRIMARY KEY (practice_id, resource_id)
);
CREATE INDEX practice_resources_by_resource ON practice_resources (resource_id);

-- A reviewer's work on one version: assigned by an editor, then scored on the rubric
-- (relevance, innovation, impact, transferability, sustainability; 1 to 5, with a comment each).
CREATE TABLE practice_reviews (
    id INTEGER PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    reviewer_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    assigned_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    assigned_at BIGINT NOT NULL,
    -- assigned, submitted or withdrawn (the editor took the assignment back)
    state TEXT NOT NULL,
    relevance BIGINT,
    innovation BIGINT,
    impact BIGINT,
    transferability BIGINT,
    sustainability BIGINT,
    relevance_comment TEXT NOT NULL DEFAULT '',
    innovation_comment TEXT NOT NULL DEFAULT '',
    impact_comment TEXT NOT NULL DEFAULT '',
    transferability_comment TEXT NOT NULL DEFAULT '',
    sustainability_comment TEXT NOT NULL DEFAULT '',
    -- The reviewer's overall advice to author and editor.
    summary TEXT NOT NULL DEFAULT '',
    lang TEXT,
    submitted_at BIGINT
);
CREATE UNIQUE INDEX practice_reviews_one_per_reviewer ON practice_reviews (practice_id, version, reviewer_id);
CREATE INDEX practice_reviews_by_reviewer ON practice_reviews (reviewer_id, state, assigned_at);

-- Editors' decisions on a version: accept, revise or reject.
CREATE TABLE practice_decisions (
    id INTEGER PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    decision TEXT NOT NULL,
    note_md TEXT NOT NULL DEFAULT '',
    note_html TEXT NOT NULL DEFAULT '',
    -- The language the note is written in (none when there is no note).
    lang TEXT,
    editor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    decided_at BIGINT NOT NULL
);
CREATE INDEX practice_decisions_by_practice ON practice_decisions (practice_id, decided_at, id);

-- Labels awarded by editors: good-practice, success-story.
CREATE TABLE practice_labels (
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    awarded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    awarded_at BIGINT NOT NULL,
    PRIMARY KEY (practice_id, label)
);
CREATE INDEX practice_labels_by_label ON practice_labels (label, practice_id);

-- "Adopted by": organisations that reused a published practice, where and how.
CREATE TABLE practice_adoptions (
    id INTEGER PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    org_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    country TEXT NOT NULL,
    how_md TEXT NOT NULL,
    how_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    reported_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX practice_adoptions_by_practice ON practice_adoptions (practice_id, created_at, id);
