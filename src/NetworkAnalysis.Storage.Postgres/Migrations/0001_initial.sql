-- Version 1 of the case store schema (PostgreSQL). Rows are never copied per version: each carries the
-- half-open range of versions it is valid in, [valid_from, valid_to); valid_to = 2147483647 while live.
-- Every table is keyed by case_id first, so a case is one contiguous key range (and the natural
-- distribution column should the tables ever be sharded, e.g. with Citus).
CREATE TABLE cases (
    id              bigserial PRIMARY KEY,
    name            text    NOT NULL UNIQUE,
    description     text    NOT NULL,
    classification  text    NOT NULL,
    owner           text    NOT NULL,
    created_at      bigint  NOT NULL,          -- UTC ticks
    latest_version  integer NOT NULL DEFAULT 0,
    next_agent_no   integer NOT NULL DEFAULT 0,
    next_ord        bigint  NOT NULL DEFAULT 0
);

CREATE TABLE versions (
    case_id        bigint  NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    version        integer NOT NULL,
    operation      text    NOT NULL,
    created_by     text    NOT NULL,
    created_at     bigint  NOT NULL,
    source_files   text[]  NOT NULL,
    agents         integer NOT NULL,
    transactions   integer NOT NULL,
    groups_count   integer NOT NULL,
    imported_rows  bigint  NOT NULL,
    content_hash   text    NOT NULL,
    note           text    NOT NULL,
    first_ticks    bigint,
    first_offset   integer,
    last_ticks     bigint,
    last_offset    integer,
    sensitive      integer NOT NULL,
    PRIMARY KEY (case_id, version)
);

CREATE TABLE agents (
    case_id      bigint  NOT NULL,
    ord          bigint  NOT NULL,
    valid_from   integer NOT NULL,
    valid_to     integer NOT NULL,
    agent_no     integer NOT NULL,
    id           text    NOT NULL,
    kind         smallint NOT NULL,
    name         text,
    sphere       smallint NOT NULL,
    country      text,
    functions    integer NOT NULL,
    sensitivity  smallint NOT NULL,
    groups       text,                         -- JSON array, null when none
    attributes   text,                         -- JSON object, null when none
    PRIMARY KEY (case_id, ord, valid_from)
);
CREATE INDEX agents_by_id ON agents (case_id, id);
CREATE INDEX agents_by_no ON agents (case_id, agent_no);

CREATE TABLE transactions (
    case_id      bigint  NOT NULL,
    ord          bigint  NOT NULL,
    valid_from   integer NOT NULL,
    valid_to     integer NOT NULL,
    src_no       integer NOT NULL,
    dst_no       integer NOT NULL,
    kind         smallint NOT NULL,
    tx_id        text,
    time_ticks   bigint,
    time_offset  integer,
    amount       numeric,
    amount_f     double precision,
    currency     text,
    country      text,
    route        text,
    persons      integer,
    weight       double precision NOT NULL,
    attributes   text,
    PRIMARY KEY (case_id, ord, valid_from)
);
CREATE INDEX transactions_by_source ON transactions (case_id, src_no);
CREATE INDEX transactions_by_target ON transactions (case_id, dst_no);

CREATE TABLE groups (
    case_id      bigint  NOT NULL,
    ord          bigint  NOT NULL,
    valid_from   integer NOT NULL,
    valid_to     integer NOT NULL,
    id           text    NOT NULL,
    name         text,
    type         smallint,
    attributes   text,
    PRIMARY KEY (case_id, ord, valid_from)
);

CREATE TABLE aliases (
    case_id     bigint  NOT NULL,
    alias_id    text    NOT NULL,
    agent_no    integer NOT NULL,
    version     integer NOT NULL,
    PRIMARY KEY (case_id, alias_id)
);
