-- customers.adoption_stage / first_invited_at and the same on contacts (0015) say how far each person
-- got into the portal: 1 invited, 2 delivered, 3 opened the link, 4 signed in. Triggers keep them,
-- so every writer (invites, webhooks, link pages, sign-ins, imports, a copy) counts alike and the
-- adoption page reads an index instead of folding every invitation (docs/decisions/0035-adoption-funnel.md).
-- A stage only rises; first_invited_at only moves earlier. The WHERE clauses skip rows already there,
-- so a delivery webhook repeated or a second invite does not rewrite the person's row.
CREATE FUNCTION "note_invitation_adoption"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reached integer := CASE WHEN NEW.state = 'ACCEPTED' OR NEW.link_opened_at IS NOT NULL THEN 3
    WHEN NEW.delivery_state = 'DELIVERED' THEN 2 ELSE 1 END;
BEGIN
  IF NEW.contact_id IS NULL THEN
    UPDATE customers SET adoption_stage = greatest(adoption_stage, reached),
      first_invited_at = least(coalesce(first_invited_at, NEW.created_at), NEW.created_at)
    WHERE id = NEW.customer_id
      AND (adoption_stage < reached OR first_invited_at IS NULL OR first_invited_at > NEW.created_at);
  ELSE
    UPDATE contacts SET adoption_stage = greatest(adoption_stage, reached),
      first_invited_at = least(coalesce(first_invited_at, NEW.created_at), NEW.created_at)
    WHERE id = NEW.contact_id
      AND (adoption_stage < reached OR first_invited_at IS NULL OR first_invited_at > NEW.created_at);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "invitations_adoption" AFTER INSERT OR UPDATE OF state, delivery_state, link_opened_at, created_at
ON "invitations" FOR EACH ROW EXECUTE FUNCTION "note_invitation_adoption"();
--> statement-breakpoint
CREATE FUNCTION "note_portal_account_adoption"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.person_key = 0 THEN
    UPDATE customers SET adoption_stage = 4 WHERE id = NEW.customer_id AND adoption_stage < 4;
  ELSE
    UPDATE contacts SET adoption_stage = 4 WHERE id = NEW.person_key AND adoption_stage < 4;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "portal_accounts_adoption" AFTER INSERT ON "portal_accounts"
FOR EACH ROW EXECUTE FUNCTION "note_portal_account_adoption"();
--> statement-breakpoint
-- A sign-in counts as activity before the row is written: no second update of the account.
CREATE FUNCTION "note_portal_account_sign_in"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.last_sign_in_at IS NOT NULL AND (NEW.last_active_at IS NULL OR NEW.last_active_at < NEW.last_sign_in_at) THEN
    NEW.last_active_at := NEW.last_sign_in_at;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "portal_accounts_active_on_sign_in" BEFORE INSERT OR UPDATE OF last_sign_in_at ON "portal_accounts"
FOR EACH ROW EXECUTE FUNCTION "note_portal_account_sign_in"();
--> statement-breakpoint
CREATE FUNCTION "note_session_activity"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE portal_accounts SET last_active_at = NEW.last_seen_at
  WHERE id = NEW.portal_account_id AND (last_active_at IS NULL OR last_active_at < NEW.last_seen_at);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_adoption_activity" AFTER INSERT OR UPDATE OF last_seen_at ON "sessions"
FOR EACH ROW WHEN (NEW.portal_account_id IS NOT NULL) EXECUTE FUNCTION "note_session_activity"();
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
UPDATE portal_accounts SET last_active_at = greatest(last_sign_in_at, (SELECT max(s.last_seen_at) FROM sessions s WHERE s.portal_account_id = portal_accounts.id));
