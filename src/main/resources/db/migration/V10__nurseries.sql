-- 普惠托育 (nursery/, §3.3.2): the nurseries filed with their district health bureau and their inclusive recognition.
-- Each recognition case is an application whose applicant is the nursery's contact person, who signs in to the
-- portal with the contact phone kept here.
CREATE TABLE nursery (
    credit_code          VARCHAR(18)  NOT NULL PRIMARY KEY,
    application_number   VARCHAR(20)  NOT NULL REFERENCES application (application_number),  -- its latest filing
    name                 VARCHAR(100) NOT NULL,
    division_code        VARCHAR(6)   NOT NULL,
    filing_number        VARCHAR(40)  NOT NULL,
    filing_date          DATE         NOT NULL,
    contact_name         VARCHAR(60)  NOT NULL,
    contact_id_number    VARCHAR(18)  NOT NULL,
    contact_phone        VARCHAR(20)  NOT NULL,
    bank_name            VARCHAR(60)  NOT NULL,
    bank_account         VARCHAR(32)  NOT NULL,
    status               VARCHAR(12)  NOT NULL,  -- FILED, RECOGNISED, REFUSED, WITHDRAWN
    recognised_from      DATE,
    recognised_to        DATE,                   -- the last day recognised, once withdrawn
    status_reason        VARCHAR(500)
);
CREATE INDEX nursery_division ON nursery (division_code);
CREATE INDEX nursery_application ON nursery (application_number);
CREATE INDEX nursery_contact ON nursery (contact_id_number);

CREATE OR REPLACE VIEW case_party AS
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
    FROM marriage_birth_partner p
    UNION
    SELECT a.application_number, a.applicant_id_number, TRIM(b.applicant_phone)
    FROM application a JOIN birth_one_thing_claim b ON b.application_number = a.application_number
    UNION
    SELECT a.application_number, a.applicant_id_number, TRIM(n.contact_phone)
    FROM application a JOIN nursery n ON n.application_number = a.application_number;
