-- customers.adoption_stage / first_invited_at and the same on contacts (0027) say how far each person
-- got into the portal: 1 invited, 2 delivered, 3 opened the link, 4 signed in. Triggers keep them,
-- so every writer (invites, webhooks, link pages, sign-ins, imports, a copy) counts alike and the
-- adoption page reads an index instead of folding every invitation (docs/decisions/0035-adoption-funnel.md).
-- A stage only rises; first_invited_at only moves earlier.
CREATE TRIGGER `invitations_adoption_inserted` AFTER INSERT ON `invitations` BEGIN
  UPDATE customers SET
    adoption_stage = max(adoption_stage, CASE WHEN new.state = 'ACCEPTED' OR new.link_opened_at IS NOT NULL THEN 3 WHEN new.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END),
    first_invited_at = min(coalesce(first_invited_at, new.created_at), new.created_at)
  WHERE new.contact_id IS NULL AND id = new.customer_id;
  UPDATE contacts SET
    adoption_stage = max(adoption_stage, CASE WHEN new.state = 'ACCEPTED' OR new.link_opened_at IS NOT NULL THEN 3 WHEN new.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END),
    first_invited_at = min(coalesce(first_invited_at, new.created_at), new.created_at)
  WHERE id = new.contact_id;
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_adoption_updated` AFTER UPDATE OF state, delivery_state, link_opened_at, created_at ON `invitations` BEGIN
  UPDATE customers SET
    adoption_stage = max(adoption_stage, CASE WHEN new.state = 'ACCEPTED' OR new.link_opened_at IS NOT NULL THEN 3 WHEN new.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END),
    first_invited_at = min(coalesce(first_invited_at, new.created_at), new.created_at)
  WHERE new.contact_id IS NULL AND id = new.customer_id;
  UPDATE contacts SET
    adoption_stage = max(adoption_stage, CASE WHEN new.state = 'ACCEPTED' OR new.link_opened_at IS NOT NULL THEN 3 WHEN new.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END),
    first_invited_at = min(coalesce(first_invited_at, new.created_at), new.created_at)
  WHERE id = new.contact_id;
END;
--> statement-breakpoint
CREATE TRIGGER `portal_accounts_adoption_inserted` AFTER INSERT ON `portal_accounts` BEGIN
  UPDATE customers SET adoption_stage = 4 WHERE new.person_key = 0 AND id = new.customer_id;
  UPDATE contacts SET adoption_stage = 4 WHERE new.person_key <> 0 AND id = new.person_key;
  UPDATE portal_accounts SET last_active_at = new.last_sign_in_at
  WHERE id = new.id AND new.last_sign_in_at IS NOT NULL AND (last_active_at IS NULL OR last_active_at < new.last_sign_in_at);
END;
--> statement-breakpoint
CREATE TRIGGER `portal_accounts_adoption_signed_in` AFTER UPDATE OF last_sign_in_at ON `portal_accounts`
WHEN new.last_sign_in_at IS NOT NULL AND (new.last_active_at IS NULL OR new.last_active_at < new.last_sign_in_at) BEGIN
  UPDATE portal_accounts SET last_active_at = new.last_sign_in_at WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_adoption_started` AFTER INSERT ON `sessions` WHEN new.portal_account_id IS NOT NULL BEGIN
  UPDATE portal_accounts SET last_active_at = new.last_seen_at
  WHERE id = new.portal_account_id AND (last_active_at IS NULL OR last_active_at < new.last_seen_at);
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_adoption_seen` AFTER UPDATE OF last_seen_at ON `sessions` WHEN new.portal_account_id IS NOT NULL BEGIN
  UPDATE portal_accounts SET last_active_at = new.last_seen_at
  WHERE id = new.portal_account_id AND (last_active_at IS NULL OR last_active_at < new.last_seen_at);
END;
--> statement-breakpoint
-- What the triggers would have written had they always been there.
UPDATE customers SET
  first_invited_at = (SELECT min(i.created_at) FROM invitations i WHERE i.customer_id = customers.id AND i.contact_id IS NULL),
  adoption_stage = CASE
    WHEN EXISTS (SELECT 1 FROM portal_accounts pa WHERE pa.customer_id = customers.id AND pa.person_key = 0) THEN 4
    ELSE coalesce((SELECT max(CASE WHEN i.state = 'ACCEPTED' OR i.link_opened_at IS NOT NULL THEN 3 WHEN i.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END)
      FROM invitations i WHERE i.customer_id = customers.id AND i.contact_id IS NULL), 0)
  END;
--> statement-breakpoint
UPDATE contacts SET
  first_invited_at = (SELECT min(i.created_at) FROM invitations i WHERE i.contact_id = contacts.id),
  adoption_stage = CASE
    WHEN EXISTS (SELECT 1 FROM portal_accounts pa WHERE pa.customer_id = contacts.customer_id AND pa.person_key = contacts.id) THEN 4
    ELSE coalesce((SELECT max(CASE WHEN i.state = 'ACCEPTED' OR i.link_opened_at IS NOT NULL THEN 3 WHEN i.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END)
      FROM invitations i WHERE i.contact_id = contacts.id), 0)
  END;
--> statement-breakpoint
UPDATE portal_accounts SET last_active_at = nullif(max(
  coalesce(last_sign_in_at, 0),
  coalesce((SELECT max(s.last_seen_at) FROM sessions s WHERE s.portal_account_id = portal_accounts.id), 0)
), 0);
