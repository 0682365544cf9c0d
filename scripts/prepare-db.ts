// Used by `npm run dev`: the same database preparation as `npm start`.
import { databasePath } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { env } from "@/lib/env";

const url = env.DATABASE_URL;
const { seeded } = prepareDatabase(url);
console.log(`Database ready at ${databasePath(url)}${seeded ? " (seeded with demo stories)" : ""}.`);
