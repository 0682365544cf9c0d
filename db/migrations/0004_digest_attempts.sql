ALTER TABLE `digest_sends` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `digest_sends` ADD `last_error` text;