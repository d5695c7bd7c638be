-- Local accounts of the web monitor. user_name is the lower-case login; password_hash holds algorithm,
-- iteration count, salt and hash in one string (PasswordHash), never the password itself.
CREATE TABLE msd_user (
    user_name VARCHAR PRIMARY KEY,
    display_name VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    password_changed_at TIMESTAMP NOT NULL
);

-- The municipality's own explanations (toelichting) with a KPI value: per KPI, period and area ('' = all
-- areas). Append-only: the newest one is shown, older ones stay as history. The author's display name is
-- copied in, so the history still reads well after the account is removed.
CREATE SEQUENCE msd_toelichting_seq START 1;

CREATE TABLE msd_toelichting (
    id BIGINT PRIMARY KEY,
    kpi_id VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    area_code VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    author VARCHAR NOT NULL,
    author_display_name VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE INDEX msd_toelichting_kpi ON msd_toelichting (kpi_id, period, area_code);
