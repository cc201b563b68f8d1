/**
 * Opens the database: embedded PGlite (real PostgreSQL in-process, files under the data
 * directory) by default, or a PostgreSQL server when a URL is given. Both run the same
 * migrations and the same code.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { CONNECTION_SETTINGS } from './gin-pending.js';
import * as schema from './schema.js';
import { serializeQueries } from './serial-queries.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction or the database itself: services take either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (tests start from a prepared one). */
  dumpDataDir?(): Promise<Blob>;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export type DatabaseTarget =
  /** `from`: the database starts as a copy of this dumped data directory (on disk: only when the directory is new) */
  { kind: 'pglite'; dataDir: string | null; from?: Blob } | { kind: 'postgres'; url: string };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const options = CONNECTION_SETTINGS.map((s) => `-c ${s}`).join(' ');
    const pool = new pg.Pool({ connectionString: target.url, max: 10, options });
    pool.on('connect', serializeQueries);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(drizzlePg(pool), { migrationsFolder });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  // contrib extensions must be loaded when PGlite starts; the migrations create them.
  // shared_buffers: PGlite touches its whole buffer pool at start, in the process's memory; 32 MB
  // instead of 128 MB takes 100 MB off the server's footprint (and a 100,000-row import's peak,
  // bench/import.bench.ts); imports and the voter list measured as quick (bench/README.md).
  const options: PGliteOptions = {
    extensions: { pg_trgm },
    startParams: [
      ...PGlite.defaultStartParams,
      ...['shared_buffers=32MB', ...CONNECTION_SETTINGS].flatMap((s) => ['-c', s]),
    ],
  };
  let client: PGlite;
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    const path = join(target.dataDir, 'pglite');
    const fresh = target.from && !existsSync(join(path, 'PG_VERSION'));
    client = new PGlite(path, { ...options, ...(fresh && { loadDataDir: target.from }) });
  } else {
    client = new PGlite({ ...options, ...(target.from && { loadDataDir: target.from }) });
  }
  await client.waitReady;
  const raw = drizzlePglite(client, { schema });
  await migratePglite(raw, { migrationsFolder });
  return {
    db: raw as unknown as Db,
    kind: 'pglite',
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

export function targetFromConfig(cfg: { dataDir: string; databaseUrl: string | null }): DatabaseTarget {
  return cfg.databaseUrl
    ? { kind: 'postgres', url: cfg.databaseUrl }
    : { kind: 'pglite', dataDir: cfg.dataDir };
}

/** Rows of a raw SQL query; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Tx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
