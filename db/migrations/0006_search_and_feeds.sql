CREATE TABLE `feed_tokens` (
	`user_id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_tokens_token_unique` ON `feed_tokens` (`token`);--> statement-breakpoint
ALTER TABLE `stories` ADD `body_text` text DEFAULT '' NOT NULL;