// Raw SQL for tests that look under the data-access layer (row counts, query
// plans), on either database backend. `?` placeholders take `params` in order.
import { sql, type SQL } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";

export function rawSql(text: string, params: unknown[] = []): SQL {
  const parts = text.split("?");
  if (parts.length - 1 !== params.length) throw new Error(`rawSql: ${parts.length - 1} placeholders, ${params.length} params`);
  let query = sql.raw(parts[0]!);
  parts.slice(1).forEach((part, i) => {
    query = sql`${query}${params[i]}${sql.raw(part)}`;
  });
  return query;
}

export function sqlAll<T>(db: AppDatabase, text: string, ...params: unknown[]): Promise<T[]> {
  return db.all<T>(rawSql(text, params));
}

export async function sqlGet<T>(db: AppDatabase, text: string, ...params: unknown[]): Promise<T | undefined> {
  return db.get<T>(rawSql(text, params));
}

export async function sqlRun(db: AppDatabase, text: string, ...params: unknown[]): Promise<void> {
  await db.run(rawSql(text, params));
}
