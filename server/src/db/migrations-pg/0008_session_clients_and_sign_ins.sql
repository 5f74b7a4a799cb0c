ALTER TABLE "sessions" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "ip" text;--> statement-breakpoint
CREATE INDEX "audit_events_customer_action" ON "audit_events" USING btree ("facility_id","customer_id","action","at","id");