CREATE TABLE `adoption_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`stage` integer NOT NULL,
	`reachable` integer NOT NULL,
	`first_invited_at` integer,
	`people` integer NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `adoption_changes_facility` ON `adoption_changes` (`facility_id`,`id`);--> statement-breakpoint
CREATE TABLE `adoption_counts` (
	`facility_id` integer NOT NULL,
	`stage` integer NOT NULL,
	`reachable` integer NOT NULL,
	`people` integer NOT NULL,
	PRIMARY KEY(`facility_id`, `stage`, `reachable`),
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `adoption_weeks` (
	`facility_id` integer NOT NULL,
	`week_start` text NOT NULL,
	`stage` integer NOT NULL,
	`people` integer NOT NULL,
	PRIMARY KEY(`facility_id`, `week_start`, `stage`),
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE cascade
);
