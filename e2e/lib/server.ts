// Starts the real app (server, embedded database, demo data, built web app) for one test
// file, on a free port with a fresh data directory, and tears it all down afterwards.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { copyDemoData } from './data-template.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webIndex = join(repoRoot, 'packages/web/dist/index.html');
// The first start loads the demo data: over a minute on a busy 2-core machine.
const READY_TIMEOUT_MS = 180_000;
const BUILD_TIMEOUT_MS = 300_000;

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** What the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Builds the web app when dist/ is missing or older than its sources (the same script
 * `npm start` runs). Test files run in parallel, so one takes a directory lock (mkdir is
 * atomic) and builds; the others wait until the lock is gone.
 */
async function ensureWebBuilt(): Promise<void> {
  const lock = join(repoRoot, 'packages/web/.build-lock');
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`等待网页构建超时：${lock} 仍存在`);
      await sleep(500);
    }
  }
  try {
    const res = spawnSync(process.execPath, ['scripts/build-web-if-stale.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
    });
    if (res.status !== 0 || !existsSync(webIndex))
      throw new Error(`网页构建失败：\n${res.stdout}\n${res.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const signal = (sig: NodeJS.Signals) => {
    try {
      // The negative pid reaches the whole group: tsx and anything the server spawned.
      process.kill(-(child.pid as number), sig);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  if (!(await waitForExit(child, 10_000))) {
    signal('SIGKILL');
    await waitForExit(child, 5_000);
  }
}

/** An app someone already started (a dev server, a staging host), named by E2E_BASE_URL. */
function existingServer(baseUrl: string): RunningServer {
  return { baseUrl: baseUrl.replace(/\/$/, ''), dataDir: '', output: () => '', stop: async () => {} };
}

export async function startServer(): Promise<RunningServer> {
  const given = process.env.E2E_BASE_URL;
  if (given) return existingServer(given);
  await ensureWebBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'huanjie-e2e-data-'));
  await copyDemoData(repoRoot, dataDir, port);
  const child = spawn(process.execPath, ['packages/server/bin/huanjie.mjs', 'start'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HUANJIE_DATA_DIR: dataDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    // The tail is what explains a failure; keep it bounded.
    output = (output + chunk.toString('utf8')).slice(-64_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    await killGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`服务器启动后退出（退出码 ${child.exitCode ?? child.signalCode}）：\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`服务器 ${READY_TIMEOUT_MS / 1000} 秒内未就绪（/api/health 未返回 200）：\n${output}`);
    }
    await sleep(250);
  }
  return { baseUrl, dataDir, output: () => output, stop };
}
