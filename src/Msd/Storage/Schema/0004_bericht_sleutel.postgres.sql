-- The index for the duplicate check on PostgreSQL. DuckDB has no variant: it scans the integer column
-- instead, since an ART index there would have to stay in memory.
CREATE INDEX bericht_sleutel ON bericht (sleutel);
