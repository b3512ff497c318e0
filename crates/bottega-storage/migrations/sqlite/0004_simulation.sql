-- The business simulation: a teacher runs a game of the `bottega-sim` engine for a class. The
-- engine's whole state is stored as JSON in the game row (it is deterministic and replays
-- exactly); rows beside it hold what pages list and what must survive the game: teams and their
-- players, the decisions submitted for each round, each round's report per team with its key
-- figures (for charts and the debrief without parsing whole reports), the teacher's comments,
-- and each student's competence summary when the game ends.

CREATE TABLE sim_games (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    -- Built-in scenario id (bakery, carpentry, hair_salon).
    scenario TEXT NOT NULL,
    -- solo (against computer-run shops) or competitive (teams against each other)
    mode TEXT NOT NULL,
    rounds BIGINT NOT NULL,
    -- Rounds played so far; the round being decided is round_no + 1 for people.
    round_no BIGINT NOT NULL DEFAULT 0,
    -- running or finished
    status TEXT NOT NULL,
    teacher_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- Students join with this code; stored upper-case.
    join_code TEXT NOT NULL UNIQUE,
    -- Minutes each round stays open; NULL when the teacher plays rounds by hand only.
    round_minutes BIGINT,
    -- When the round being decided closes (NULL without a deadline).
    deadline_at BIGINT,
    -- The language the title is written in.
    lang TEXT NOT NULL,
    state_json TEXT NOT NULL,
    -- Bumped by every round played, so two "play round" clicks cannot both play.
    version BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX sim_games_by_teacher ON sim_games (teacher_id, created_at);
CREATE INDEX sim_games_by_deadline ON sim_games (status, deadline_at);

CREATE TABLE sim_teams (
    game_id BIGINT NOT NULL REFERENCES sim_games (id) ON DELETE CASCADE,
    -- The engine's team number (0-based).
    team_no BIGINT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (game_id, team_no)
);

CREATE TABLE sim_players (
    game_id BIGINT NOT NULL REFERENCES sim_games (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    team_no BIGINT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (game_id, user_id)
);
CREATE INDEX sim_players_by_user ON sim_players (user_id, joined_at);
CREATE INDEX sim_players_by_team ON sim_players (game_id, team_no);

-- The decisions a team submitted for a round (0-based), replaced until the round is played.
CREATE TABLE sim_decisions (
    game_id BIGINT NOT NULL REFERENCES sim_games (id) ON DELETE CASCADE,
    team_no BIGINT NOT NULL,
    round_no BIGINT NOT NULL,
    decisions_json TEXT NOT NULL,
    submitted_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    submitted_at BIGINT NOT NULL,
    PRIMARY KEY (game_id, team_no, round_no)
);

CREATE TABLE sim_reports (
    game_id BIGINT NOT NULL REFERENCES sim_games (id) ON DELETE CASCADE,
    team_no BIGINT NOT NULL,
    round_no BIGINT NOT NULL,
    report_json TEXT NOT NULL,
    figures_json TEXT NOT NULL,
    PRIMARY KEY (game_id, team_no, round_no)
);

CREATE TABLE sim_comments (
    id INTEGER PRIMARY KEY,
    game_id BIGINT NOT NULL REFERENCES sim_games (id) ON DELETE CASCADE,
    team_no BIGINT NOT NULL,
    round_no BIGINT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX sim_comments_by_team ON sim_comments (game_id, team_no, round_no, created_at);

-- A student's EntreComp evidence from a finished game, kept on their profile.
CREATE TABLE sim_competences (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    game_id BIGINT NOT NULL REFERENCES sim_games (id) ON DELETE CASCADE,
    team_no BIGINT NOT NULL,
    summary_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, game_id)
);
CREATE INDEX sim_competences_by_user ON sim_competences (user_id, created_at);
