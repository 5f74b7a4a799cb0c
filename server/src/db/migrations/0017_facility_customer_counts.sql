CREATE TABLE `facility_customer_counts` (
	`facility_id` integer PRIMARY KEY NOT NULL,
	`customers` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `customers_facility_sort`;--> statement-breakpoint
CREATE INDEX `customers_facility_sort` ON `customers` (`facility_id`,`sort_name`,`id`,`email`,`phone_digits`);