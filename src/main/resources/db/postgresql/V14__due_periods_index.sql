-- PostgreSQL only (application-postgres.yaml adds this location; H2 has no partial index): the months each entitlement
-- still owes, and only those. The collection sums and holds them from here instead of reading every month of the
-- schedule. Holding a month writes no entry into this index, as the row no longer matches; a failed payment's months
-- come back into it. Migrations of both databases continue at V15.
CREATE INDEX entitlement_period_due ON entitlement_period (entitlement_id, period) WHERE payment_id IS NULL;
