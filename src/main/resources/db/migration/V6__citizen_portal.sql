-- Citizen portal (citizen/): who may open a case, sign-in codes, material supplied online, and the delivery of the
-- messages a case sends by SMS.

-- Everyone who may open a case in the portal, with the mobile number on record that proves it: the applicant of
-- every case type; each listed parent of a special family, with the family's phone; both partners of a one-stop case,
-- each with their own phone. A citizen signed in with an identity number and a verified phone sees a case only
-- when both match one row.
CREATE VIEW case_party AS
    SELECT a.application_number, a.applicant_id_number AS id_number, TRIM(c.applicant_phone) AS phone
    FROM application a JOIN childcare_subsidy_claim c ON c.application_number = a.application_number
    UNION
    SELECT a.application_number, a.applicant_id_number, TRIM(c.applicant_phone)
    FROM application a JOIN special_family_claim c ON c.application_number = a.application_number
    UNION
    SELECT m.application_number, m.id_number, TRIM(c.applicant_phone)
    FROM special_family_member m JOIN special_family_claim c ON c.application_number = m.application_number
    WHERE m.role = 'PARENT' AND m.id_number IS NOT NULL
    UNION
    SELECT p.application_number, p.id_number, TRIM(p.phone)
    FROM marriage_birth_partner p;
CREATE INDEX special_family_member_id ON special_family_member (id_number);
CREATE INDEX marriage_birth_partner_id ON marriage_birth_partner (id_number);

-- One-time sign-in codes sent by SMS: valid for minutes, used once, dead after a few wrong tries. Only a salted
-- hash of the code is kept.
CREATE TABLE sign_in_code (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    id_number            VARCHAR(18)  NOT NULL,
    phone                VARCHAR(20)  NOT NULL,
    code_hash            VARCHAR(64)  NOT NULL,
    salt                 VARCHAR(32)  NOT NULL,
    issued_at            TIMESTAMP    NOT NULL,
    expires_at           TIMESTAMP    NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    used_at              TIMESTAMP
);
CREATE INDEX sign_in_code_person ON sign_in_code (id_number, phone);
CREATE SEQUENCE sign_in_code_seq START WITH 1 INCREMENT BY 1;

-- Material a citizen supplied online when a bureau asked for it: the description and the files, kept here with
-- their SHA-256 so that the caseworker opens exactly what was sent.
CREATE TABLE material_submission (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    application_number   VARCHAR(20)   NOT NULL REFERENCES application (application_number),
    description          VARCHAR(1000) NOT NULL,
    submitted_at         TIMESTAMP     NOT NULL
);
CREATE INDEX material_submission_application ON material_submission (application_number);
CREATE SEQUENCE material_submission_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE material_file (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    submission_id        BIGINT        NOT NULL REFERENCES material_submission (id),
    file_name            VARCHAR(200)  NOT NULL,
    media_type           VARCHAR(100)  NOT NULL,               -- detected from the content
    size_bytes           BIGINT        NOT NULL,
    sha256               VARCHAR(64)   NOT NULL,
    content              BYTEA         NOT NULL
);
CREATE INDEX material_file_submission ON material_file (submission_id);
CREATE SEQUENCE material_file_seq START WITH 1 INCREMENT BY 1;

-- Each message is sent by SMS once it is committed, retried when the gateway fails, and never holds up the case.
-- Messages recorded before SMS existed are not sent (NONE).
ALTER TABLE notification ADD COLUMN phone VARCHAR(20);
ALTER TABLE notification ADD COLUMN delivery VARCHAR(10) DEFAULT 'NONE' NOT NULL;  -- PENDING, SENT, FAILED, NONE
ALTER TABLE notification ADD COLUMN delivery_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE notification ADD COLUMN delivered_at TIMESTAMP;
CREATE INDEX notification_delivery ON notification (delivery, next_attempt_at);

-- When the bank's result for a payment was recorded: the citizen sees the date a month was paid or failed.
ALTER TABLE payment ADD COLUMN settled_at TIMESTAMP;
