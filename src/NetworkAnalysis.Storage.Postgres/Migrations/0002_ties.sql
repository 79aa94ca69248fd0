-- Version 2 of the case store schema (PostgreSQL): ties (standing relationships without an amount:
-- ownership, directorship, family, ...), versioned like transactions: agent numbers for the endpoints,
-- a half-open range of versions [valid_from, valid_to), and the case's shared ord counter for order.
CREATE TABLE ties (
    case_id      bigint   NOT NULL,
    ord          bigint   NOT NULL,
    valid_from   integer  NOT NULL,
    valid_to     integer  NOT NULL,
    src_no       integer  NOT NULL,
    dst_no       integer  NOT NULL,
    kind         smallint NOT NULL,
    tie_id       text,
    start_ticks  bigint,                       -- UTC ticks
    start_offset integer,                      -- minutes
    end_ticks    bigint,
    end_offset   integer,
    attributes   text,                         -- JSON object, null when none
    PRIMARY KEY (case_id, ord, valid_from)
);

ALTER TABLE versions ADD COLUMN ties integer NOT NULL DEFAULT 0;
