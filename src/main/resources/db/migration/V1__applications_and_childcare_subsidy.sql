-- The application's own records next to Camunda's tables (README "Data"). Portable SQL: H2 and PostgreSQL.

-- Every case of every type: what the citizen tracks. Process variables hold only what the process routes on.
CREATE TABLE application (
    application_number   VARCHAR(20)  NOT NULL PRIMARY KEY,  -- e.g. YE-2026-000123, the business key
    case_type            VARCHAR(40)  NOT NULL,              -- the process key, e.g. childcare-subsidy
    channel              VARCHAR(10)  NOT NULL,              -- ONLINE (public API) or COUNTER (Tasklist)
    status               VARCHAR(20)  NOT NULL,              -- RECEIVED, GRANTED, REJECTED, WITHDRAWN, CLOSED
    applicant_id_number  VARCHAR(18)  NOT NULL,
    applicant_name       VARCHAR(60)  NOT NULL,
    division_code        VARCHAR(6)   NOT NULL,
    submission_digest    VARCHAR(64)  NOT NULL,              -- SHA-256 of the submitted data: a resubmission is recognised
    received_at          TIMESTAMP    NOT NULL,
    decided_at           TIMESTAMP,
    outcome_reason_zh    VARCHAR(1000),
    outcome_reason_en    VARCHAR(1000)
);
CREATE INDEX application_applicant ON application (applicant_id_number);

CREATE SEQUENCE application_number_seq START WITH 1 INCREMENT BY 1;

-- One live claim per subject (a child for the childcare subsidy) in the whole city: the primary key enforces
-- it even when two requests race. The row goes when the case ends without a grant or the entitlement ends.
CREATE TABLE live_claim (
    claim_key            VARCHAR(80)  NOT NULL PRIMARY KEY,  -- <case type>:<subject identity number>
    application_number   VARCHAR(20)  NOT NULL REFERENCES application (application_number)
);

-- 育儿补贴 (§3.4.2a): what the applicant declared.
CREATE TABLE childcare_subsidy_claim (
    application_number     VARCHAR(20)  NOT NULL PRIMARY KEY REFERENCES application (application_number),
    applicant_phone        VARCHAR(20)  NOT NULL,
    applicant_relationship VARCHAR(20)  NOT NULL,            -- FATHER, MOTHER, GUARDIAN
    child_name             VARCHAR(60)  NOT NULL,
    child_id_number        VARCHAR(18)  NOT NULL,
    child_birth_date       DATE         NOT NULL,
    birth_order            INTEGER      NOT NULL,
    other_parent_name      VARCHAR(60),
    other_parent_id_number VARCHAR(18),
    bank_name              VARCHAR(60)  NOT NULL,
    bank_account           VARCHAR(32)  NOT NULL
);
CREATE INDEX childcare_subsidy_claim_child ON childcare_subsidy_claim (child_id_number);

-- Household registration records (户籍), §3.1.4: our copy, importable from CSV, or replaced by the city's
-- population platform behind the PopulationRegistry interface.
CREATE TABLE population_record (
    id_number             VARCHAR(18)  NOT NULL PRIMARY KEY,
    name                  VARCHAR(60)  NOT NULL,
    division_code         VARCHAR(6)   NOT NULL,
    father_id_number      VARCHAR(18),
    mother_id_number      VARCHAR(18),
    birth_order           INTEGER,
    birth_date            DATE         NOT NULL,
    source                VARCHAR(40)  NOT NULL              -- CSV import, DEMO, BIRTH_REGISTRATION …
);

-- Overdue user tasks, for supervisors.
CREATE TABLE escalation (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    business_key         VARCHAR(40)  NOT NULL,              -- application number, or PAY-<batch> for a disbursement
    task_name            VARCHAR(100) NOT NULL,
    group_id             VARCHAR(64),
    due_at               TIMESTAMP,
    escalated_at         TIMESTAMP    NOT NULL
);
CREATE SEQUENCE escalation_seq START WITH 1 INCREMENT BY 1;

-- Entitlements of every scheme and the months or years they pay for (payments/). A granted claim becomes one
-- entitlement per beneficiary; each period it owes is a row that a disbursement pays exactly once. A fixed schedule
-- (childcare subsidy) has its periods from the grant; an open-ended one (special families) gets each period when a
-- disbursement reaches it.
CREATE TABLE entitlement (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    application_number   VARCHAR(20)   NOT NULL REFERENCES application (application_number),
    scheme               VARCHAR(40)   NOT NULL,               -- e.g. childcare-subsidy
    clause               VARCHAR(40)   NOT NULL,               -- e.g. §3.4.2a
    beneficiary_id_number VARCHAR(18)  NOT NULL,               -- the child, for the childcare subsidy
    payee_name           VARCHAR(60)   NOT NULL,
    bank_name            VARCHAR(60)   NOT NULL,
    bank_account         VARCHAR(32)   NOT NULL,
    division_code        VARCHAR(6)    NOT NULL,
    first_period         VARCHAR(7)    NOT NULL,               -- YYYY-MM
    last_period          VARCHAR(7),                           -- open-ended (until requalification ends it) when null
    frequency            VARCHAR(10)   NOT NULL,               -- MONTHLY, YEARLY (periods YYYY-01)
    amount               NUMERIC(12,2),                        -- open-ended: per period; null awaiting the city's standard
    status               VARCHAR(10)   NOT NULL,               -- LIVE, ENDED, SUSPENDED
    parameters_used      VARCHAR(4000) NOT NULL,               -- every figure it was computed with, with its clause
    granted_at           TIMESTAMP     NOT NULL
);
CREATE SEQUENCE entitlement_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE entitlement_period (
    entitlement_id       BIGINT        NOT NULL REFERENCES entitlement (id),
    period               VARCHAR(7)    NOT NULL,               -- YYYY-MM
    amount               NUMERIC(12,2) NOT NULL,
    status               VARCHAR(10)   NOT NULL,               -- DUE, PAID
    PRIMARY KEY (entitlement_id, period)
);
