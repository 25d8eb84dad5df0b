-- The approvals queue walks verdicts by decision time (V19's ix_verdict_decided) until it has a page of pending
-- ones; most verdicts are approved, so at 1M claims it read ~6,000 to find 300 (60 ms). A partial index holds only
-- the pending verdicts (approved_at is null: a new or changed verdict clears it), and the query asks for them.
-- H2 has no partial indexes and keeps V19's.
create index ix_verdict_pending on verdict (decided_at, claim_id) where approved_at is null;
drop index ix_verdict_decided;
