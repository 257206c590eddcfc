-- Disbursement (payments/): batches of what is due and the payments in them; the bank file is made from
-- the payments whenever finance downloads it.

-- A period of an entitlement is DUE until a batch takes it (IN_BATCH), then PAID, or DUE again if the bank
-- refused the payment. The conditional update on this status is what keeps a month from being paid twice.
CREATE TABLE disbursement_batch (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    scheme               VARCHAR(40)   NOT NULL,
    period               VARCHAR(7)    NOT NULL,               -- pays every due period up to this month (YYYY-MM)
    status               VARCHAR(12)   NOT NULL,               -- COLLECTED, APPROVED, REJECTED, EXPORTED, CONFIRMED
    collected_at         TIMESTAMP     NOT NULL,
    decided_by           VARCHAR(64),
    decided_at           TIMESTAMP
);
CREATE SEQUENCE disbursement_batch_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE payment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    batch_id             BIGINT        NOT NULL REFERENCES disbursement_batch (id),
    entitlement_id       BIGINT        NOT NULL REFERENCES entitlement (id),
    amount               NUMERIC(12,2) NOT NULL,
    first_period         VARCHAR(7)    NOT NULL,
    last_period          VARCHAR(7)    NOT NULL,
    status               VARCHAR(10)   NOT NULL,               -- PENDING, PAID, FAILED
    failure_reason       VARCHAR(200)
);
CREATE SEQUENCE payment_seq START WITH 1 INCREMENT BY 1;

ALTER TABLE entitlement_period ADD COLUMN payment_id BIGINT REFERENCES payment (id);
