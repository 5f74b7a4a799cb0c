DROP INDEX `customers_facility_sort`;--> statement-breakpoint
CREATE INDEX `customers_facility_sort` ON `customers` (`facility_id`,`sort_name`,`id`,`email`,`phone_digits`);