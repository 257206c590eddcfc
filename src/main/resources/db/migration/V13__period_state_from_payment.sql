-- A period's state follows from the payment holding it: none (DUE), a pending payment (IN_BATCH) or a paid one
-- (PAID); a failed or cancelled payment lets go of its periods. Settling a batch then writes each payment once instead
-- of every month it pays as well: 2.3 million period rows for a province's first run with arrears.
-- The application wrote the two columns together; a month marked DUE by other means is taken as due.
UPDATE entitlement_period SET payment_id = NULL WHERE status = 'DUE' AND payment_id IS NOT NULL;
ALTER TABLE entitlement_period DROP COLUMN status;

CREATE VIEW entitlement_period_state AS
SELECT ep.entitlement_id, ep.period, ep.amount, ep.payment_id,
  CASE WHEN ep.payment_id IS NULL THEN 'DUE' WHEN p.status = 'PAID' THEN 'PAID' ELSE 'IN_BATCH' END AS status
FROM entitlement_period ep LEFT JOIN payment p ON p.id = ep.payment_id;
