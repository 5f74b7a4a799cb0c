-- The funnel's changes for customers (0024) written once per statement, not once per row: in a bulk
-- invite, the invitations' trigger (0033) moves 500 customers in one UPDATE, and 0024's row trigger
-- then ran its function 500 times, two inserts each — 36–40 ms of the chunk's 120–200 ms insert
-- (auto_explain during the bench). Now the statement's old rows count -1 and its new rows +1, summed
-- per facility, stage, reachability and first invite: a bulk chunk adds two changes instead of
-- 1,000, and a change that moves no count (a new name) adds none. Sums are what the funnel and the
-- fold read, so the counts are those 0024 kept. Contacts keep their row triggers: they are few.
-- A trigger with transition tables cannot name columns (UPDATE OF), so the update trigger runs for
-- every UPDATE of customers; the rows it reads are only that statement's. The triggers keep 0024's names.
DROP TRIGGER "customers_adoption_count_inserted" ON "customers";
--> statement-breakpoint
DROP TRIGGER "customers_adoption_count_updated" ON "customers";
--> statement-breakpoint
DROP TRIGGER "customers_adoption_count_deleted" ON "customers";
--> statement-breakpoint
DROP FUNCTION "note_customer_adoption_count"();
--> statement-breakpoint
CREATE FUNCTION "note_customers_adoption_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    SELECT facility_id, adoption_stage, (email IS NOT NULL OR phone_digits IS NOT NULL)::int, first_invited_at, count(*)
    FROM added WHERE archived_at IS NULL
    GROUP BY 1, 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    SELECT facility_id, adoption_stage, (email IS NOT NULL OR phone_digits IS NOT NULL)::int, first_invited_at, -count(*)
    FROM removed WHERE archived_at IS NULL
    GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    SELECT facility_id, stage, reachable, first_invited_at, sum(people)
    FROM (
      SELECT facility_id, adoption_stage AS stage, (email IS NOT NULL OR phone_digits IS NOT NULL)::int AS reachable,
        first_invited_at, -1 AS people
      FROM removed WHERE archived_at IS NULL
      UNION ALL
      SELECT facility_id, adoption_stage, (email IS NOT NULL OR phone_digits IS NOT NULL)::int, first_invited_at, 1
      FROM added WHERE archived_at IS NULL
      UNION ALL
      -- Archiving or restoring a customer takes their contacts out of the counts or back in.
      SELECT ct.facility_id, ct.adoption_stage, (ct.email IS NOT NULL OR ct.phone IS NOT NULL)::int, ct.first_invited_at,
        CASE WHEN n.archived_at IS NULL THEN 1 ELSE -1 END
      FROM removed o JOIN added n ON n.id = o.id
      JOIN contacts ct ON ct.customer_id = n.id AND ct.can_access_portal
      WHERE (o.archived_at IS NULL) IS DISTINCT FROM (n.archived_at IS NULL)
    ) moved
    GROUP BY facility_id, stage, reachable, first_invited_at
    HAVING sum(people) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "customers_adoption_count_inserted" AFTER INSERT ON "customers"
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "note_customers_adoption_counts"();
--> statement-breakpoint
CREATE TRIGGER "customers_adoption_count_updated" AFTER UPDATE ON "customers"
REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "note_customers_adoption_counts"();
--> statement-breakpoint
CREATE TRIGGER "customers_adoption_count_deleted" AFTER DELETE ON "customers"
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "note_customers_adoption_counts"();
