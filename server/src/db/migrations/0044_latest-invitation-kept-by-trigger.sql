-- The person's latest invitation (customers / contacts.latest_invitation_id) is written by the
-- trigger that already updates their row when an invitation is written (0028), in the same UPDATE:
-- one write of the person's row per invite instead of two (docs/decisions/0058). It only moves to a
-- newer invitation, so writers that insert older ones (a copy, a seed) leave it on the newest.
DROP TRIGGER `invitations_adoption_inserted`;
--> statement-breakpoint
CREATE TRIGGER `invitations_adoption_inserted` AFTER INSERT ON `invitations` BEGIN
  UPDATE customers SET
    adoption_stage = max(adoption_stage, CASE WHEN new.state = 'ACCEPTED' OR new.link_opened_at IS NOT NULL THEN 3 WHEN new.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END),
    first_invited_at = min(coalesce(first_invited_at, new.created_at), new.created_at),
    latest_invitation_id = max(coalesce(latest_invitation_id, 0), new.id)
  WHERE new.contact_id IS NULL AND id = new.customer_id;
  UPDATE contacts SET
    adoption_stage = max(adoption_stage, CASE WHEN new.state = 'ACCEPTED' OR new.link_opened_at IS NOT NULL THEN 3 WHEN new.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END),
    first_invited_at = min(coalesce(first_invited_at, new.created_at), new.created_at),
    latest_invitation_id = max(coalesce(latest_invitation_id, 0), new.id)
  WHERE id = new.contact_id;
END;
