-- Acceptance (issue 7). The outcome of every acceptance case per run of msd test-kpis, with the KPI
-- version it was run against: a KPI version counts as tested only by results for that version.
CREATE SEQUENCE msd_acceptance_run_seq START 1;

CREATE TABLE msd_acceptance_result (
    run_id BIGINT NOT NULL,
    kpi_id VARCHAR NOT NULL,
    kpi_version INTEGER NOT NULL,
    case_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    passed BOOLEAN NOT NULL,
    explanation VARCHAR NOT NULL,
    ran_at TIMESTAMP NOT NULL
);

CREATE INDEX msd_acceptance_result_kpi ON msd_acceptance_result (kpi_id, run_id);

-- Key users' verdicts per KPI version (append-only: a user's newest verdict for a version counts; older
-- ones stay as history). Name and role are copied in, so the evidence survives a removed account.
-- justification: why the open data-check warnings do not stand in the way, required while there are any.
CREATE SEQUENCE msd_signoff_seq START 1;

CREATE TABLE msd_signoff (
    id BIGINT PRIMARY KEY,
    kpi_id VARCHAR NOT NULL,
    kpi_version INTEGER NOT NULL,
    verdict VARCHAR NOT NULL,
    comment VARCHAR NOT NULL,
    justification VARCHAR,
    user_name VARCHAR NOT NULL,
    display_name VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    signed_at TIMESTAMP NOT NULL
);

CREATE INDEX msd_signoff_kpi ON msd_signoff (kpi_id, kpi_version);

-- A beheerder's decision to publish despite a failing check ('fout'), with a written justification.
-- It covers one check for one municipality (NULL: all) and one period (NULL: every period).
CREATE SEQUENCE msd_check_override_seq START 1;

CREATE TABLE msd_check_override (
    id BIGINT PRIMARY KEY,
    check_id VARCHAR NOT NULL,
    gemeente_code VARCHAR,
    period VARCHAR,
    -- the worst observed value of the findings it was made for: a later finding that is worse is not covered
    observed DECIMAL(18,4),
    justification VARCHAR NOT NULL,
    user_name VARCHAR NOT NULL,
    display_name VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
