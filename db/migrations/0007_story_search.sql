-- Full-text search over stories (SQLite FTS5), kept in step by triggers so every
-- write path (the desk, seeds, tag changes and merges, deletes) updates it in
-- the same transaction as the change. Columns, in the bm25 weight order of
-- db/queries/search.ts: title, tldr, takeaways, body (plain text, falling back
-- to the Markdown until db/migrate.ts has derived it), tags.
-- The tags column holds one token per tag, "tag<id>", not its name: renaming a
-- topic then rewrites nothing here (a full row rewrite per story, seconds for a
-- big topic). `tag_search` indexes the names; a query looks its words up there
-- and searches the matching tag tokens.
-- Porter stemming lets "robots" find "robot"; diacritics are folded. Prefixes
-- of 2 and 3 characters are indexed, so "ro*" reads one list instead of merging
-- every word that starts with it (lib/search-query allows no shorter prefix).
CREATE VIRTUAL TABLE `story_search` USING fts5(
	title, tldr, takeaways, body, tags,
	tokenize = 'porter unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `tag_search` USING fts5(
	name,
	tokenize = 'porter unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `tag_search` (rowid, name) SELECT id, name FROM tags;
--> statement-breakpoint
INSERT INTO `story_search` (rowid, title, tldr, takeaways, body, tags)
SELECT s.id, s.title, s.tldr,
	coalesce((SELECT group_concat(value, char(10)) FROM json_each(s.takeaways)), ''),
	CASE WHEN s.body_text <> '' THEN s.body_text ELSE s.body END,
	coalesce((SELECT group_concat('tag' || tag_id, ' ') FROM story_tags WHERE story_id = s.id), '')
FROM stories s;
--> statement-breakpoint
CREATE TRIGGER `stories_search_insert` AFTER INSERT ON `stories` BEGIN
	INSERT INTO `story_search` (rowid, title, tldr, takeaways, body, tags) VALUES (
		new.id, new.title, new.tldr,
		coalesce((SELECT group_concat(value, char(10)) FROM json_each(new.takeaways)), ''),
		CASE WHEN new.body_text <> '' THEN new.body_text ELSE new.body END,
		coalesce((SELECT group_concat('tag' || tag_id, ' ') FROM story_tags WHERE story_id = new.id), '')
	);
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_update` AFTER UPDATE OF title, tldr, takeaways, body, body_text ON `stories` BEGIN
	UPDATE `story_search` SET
		title = new.title,
		tldr = new.tldr,
		takeaways = coalesce((SELECT group_concat(value, char(10)) FROM json_each(new.takeaways)), ''),
		body = CASE WHEN new.body_text <> '' THEN new.body_text ELSE new.body END
	WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_delete` AFTER DELETE ON `stories` BEGIN
	DELETE FROM `story_search` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `story_tags_search_insert` AFTER INSERT ON `story_tags` BEGIN
	UPDATE `story_search` SET tags = coalesce((SELECT group_concat('tag' || tag_id, ' ') FROM story_tags WHERE story_id = new.story_id), '')
	WHERE rowid = new.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `story_tags_search_delete` AFTER DELETE ON `story_tags` BEGIN
	UPDATE `story_search` SET tags = coalesce((SELECT group_concat('tag' || tag_id, ' ') FROM story_tags WHERE story_id = old.story_id), '')
	WHERE rowid = old.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `story_tags_search_update` AFTER UPDATE OF story_id, tag_id ON `story_tags` BEGIN
	UPDATE `story_search` SET tags = coalesce((SELECT group_concat('tag' || tag_id, ' ') FROM story_tags WHERE story_id = story_search.rowid), '')
	WHERE rowid IN (old.story_id, new.story_id);
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_insert` AFTER INSERT ON `tags` BEGIN
	INSERT INTO `tag_search` (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_rename` AFTER UPDATE OF name ON `tags` BEGIN
	UPDATE `tag_search` SET name = new.name WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_delete` AFTER DELETE ON `tags` BEGIN
	DELETE FROM `tag_search` WHERE rowid = old.id;
END;
