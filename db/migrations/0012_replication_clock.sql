CREATE TABLE `replication_clock` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
