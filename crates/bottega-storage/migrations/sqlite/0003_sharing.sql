-- Sharing: the resource toolbox. A resource is described once (title, description, type,
-- licence, origin, project) and carries files, each file keeping all its versions; members
-- rate it, comment on it, report how they reused it and gather resources into collections.
-- File bytes live in the object store under content addresses; rows here name them by key.

CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    -- The language the title and description are written in.
    lang TEXT NOT NULL,
    rtype TEXT NOT NULL,
    -- Set for a resource that is a link rather than uploaded files.
    external_url TEXT,
    country TEXT,
    eqf_level BIGINT,
    licence TEXT NOT NULL,
    org_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    project_name TEXT,
    project_number TEXT,
    -- public, members (signed-in people), organisation (the members of org_id only)
    visibility TEXT NOT NULL,
    owner_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    download_count BIGINT NOT NULL DEFAULT 0,
    rating_sum BIGINT NOT NULL DEFAULT 0,
    rating_count BIGINT NOT NULL DEFAULT 0,
    comment_count BIGINT NOT NULL DEFAULT 0,
    reuse_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX resources_by_date ON resources (visibility, created_at, id);
CREATE INDEX resources_by_owner ON resources (owner_id, created_at);
CREATE INDEX resources_by_org ON resources (org_id, created_at);

-- The many-valued descriptors of a resource: languages, sectors, themes, target groups and
-- competence areas, one row per value, so that each can be filtered through an index.
CREATE TABLE resource_tags (
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (resource_id, dimension, code)
);
CREATE INDEX resource_tags_by_code ON resource_tags (dimension, code, resource_id);

CREATE TABLE resource_files (
    id INTEGER PRIMARY KEY,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    position BIGINT NOT NULL DEFAULT 0,
    -- The newest version, shown by default; kept here so a resource page needs no subquery.
    latest_version_id BIGINT,
    version_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX resource_files_of ON resource_files (resource_id, position, id);

CREATE TABLE file_versions (
    id INTEGER PRIMARY KEY,
    file_id BIGINT NOT NULL REFERENCES resource_files (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    -- The name shown and offered on download, already made safe.
    name TEXT NOT NULL,
    object_key TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    media_type TEXT NOT NULL,
    ext TEXT NOT NULL,
    -- 1 when a browser could execute the content (HTML, SVG): served only as a download.
    active INTEGER NOT NULL DEFAULT 0,
    thumb_key TEXT,
    width BIGINT,
    height BIGINT,
    note TEXT NOT NULL DEFAULT '',
    uploaded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    download_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    UNIQUE (file_id, version)
);
CREATE INDEX file_versions_by_key ON file_versions (object_key);
CREATE INDEX file_versions_by_thumb ON file_versions (thumb_key);
CREATE INDEX file_versions_by_uploader ON file_versions (uploaded_by);

CREATE TABLE resource_ratings (
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stars BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (resource_id, user_id)
);
CREATE INDEX resource_ratings_by_user ON resource_ratings (user_id);

CREATE TABLE resource_comments (
    id INTEGER PRIMARY KEY,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    deleted_at BIGINT
);
CREATE INDEX resource_comments_of ON resource_comments (resource_id, created_at, id);

-- "We adapted this in our school in Croatia": who reused a resource, where, and how.
CREATE TABLE resource_reuses (
    id INTEGER PRIMARY KEY,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    org_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    country TEXT,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX resource_reuses_of ON resource_reuses (resource_id, created_at, id);

CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    owner_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- A collection kept by an organisation: its admins may edit it too.
    org_id BIGINT REFERENCES organisations (id) ON DELETE CASCADE,
    visibility TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX collections_by_date ON collections (visibility, updated_at, id);
CREATE INDEX collections_by_owner ON collections (owner_id, updated_at);
CREATE INDEX collections_by_org ON collections (org_id, updated_at);

CREATE TABLE collection_items (
    collection_id BIGINT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    added_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (collection_id, resource_id)
);
CREATE INDEX collection_items_in_order ON collection_items (collection_id, position);
CREATE INDEX collection_items_by_resource ON collection_items (resource_id);
