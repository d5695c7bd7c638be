-- KPI plausibility checks (msd check) are stored with the data checks of the same run; their result names the
-- KPI it judges (kpi_id) instead of a dataset (dataset_id is then empty).
ALTER TABLE msd_check_result ADD COLUMN kpi_id VARCHAR;
