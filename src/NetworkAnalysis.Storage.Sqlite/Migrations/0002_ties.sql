-- Version 2 of the case store schema (SQLite): ties (standing relationships without an amount:
-- ownership, directorship, family, ...), versioned like transactions: agent numbers for the endpoints,
-- a half-open range of versions [valid_from, valid_to), and the case's shared ord counter for order.
CREATE TABLE ties (
    case_id      INTEGER NOT NULL,
    ord          INTEGER NOT NULL,
    valid_from   INTEGER NOT NULL,
    valid_to     INTEGER NOT NULL,
    src_no       INTEGER NOT NULL,
    dst_no       INTEGER NOT NULL,
    kind         INTEGER NOT NULL,
    tie_id       TEXT,
    start_ticks  INTEGER,                      -- UTC ticks
    start_offset INTEGER,                      -- minutes
    end_ticks    INTEGER,
    end_offset   INTEGER,
    attributes   TEXT,                         -- JSON object, null when none
    PRIMARY KEY (case_id, ord, valid_from)
) WITHOUT ROWID;

ALTER TABLE versions ADD COLUMN ties INTEGER NOT NULL DEFAULT 0;
