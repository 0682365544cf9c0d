// Used by `npm run dev`: the same database preparation as `npm start`.
import { databasePath } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";

const url = process.env.DATABASE_URL || "file:./data/app.db";
const { seeded } = prepareDatabase(url);
console.log(`Database ready at ${databasePath(url)}${seeded ? " (seeded with demo stories)" : ""}.`);
