-- teller
WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (
    VALUES
        ('year', '2024', DATE '2024-01-01', DATE '2024-12-31'),
        ('quarter', '2024-Q1', DATE '2024-01-01', DATE '2024-03-31'),
        ('quarter', '2024-Q2', DATE '2024-04-01', DATE '2024-06-30'),
        ('quarter', '2024-Q3', DATE '2024-07-01', DATE '2024-09-30'),
        ('quarter', '2024-Q4', DATE '2024-10-01', DATE '2024-12-31'),
        ('month', '2024-01', DATE '2024-01-01', DATE '2024-01-31'),
        ('month', '2024-02', DATE '2024-02-01', DATE '2024-02-29'),
        ('month', '2024-03', DATE '2024-03-01', DATE '2024-03-31'),
        ('month', '2024-04', DATE '2024-04-01', DATE '2024-04-30'),
        ('month', '2024-05', DATE '2024-05-01', DATE '2024-05-31'),
        ('month', '2024-06', DATE '2024-06-01', DATE '2024-06-30'),
        ('month', '2024-07', DATE '2024-07-01', DATE '2024-07-31'),
        ('month', '2024-08', DATE '2024-08-01', DATE '2024-08-31'),
        ('month', '2024-09', DATE '2024-09-01', DATE '2024-09-30'),
        ('month', '2024-10', DATE '2024-10-01', DATE '2024-10-31'),
        ('month', '2024-11', DATE '2024-11-01', DATE '2024-11-30'),
        ('month', '2024-12', DATE '2024-12-01', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        CAST(d.aanbieder_agb AS VARCHAR) AS dim_1,
        CAST(d.productcategorie AS VARCHAR) AS dim_2,
        msd_days_between(d.toewijzingsdatum, d.begindatum) AS msd_value
    FROM ds_jeugdhulp_levering d
    JOIN periods p ON d.begindatum <= p.msd_end AND (d.einddatum IS NULL OR d.einddatum >= p.msd_start)
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.eerste_start = true and d.begindatum between p.msd_start and p.msd_end and d.begindatum >= d.toewijzingsdatum and d.status_aanlevering = '1')
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'aanbieder_agb=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'productcategorie=' || coalesce(dim_2, 'onbekend') ELSE '' END AS breakdown,
    CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY GROUPING SETS ((msd_grain, msd_period, gemeente_code), (msd_grain, msd_period, gemeente_code, dim_1), (msd_grain, msd_period, gemeente_code, dim_2))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'aanbieder_agb=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'productcategorie=' || coalesce(dim_2, 'onbekend') ELSE '' END AS breakdown,
    CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured m
JOIN area_groups g ON g.gemeente_code = m.gemeente_code
GROUP BY GROUPING SETS ((msd_grain, msd_period, g.group_code), (msd_grain, msd_period, g.group_code, dim_1), (msd_grain, msd_period, g.group_code, dim_2))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, wijk_code AS area_code, '' AS breakdown,
    CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
WHERE wijk_code IS NOT NULL
GROUP BY msd_grain, msd_period, wijk_code;
