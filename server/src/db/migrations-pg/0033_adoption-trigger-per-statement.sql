-- Inserted invitations update their people's rows once per INSERT statement, not once per row: a
-- row trigger ran one UPDATE of customers per invitation, and each UPDATE's start and end (opening
-- the table's eight indexes, the trigram GIN among them) cost more than its row — 146 ms for a bulk
-- invite's 500 invitations against 36 ms for the same rows in one statement (EXPLAIN ANALYZE).
-- Same outcome as 0016 and 0032 per person: the highest stage any of their new invitations reached,
-- the earliest first invite, the newest invitation as their latest (docs/decisions/0058).
DROP TRIGGER "invitations_adoption" ON "invitations";
--> statement-breakpoint
CREATE FUNCTION "note_invitations_adoption"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers c SET adoption_stage = greatest(c.adoption_stage, a.reached),
    first_invited_at = least(coalesce(c.first_invited_at, a.first_at), a.first_at),
    latest_invitation_id = greatest(coalesce(c.latest_invitation_id, 0), a.newest)
  FROM (
    SELECT customer_id AS id, min(created_at) AS first_at, max(id) AS newest,
      max(CASE WHEN state = 'ACCEPTED' OR link_opened_at IS NOT NULL THEN 3 WHEN delivery_state = 'DELIVERED' THEN 2 ELSE 1 END) AS reached
    FROM added WHERE contact_id IS NULL GROUP BY customer_id
  ) a
  WHERE c.id = a.id
    AND (c.adoption_stage < a.reached OR c.first_invited_at IS NULL OR c.first_invited_at > a.first_at
      OR c.latest_invitation_id IS NULL OR c.latest_invitation_id < a.newest);
  UPDATE contacts k SET adoption_stage = greatest(k.adoption_stage, a.reached),
    first_invited_at = least(coalesce(k.first_invited_at, a.first_at), a.first_at),
    latest_invitation_id = greatest(coalesce(k.latest_invitation_id, 0), a.newest)
  FROM (
    SELECT contact_id AS id, min(created_at) AS first_at, max(id) AS newest,
      max(CASE WHEN state = 'ACCEPTED' OR link_opened_at IS NOT NULL THEN 3 WHEN delivery_state = 'DELIVERED' THEN 2 ELSE 1 END) AS reached
    FROM added WHERE contact_id IS NOT NULL GROUP BY contact_id
  ) a
  WHERE k.id = a.id
    AND (k.adoption_stage < a.reached OR k.first_invited_at IS NULL OR k.first_invited_at > a.first_at
      OR k.latest_invitation_id IS NULL OR k.latest_invitation_id < a.newest);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "invitations_adoption_inserted" AFTER INSERT ON "invitations"
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "note_invitations_adoption"();
--> statement-breakpoint
-- A changed invitation can only raise its person's stage by reaching a higher one (accepted, link
-- opened, delivered) or move their first invite by changing its date: other changes (sent, bounced,
-- a reminder) no longer call the function at all.
CREATE TRIGGER "invitations_adoption_updated" AFTER UPDATE OF state, delivery_state, link_opened_at, created_at ON "invitations"
FOR EACH ROW WHEN (
  (NEW.state = 'ACCEPTED' AND OLD.state IS DISTINCT FROM NEW.state)
  OR (NEW.link_opened_at IS NOT NULL AND OLD.link_opened_at IS NULL)
  OR (NEW.delivery_state = 'DELIVERED' AND OLD.delivery_state IS DISTINCT FROM NEW.delivery_state)
  OR OLD.created_at IS DISTINCT FROM NEW.created_at
) EXECUTE FUNCTION "note_invitation_adoption"();
