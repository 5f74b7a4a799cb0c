CREATE TABLE `car_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`car_id` integer NOT NULL,
	`kind` text NOT NULL,
	`notes` text,
	`happened_at` integer NOT NULL,
	`staff_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`car_id`) REFERENCES `cars`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `car_events_car` ON `car_events` (`car_id`,`happened_at`);--> statement-breakpoint
CREATE TABLE `car_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`car_id` integer NOT NULL,
	`file_id` integer NOT NULL,
	`thumbnail_file_id` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`caption` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`car_id`) REFERENCES `cars`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`thumbnail_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `car_photos_car` ON `car_photos` (`car_id`,`id`);--> statement-breakpoint
CREATE TABLE `condition_report_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`file_id` integer NOT NULL,
	`thumbnail_file_id` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `condition_reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`thumbnail_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `condition_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`car_id` integer NOT NULL,
	`inspected_on` text NOT NULL,
	`inspector` text NOT NULL,
	`odometer` integer,
	`notes` text,
	`damage_marks` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`car_id`) REFERENCES `cars`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `condition_reports_car` ON `condition_reports` (`car_id`,`inspected_on`);--> statement-breakpoint
CREATE TABLE `document_signatures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`contact_id` integer,
	`signer_name` text NOT NULL,
	`typed_name` text NOT NULL,
	`document_sha256` text NOT NULL,
	`ip` text NOT NULL,
	`user_agent` text NOT NULL,
	`signed_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_signatures_document` ON `document_signatures` (`document_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`file_id` integer NOT NULL,
	`shared_with_customer` integer DEFAULT true NOT NULL,
	`requires_signature` integer DEFAULT false NOT NULL,
	`uploaded_by_staff_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_customer` ON `documents` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `estimate_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`estimate_id` integer NOT NULL,
	`description` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`unit_cents` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`accepted` integer,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`estimate_id`) REFERENCES `estimates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `estimates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`car_id` integer,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'DRAFT' NOT NULL,
	`sent_at` integer,
	`responded_at` integer,
	`responded_by_name` text,
	`customer_note` text,
	`invoice_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`car_id`) REFERENCES `cars`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `estimates_customer` ON `estimates` (`customer_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `estimates_facility_number` ON `estimates` (`facility_id`,`number`);--> statement-breakpoint
CREATE TABLE `event_rsvps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`response` text NOT NULL,
	`guests` integer DEFAULT 0 NOT NULL,
	`responded_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_rsvps_event_customer` ON `event_rsvps` (`event_id`,`customer_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`customer_id` integer,
	`car_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer,
	`location` text,
	`notes` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`car_id`) REFERENCES `cars`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `events_customer` ON `events` (`customer_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_facility` ON `events` (`facility_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `invoice_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`description` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`unit_cents` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `invoice_lines_invoice` ON `invoice_lines` (`invoice_id`,`position`);--> statement-breakpoint
CREATE TABLE `message_reads` (
	`customer_id` integer NOT NULL,
	`reader` text NOT NULL,
	`last_read_message_id` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_reads_reader` ON `message_reads` (`customer_id`,`reader`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`staff_user_id` integer,
	`portal_account_id` integer,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`portal_account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `messages_customer` ON `messages` (`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `messages_facility` ON `messages` (`facility_id`,`id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`method` text NOT NULL,
	`reference` text,
	`received_on` text NOT NULL,
	`stripe_checkout_session_id` text,
	`recorded_by_staff_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_stripe_checkout_session_id_unique` ON `payments` (`stripe_checkout_session_id`);--> statement-breakpoint
CREATE INDEX `payments_invoice` ON `payments` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `service_request_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`author_name` text NOT NULL,
	`from_staff` integer NOT NULL,
	`body` text,
	`status` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `service_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `service_request_updates_request` ON `service_request_updates` (`request_id`,`id`);--> statement-breakpoint
CREATE TABLE `service_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`car_id` integer,
	`type` text NOT NULL,
	`notes` text,
	`preferred_date` text,
	`status` text DEFAULT 'NEW' NOT NULL,
	`requested_by_name` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`car_id`) REFERENCES `cars`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `service_requests_facility` ON `service_requests` (`facility_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `service_requests_customer` ON `service_requests` (`customer_id`,`id`);--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `subject` text;--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `html_body` text;--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `text_body` text;--> statement-breakpoint
ALTER TABLE `facilities` ADD `section_vehicles` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `section_billing` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `section_documents` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `section_events` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `section_messages` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `section_estimates` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `section_service_requests` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `onboarding_sign_contracts` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `onboarding_payment_method` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `onboarding_complete_profile` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `logo_file_id` integer;--> statement-breakpoint
ALTER TABLE `facilities` ADD `offline_payment_instructions` text;--> statement-breakpoint
ALTER TABLE `facilities` ADD `stripe_secret_key` text;--> statement-breakpoint
ALTER TABLE `facilities` ADD `stripe_webhook_secret` text;--> statement-breakpoint
ALTER TABLE `facilities` ADD `allow_estimate_line_choice` integer DEFAULT true NOT NULL;