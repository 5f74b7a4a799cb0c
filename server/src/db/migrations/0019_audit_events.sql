CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_staff_user_id` integer,
	`actor_portal_account_id` integer,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`customer_id` integer,
	`subject` text,
	`details` text,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_staff_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`actor_portal_account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audit_events_facility` ON `audit_events` (`facility_id`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_events_customer` ON `audit_events` (`facility_id`,`customer_id`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_events_staff` ON `audit_events` (`facility_id`,`actor_staff_user_id`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_events_action` ON `audit_events` (`facility_id`,`action`,`at`,`id`);