CREATE TABLE `bookmarks` (
	`user_id` text NOT NULL,
	`story_id` integer NOT NULL,
	`saved_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `story_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `bookmarks_user_saved_idx` ON `bookmarks` (`user_id`,`saved_at`,`story_id`);--> statement-breakpoint
CREATE INDEX `bookmarks_story_idx` ON `bookmarks` (`story_id`);--> statement-breakpoint
CREATE TABLE `tag_follows` (
	`user_id` text NOT NULL,
	`tag_id` integer NOT NULL,
	`since` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `tag_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tag_follows_tag_idx` ON `tag_follows` (`tag_id`);