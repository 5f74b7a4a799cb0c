DROP INDEX "invoices_customer";--> statement-breakpoint
CREATE INDEX "invoices_customer" ON "invoices" USING btree ("customer_id","facility_id","issued_on");