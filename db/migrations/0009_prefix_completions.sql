-- The indexed terms of the two search tables, as read-only tables that can be
-- read in order by range. FTS5's porter tokenizer stems a prefix as if it were
-- a whole word ("play*" looks for "plai…" and misses "player"), so
-- db/queries/search.ts reads here the terms that start with what the reader
-- typed and searches those too. fts5vocab stores nothing of its own.
CREATE VIRTUAL TABLE `story_search_terms` USING fts5vocab(`story_search`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `tag_search_terms` USING fts5vocab(`tag_search`, 'row');
