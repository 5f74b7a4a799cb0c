CREATE INDEX `invitations_facility_newest` ON `invitations` (`facility_id`,`id`);--> statement-breakpoint
CREATE INDEX `invoices_facility_newest` ON `invoices` (`facility_id`,`id`);