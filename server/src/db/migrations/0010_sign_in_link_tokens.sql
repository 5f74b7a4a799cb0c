CREATE TABLE `sign_in_link_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`link_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`code_hash` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`link_id`) REFERENCES `sign_in_links`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sign_in_link_tokens_token_hash_unique` ON `sign_in_link_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sign_in_link_tokens_link` ON `sign_in_link_tokens` (`link_id`);--> statement-breakpoint
-- Links already sent keep working: their one token moves to the new table.
INSERT INTO `sign_in_link_tokens` (`link_id`, `token_hash`, `code_hash`, `created_at`) SELECT `id`, `token_hash`, `code_hash`, `created_at` FROM `sign_in_links` WHERE `token_hash` IS NOT NULL AND `code_hash` IS NOT NULL;--> statement-breakpoint
DROP INDEX `sign_in_links_token_hash_unique`;--> statement-breakpoint
ALTER TABLE `sign_in_links` DROP COLUMN `token_hash`;--> statement-breakpoint
ALTER TABLE `sign_in_links` DROP COLUMN `code_hash`;