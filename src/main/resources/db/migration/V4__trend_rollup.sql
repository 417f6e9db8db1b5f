-- V4: trend rollups, maintained in the transaction that stores (or reclassifies) statements, so trend
-- queries never scan the statements table. Two grains: calendar months (serve month, quarter and year)
-- and ISO weeks (serve week). Region and bloc are derived from the actor at query time.
CREATE TABLE trend_rollup (
    grain         char(1)          NOT NULL CHECK (grain IN ('M', 'W')),
    period        date             NOT NULL,      -- first day of the month, or the Monday of the ISO week
    actor_code    varchar(16)      NOT NULL,
    forum_code    varchar(16)      NOT NULL,
    language      char(2)          NOT NULL,
    stance        varchar(16)      NOT NULL,
    n             bigint           NOT NULL,
    sum_score     double precision NOT NULL,
    sum_score_sq  double precision NOT NULL,
    PRIMARY KEY (grain, period, actor_code, forum_code, language, stance)
);
CREATE INDEX trend_rollup_actor_idx ON trend_rollup (grain, actor_code, period);

-- Bumped with every rollup change: the trend cache and ETags key on it.
CREATE TABLE trend_version (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    version  bigint  NOT NULL
);
INSERT INTO trend_version (version) VALUES (0);
