-- V4: trend rollups, maintained in the transaction that stores (or reclassifies) statements, so trend
-- queries never scan the statements table. Two grains: calendar months (serve month, quarter and year)
-- and ISO weeks (serve week). Three cubes, so each query reads the smallest one that has its dimensions:
--   F  actor x forum x language   (any combination of filters and groupings; months only)
--   A  actor only                 (forum and language are '*': state, region, bloc and none)
--   G  forum x language only      (actor is '*': forum, language and none, without actor filters)
-- Region and bloc are derived from the actor at query time.
CREATE TABLE trend_rollup (
    cube          char(1)          NOT NULL CHECK (cube IN ('F', 'A', 'G')),
    grain         char(1)          NOT NULL CHECK (grain IN ('M', 'W')),
    period        date             NOT NULL,      -- first day of the month, or the Monday of the ISO week
    actor_code    varchar(16)      NOT NULL,
    forum_code    varchar(16)      NOT NULL,
    language      varchar(2)       NOT NULL,
    stance        varchar(16)      NOT NULL,
    n             bigint           NOT NULL,
    sum_score     double precision NOT NULL,
    sum_score_sq  double precision NOT NULL,
    PRIMARY KEY (cube, grain, period, actor_code, forum_code, language, stance),
    CHECK (cube <> 'F' OR grain = 'M')
);
CREATE INDEX trend_rollup_actor_idx ON trend_rollup (cube, grain, actor_code, period);

-- Bumped with every rollup change: the trend cache and ETags key on it.
CREATE TABLE trend_version (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    version  bigint  NOT NULL
);
INSERT INTO trend_version (version) VALUES (0);
