CREATE TABLE `care_reminder_digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`person` text NOT NULL,
	`local_day` text NOT NULL,
	`to_email` text NOT NULL,
	`outbox_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_reminder_digests_person_day` ON `care_reminder_digests` (`customer_id`,`person`,`local_day`);--> statement-breakpoint
CREATE TABLE `care_reminders_sent` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`person` text NOT NULL,
	`item_kind` text NOT NULL,
	`item_id` integer NOT NULL,
	`stage` integer NOT NULL,
	`digest_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`digest_id`) REFERENCES `care_reminder_digests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_reminders_sent_item` ON `care_reminders_sent` (`customer_id`,`person`,`item_kind`,`item_id`,`stage`);--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_contracts` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_contracts_after_days` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_invoices_due` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_invoices_due_days` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_invoices_overdue` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_estimates` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_estimates_after_days` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `reminder_events` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_facility_created` ON `documents` (`facility_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `email_outbox_failed_to` ON `email_outbox` (`to_email`,`status`,`last_error_code`) WHERE status = 'FAILED';--> statement-breakpoint
CREATE INDEX `estimates_facility_sent` ON `estimates` (`facility_id`,`status`,`sent_at`,`id`);--> statement-breakpoint
CREATE INDEX `invoices_facility_due` ON `invoices` (`facility_id`,`status`,`due_on`,`id`);