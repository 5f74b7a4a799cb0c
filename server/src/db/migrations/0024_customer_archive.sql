DROP INDEX `customers_facility_sort`;--> statement-breakpoint
ALTER TABLE `customers` ADD `archived_at` integer;--> statement-breakpoint
CREATE INDEX `customers_facility_archived` ON `customers` (`facility_id`,`sort_name`,`id`) WHERE archived_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_facility_sort` ON `customers` (`facility_id`,`sort_name`,`id`,`email`,`phone_digits`,`archived_at`) WHERE archived_at IS NULL;