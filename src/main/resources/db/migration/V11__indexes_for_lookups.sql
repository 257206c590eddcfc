-- Every foreign key and lookup column of our tables has an index. H2 adds one for each foreign key by itself;
-- PostgreSQL does not, and a delete, a join or a lookup on an unindexed column reads the whole table. The indexes
-- of earlier migrations (V7 for payments and entitlements) are not repeated.

-- Foreign keys that had none.
CREATE INDEX live_claim_application ON live_claim (application_number);
CREATE INDEX birth_registration_application ON birth_registration (application_number);

-- What the disbursement collects: one scheme's live entitlements, and what each owes.
CREATE INDEX entitlement_scheme_status ON entitlement (scheme, status);
CREATE INDEX entitlement_beneficiary ON entitlement (beneficiary_id_number);
CREATE INDEX entitlement_period_status ON entitlement_period (status, period);

-- Cases by type and applicant (demo set-up, the dashboard's filters).
CREATE INDEX application_type_applicant ON application (case_type, applicant_id_number);

-- The children of the birth bundle.
CREATE INDEX birth_one_thing_claim_child ON birth_one_thing_claim (child_id_number);
