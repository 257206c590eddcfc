-- 新生儿出生一件事 (birthonething/): what each scheme of one application after a birth gives the family. The rules
-- write every scheme's first answer (APPLIES, NOT_APPLICABLE, INFORMATION) when the case is received; the bureaus'
-- tasks replace it with theirs; the combined notice lists them all.
CREATE TABLE birth_scheme_result (
    application_number VARCHAR(20)   NOT NULL REFERENCES application (application_number),
    scheme             VARCHAR(40)   NOT NULL,
    clause             VARCHAR(40)   NOT NULL,
    result             VARCHAR(20)   NOT NULL,
    explanation_zh     VARCHAR(1000) NOT NULL,
    explanation_en     VARCHAR(1000) NOT NULL,
    decided_at         TIMESTAMP     NOT NULL,
    PRIMARY KEY (application_number, scheme)
);

-- The application as received: the applicant's phone makes the case theirs in the portal and carries its SMS.
CREATE TABLE birth_one_thing_claim (
    application_number     VARCHAR(20) NOT NULL PRIMARY KEY REFERENCES application (application_number),
    applicant_phone        VARCHAR(20) NOT NULL,
    child_id_number        VARCHAR(18) NOT NULL,
    other_parent_id_number VARCHAR(18)
);

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
    FROM application a JOIN birth_one_thing_claim b ON b.application_number = a.application_number;
