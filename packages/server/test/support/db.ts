/**
 * Database tests run on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set:
 * each test file loops over `dbModes()`. On PostgreSQL every opened database is a fresh
 * one, created for the test and dropped after.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/connect.js';

export type DbMode = 'pglite' | 'postgres';

export function dbModes(): DbMode[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
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

export async function openTestDatabase(mode: DbMode): Promise<Database> {
  if (mode === 'pglite') return openDatabase({ kind: 'pglite', dataDir: null });
  const name = `huanjie_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
