-- Rebuilds the trend rollups from the statement table in one pass: the documented bulk path (used by the
-- trends benchmark after a bulk load, and by operators after a manual repair). It produces the same rows as
-- the incremental maintenance in org.stancewatch.trend.TrendRollups (TrendRollupRebuildTest checks this).
TRUNCATE trend_rollup;
INSERT INTO trend_rollup (cube, grain, period, actor_code, forum_code, language, stance, n, sum_score, sum_score_sq)
SELECT c.cube,
       g.grain,
       CASE g.grain WHEN 'M' THEN date_trunc('month', s.statement_date)::date ELSE date_trunc('week', s.statement_date)::date END,
       CASE WHEN c.cube = 'G' THEN '*' ELSE s.actor_code END,
       CASE WHEN c.cube = 'A' THEN '*' ELSE s.forum_code END,
       CASE WHEN c.cube = 'A' THEN '*' ELSE s.language::varchar END,
       s.stance,
       count(*),
       sum(s.score::float8),
       sum(s.score::float8 * s.score::float8)
FROM statement s
CROSS JOIN (VALUES ('F'), ('A'), ('G')) AS c(cube)
CROSS JOIN (VALUES ('M'), ('W')) AS g(grain)
WHERE c.cube <> 'F' OR g.grain = 'M'
GROUP BY 1, 2, 3, 4, 5, 6, 7;
UPDATE trend_version SET version = version + 1;
