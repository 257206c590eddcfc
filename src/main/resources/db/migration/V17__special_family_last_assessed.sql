-- The day the rules were last applied to the family: its yearly confirmation's (the first day of the month the
-- confirmation applies from). Null until its first confirmation: the grant applied them on the day the application was
-- received. A benefit that a parent's age has made due since is owed from the month it became due (§3.5.1, §3.5.2).
ALTER TABLE special_family_claim ADD COLUMN last_assessed DATE;
