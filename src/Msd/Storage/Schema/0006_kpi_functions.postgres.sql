-- The catalogue's own functions, so the SQL the engine writes reads like the catalogue (msd show --sql).
-- Age in whole years on a day; days from a to b; working days after a up to and including b (Algemene termijnenwet).
CREATE FUNCTION msd_age_on(birth DATE, on_day DATE) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(extract(year from on_day) - extract(year from birth)
        - CASE WHEN extract(month from on_day) * 100 + extract(day from on_day) < extract(month from birth) * 100 + extract(day from birth) THEN 1 ELSE 0 END AS INTEGER)
$$;

CREATE FUNCTION msd_days_between(a DATE, b DATE) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT b - a
$$;

CREATE FUNCTION msd_working_days_between(a DATE, b DATE) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT (SELECT w.working_days FROM msd_working_day w WHERE w.day = b) - (SELECT w.working_days FROM msd_working_day w WHERE w.day = a)
$$;
