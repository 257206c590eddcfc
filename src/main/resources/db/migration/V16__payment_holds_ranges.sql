-- A payment holds its months as ranges, runs of consecutive periods of its entitlement (each month, or each January of
-- a yearly one), instead of each month naming its payment: a province's first run with arrears then writes one payment
-- and one range for each entitlement, not 2.3 million period rows. A month is held by the live (pending or paid)
-- payment whose range covers it; a failed or cancelled payment lets go of its ranges. A range never has a gap, so a
-- month added later (a nursery's month accepted late) cannot fall inside one.
CREATE TABLE payment_range (
    payment_id           BIGINT        NOT NULL REFERENCES payment (id),
    entitlement_id       BIGINT        NOT NULL REFERENCES entitlement (id),
    first_period         VARCHAR(7)    NOT NULL,
    last_period          VARCHAR(7)    NOT NULL,
    PRIMARY KEY (payment_id, first_period)
);
CREATE INDEX payment_range_entitlement ON payment_range (entitlement_id, first_period);

-- Every period before it is held by a live payment: the collection reads an entitlement's months from here on only.
-- Null reads them all. A failed payment's months, or a month added below it, lower it again.
ALTER TABLE entitlement ADD COLUMN owed_from VARCHAR(7);

-- The months each live payment holds now, cut where the next month (or January) of the entitlement is not the next it
-- holds. A month still naming a failed or cancelled payment (since V13 the application lets go of those) is due.
UPDATE entitlement_period SET payment_id = NULL
WHERE payment_id IN (SELECT id FROM payment WHERE status NOT IN ('PENDING', 'PAID'));

INSERT INTO payment_range (payment_id, entitlement_id, first_period, last_period)
SELECT payment_id, entitlement_id, MIN(period), MAX(period)
FROM (
  SELECT ep.payment_id, ep.entitlement_id, ep.period,
    CASE WHEN e.frequency = 'YEARLY' THEN CAST(SUBSTRING(ep.period FROM 1 FOR 4) AS INTEGER)
      ELSE CAST(SUBSTRING(ep.period FROM 1 FOR 4) AS INTEGER) * 12 + CAST(SUBSTRING(ep.period FROM 6 FOR 2) AS INTEGER)
    END - ROW_NUMBER() OVER (PARTITION BY ep.payment_id ORDER BY ep.period) AS run
  FROM entitlement_period ep JOIN entitlement e ON e.id = ep.entitlement_id
  WHERE ep.payment_id IS NOT NULL) held
GROUP BY payment_id, entitlement_id, run;

UPDATE entitlement SET owed_from = COALESCE(
  (SELECT MIN(period) FROM entitlement_period WHERE entitlement_id = entitlement.id AND payment_id IS NULL),
  (SELECT MAX(period) FROM entitlement_period WHERE entitlement_id = entitlement.id));

DROP VIEW entitlement_period_state;
-- Dropping the column drops its foreign key and the indexes on it (V7's, and V14's partial index on PostgreSQL).
ALTER TABLE entitlement_period DROP COLUMN payment_id;
DROP INDEX IF EXISTS entitlement_period_payment;
DROP INDEX IF EXISTS entitlement_period_due;

-- A period's state: none (DUE), a pending payment (IN_BATCH) or a paid one (PAID), as V13 defined it; the live payment
-- whose range covers it holds it.
CREATE VIEW entitlement_period_state AS
SELECT ep.entitlement_id, ep.period, ep.amount, h.payment_id,
  CASE WHEN h.payment_id IS NULL THEN 'DUE' WHEN h.status = 'PAID' THEN 'PAID' ELSE 'IN_BATCH' END AS status
FROM entitlement_period ep LEFT JOIN (
    SELECT r.payment_id, r.entitlement_id, r.first_period, r.last_period, p.status
    FROM payment_range r JOIN payment p ON p.id = r.payment_id
    WHERE p.status IN ('PENDING', 'PAID')) h
  ON h.entitlement_id = ep.entitlement_id AND ep.period BETWEEN h.first_period AND h.last_period;
