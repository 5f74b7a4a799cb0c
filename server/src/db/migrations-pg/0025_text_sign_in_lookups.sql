CREATE INDEX "contacts_facility_phone" ON "contacts" USING btree ("facility_id","phone");--> statement-breakpoint
CREATE INDEX "customers_facility_phone" ON "customers" USING btree ("facility_id","phone");--> statement-breakpoint
CREATE INDEX "text_outbox_facility_phone" ON "text_outbox" USING btree ("facility_id","to_phone","id");