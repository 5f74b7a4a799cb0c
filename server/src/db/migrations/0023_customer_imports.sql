CREATE TABLE `customer_import_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`created_by_staff_id` integer NOT NULL,
	`file_name` text,
	`status` text DEFAULT 'PREVIEW' NOT NULL,
	`total` integer NOT NULL,
	`new_customers` integer DEFAULT 0 NOT NULL,
	`new_cars` integer DEFAULT 0 NOT NULL,
	`duplicates` integer DEFAULT 0 NOT NULL,
	`errors` integer DEFAULT 0 NOT NULL,
	`processed` integer DEFAULT 0 NOT NULL,
	`customers_created` integer DEFAULT 0 NOT NULL,
	`cars_created` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`lease_until` integer,
	`started_at` integer,
	`finished_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_import_jobs_status` ON `customer_import_jobs` (`status`,`lease_until`);--> statement-breakpoint
CREATE TABLE `customer_import_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`line` integer NOT NULL,
	`plan` text NOT NULL,
	`group_line` integer,
	`matched_customer_id` integer,
	`name` text,
	`email` text,
	`phone` text,
	`address` text,
	`notes` text,
	`car_make` text,
	`car_model` text,
	`car_year` integer,
	`car_plate` text,
	`car_color` text,
	`car_vin` text,
	`detail` text,
	`result` text DEFAULT 'PENDING' NOT NULL,
	`customer_id` integer,
	FOREIGN KEY (`job_id`) REFERENCES `customer_import_jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`matched_customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `customer_import_rows_job` ON `customer_import_rows` (`job_id`,`line`);