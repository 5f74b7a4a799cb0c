-- 0005 added the preview columns with ALTER TABLE, whose REFERENCES had no ON DELETE CASCADE, so
-- removing a previewed contact or customer failed on the preview session's foreign key. SQLite
-- cannot alter a foreign key: the table is rebuilt with the keys schema.ts declares. Nothing
-- references sessions, so dropping the old table inside the migration's transaction is safe.
CREATE TABLE `__new_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`facility_id` integer NOT NULL,
	`staff_user_id` integer,
	`portal_account_id` integer,
	`preview_customer_id` integer,
	`preview_contact_id` integer,
	`preview_by_staff_id` integer,
	`expires_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`portal_account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`preview_customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`preview_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`preview_by_staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_sessions` (`id_hash`, `kind`, `facility_id`, `staff_user_id`, `portal_account_id`, `preview_customer_id`, `preview_contact_id`, `preview_by_staff_id`, `expires_at`, `last_seen_at`, `created_at`)
SELECT `id_hash`, `kind`, `facility_id`, `staff_user_id`, `portal_account_id`, `preview_customer_id`, `preview_contact_id`, `preview_by_staff_id`, `expires_at`, `last_seen_at`, `created_at` FROM `sessions`;
--> statement-breakpoint
DROP TABLE `sessions`;
--> statement-breakpoint
ALTER TABLE `__new_sessions` RENAME TO `sessions`;
--> statement-breakpoint
CREATE INDEX `sessions_portal_account` ON `sessions` (`portal_account_id`);
--> statement-breakpoint
CREATE INDEX `sessions_staff_user` ON `sessions` (`staff_user_id`);
