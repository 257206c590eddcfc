-- The disbursement reads a scheme's live entitlements, and a batch's payments, a thousand at a time in id order
-- (payments/Disbursements). With the id last in the index, each chunk is one short range of it; with the earlier
-- indexes H2 read the whole scheme or batch for every chunk.
DROP INDEX entitlement_scheme_status;
CREATE INDEX entitlement_scheme_status_id ON entitlement (scheme, status, id);
DROP INDEX payment_batch;
CREATE INDEX payment_batch_id ON payment (batch_id, id);

-- Every change of a period's status rewrote this index too, and no query needs it any longer: the collection reads
-- periods by entitlement, the settlement by payment.
DROP INDEX entitlement_period_status;
