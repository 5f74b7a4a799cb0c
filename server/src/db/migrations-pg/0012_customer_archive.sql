DROP INDEX "customers_facility_sort";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "customers_facility_archived" ON "customers" USING btree ("facility_id","sort_name","id") WHERE archived_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX "customers_facility_sort" ON "customers" USING btree ("facility_id","sort_name","id","email","phone_digits","archived_at") WHERE archived_at IS NULL;