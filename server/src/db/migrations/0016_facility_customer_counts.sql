CREATE TABLE `facility_customer_counts` (
	`facility_id` integer PRIMARY KEY NOT NULL,
	`customers` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE cascade
);
