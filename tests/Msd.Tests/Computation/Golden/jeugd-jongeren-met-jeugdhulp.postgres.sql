-- teller
WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (
    VALUES
        ('year', '2024', DATE '2024-01-01', DATE '2024-12-31'),
        ('half_year', '2024-H1', DATE '2024-01-01', DATE '2024-06-30'),
        ('half_year', '2024-H2', DATE '2024-07-01', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        CASE WHEN msd_age_on(d.geboortedatum, p.msd_end) < 0 THEN NULL WHEN msd_age_on(d.geboortedatum, p.msd_end) < 4 THEN '0-3' WHEN msd_age_on(d.geboortedatum, p.msd_end) < 12 THEN '4-11' WHEN msd_age_on(d.geboortedatum, p.msd_end) < 18 THEN '12-17' END AS dim_1,
        CAST(d.productcategorie AS VARCHAR) AS dim_2,
        CASE d.productcategorie WHEN '31' THEN 'ZV' WHEN '32' THEN 'ZV' WHEN '33' THEN 'ZV' WHEN '34' THEN 'ZV' WHEN '35' THEN 'MV' WHEN '36' THEN 'MV' WHEN '37' THEN 'MV' WHEN '38' THEN 'MV' WHEN '40' THEN 'ZV' WHEN '41' THEN 'ZV' WHEN '42' THEN 'ZV' WHEN '43' THEN 'MV' WHEN '44' THEN 'MV' WHEN '45' THEN 'ZV' WHEN '46' THEN 'ZV' WHEN '47' THEN 'JR' WHEN '48' THEN 'JB' WHEN '49' THEN 'ZV' WHEN '50' THEN 'ZV' WHEN '51' THEN 'ZV' WHEN '52' THEN 'ZV' WHEN '53' THEN 'ZV' WHEN '54' THEN 'ZV' WHEN '55' THEN 'ZV' END AS dim_3,
        d.client_id AS msd_value
    FROM ds_jeugdhulp_toewijzing d
    JOIN periods p ON d.ingangsdatum <= p.msd_end AND (d.einddatum IS NULL OR d.einddatum >= p.msd_start)
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.productcategorie not in ('47', '48') and msd_age_on(d.geboortedatum, p.msd_end) between 0 and 17)
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'leeftijd=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'productcategorie=' || coalesce(dim_2, 'onbekend') WHEN grouping(dim_3) = 0 THEN 'cbs-hulpvorm=' || coalesce(dim_3, 'onbekend') ELSE '' END AS breakdown,
    CAST(count(DISTINCT msd_value) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY GROUPING SETS ((msd_grain, msd_period, gemeente_code), (msd_grain, msd_period, gemeente_code, dim_1), (msd_grain, msd_period, gemeente_code, dim_2), (msd_grain, msd_period, gemeente_code, dim_3))
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, CASE WHEN grouping(dim_1) = 0 THEN 'leeftijd=' || coalesce(dim_1, 'onbekend') WHEN grouping(dim_2) = 0 THEN 'productcategorie=' || coalesce(dim_2, 'onbekend') WHEN grouping(dim_3) = 0 THEN 'cbs-hulpvorm=' || coalesce(dim_3, 'onbekend') ELSE '' END AS breakdown,
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
        ('year', '2024', DATE '2024-01-01', DATE '2024-12-31'),
        ('half_year', '2024-H1', DATE '2024-01-01', DATE '2024-06-30'),
        ('half_year', '2024-H2', DATE '2024-07-01', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        d.aantal AS msd_value
    FROM ds_bevolking d
    JOIN periods p ON d.peildatum = p.msd_end
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.leeftijd between 0 and 17)
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
