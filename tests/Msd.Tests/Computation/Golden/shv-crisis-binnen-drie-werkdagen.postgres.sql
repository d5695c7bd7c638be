-- noemer (met het aantal binnen de termijn)
WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (
    VALUES
        ('year', '2024', DATE '2024-01-01', DATE '2024-12-31'),
        ('quarter', '2024-Q1', DATE '2024-01-01', DATE '2024-03-31'),
        ('quarter', '2024-Q2', DATE '2024-04-01', DATE '2024-06-30'),
        ('quarter', '2024-Q3', DATE '2024-07-01', DATE '2024-09-30'),
        ('quarter', '2024-Q4', DATE '2024-10-01', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        CAST(d.crisistype AS VARCHAR) AS dim_1,
        1 AS msd_value,
        CASE WHEN msd_working_days_between(d.aanmelddatum, d.datum_eerste_gesprek) <= 3 THEN 1 ELSE 0 END AS msd_within
    FROM ds_schuldhulp_traject d
    JOIN periods p ON d.aanmelddatum <= p.msd_end AND (d.einddatum IS NULL OR d.einddatum >= p.msd_start)
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.crisis = true and d.crisistype in ('ONT', 'ENE', 'WAT', 'ZVW') and d.datum_eerste_gesprek between p.msd_start and p.msd_end)
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'crisistype=' || coalesce(dim_1, 'onbekend') ELSE '' END AS breakdown,
    CAST(count(*) AS DECIMAL(18,4)) AS measure, CAST(sum(msd_within) AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY GROUPING SETS ((msd_grain, msd_period, gemeente_code), (msd_grain, msd_period, gemeente_code, dim_1))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'crisistype=' || coalesce(dim_1, 'onbekend') ELSE '' END AS breakdown,
    CAST(count(*) AS DECIMAL(18,4)) AS measure, CAST(sum(msd_within) AS BIGINT) AS within, count(*) AS cases
FROM measured m
JOIN area_groups g ON g.gemeente_code = m.gemeente_code
GROUP BY GROUPING SETS ((msd_grain, msd_period, g.group_code), (msd_grain, msd_period, g.group_code, dim_1))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, wijk_code AS area_code, '' AS breakdown,
    CAST(count(*) AS DECIMAL(18,4)) AS measure, CAST(sum(msd_within) AS BIGINT) AS within, count(*) AS cases
FROM measured
WHERE wijk_code IS NOT NULL
GROUP BY msd_grain, msd_period, wijk_code;
