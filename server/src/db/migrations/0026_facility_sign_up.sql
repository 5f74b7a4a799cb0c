CREATE TABLE `facility_sign_up_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sign_up_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`sign_up_id`) REFERENCES `facility_sign_ups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `facility_sign_up_tokens_token_hash_unique` ON `facility_sign_up_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `facility_sign_up_tokens_sign_up` ON `facility_sign_up_tokens` (`sign_up_id`);--> statement-breakpoint
CREATE TABLE `facility_sign_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_name` text NOT NULL,
	`time_zone` text NOT NULL,
	`country` text NOT NULL,
	`admin_name` text NOT NULL,
	`admin_email` text NOT NULL,
	`password_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`consumed_at` integer,
	`voided_at` integer,
	`facility_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `facility_sign_ups_email` ON `facility_sign_ups` (`admin_email`,`id`);--> statement-breakpoint
CREATE INDEX `facility_sign_ups_expiry` ON `facility_sign_ups` (`expires_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_email_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer,
	`kind` text NOT NULL,
	`to_email` text NOT NULL,
	`subject` text,
	`html_body` text,
	`text_body` text,
	`sign_in_link_id` integer,
	`invitation_id` integer,
	`staff_link_id` integer,
	`facility_sign_up_id` integer,
	`status` text DEFAULT 'PENDING' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`provider_message_id` text,
	`last_error_code` integer,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sign_in_link_id`) REFERENCES `sign_in_links`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_link_id`) REFERENCES `staff_links`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`facility_sign_up_id`) REFERENCES `facility_sign_ups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_email_outbox`("id", "facility_id", "kind", "to_email", "subject", "html_body", "text_body", "sign_in_link_id", "invitation_id", "staff_link_id", "facility_sign_up_id", "status", "attempts", "next_attempt_at", "lease_owner", "lease_until", "provider_message_id", "last_error_code", "last_error", "sent_at", "created_at") SELECT "id", "facility_id", "kind", "to_email", "subject", "html_body", "text_body", "sign_in_link_id", "invitation_id", "staff_link_id", NULL, "status", "attempts", "next_attempt_at", "lease_owner", "lease_until", "provider_message_id", "last_error_code", "last_error", "sent_at", "created_at" FROM `email_outbox`;--> statement-breakpoint
DROP TABLE `email_outbox`;--> statement-breakpoint
ALTER TABLE `__new_email_outbox` RENAME TO `email_outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `email_outbox_due` ON `email_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_provider_message` ON `email_outbox` (`provider_message_id`);--> statement-breakpoint
ALTER TABLE `facilities` ADD `getting_started_dismissed_at` integer;