-- What the SQLite migrations add by hand (0001, 0004, 0008), for PostgreSQL.

-- The Contacts search (docs/decisions/0002-customer-search.md): SQLite keeps an FTS5 trigram table
-- in step with customers by triggers; here one pg_trgm GIN index on the searched columns serves the
-- ILIKE/LIKE terms of pg-customer-search.ts directly, with nothing to keep in step.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "customers_search_trgm" ON "customers" USING gin ("name" gin_trgm_ops, "email" gin_trgm_ops, "phone_digits" gin_trgm_ops);
--> statement-breakpoint
-- Uploaded bytes live in `files`; when the photo, report photo or document that owns them goes
-- (directly or by cascade), the bytes go too.
CREATE FUNCTION "delete_owned_files"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'documents' THEN
    DELETE FROM files WHERE id = OLD.file_id;
  ELSE
    DELETE FROM files WHERE id IN (OLD.file_id, OLD.thumbnail_file_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "car_photos_delete_files" AFTER DELETE ON "car_photos" FOR EACH ROW EXECUTE FUNCTION "delete_owned_files"();
--> statement-breakpoint
CREATE TRIGGER "condition_report_photos_delete_files" AFTER DELETE ON "condition_report_photos" FOR EACH ROW EXECUTE FUNCTION "delete_owned_files"();
--> statement-breakpoint
CREATE TRIGGER "documents_delete_files" AFTER DELETE ON "documents" FOR EACH ROW EXECUTE FUNCTION "delete_owned_files"();
--> statement-breakpoint
-- A facility's logo bytes live in `files`; replacing or removing the logo deletes the old bytes.
CREATE FUNCTION "delete_replaced_logo"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM files WHERE id = OLD.logo_file_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "facilities_delete_replaced_logo" AFTER UPDATE OF "logo_file_id" ON "facilities" FOR EACH ROW
WHEN (OLD.logo_file_id IS NOT NULL AND OLD.logo_file_id IS DISTINCT FROM NEW.logo_file_id)
EXECUTE FUNCTION "delete_replaced_logo"();
