-- V5: cheaper rollup maintenance. Trend queries are served from the in-memory copy of the rollups
-- (org.stancewatch.trend.TrendMirror); the table is its durable source and the fallback while the copy loads.
-- Most rollup writes add to an existing row: leave room on each page so those updates are HOT (no index
-- entries written), and drop the secondary index, which only the fallback path used.
ALTER TABLE trend_rollup SET (fillfactor = 70);
DROP INDEX trend_rollup_actor_idx;
