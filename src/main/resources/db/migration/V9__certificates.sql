-- Certificates a bureau issues to a family (birthonething/Certificates): today the provident fund centre's
-- certificate of the shorter contribution period (§3.4.2c). What it certifies is kept as issued, with the parents'
-- identity numbers masked, so that GET /api/certificates/{code} confirms a printed copy without reading the case.
CREATE TABLE certificate (
    verification_code      VARCHAR(16)   NOT NULL PRIMARY KEY,
    application_number     VARCHAR(20)   NOT NULL REFERENCES application (application_number),
    scheme                 VARCHAR(40)   NOT NULL,
    clause                 VARCHAR(40)   NOT NULL,
    title_zh               VARCHAR(100)  NOT NULL,
    title_en               VARCHAR(200)  NOT NULL,
    statement_zh           VARCHAR(1000) NOT NULL,
    statement_en           VARCHAR(1000) NOT NULL,
    applicant_name         VARCHAR(60)   NOT NULL,
    applicant_id_masked    VARCHAR(18)   NOT NULL,
    other_parent_name      VARCHAR(60),
    other_parent_id_masked VARCHAR(18),
    child_name             VARCHAR(60)   NOT NULL,
    child_birth_date       DATE          NOT NULL,
    birth_order            INTEGER       NOT NULL,
    issuer_zh              VARCHAR(100)  NOT NULL,
    issuer_en              VARCHAR(200)  NOT NULL,
    issued_at              TIMESTAMP     NOT NULL,
    CONSTRAINT certificate_one_per_scheme UNIQUE (application_number, scheme)
);
