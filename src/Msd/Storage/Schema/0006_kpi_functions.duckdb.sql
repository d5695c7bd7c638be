-- The catalogue's own functions, so the SQL the engine writes reads like the catalogue (msd show --sql).
-- Age in whole years on a day; days from a to b; working days after a up to and including b (Algemene termijnenwet).
CREATE MACRO msd_age_on(birth, on_day) AS
    CAST(extract(year from on_day) - extract(year from birth)
        - CASE WHEN extract(month from on_day) * 100 + extract(day from on_day) < extract(month from birth) * 100 + extract(day from birth) THEN 1 ELSE 0 END AS INTEGER);

CREATE MACRO msd_days_between(a, b) AS CAST(CAST(b AS DATE) - CAST(a AS DATE) AS INTEGER);

CREATE MACRO msd_working_days_between(a, b) AS
    (SELECT w.working_days FROM msd_working_day w WHERE w.day = CAST(b AS DATE))
    - (SELECT w.working_days FROM msd_working_day w WHERE w.day = CAST(a AS DATE));
