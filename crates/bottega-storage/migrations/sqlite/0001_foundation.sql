-- Bottega foundation: accounts, sessions, the directory of organisations, the job queue and
-- the audit log. Timestamps are milliseconds since the Unix epoch in UTC (BIGINT), the same on
-- both engines so that ordering and comparisons never depend on the engine.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    email_verified_at BIGINT,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    -- Lower-cased in Rust (Unicode-aware), for case-insensitive search on both engines.
    name_key TEXT NOT NULL,
    country TEXT,
    bio TEXT NOT NULL DEFAULT '',
    bio_lang TEXT,
    avatar_key TEXT,
    site_role TEXT NOT NULL DEFAULT 'member',
    status TEXT NOT NULL DEFAULT 'active',
    is_minor INTEGER NOT NULL DEFAULT 0,
    visibility TEXT NOT NULL DEFAULT 'members',
    locale TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    password_changed_at BIGINT NOT NULL
);
CREATE INDEX users_listing ON users (is_minor, visibility, status, name_key);
CREATE INDEX users_created ON users (created_at);

CREATE TABLE user_languages (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    PRIMARY KEY (user_id, lang)
);
CREATE INDEX user_languages_by_lang ON user_languages (lang, user_id);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_by_role ON user_roles (role, user_id);

CREATE TABLE user_sectors (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sector TEXT NOT NULL,
    PRIMARY KEY (user_id, sector)
);
CREATE INDEX user_sectors_by_sector ON user_sectors (sector, user_id);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Single-use links sent by email: verify an address, reset a password, confirm a new address.
CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    new_email TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose);

-- Events counted for rate limits and sign-in throttling.
CREATE TABLE rate_events (
    id INTEGER PRIMARY KEY,
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX rate_events_lookup ON rate_events (bucket, key, at);
CREATE INDEX rate_events_by_time ON rate_events (at);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    org_type TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    description_lang TEXT,
    logo_key TEXT,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX organisations_by_type ON organisations (org_type, country, name_key);
CREATE INDEX organisations_by_country ON organisations (country, name_key);
CREATE INDEX organisations_by_name ON organisations (name_key);

CREATE TABLE organisation_sectors (
    org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    sector TEXT NOT NULL,
    PRIMARY KEY (org_id, sector)
);
CREATE INDEX organisation_sectors_by_sector ON organisation_sectors (sector, org_id);

CREATE TABLE organisation_languages (
    org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    PRIMARY KEY (org_id, lang)
);
CREATE INDEX organisation_languages_by_lang ON organisation_languages (lang, org_id);

CREATE TABLE memberships (
    org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

CREATE TABLE join_requests (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX join_requests_one_pending ON join_requests (org_id, user_id) WHERE status = 'pending';
CREATE INDEX join_requests_by_org ON join_requests (org_id, status, created_at);
CREATE INDEX join_requests_by_user ON join_requests (user_id, created_at);

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    invited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    revoked_at BIGINT
);
CREATE INDEX invitations_by_org ON invitations (org_id, created_at);

-- The job queue: background work enqueued in the same transaction as the change behind it.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    run_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 8,
    locked_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX jobs_due ON jobs (status, run_at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id BIGINT,
    detail TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_target ON audit_log (target_type, target_id, at);
