-- Data-quality checks (msd check): one row per run, and per run its results. A result names its check,
-- dataset, municipality and (for checks per period, such as volume per delivery) the period, so a later
-- step can ask whether the data behind a KPI value of a period passed. The sample holds at most ten
-- failing records by their pseudonymised keys, one per line; never a BSN or other direct identifier.
CREATE SEQUENCE msd_check_run_seq START 1;

CREATE TABLE msd_check_run (
    run_id BIGINT PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    checks BIGINT NOT NULL,
    failed BIGINT NOT NULL,
    warned BIGINT NOT NULL
);

CREATE TABLE msd_check_result (
    run_id BIGINT NOT NULL,
    check_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    dataset_id VARCHAR NOT NULL,
    gemeente_code VARCHAR,
    period VARCHAR,
    period_start DATE,
    period_end DATE,
    observed DECIMAL(18,4),
    threshold DECIMAL(18,4),
    status VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    sample VARCHAR
);

CREATE INDEX msd_check_result_run ON msd_check_result (run_id);

-- Rows per municipality in each delivered extract, written when the file is loaded (before later
-- deliveries replace its rows), so the volume check can compare a delivery with the previous one.
CREATE TABLE msd_load_volume (
    load_id BIGINT NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    records BIGINT NOT NULL
);

CREATE INDEX msd_load_volume_load ON msd_load_volume (load_id);
