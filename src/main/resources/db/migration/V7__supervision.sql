-- Supervision (supervision/): every user task as the dashboard and the annual report read it, kept by a task
-- listener as tasks are created, claimed and ended. The engine's history has the same facts, but spread over
-- several tables and without durations in a form both databases can aggregate; this table is indexed for the
-- dashboard's questions and its durations are whole seconds, so that percentiles are one SQL aggregate.
CREATE TABLE task_record (
    task_id                     VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_instance_id         VARCHAR(64)   NOT NULL,
    business_key                VARCHAR(40),                 -- application number, or PAY-<batch>
    process_key                 VARCHAR(64)   NOT NULL,
    task_key                    VARCHAR(100)  NOT NULL,
    task_name                   VARCHAR(200),
    group_id                    VARCHAR(64),                 -- the candidate bureau
    division_code               VARCHAR(6),                  -- the case's division, or the district bureau's
    created_at                  TIMESTAMP     NOT NULL,
    due_at                      TIMESTAMP,
    claimed_at                  TIMESTAMP,
    ended_at                    TIMESTAMP,
    outcome                     VARCHAR(10),                 -- COMPLETED, CANCELLED; null while open
    create_to_complete_seconds  BIGINT,
    claim_to_complete_seconds   BIGINT
);
CREATE INDEX task_record_open ON task_record (outcome, group_id);
CREATE INDEX task_record_completed ON task_record (outcome, ended_at);
CREATE INDEX task_record_business_key ON task_record (business_key);

-- How long each case took from receipt to decision, in whole seconds (set when it is decided).
ALTER TABLE application ADD COLUMN handling_seconds BIGINT;
CREATE INDEX application_received ON application (received_at);
CREATE INDEX application_decided ON application (decided_at);
CREATE INDEX escalation_group ON escalation (group_id);
CREATE INDEX payment_batch ON payment (batch_id);
CREATE INDEX payment_entitlement ON payment (entitlement_id);
CREATE INDEX entitlement_application ON entitlement (application_number);
CREATE INDEX entitlement_period_payment ON entitlement_period (payment_id);
CREATE INDEX task_record_created ON task_record (created_at);
