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
