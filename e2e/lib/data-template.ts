// Every test file starts the app on a fresh data directory holding the demo, and the demo's
// first start (migrations, regions, the round, three villages' registers through the real
// import) takes 10–30 s on two busy cores. So the first test file to need it starts the app
// once on a template directory, stops it cleanly, and every test file copies that directory.
// The key hashes the server and core sources, the migrations and the date (the demo's
// election days follow today), so a change to any of them builds a new template.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK_TIMEOUT_MS = 300_000;
const READY_TIMEOUT_MS = 180_000;

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

function templateKey(repoRoot: string): string {
  const hash = createHash('sha256').update(new Date().toISOString().slice(0, 10));
  const roots = ['packages/server/src', 'packages/server/drizzle', 'packages/core/src'].map((d) =>
    join(repoRoot, d),
  );
  for (const file of roots.flatMap(files)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Starts the app on `dataDir` until it answers, then stops it with SIGTERM (a clean close). */
async function firstStart(repoRoot: string, dataDir: string, port: number): Promise<void> {
  const child = spawn(process.execPath, ['packages/server/bin/huanjie.mjs', 'start'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HUANJIE_DATA_DIR: dataDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`演示数据模板：服务器退出（${child.exitCode}）：\n${output}`);
      const ok = await fetch(`http://localhost:${port}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`演示数据模板：服务器未就绪：\n${output}`);
      await sleep(250);
    }
  } finally {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      if (!(await exited(child, 30_000))) process.kill(-child.pid, 'SIGKILL');
    }
  }
}

/** Fills `dataDir` with a copy of the demo's first-start data directory. */
export async function copyDemoData(repoRoot: string, dataDir: string, port: number): Promise<void> {
  const root = join(tmpdir(), 'huanjie-e2e-templates');
  mkdirSync(root, { recursive: true });
  const template = join(root, templateKey(repoRoot));
  if (!existsSync(template)) {
    const lock = join(root, 'lock');
    const deadline = Date.now() + LOCK_TIMEOUT_MS;
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`等待演示数据模板超时：${lock} 仍存在`);
        await sleep(500);
      }
    }
    try {
      if (!existsSync(template)) {
        const building = `${template}.building`;
        rmSync(building, { recursive: true, force: true });
        await firstStart(repoRoot, building, port);
        rmSync(join(building, 'huanjie.lock'), { force: true });
        renameSync(building, template);
        for (const name of readdirSync(root)) {
          if (name !== 'lock' && join(root, name) !== template)
            rmSync(join(root, name), { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  cpSync(template, dataDir, { recursive: true });
}
