-- V1: the core schema. Reference data is seeded by V2; later capabilities add their own migrations.

-- Reference data --------------------------------------------------------------------------------
CREATE TABLE regional_group (
    code varchar(20) PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE member_state (
    code           char(3) PRIMARY KEY,              -- ISO 3166-1 alpha-3
    alpha2         char(2) NOT NULL UNIQUE,
    name           text    NOT NULL,
    regional_group varchar(20) REFERENCES regional_group (code),
    status         varchar(10) NOT NULL CHECK (status IN ('MEMBER', 'OBSERVER')),
    CHECK (status = 'OBSERVER' OR regional_group IS NOT NULL)
);

CREATE TABLE bloc (
    code        varchar(16) PRIMARY KEY,
    name        text NOT NULL,
    description text
);

CREATE TABLE bloc_member (
    bloc_code  varchar(16) NOT NULL REFERENCES bloc (code),
    state_code char(3)     NOT NULL REFERENCES member_state (code),
    PRIMARY KEY (bloc_code, state_code)
);
CREATE INDEX bloc_member_state_idx ON bloc_member (state_code);

CREATE TABLE forum (
    code varchar(16) PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO forum (code, name) VALUES
    ('UNGA', 'United Nations General Assembly'),
    ('ECOSOC', 'UN Economic and Social Council'),
    ('CSTD', 'UN Commission on Science and Technology for Development'),
    ('WSIS', 'World Summit on the Information Society and its review'),
    ('IGF', 'Internet Governance Forum'),
    ('GDC', 'Global Digital Compact'),
    ('ITU-PP', 'ITU Plenipotentiary Conference'),
    ('ITU-COUNCIL', 'ITU Council and its working groups'),
    ('WCIT', 'World Conference on International Telecommunications'),
    ('OEWG', 'UN Open-ended Working Group on ICT security'),
    ('AHC', 'UN Ad Hoc Committee on cybercrime'),
    ('NETMUNDIAL', 'NETmundial and NETmundial+10'),
    ('WIC', 'World Internet Conference'),
    ('OTHER', 'Any other forum (the raw forum value is kept)');

-- Statements ------------------------------------------------------------------------------------
-- Ordering key for ties on the statement date; a sequence (not IDENTITY) so batches insert with JDBC batching.
CREATE SEQUENCE statement_seq CACHE 1000;

CREATE TABLE statement (
    id                  varchar(200) PRIMARY KEY,           -- the producer's id: ingestion is idempotent on it
    seq                 bigint      NOT NULL DEFAULT nextval('statement_seq') UNIQUE,
    state_code          varchar(16) NOT NULL,               -- as sent: a state's alpha-3 or a bloc code
    actor_code          varchar(16) NOT NULL,               -- who the statement counts for (the bloc when on behalf of one)
    on_behalf_of        varchar(16),
    forum_code          varchar(16) NOT NULL REFERENCES forum (code),
    forum_raw           text,                               -- the value sent when it is not a known code
    statement_date      date        NOT NULL,
    date_precision      varchar(5)  NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    language            char(2)     NOT NULL CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    language_detected   boolean     NOT NULL DEFAULT false,
    text                text        NOT NULL,
    source              text,
    speaker             text,
    content_hash        char(64)    NOT NULL,               -- sha-256 of the received content, to tell a replay from a conflict
    received_at         timestamptz NOT NULL DEFAULT now(),
    -- the current classification (earlier versions move to statement_classification when superseded)
    stance                   varchar(16) NOT NULL CHECK (stance IN ('MULTISTAKEHOLDER', 'MULTILATERAL', 'MIXED', 'NO_POSITION')),
    score                    real        NOT NULL,
    confidence               real        NOT NULL,
    multistakeholder_signal  real        NOT NULL,
    multilateral_signal      real        NOT NULL,
    evidence                 json        NOT NULL,   -- the spans that drove the label, as the classifier returned them
    classifier_version       varchar(32) NOT NULL,
    classified_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX statement_actor_date_idx ON statement (actor_code, statement_date, seq);
CREATE INDEX statement_state_date_idx ON statement (state_code, statement_date);
CREATE INDEX statement_date_idx ON statement (statement_date, seq);

-- Superseded classifications: when a statement is reclassified with a new classifier version, its previous
-- classification is archived here, so every result stays queryable by version.
CREATE TABLE statement_classification (
    statement_id              varchar(200) NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    classifier_version        varchar(32)  NOT NULL,
    stance                    varchar(16)  NOT NULL,
    score                     real         NOT NULL,
    confidence                real         NOT NULL,
    multistakeholder_signal   real         NOT NULL,
    multilateral_signal       real         NOT NULL,
    evidence                  json         NOT NULL,
    classified_at             timestamptz  NOT NULL,
    superseded_at             timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (statement_id, classifier_version)
);
