-- Facts about the workspace this database belongs to (its name), written whenever a command opens it.
CREATE TABLE msd_workspace (
    setting VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- The dataset tables (ds_<dataset id>) created from the catalogue, with the column list they were last synced to.
CREATE TABLE msd_dataset_table (
    dataset_id VARCHAR PRIMARY KEY,
    table_name VARCHAR NOT NULL,
    columns VARCHAR NOT NULL,
    synced_at TIMESTAMP NOT NULL
);
