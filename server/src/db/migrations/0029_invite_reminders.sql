ALTER TABLE `facilities` ADD `invite_reminders_enabled` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `facilities` ADD `invite_reminder_days` text DEFAULT '3,7' NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `reminder_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `last_reminder_at` integer;--> statement-breakpoint
ALTER TABLE `invitations` ADD `reminders_stopped_at` integer;--> statement-breakpoint
ALTER TABLE `invitations` ADD `reminders_stopped_by_staff_id` integer REFERENCES staff_users(id);