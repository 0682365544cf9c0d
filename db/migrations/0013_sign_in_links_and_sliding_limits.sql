CREATE TABLE `rate_limit_hits` (
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_hits_key_at_idx` ON `rate_limit_hits` (`key`,`at`);--> statement-breakpoint
ALTER TABLE `verification_tokens` ADD `kind` text DEFAULT 'code' NOT NULL;