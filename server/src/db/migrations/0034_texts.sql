CREATE TABLE `sms_opt_outs` (
	`phone` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`opted_out_at` integer,
	`opted_in_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `text_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`kind` text NOT NULL,
	`to_phone` text NOT NULL,
	`body` text,
	`sign_in_link_id` integer,
	`invitation_id` integer,
	`status` text DEFAULT 'PENDING' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`provider_message_id` text,
	`delivery_status` text DEFAULT 'QUEUED' NOT NULL,
	`delivery_detail` text,
	`delivery_updated_at` integer,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sign_in_link_id`) REFERENCES `sign_in_links`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `text_outbox_due` ON `text_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `text_outbox_provider_message` ON `text_outbox` (`provider_message_id`);--> statement-breakpoint
CREATE INDEX `text_outbox_invitation` ON `text_outbox` (`invitation_id`);--> statement-breakpoint
ALTER TABLE `contacts` ADD `channel` text DEFAULT 'EMAIL' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `sms_consent_phone` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `sms_consent_at` integer;--> statement-breakpoint
ALTER TABLE `contacts` ADD `sms_consent_source` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `channel` text DEFAULT 'EMAIL' NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `sms_consent_phone` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `sms_consent_at` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `sms_consent_source` text;--> statement-breakpoint
ALTER TABLE `dev_mailbox` ADD `channel` text DEFAULT 'EMAIL' NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `phone` text;