ALTER TABLE "contacts" ADD COLUMN "adoption_stage" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "first_invited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "adoption_stage" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "first_invited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "portal_accounts" ADD COLUMN "last_active_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "contacts_facility_adoption" ON "contacts" USING btree ("facility_id","can_access_portal","first_invited_at","adoption_stage");--> statement-breakpoint
CREATE INDEX "customers_facility_adoption" ON "customers" USING btree ("facility_id","first_invited_at","adoption_stage","archived_at") WHERE archived_at IS NULL;--> statement-breakpoint
CREATE INDEX "invitations_facility_pending" ON "invitations" USING btree ("facility_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "portal_accounts_facility_active" ON "portal_accounts" USING btree ("facility_id","last_active_at");