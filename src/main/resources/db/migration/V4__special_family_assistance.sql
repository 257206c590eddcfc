-- 计划生育特殊家庭帮扶 and 奖励扶助 (§3.5.1–§3.5.3): what the family declared.
CREATE TABLE special_family_claim (
    application_number   VARCHAR(20)   NOT NULL PRIMARY KEY REFERENCES application (application_number),
    household            VARCHAR(10)   NOT NULL,               -- URBAN, RURAL (户籍性质)
    applicant_phone      VARCHAR(20)   NOT NULL,
    requested_services   VARCHAR(200)  NOT NULL,               -- comma-separated SupportService names, may be empty
    bank_name            VARCHAR(60)   NOT NULL,
    bank_account         VARCHAR(32)   NOT NULL
);

-- The couple and every child ever born to or adopted by them.
CREATE TABLE special_family_member (
    application_number   VARCHAR(20)   NOT NULL REFERENCES special_family_claim (application_number),
    position             INTEGER       NOT NULL,               -- order as declared
    role                 VARCHAR(10)   NOT NULL,               -- PARENT, CHILD
    name                 VARCHAR(60)   NOT NULL,
    id_number            VARCHAR(18),                          -- parents always; a child's where it had one
    sex                  VARCHAR(10)   NOT NULL,
    birth_date           DATE          NOT NULL,
    living               BOOLEAN       NOT NULL,
    disability_grade     INTEGER,                              -- children: grade of the disability certificate
    dependency           VARCHAR(10),                          -- parents: NONE, PARTIAL (半失能), FULL (失能)
    adopted              BOOLEAN       NOT NULL,
    PRIMARY KEY (application_number, position)
);

-- Each support service the family asked for and may have, as its bureau decided it (§3.5.2, §3.5.3).
CREATE TABLE special_family_service (
    application_number   VARCHAR(20)   NOT NULL REFERENCES special_family_claim (application_number),
    service              VARCHAR(40)   NOT NULL,               -- SupportService name
    group_id             VARCHAR(64)   NOT NULL,               -- the bureau that decided
    outcome              VARCHAR(10)   NOT NULL,               -- GRANTED, REFUSED
    note                 VARCHAR(500),
    decided_at           TIMESTAMP     NOT NULL,
    PRIMARY KEY (application_number, service)
);
