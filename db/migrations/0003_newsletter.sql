CREATE TABLE `digest_sends` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscriber_id` text NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`status` text DEFAULT 'sending' NOT NULL,
	`story_count` integer NOT NULL,
	`claimed_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_sends_subscriber_period_idx` ON `digest_sends` (`subscriber_id`,`period_end`);--> statement-breakpoint
CREATE INDEX `digest_sends_status_idx` ON `digest_sends` (`status`);--> statement-breakpoint
CREATE TABLE `subscribers` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`frequency` text DEFAULT 'weekly' NOT NULL,
	`content` text DEFAULT 'all' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`confirmed_at` integer,
	`confirmation_sent_at` integer,
	`unsubscribed_at` integer,
	`last_digest_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_email_unique` ON `subscribers` (`email`);--> statement-breakpoint
CREATE INDEX `subscribers_due_idx` ON `subscribers` (`status`,`frequency`,`last_digest_at`);