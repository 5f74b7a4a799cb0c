ALTER TABLE `sessions` ADD `user_agent` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `ip` text;--> statement-breakpoint
CREATE INDEX `audit_events_customer_action` ON `audit_events` (`facility_id`,`customer_id`,`action`,`at`,`id`);