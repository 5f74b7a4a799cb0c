-- The person's latest invitation (customers / contacts.latest_invitation_id) is written by the
-- trigger that already updates their row when an invitation is written (0016), in the same UPDATE:
-- one write of the person's row per invite instead of two, and each write of a customer's row
-- writes every index of customers, the trigram GIN among them (docs/decisions/0058). It moves only
-- when an invitation is inserted, and only to a newer one, so writers that insert older ones (a
-- copy, a seed) leave it on the newest.
CREATE OR REPLACE FUNCTION "note_invitation_adoption"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reached integer := CASE WHEN NEW.state = 'ACCEPTED' OR NEW.link_opened_at IS NOT NULL THEN 3
    WHEN NEW.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END;
  inserted boolean := TG_OP = 'INSERT';
BEGIN
  IF NEW.contact_id IS NULL THEN
    UPDATE customers SET adoption_stage = greatest(adoption_stage, reached),
      first_invited_at = least(coalesce(first_invited_at, NEW.created_at), NEW.created_at),
      latest_invitation_id = CASE WHEN inserted THEN greatest(coalesce(latest_invitation_id, 0), NEW.id) ELSE latest_invitation_id END
    WHERE id = NEW.customer_id
      AND (adoption_stage < reached OR first_invited_at IS NULL OR first_invited_at > NEW.created_at
        OR (inserted AND (latest_invitation_id IS NULL OR latest_invitation_id < NEW.id)));
  ELSE
    UPDATE contacts SET adoption_stage = greatest(adoption_stage, reached),
      first_invited_at = least(coalesce(first_invited_at, NEW.created_at), NEW.created_at),
      latest_invitation_id = CASE WHEN inserted THEN greatest(coalesce(latest_invitation_id, 0), NEW.id) ELSE latest_invitation_id END
    WHERE id = NEW.contact_id
      AND (adoption_stage < reached OR first_invited_at IS NULL OR first_invited_at > NEW.created_at
        OR (inserted AND (latest_invitation_id IS NULL OR latest_invitation_id < NEW.id)));
  END IF;
  RETURN NULL;
END;
$$;
