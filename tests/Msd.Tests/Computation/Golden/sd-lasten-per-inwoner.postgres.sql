-- teller
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
    SELECT p.msd_grain, p.msd_period, d.gemeente_code,
        CAST(d.taakveld AS VARCHAR) AS dim_1,
        CASE d.taakveld WHEN '6.1' THEN 'sociaal-domein' WHEN '6.2' THEN 'sociaal-domein' WHEN '6.3' THEN 'inkomen-participatie' WHEN '6.4' THEN 'inkomen-participatie' WHEN '6.5' THEN 'inkomen-participatie' WHEN '6.6' THEN 'wmo' WHEN '6.71a' THEN 'wmo' WHEN '6.71b' THEN 'wmo' WHEN '6.71c' THEN 'wmo' WHEN '6.71d' THEN 'wmo' WHEN '6.72a' THEN 'jeugd' WHEN '6.72b' THEN 'jeugd' WHEN '6.72c' THEN 'jeugd' WHEN '6.72d' THEN 'jeugd' WHEN '6.73a' THEN 'jeugd' WHEN '6.73b' THEN 'jeugd' WHEN '6.73c' THEN 'jeugd' WHEN '6.74a' THEN 'jeugd' WHEN '6.74b' THEN 'jeugd' WHEN '6.74c' THEN 'jeugd' WHEN '6.81a' THEN 'wmo' WHEN '6.81b' THEN 'wmo' WHEN '6.82a' THEN 'jeugd' WHEN '6.82b' THEN 'jeugd' END AS dim_2,
        d.lasten / 100.0 AS msd_value
    FROM ds_financien_iv3 d
    JOIN periods p ON d.periode_begin <= p.msd_end AND (d.periode_eind IS NULL OR d.periode_eind >= p.msd_start)
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.soort = 'R')
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'taakveld=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'domein=' || coalesce(dim_2, 'onbekend') ELSE '' END AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY GROUPING SETS ((msd_grain, msd_period, gemeente_code), (msd_grain, msd_period, gemeente_code, dim_1), (msd_grain, msd_period, gemeente_code, dim_2))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'taakveld=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'domein=' || coalesce(dim_2, 'onbekend') ELSE '' END AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured m
JOIN area_groups g ON g.gemeente_code = m.gemeente_code
GROUP BY GROUPING SETS ((msd_grain, msd_period, g.group_code), (msd_grain, msd_period, g.group_code, dim_1), (msd_grain, msd_period, g.group_code, dim_2));

-- noemer
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
        d.aantal AS msd_value
    FROM ds_bevolking d
    JOIN periods p ON d.peildatum = p.msd_end
    WHERE d.gemeente_code IN ('1690', '0118')
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, '' AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY msd_grain, msd_period, gemeente_code
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, '' AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured m
JOIN area_groups g ON g.gemeente_code = m.gemeente_code
GROUP BY msd_grain, msd_period, g.group_code
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, wijk_code AS area_code, '' AS breakdown,
    CAST(sum(msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
WHERE wijk_code IS NOT NULL
GROUP BY msd_grain, msd_period, wijk_code;
