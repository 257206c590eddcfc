-- An entitlement whose periods are priced month by month names the dated parameter that prices them (its rate), and
-- keeps the values it was priced with: when the operator adds a value, the next run prices its unpaid periods anew,
-- each by the value in force in its month, so that a new standard reaches families granted before it. The special
-- families' open-ended entitlements are priced so as each period is made; their amount column keeps the latest
-- period's, for lists and the dashboard. A one-off amount (home purchase) or a nursery's accepted month has no rate.
ALTER TABLE entitlement ADD COLUMN rate VARCHAR(80);
ALTER TABLE entitlement ADD COLUMN priced_with VARCHAR(1000);

-- Entitlements granted before: the parameter their amounts were read from. The childcare subsidy by birth order;
-- 特别扶助 by category (失独 when no child lives, else 伤残) and household (SpecialFamilyRules); the others by scheme.
-- Their pricing is unknown (null), so the first run prices their unpaid periods once by the values then in force; but
-- a family's household or category may have changed at its yearly confirmation, which priced only the months after
-- it anew, so the unpaid months of a 特别扶助 entitlement keep their amounts ('as-granted') until a value is added.
UPDATE entitlement SET rate = 'childcare-subsidy/monthlyAmount.birthOrder'
    || (SELECT CAST(c.birth_order AS VARCHAR(2)) FROM childcare_subsidy_claim c
        WHERE c.application_number = entitlement.application_number)
WHERE scheme = 'childcare-subsidy';
UPDATE entitlement SET rate = 'national-childcare-subsidy/monthlyAmount'
WHERE scheme = 'national-childcare-subsidy';
UPDATE entitlement SET rate = 'reward-assistance/yearlyAmount'
WHERE scheme = 'reward-assistance';
UPDATE entitlement SET rate = 'nursing-subsidy/monthlyAmount'
WHERE scheme = 'nursing-subsidy';
UPDATE entitlement SET rate = 'special-assistance/monthlyAmount.'
    || CASE WHEN EXISTS (SELECT 1 FROM special_family_member m WHERE m.application_number = entitlement.application_number
                           AND m.role = 'CHILD' AND m.living) THEN 'disabled' ELSE 'lost' END
    || '.'
    || (SELECT LOWER(c.household) FROM special_family_claim c WHERE c.application_number = entitlement.application_number),
    priced_with = 'as-granted'
WHERE scheme = 'special-assistance';
