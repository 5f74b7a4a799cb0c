DROP INDEX `invoices_facility_due`;--> statement-breakpoint
CREATE INDEX `invoices_facility_due` ON `invoices` (`facility_id`,`due_on`,`id`) WHERE status = 'OPEN';