/**
 * Most test files start from the migrated database with the demo county loaded, and building
 * that takes ~12 s (migrations, then the demo's regions, round, users). It is built once per
 * version of the code and copied for every test file:
 * - PGlite: the data directory dumped to a tarball under the OS temp folder;
 * - PostgreSQL: a template database, copied with CREATE DATABASE … TEMPLATE.
 * The key hashes the migrations and the server and core sources, so changed code builds a new one.
 * Test files run in parallel processes: each template is built under a temporary name and moved
 * into place in one step (rename), so a half-built one is never used.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/connect.js';
import { DEMO_COUNTY, loadDemo } from '../../src/demo/demo.js';

const serverRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sources = [join(serverRoot, 'drizzle'), join(serverRoot, 'src'), join(serverRoot, '../core/src')];

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

let cachedKey: string | null = null;
function templateKey(today: string): string {
  if (cachedKey) return cachedKey;
  const hash = createHash('sha256').update(today);
  for (const file of sources.flatMap(files)) hash.update(file).update(readFileSync(file));
  cachedKey = hash.digest('hex').slice(0, 16);
  return cachedKey;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}

const tarballPath = (today: string) =>
  join(tmpdir(), 'huanjie-test-templates', `demo-${templateKey(today)}.tar`);

/** The migrated demo county as a PGlite data directory tarball (built first when missing). */
export async function demoTarball(today: string): Promise<Blob> {
  if (!existsSync(tarballPath(today))) await (await pgliteFromDemo(today)).close();
  return new Blob([readFileSync(tarballPath(today))]);
}

/** A fresh in-memory PGlite holding the migrated demo county. */
export async function pgliteFromDemo(today: string): Promise<Database> {
  const path = tarballPath(today);
  const dir = dirname(path);
  if (existsSync(path)) {
    const from = new Blob([readFileSync(path)]);
    return openDatabase({ kind: 'pglite', dataDir: null, from });
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await loadDemo(database.db, today, DEMO_COUNTY);
  const dump = await database.dumpDataDir?.();
  if (dump) {
    mkdirSync(dir, { recursive: true });
    const partial = `${path}.${randomBytes(4).toString('hex')}.part`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
    // tarballs of older code
    for (const name of readdirSync(dir)) {
      if (name.startsWith('demo-') && name.endsWith('.tar') && join(dir, name) !== path)
        rmSync(join(dir, name), { force: true });
    }
  }
  return database;
}

async function ensurePostgresTemplate(today: string): Promise<string> {
  const name = `huanjie_tpl_${templateKey(today)}`;
  const exists = await admin((c) => c.query('select 1 from pg_database where datname = $1', [name]));
  if (exists.rowCount) return name;
  const building = `huanjie_tplbuild_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${building}`));
  const database = await openDatabase({ kind: 'postgres', url: urlOf(building) });
  try {
    await loadDemo(database.db, today, DEMO_COUNTY);
  } finally {
    await database.close();
  }
  await admin(async (c) => {
    try {
      await c.query(`alter database ${building} rename to ${name}`);
    } catch {
      // another test file finished the same template first
      await c.query(`drop database if exists ${building} with (force)`);
    }
    // templates of older code, left by earlier runs on this server
    const old = await c.query(
      // not huanjie_tplbuild_…: another test file may be building one right now
      "select datname from pg_database where datname like 'huanjie\\_tpl\\_%' and datname <> $1",
      [name],
    );
    for (const row of old.rows as { datname: string }[]) {
      await c.query(`drop database if exists ${row.datname} with (force)`).catch(() => {});
    }
  });
  return name;
}

/** A fresh PostgreSQL database holding the migrated demo county, dropped on close. */
export async function postgresFromDemo(today: string): Promise<Database> {
  const template = await ensurePostgresTemplate(today);
  const name = `huanjie_test_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`create database ${name} template ${template}`));
      break;
    } catch (err) {
      // "source database is being accessed by other users": a parallel copy is connecting
      if (attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const database = await openDatabase({ kind: 'postgres', url: urlOf(name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
