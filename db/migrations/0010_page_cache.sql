CREATE TABLE `page_cache_invalidations` (
	`tag` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`tag`, `at`)
);
--> statement-breakpoint
CREATE INDEX `page_cache_invalidations_at_idx` ON `page_cache_invalidations` (`at`);