-- The load log: one row per delivered file (a CSV/XLSX extract, a ZIP or XML of iJw/iWmo messages, a CBS
-- snapshot), written in the same transaction as the file's rows. Refused files are logged too (status
-- 'geweigerd', nothing loaded) so the user can see why; they do not count as loaded for the content-hash check.
CREATE SEQUENCE msd_load_seq START 1;

CREATE TABLE msd_load (
    load_id BIGINT PRIMARY KEY,
    status VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    target VARCHAR,
    file_path VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    file_bytes BIGINT NOT NULL,
    reference_date DATE,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    records_read BIGINT NOT NULL,
    records_loaded BIGINT NOT NULL,
    records_quarantined BIGINT NOT NULL,
    records_warned BIGINT NOT NULL,
    rows_replaced BIGINT NOT NULL,
    note VARCHAR
);

CREATE INDEX msd_load_hash ON msd_load (content_hash);

-- Records that failed a check (severity 'fout': not loaded) or were loaded with a remark ('waarschuwing').
-- Position, field and reason only: the record itself stays in the municipality's source file, so no BSN or
-- other direct identifier ever lands here.
CREATE TABLE msd_quarantine (
    load_id BIGINT NOT NULL,
    position VARCHAR NOT NULL,
    field VARCHAR,
    severity VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);

CREATE INDEX msd_quarantine_load ON msd_quarantine (load_id);
