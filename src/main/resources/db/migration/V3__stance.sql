-- V3: stance tracking. The current stance of each actor (state or bloc), its timeline, and the
-- stance-change events, which double as the transactional outbox (published_at IS NULL = not yet relayed).

CREATE TABLE actor_stance (
    actor_code          varchar(16) PRIMARY KEY,
    stance              varchar(16) NOT NULL CHECK (stance IN ('MULTISTAKEHOLDER', 'MULTILATERAL', 'MIXED', 'UNKNOWN')),
    score               real        NOT NULL DEFAULT 0,
    confidence          real        NOT NULL DEFAULT 0,
    n                   integer     NOT NULL DEFAULT 0,
    last_date           date,                 -- newest statement taken into account (date, seq)
    last_seq            bigint,
    since_date          date,                 -- when the current stance began
    since_statement_id  varchar(200),         -- the statement that tipped it
    version             bigint      NOT NULL DEFAULT 0,   -- optimistic version, bumped on every update
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX actor_stance_stance_idx ON actor_stance (stance);

CREATE TABLE stance_period (
    id             bigserial    PRIMARY KEY,
    actor_code     varchar(16)  NOT NULL,
    from_date      date         NOT NULL,
    to_date        date,                      -- null while current
    stance         varchar(16)  NOT NULL,
    score          real         NOT NULL,
    n              integer      NOT NULL,
    statement_ids  text[]       NOT NULL      -- the statements that supported the stance when it began
);
CREATE INDEX stance_period_actor_idx ON stance_period (actor_code, from_date);

CREATE SEQUENCE stance_change_seq;

CREATE TABLE stance_change (
    seq                   bigint       PRIMARY KEY DEFAULT nextval('stance_change_seq'),
    event_id              uuid         NOT NULL UNIQUE,
    actor_code            varchar(16)  NOT NULL,
    previous_stance       varchar(16)  NOT NULL,
    previous_score        real         NOT NULL,
    previous_n            integer      NOT NULL,
    current_stance        varchar(16)  NOT NULL,
    current_score         real         NOT NULL,
    current_n             integer      NOT NULL,
    current_confidence    real         NOT NULL,
    cause                 varchar(20)  NOT NULL CHECK (cause IN ('NEW_STATEMENT', 'LATE_STATEMENT', 'RECLASSIFICATION')),
    statement_id          varchar(200),
    statement_date        date,
    classifier_version    varchar(32)  NOT NULL,
    occurred_at           timestamptz  NOT NULL DEFAULT now(),
    published_at          timestamptz,
    publish_attempts      integer      NOT NULL DEFAULT 0
);
CREATE INDEX stance_change_unpublished_idx ON stance_change (seq) WHERE published_at IS NULL;
CREATE INDEX stance_change_actor_idx ON stance_change (actor_code, seq);
CREATE INDEX stance_change_occurred_idx ON stance_change (occurred_at);

-- Reclassification jobs: restartable from last_seq, then re-deriving stances actor by actor.
CREATE TABLE reclassification_job (
    id                  bigserial    PRIMARY KEY,
    target_version      varchar(32)  NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    phase               varchar(16)  NOT NULL CHECK (phase IN ('CLASSIFYING', 'RESTANCING', 'FINISHED')),
    total               bigint       NOT NULL DEFAULT 0,
    processed           bigint       NOT NULL DEFAULT 0,
    reclassified        bigint       NOT NULL DEFAULT 0,   -- statements whose label changed
    last_seq            bigint       NOT NULL DEFAULT 0,
    actors_total        integer      NOT NULL DEFAULT 0,
    actors_done         integer      NOT NULL DEFAULT 0,
    stance_changes      integer      NOT NULL DEFAULT 0,
    last_actor          varchar(16),
    error               text,
    started_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    finished_at         timestamptz
);
CREATE UNIQUE INDEX reclassification_job_running_idx ON reclassification_job ((true)) WHERE status = 'RUNNING';
