-- Version 1 of the case store schema (SQLite). Rows are never copied per version: each carries the
-- half-open range of versions it is valid in, [valid_from, valid_to); valid_to = 2147483647 while live.
CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    description     TEXT    NOT NULL,
    classification  TEXT    NOT NULL,
    owner           TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,          -- UTC ticks
    latest_version  INTEGER NOT NULL DEFAULT 0,
    next_agent_no   INTEGER NOT NULL DEFAULT 0,
    next_ord        INTEGER NOT NULL DEFAULT 0 -- next position for agents, transactions and groups
);

CREATE TABLE versions (
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    version        INTEGER NOT NULL,
    operation      TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    source_files   TEXT    NOT NULL,           -- JSON array of file names
    agents         INTEGER NOT NULL,
    transactions   INTEGER NOT NULL,
    groups_count   INTEGER NOT NULL,
    imported_rows  INTEGER NOT NULL,
    content_hash   TEXT    NOT NULL,
    note           TEXT    NOT NULL,
    first_ticks    INTEGER,                    -- earliest transaction time (UTC ticks) in the version
    last_ticks     INTEGER,
    first_offset   INTEGER,
    last_offset    INTEGER,
    sensitive      INTEGER NOT NULL,
    PRIMARY KEY (case_id, version)
) WITHOUT ROWID;

CREATE TABLE agents (
    case_id      INTEGER NOT NULL,
    ord          INTEGER NOT NULL,
    valid_from   INTEGER NOT NULL,
    valid_to     INTEGER NOT NULL,
    agent_no     INTEGER NOT NULL,
    id           TEXT    NOT NULL,
    kind         INTEGER NOT NULL,
    name         TEXT,
    sphere       INTEGER NOT NULL,
    country      TEXT,
    functions    INTEGER NOT NULL,
    sensitivity  INTEGER NOT NULL,
    groups       TEXT,                         -- JSON array, null when none
    attributes   TEXT,                         -- JSON object, null when none
    PRIMARY KEY (case_id, ord, valid_from)
) WITHOUT ROWID;
CREATE INDEX agents_by_id ON agents (case_id, id);

CREATE TABLE transactions (
    case_id      INTEGER NOT NULL,
    ord          INTEGER NOT NULL,
    valid_from   INTEGER NOT NULL,
    valid_to     INTEGER NOT NULL,
    src_no       INTEGER NOT NULL,
    dst_no       INTEGER NOT NULL,
    kind         INTEGER NOT NULL,
    tx_id        TEXT,
    time_ticks   INTEGER,                      -- UTC ticks
    time_offset  INTEGER,                      -- minutes
    amount       TEXT,                         -- exact decimal text
    amount_f     REAL,                         -- the same as a double, for projections
    currency     TEXT,
    country      TEXT,
    route        TEXT,                         -- JSON array, null when none
    persons      INTEGER,
    weight       REAL    NOT NULL,
    attributes   TEXT,
    PRIMARY KEY (case_id, ord, valid_from)
) WITHOUT ROWID;

CREATE TABLE groups (
    case_id      INTEGER NOT NULL,
    ord          INTEGER NOT NULL,
    valid_from   INTEGER NOT NULL,
    valid_to     INTEGER NOT NULL,
    id           TEXT    NOT NULL,
    name         TEXT,
    type         INTEGER,
    attributes   TEXT,
    PRIMARY KEY (case_id, ord, valid_from)
) WITHOUT ROWID;

CREATE TABLE aliases (
    case_id     INTEGER NOT NULL,
    alias_id    TEXT    NOT NULL,
    agent_no    INTEGER NOT NULL,              -- the agent it was merged into
    version     INTEGER NOT NULL,              -- the merge version
    PRIMARY KEY (case_id, alias_id)
) WITHOUT ROWID;

CREATE INDEX agents_by_no ON agents (case_id, agent_no);
CREATE INDEX transactions_by_source ON transactions (case_id, src_no);
CREATE INDEX transactions_by_target ON transactions (case_id, dst_no);
