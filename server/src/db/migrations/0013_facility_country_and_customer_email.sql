ALTER TABLE `facilities` ADD `country` text DEFAULT 'US' NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_facility_email` ON `customers` (`facility_id`,`email`);