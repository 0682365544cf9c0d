-- Every write that changes what the public site shows records, in the same
-- transaction, a revalidation of the cached pages (server/page-cache/handler.mjs
-- drops a cached page once one of its tags has a row dated after it was
-- rendered and not after now). Triggers rather than calls in the route
-- handlers, so no write path can forget: the desk, tag merges, seeds, scripts
-- and tests all revalidate alike, and a server that did not take the write
-- sees it too.
-- The tag is the one revalidatePath("/", "layout") would record: the root
-- layout's, which every page of the site carries. The whole public site goes
-- stale at once: a story shows up on the feed, its topics, other stories'
-- Related lists, the feeds and the sitemap, and guessing a list of paths could
-- miss one.
-- A story that becomes public in the future (scheduled) gets a second row dated
-- at its publish time, so it appears then with no request from the desk. A row
-- left by a story rescheduled or unpublished since costs one extra render.
-- Drafts are not on the site: writing one records nothing.
CREATE TRIGGER `stories_revalidate_insert` AFTER INSERT ON `stories` WHEN NEW.status <> 'draft' BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at)
		SELECT '_N_T_/layout', NEW.published_at WHERE NEW.published_at > unixepoch('now', 'subsec') * 1000;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_revalidate_update` AFTER UPDATE ON `stories` WHEN OLD.status <> 'draft' OR NEW.status <> 'draft' BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at)
		SELECT '_N_T_/layout', NEW.published_at WHERE NEW.status <> 'draft' AND NEW.published_at > unixepoch('now', 'subsec') * 1000;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_revalidate_delete` AFTER DELETE ON `stories` WHEN OLD.status <> 'draft' BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
END;
--> statement-breakpoint
CREATE TRIGGER `story_tags_revalidate_insert` AFTER INSERT ON `story_tags`
WHEN EXISTS (SELECT 1 FROM `stories` WHERE id = NEW.story_id AND status <> 'draft') BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
END;
--> statement-breakpoint
CREATE TRIGGER `story_tags_revalidate_delete` AFTER DELETE ON `story_tags`
WHEN EXISTS (SELECT 1 FROM `stories` WHERE id = OLD.story_id AND status <> 'draft') BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
END;
--> statement-breakpoint
CREATE TRIGGER `tags_revalidate_insert` AFTER INSERT ON `tags` BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
END;
--> statement-breakpoint
CREATE TRIGGER `tags_revalidate_update` AFTER UPDATE ON `tags` BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
END;
--> statement-breakpoint
CREATE TRIGGER `tags_revalidate_delete` AFTER DELETE ON `tags` BEGIN
	INSERT OR IGNORE INTO `page_cache_invalidations` (tag, at) VALUES ('_N_T_/layout', CAST(unixepoch('now', 'subsec') * 1000 AS INTEGER));
END;
