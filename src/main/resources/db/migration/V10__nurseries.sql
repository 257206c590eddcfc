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

-- One case per nursery and month (nursery-operating-subsidy): AWAITED from the 1st of the next month, SUBMITTED with
-- its children, then ACCEPTED (the children counted and the amount), REJECTED, or LOST when not reported in time.
CREATE TABLE nursery_report (
    application_number   VARCHAR(20)   NOT NULL PRIMARY KEY REFERENCES application (application_number),
    credit_code          VARCHAR(18)   NOT NULL REFERENCES nursery (credit_code),
    report_month         VARCHAR(7)    NOT NULL,  -- YYYY-MM
    status               VARCHAR(10)   NOT NULL,
    submitted_at         TIMESTAMP,
    counted_children     INTEGER,
    amount               NUMERIC(12,2),
    CONSTRAINT nursery_report_one_per_month UNIQUE (credit_code, report_month)
);
CREATE INDEX nursery_report_month ON nursery_report (report_month);

-- The children of a report as submitted, what the checks found (Finding names, comma-separated) and whether the
-- child counted in the end.
CREATE TABLE nursery_report_child (
    application_number   VARCHAR(20)   NOT NULL REFERENCES nursery_report (application_number),
    line                 INTEGER       NOT NULL,
    child_id_number      VARCHAR(18)   NOT NULL,
    child_name           VARCHAR(60)   NOT NULL,
    enrolled_from        DATE          NOT NULL,
    enrolled_to          DATE          NOT NULL,
    findings             VARCHAR(200),
    counted              BOOLEAN,
    PRIMARY KEY (application_number, line)
);
CREATE INDEX nursery_report_child_id ON nursery_report_child (child_id_number);

-- A child counts once per month in the whole city: the key refuses a second nursery's month, even in a race.
CREATE TABLE nursery_child_month (
    child_id_number      VARCHAR(18)   NOT NULL,
    report_month         VARCHAR(7)    NOT NULL,
    application_number   VARCHAR(20)   NOT NULL REFERENCES nursery_report (application_number),
    PRIMARY KEY (child_id_number, report_month)
);
CREATE INDEX nursery_child_month_report ON nursery_child_month (application_number);

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
    FROM application a JOIN nursery n ON n.application_number = a.application_number
    UNION
    SELECT a.application_number, a.applicant_id_number, TRIM(n.contact_phone)
    FROM application a JOIN nursery_report r ON r.application_number = a.application_number
      JOIN nursery n ON n.credit_code = r.credit_code;
