CREATE TABLE `bulk_invite_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`created_by_staff_id` integer NOT NULL,
	`source` text NOT NULL,
	`file_name` text,
	`status` text DEFAULT 'PREVIEW' NOT NULL,
	`total` integer NOT NULL,
	`to_invite` integer NOT NULL,
	`processed` integer DEFAULT 0 NOT NULL,
	`sent` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`lease_until` integer,
	`started_at` integer,
	`finished_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bulk_invite_jobs_status` ON `bulk_invite_jobs` (`status`,`lease_until`);--> statement-breakpoint
CREATE TABLE `bulk_invite_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`line` integer NOT NULL,
	`customer_id` integer,
	`name` text,
	`email` text,
	`plan` text NOT NULL,
	`result` text DEFAULT 'PENDING' NOT NULL,
	`detail` text,
	FOREIGN KEY (`job_id`) REFERENCES `bulk_invite_jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `bulk_invite_rows_job` ON `bulk_invite_rows` (`job_id`,`id`);--> statement-breakpoint
CREATE TABLE `invitation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invitation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`detail` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `invitation_events_invitation` ON `invitation_events` (`invitation_id`,`at`);--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`key` text PRIMARY KEY NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `customers` ADD `pref_invoices` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `pref_estimates` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `pref_scheduling` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `pref_car_updates` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `pref_contracts` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `pref_social_events` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `pref_marketing` integer DEFAULT false NOT NULL;