/** Opens the configured database for a CLI command (PGlite under HUANJIE_DATA_DIR, or DATABASE_URL). */
import { mkdirSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { type Database, openDatabase, targetFromConfig } from '../db/connect.js';
import { acquireDataLock } from '../db/data-lock.js';

export async function openConfiguredDatabase(): Promise<Database & { describe: string }> {
  const cfg = loadConfig();
  const target = targetFromConfig(cfg);
  let release = () => {};
  if (target.kind === 'pglite') {
    mkdirSync(cfg.dataDir, { recursive: true });
    release = acquireDataLock(cfg.dataDir);
  }
  try {
    const database = await openDatabase(target);
    return {
      ...database,
      describe: target.kind === 'pglite' ? `PGlite（${cfg.dataDir}）` : 'PostgreSQL（DATABASE_URL）',
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
