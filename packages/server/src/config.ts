/** Runtime configuration, from the environment only (documented in README.md). */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** embedded PGlite data lives under here unless databaseUrl is set */
  dataDir: string;
  databaseUrl: string | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`环境变量 PORT 无效: ${env.PORT}`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.HUANJIE_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
  };
}
