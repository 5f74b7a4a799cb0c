ALTER TABLE `customers` ADD `card_brand` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `card_last4` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `card_expires` text;