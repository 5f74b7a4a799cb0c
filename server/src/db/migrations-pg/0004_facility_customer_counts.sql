CREATE TABLE "facility_customer_counts" (
	"facility_id" integer NOT NULL,
	"customers" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "facility_customer_counts_facility_id_pk" PRIMARY KEY("facility_id")
);
--> statement-breakpoint
DROP INDEX "customers_facility_sort";--> statement-breakpoint
ALTER TABLE "facility_customer_counts" ADD CONSTRAINT "facility_customer_counts_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customers_facility_sort" ON "customers" USING btree ("facility_id","sort_name","id","email","phone_digits");