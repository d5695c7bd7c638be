-- The working-day calendar (Algemene termijnenwet) for deadline KPIs: working days since the calendar's
-- first day, up to and including this day. Filled by the engine on first use.
CREATE TABLE msd_working_day (
    day DATE PRIMARY KEY,
    working_days INTEGER NOT NULL
);

-- Per KPI, what its stored values were computed from: the definition (version and hash of the compiled
-- SQL) and the state of the datasets it reads. The engine recomputes a KPI only when one of these changes.
CREATE TABLE msd_kpi_computation (
    kpi_id VARCHAR PRIMARY KEY,
    kpi_version INTEGER NOT NULL,
    definition_hash VARCHAR NOT NULL,
    inputs VARCHAR NOT NULL,
    load_ids VARCHAR NOT NULL,
    computed_at TIMESTAMP NOT NULL,
    duration_ms BIGINT NOT NULL,
    value_count BIGINT NOT NULL
);

-- Computed values before disclosure control. They never leave the store: every output reads
-- msd_kpi_published. numerator/denominator are exact; cases is the number of records behind the value.
CREATE TABLE msd_kpi_value (
    kpi_id VARCHAR NOT NULL,
    kpi_version INTEGER NOT NULL,
    grain VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    area_code VARCHAR NOT NULL,
    breakdown VARCHAR NOT NULL,
    numerator DECIMAL(18,4),
    denominator DECIMAL(18,4),
    cases BIGINT NOT NULL,
    value DECIMAL(18,4),
    unit VARCHAR NOT NULL,
    provisional BOOLEAN NOT NULL,
    computed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kpi_id, period, area_code, breakdown)
);

-- What may leave the store: the values after disclosure control (rounded, suppressed with a reason),
-- with the target for the period and whether the value is on track, written by the publish step.
CREATE TABLE msd_kpi_published (
    kpi_id VARCHAR NOT NULL,
    kpi_version INTEGER NOT NULL,
    grain VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    area_code VARCHAR NOT NULL,
    breakdown VARCHAR NOT NULL,
    numerator DECIMAL(18,4),
    denominator DECIMAL(18,4),
    value DECIMAL(18,4),
    unit VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    reason VARCHAR,
    target DECIMAL(18,4),
    target_status VARCHAR,
    published_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kpi_id, period, area_code, breakdown)
);
