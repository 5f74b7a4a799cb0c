ALTER TABLE `sessions` ADD `preview_customer_id` integer REFERENCES customers(id);--> statement-breakpoint
ALTER TABLE `sessions` ADD `preview_contact_id` integer REFERENCES contacts(id);--> statement-breakpoint
ALTER TABLE `sessions` ADD `preview_by_staff_id` integer REFERENCES staff_users(id);