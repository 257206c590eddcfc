-- 婚育一站式 (§3.2.3, §3.1.2, §3.1.3): the couple, the services they chose, and the birth registrations issued.
CREATE TABLE marriage_birth_claim (
    application_number          VARCHAR(20)  NOT NULL PRIMARY KEY REFERENCES application (application_number),
    already_married             BOOLEAN      NOT NULL,
    marriage_certificate_number VARCHAR(40),
    services                    VARCHAR(200) NOT NULL,    -- comma-separated: HEALTH_EDUCATION, PREMARITAL_CHECK, …
    planned_child_order         INTEGER,
    cross_province              BOOLEAN      NOT NULL,    -- a partner registered outside Heilongjiang (跨省通办)
    service_division            VARCHAR(6)   NOT NULL     -- a partner's Harbin division: its health bureau serves
);

CREATE TABLE marriage_birth_partner (
    application_number   VARCHAR(20)  NOT NULL REFERENCES marriage_birth_claim (application_number),
    position             INTEGER      NOT NULL,
    name                 VARCHAR(60)  NOT NULL,
    id_number            VARCHAR(18)  NOT NULL,
    phone                VARCHAR(20)  NOT NULL,
    division_code        VARCHAR(6),                      -- household registration in Harbin …
    province             VARCHAR(20),                     -- … or the province elsewhere
    PRIMARY KEY (application_number, position)
);

-- 生育登记 (§3.1.2): the population registry's birth-order check recognises a child of a registered couple.
CREATE TABLE birth_registration (
    registration_number  VARCHAR(20)  NOT NULL PRIMARY KEY,  -- SY-2026-000123
    application_number   VARCHAR(20)  NOT NULL REFERENCES application (application_number),
    mother_id_number     VARCHAR(18)  NOT NULL,
    father_id_number     VARCHAR(18)  NOT NULL,
    planned_child_order  INTEGER      NOT NULL,
    division_code        VARCHAR(6)   NOT NULL,
    cross_province       BOOLEAN      NOT NULL,
    issued_at            TIMESTAMP    NOT NULL
);
CREATE INDEX birth_registration_parents ON birth_registration (mother_id_number, father_id_number);
CREATE SEQUENCE birth_registration_seq START WITH 1 INCREMENT BY 1;
