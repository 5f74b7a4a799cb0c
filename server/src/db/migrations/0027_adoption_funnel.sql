ALTER TABLE `contacts` ADD `adoption_stage` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `first_invited_at` integer;--> statement-breakpoint
CREATE INDEX `contacts_facility_adoption` ON `contacts` (`facility_id`,`can_access_portal`,`first_invited_at`,`adoption_stage`);--> statement-breakpoint
ALTER TABLE `customers` ADD `adoption_stage` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `first_invited_at` integer;--> statement-breakpoint
CREATE INDEX `customers_facility_adoption` ON `customers` (`facility_id`,`first_invited_at`,`adoption_stage`,`archived_at`) WHERE archived_at IS NULL;--> statement-breakpoint
ALTER TABLE `portal_accounts` ADD `last_active_at` integer;--> statement-breakpoint
CREATE INDEX `portal_accounts_facility_active` ON `portal_accounts` (`facility_id`,`last_active_at`);--> statement-breakpoint
CREATE INDEX `invitations_facility_pending` ON `invitations` (`facility_id`,`state`,`created_at`,`id`);