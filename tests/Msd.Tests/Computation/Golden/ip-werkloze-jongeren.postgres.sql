-- teller
WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (
    VALUES
        ('year', '2024', DATE '2024-01-01', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        d.waarde / 100.0 AS msd_value
    FROM (SELECT r.* FROM ds_cbs_indicator r WHERE NOT EXISTS (SELECT 1 FROM ds_cbs_indicator n WHERE n.regio_code IS NOT DISTINCT FROM r.regio_code AND n.tabel_id IS NOT DISTINCT FROM r.tabel_id AND n.indicator_code IS NOT DISTINCT FROM r.indicator_code AND n.periode_label IS NOT DISTINCT FROM r.periode_label AND n.opgehaald_op > r.opgehaald_op)) d
    JOIN periods p ON d.periode_begin <= p.msd_end AND (d.periode_eind IS NULL OR d.periode_eind >= p.msd_start)
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.indicator_code = 'werkloze-jongeren-pct' and d.regio_niveau = 'GM' and d.waarde is not null)
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

-- noemer
WITH periods (msd_grain, msd_period, msd_start, msd_end) AS (
    VALUES
        ('year', '2024', DATE '2024-01-01', DATE '2024-12-31')
),
area_groups (group_code, gemeente_code) AS (VALUES ('SWO', '1690'), ('SWO', '0118')),
measured AS (
    SELECT p.msd_grain, p.msd_period, d.gemeente_code, d.wijk_code,
        1 AS msd_value
    FROM (SELECT r.* FROM ds_cbs_indicator r WHERE NOT EXISTS (SELECT 1 FROM ds_cbs_indicator n WHERE n.regio_code IS NOT DISTINCT FROM r.regio_code AND n.tabel_id IS NOT DISTINCT FROM r.tabel_id AND n.indicator_code IS NOT DISTINCT FROM r.indicator_code AND n.periode_label IS NOT DISTINCT FROM r.periode_label AND n.opgehaald_op > r.opgehaald_op)) d
    JOIN periods p ON d.periode_begin <= p.msd_end AND (d.periode_eind IS NULL OR d.periode_eind >= p.msd_start)
    WHERE d.gemeente_code IN ('1690', '0118')
      AND (d.indicator_code = 'werkloze-jongeren-pct' and d.regio_niveau = 'GM' and d.waarde is not null)
)
SELECT msd_grain AS grain, msd_period AS period, 'GM' || gemeente_code AS area_code, '' AS breakdown,
    CAST(count(*) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
GROUP BY msd_grain, msd_period, gemeente_code
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, g.group_code AS area_code, '' AS breakdown,
    CAST(count(*) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured m
JOIN area_groups g ON g.gemeente_code = m.gemeente_code
GROUP BY msd_grain, msd_period, g.group_code
UNION ALL
SELECT msd_grain AS grain, msd_period AS period, wijk_code AS area_code, '' AS breakdown,
    CAST(count(*) AS DECIMAL(18,4)) AS measure, CAST(NULL AS BIGINT) AS within, count(*) AS cases
FROM measured
WHERE wijk_code IS NOT NULL
GROUP BY msd_grain, msd_period, wijk_code;
