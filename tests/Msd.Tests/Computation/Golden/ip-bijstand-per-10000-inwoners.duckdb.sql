-- teller
WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (
    VALUES
        ('peildatum', '2024-01-31', DATE '2024-01-31', DATE '2024-01-31'),
        ('peildatum', '2024-02-29', DATE '2024-02-29', DATE '2024-02-29'),
        ('peildatum', '2024-03-31', DATE '2024-03-31', DATE '2024-03-31'),
        ('peildatum', '2024-04-30', DATE '2024-04-30', DATE '2024-04-30'),
        ('peildatum', '2024-05-31', DATE '2024-05-31', DATE '2024-05-31'),
        ('peildatum', '2024-06-30', DATE '2024-06-30', DATE '2024-06-30'),
        ('peildatum', '2024-07-31', DATE '2024-07-31', DATE '2024-07-31'),
        ('peildatum', '2024-08-31', DATE '2024-08-31', DATE '2024-08-31'),
        ('peildatum', '2024-09-30', DATE '2024-09-30', DATE '2024-09-30'),
        ('peildatum', '2024-10-31', DATE '2024-10-31', DATE '2024-10-31'),
        ('peildatum', '2024-11-30', DATE '2024-11-30', DATE '2024-11-30'),
        ('peildatum', '2024-12-31', DATE '2024-12-31', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        CAST(d.wijk_code AS VARCHAR) AS dim_1,
        CASE WHEN msd_age_on(d.geboortedatum, p.msd_end) < 18 THEN NULL WHEN msd_age_on(d.geboortedatum, p.msd_end) < 27 THEN '18-26' WHEN msd_age_on(d.geboortedatum, p.msd_end) < 45 THEN '27-44' WHEN msd_age_on(d.geboortedatum, p.msd_end) < 55 THEN '45-54' WHEN msd_age_on(d.geboortedatum, p.msd_end) < 67 THEN '55-66' END AS dim_2,
        CAST(d.huishoudtype AS VARCHAR) AS dim_3,
        d.client_id AS msd_value
    FROM ds_bijstand_uitkering d
    JOIN periods p ON d.begindatum <= p.msd_end AND (d.einddatum IS NULL OR d.einddatum >= p.msd_end)
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.soort_uitkering = 'PW' and msd_age_on(d.geboortedatum, p.msd_end) >= 18)
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'wijk_code=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'leeftijd=' || coalesce(dim_2, 'onbekend') WHEN grouping(dim_3) = 0 THEN 'huishoudtype=' || coalesce(dim_3, 'onbekend') ELSE '' END AS breakdown,
    CAST(count(DISTINCT msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY GROUPING SETS ((msd_grain, msd_period, gemeente_code), (msd_grain, msd_period, gemeente_code, dim_1), (msd_grain, msd_period, gemeente_code, dim_2), (msd_grain, msd_period, gemeente_code, dim_3))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'wijk_code=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'leeftijd=' || coalesce(dim_2, 'onbekend') WHEN grouping(dim_3) = 0 THEN 'huishoudtype=' || coalesce(dim_3, 'onbekend') ELSE '' END AS breakdown,
    CAST(count(DISTINCT msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured m
JOIN area_groups g ON g.gemeente_code = m.gemeente_code
GROUP BY GROUPING SETS ((msd_grain, msd_period, g.group_code), (msd_grain, msd_period, g.group_code, dim_1), (msd_grain, msd_period, g.group_code, dim_2), (msd_grain, msd_period, g.group_code, dim_3))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, wijk_code AS area_code, '' AS breakdown,
    CAST(count(DISTINCT msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
WHERE wijk_code IS NOT NULL
GROUP BY msd_grain, msd_period, wijk_code;

-- noemer
WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (
    VALUES
        ('peildatum', '2024-01-31', DATE '2024-01-31', DATE '2024-01-31'),
        ('peildatum', '2024-02-29', DATE '2024-02-29', DATE '2024-02-29'),
        ('peildatum', '2024-03-31', DATE '2024-03-31', DATE '2024-03-31'),
        ('peildatum', '2024-04-30', DATE '2024-04-30', DATE '2024-04-30'),
        ('peildatum', '2024-05-31', DATE '2024-05-31', DATE '2024-05-31'),
        ('peildatum', '2024-06-30', DATE '2024-06-30', DATE '2024-06-30'),
        ('peildatum', '2024-07-31', DATE '2024-07-31', DATE '2024-07-31'),
        ('peildatum', '2024-08-31', DATE '2024-08-31', DATE '2024-08-31'),
        ('peildatum', '2024-09-30', DATE '2024-09-30', DATE '2024-09-30'),
        ('peildatum', '2024-10-31', DATE '2024-10-31', DATE '2024-10-31'),
        ('peildatum', '2024-11-30', DATE '2024-11-30', DATE '2024-11-30'),
        ('peildatum', '2024-12-31', DATE '2024-12-31', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        CAST(d.wijk_code AS VARCHAR) AS dim_1,
        d.aantal AS msd_value
    FROM ds_bevolking d
    JOIN periods p ON d.peildatum = p.msd_end
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.leeftijd >= 18)
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'wijk_code=' || coalesce(dim_1, 'onbekend') ELSE '' END AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY GROUPING SETS ((msd_grain, msd_period, gemeente_code), (msd_grain, msd_period, gemeente_code, dim_1))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'wijk_code=' || coalesce(dim_1, 'onbekend') ELSE '' END AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured m
JOIN area_groups g ON g.gemeente_code = m.gemeente_code
GROUP BY GROUPING SETS ((msd_grain, msd_period, g.group_code), (msd_grain, msd_period, g.group_code, dim_1))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, wijk_code AS area_code, '' AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
WHERE wijk_code IS NOT NULL
GROUP BY msd_grain, msd_period, wijk_code;
