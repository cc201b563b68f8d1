/**
 * 30 clerks entering ballots at once (issue 6): 10 boxes entered twice (set 1 and set 2 by different
 * clerks) and 10 more boxes once, every clerk posting ballots as fast as it can for `--seconds`
 * (default 300), each with its own seq, retrying a failed request with the same seq and ballot, now and
 * then undoing its last ballot; a projector watches the live stream meanwhile. At the end every
 * box's entry set must hold exactly what its clerk had acknowledged (nothing lost, nothing twice) and
 * the projector's ballot count must equal the set-1 ballots. Prints entries/s and p50/p95/p99 latency
 * and, measured in the same run, two baselines and the ratios: GET /api/health with the clerk's
 * session at the same concurrency (HTTP, the framework and the session every request pays), and the
 * database's floor (plain one-row inserts of an entry, one after another, in the server process).
 * Targets: ≥ 500 entries/s, p99 < 100 ms, on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL.
 *
 * Usage: npm run bench:ballot-entry -- [--seconds 20]   (BENCH_TARGETS=pglite|postgres: one only)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ballotKey, type EnteredBallot } from '@huanjie/core';
import type { BenchServerInfo } from './ballot-entry-server.js';
import { serverNodeFlags } from './server-node-flags.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const SECONDS = Number(args[args.indexOf('--seconds') + 1] ?? 0) || 300;
const BASELINE_SECONDS = Math.min(15, Math.max(5, Math.round(SECONDS / 10)));
const CLERK_PASSWORD = 'bench12345';
const load = () => loadavg()[0]!.toFixed(1);

const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });

interface Res {
  status: number;
  body: string;
  cookie?: string | undefined;
}

function call(
  port: number,
  method: string,
  path: string,
  cookie: string | null,
  body?: unknown,
): Promise<Res> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            cookie: res.headers['set-cookie']?.find((c) => c.startsWith('hj_session='))?.split(';')[0],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function login(port: number, username: string, password: string): Promise<string> {
  const res = await call(port, 'POST', '/api/auth/login', null, { username, password });
  if (res.status !== 200 || !res.cookie) throw new Error(`login ${username}: ${res.status} ${res.body}`);
  return res.cookie;
}

/** mulberry32: the same ballots every run */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

interface Clerk {
  username: string;
  cookie: string;
  place: string;
  entrySet: 1 | 2;
  seq: number;
  standing: { seq: number; ballot: EnteredBallot }[];
  latencies: number[];
  retries: number;
}

async function startServer(target: string): Promise<{ child: ChildProcess; info: BenchServerInfo }> {
  // BENCH_PROFILE=dir: a CPU profile of the server process is written there (to find what a ballot costs)
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...serverNodeFlags(), ...profile, '--import', 'tsx', join(here, 'ballot-entry-server.ts'), target],
    {
      cwd: join(here, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  const info = await new Promise<BenchServerInfo>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /^READY (.*)$/m.exec(out);
      if (m) resolve(JSON.parse(m[1]!));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, info };
}

/** A projector: the live stream's ballot count as it arrives. */
function watch(port: number, path: string, cookie: string) {
  const state = { ballots: -1, events: 0 };
  const req = http.get({ host: '127.0.0.1', port, path, headers: { cookie } }, (res) => {
    let buf = '';
    res.on('data', (c: Buffer) => {
      buf += c.toString('utf8');
      let i = buf.indexOf('\n\n');
      while (i >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (line.startsWith('data: ')) {
          const e = JSON.parse(line.slice(6)) as {
            type: string;
            ballots?: number;
            totals?: { ballots: number };
          };
          state.events++;
          if (e.type === 'snapshot') state.ballots = e.totals!.ballots;
          if (e.type === 'delta') state.ballots = e.ballots!;
        }
        i = buf.indexOf('\n\n');
      }
    });
  });
  req.on('error', () => {});
  return { state, close: () => req.destroy() };
}

async function run(target: string) {
  const { child, info } = await startServer(target);
  const { port } = info;
  try {
    const cookies = await Promise.all(info.clerks.map((u) => login(port, u, CLERK_PASSWORD)));
    // 10 boxes entered twice (clerks 1–10 set 1, 11–20 set 2), 10 more boxes once (clerks 21–30)
    const clerks: Clerk[] = info.clerks.map((username, i) => ({
      username,
      cookie: cookies[i]!,
      place: info.places[i < 20 ? i % 10 : i - 10]!,
      entrySet: i >= 10 && i < 20 ? 2 : 1,
      seq: 1,
      standing: [],
      latencies: [],
      retries: 0,
    }));

    // baseline: the same concurrency on a route that does nothing but the session lookup
    const baseLat: number[] = [];
    const baseEnd = performance.now() + BASELINE_SECONDS * 1000;
    const baseStart = performance.now();
    await Promise.all(
      clerks.map(async (c) => {
        while (performance.now() < baseEnd) {
          const t = performance.now();
          const res = await call(port, 'GET', '/api/health', c.cookie);
          if (res.status === 200) baseLat.push(performance.now() - t);
        }
      }),
    );
    const baseRate = baseLat.length / ((performance.now() - baseStart) / 1000);

    const projector = watch(port, `${info.vote}/live`, await login(port, 'village', 'Huanjie@2020'));
    const loadBefore = load();
    const end = performance.now() + SECONDS * 1000;
    const start = performance.now();
    let fatal: string | null = null;
    await Promise.all(
      clerks.map(async (c, ci) => {
        const r = rng(1000 + ci);
        const url = `${info.vote}/count/boxes/${c.place}/sets/${c.entrySet}/entries`;
        while (performance.now() < end && !fatal) {
          const last = c.standing.at(-1);
          let body: { seq: number; ballot?: unknown; undoes?: number };
          let ballot: EnteredBallot | null = null;
          const x = r();
          if (last && x < 0.01) body = { seq: c.seq, undoes: last.seq };
          else {
            if (x < 0.03) ballot = { void: true };
            else if (x < 0.05) ballot = { void: false, marks: {} };
            else
              ballot = {
                void: false,
                marks: Object.fromEntries(info.offices.map((o) => [o.id, pick(r, o.people, o.seats)])),
              };
            body = {
              seq: c.seq,
              ballot: ballot.void ? { void: true } : { marks: (ballot as { marks: object }).marks },
            };
          }
          for (;;) {
            const t = performance.now();
            const res = await call(port, 'POST', url, c.cookie, body).catch((e: Error) => ({
              status: 0,
              body: e.message,
            }));
            if (res.status === 200) {
              c.latencies.push(performance.now() - t);
              break;
            }
            c.retries++;
            if (res.status >= 400 && res.status < 500) {
              fatal = `${c.username} seq ${c.seq}: ${res.status} ${res.body}`;
              return;
            }
            await new Promise((s) => setTimeout(s, 20));
          }
          if (ballot) c.standing.push({ seq: c.seq, ballot });
          else c.standing.pop();
          c.seq++;
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    const loadAfter = load();
    if (fatal) throw new Error(`refused: ${fatal}`);

    // every set holds exactly what its clerk was told was stored
    let lost = 0;
    let twice = 0;
    let wrong = 0;
    for (const c of clerks) {
      const res = await call(port, 'GET', `${info.vote}/count/boxes/${c.place}/sets/${c.entrySet}`, c.cookie);
      const view = JSON.parse(res.body) as {
        ballots: { seq: number; ballot: EnteredBallot }[];
        rows: number;
      };
      const want = new Map(c.standing.map((s) => [s.seq, ballotKey(s.ballot)]));
      const have = new Map(view.ballots.map((s) => [s.seq, ballotKey(s.ballot)]));
      for (const [seq, key] of want)
        if (!have.has(seq)) lost++;
        else if (have.get(seq) !== key) wrong++;
      for (const seq of have.keys()) if (!want.has(seq)) twice++;
      if (view.rows !== c.seq - 1) twice += Math.max(0, view.rows - (c.seq - 1));
    }
    await new Promise((s) => setTimeout(s, 300));
    const counted = clerks.filter((c) => c.entrySet === 1).reduce((n, c) => n + c.standing.length, 0);
    projector.close();

    const lat = clerks.flatMap((c) => c.latencies).sort((a, b) => a - b);
    const base = baseLat.sort((a, b) => a - b);
    const rate = lat.length / elapsed;
    const retries = clerks.reduce((n, c) => n + c.retries, 0);
    console.log(
      `\n== ${target}: 30 clerks, 20 boxes (10 entered twice), ${SECONDS} s, load ${loadBefore} → ${loadAfter}`,
    );
    console.log(
      `baseline GET /api/health: ${baseRate.toFixed(0)} req/s, p50 ${fmt(percentile(base, 0.5))}, p95 ${fmt(percentile(base, 0.95))}, p99 ${fmt(percentile(base, 0.99))}`,
    );
    console.log(
      `ballot entry: ${lat.length} entries in ${elapsed.toFixed(1)} s = ${rate.toFixed(0)} entries/s, p50 ${fmt(percentile(lat, 0.5))}, p95 ${fmt(percentile(lat, 0.95))}, p99 ${fmt(percentile(lat, 0.99))}, retries ${retries}`,
    );
    console.log(
      `baseline database floor (plain one-row inserts, one after another, in the server process): ${info.dbFloorPerSecond.toFixed(0)} rows/s`,
    );
    console.log(
      `ratio: entries/s ÷ GET /api/health ${(rate / baseRate).toFixed(2)}, ÷ database floor ${(rate / info.dbFloorPerSecond).toFixed(2)}; entry p99 ÷ health p99 ${(percentile(lat, 0.99) / percentile(base, 0.99)).toFixed(1)}`,
    );
    console.log(
      `check: lost ${lost}, counted twice ${twice}, different ${wrong}; projector ${projector.state.ballots} ballots (set 1 holds ${counted}), ${projector.state.events} events`,
    );
    const ok = lost === 0 && twice === 0 && wrong === 0 && projector.state.ballots === counted;
    const met = rate >= 500 && percentile(lat, 0.99) < 100;
    console.log(
      `ballot-entry ${target}: ${rate.toFixed(0)} entries/s, p99 ${fmt(percentile(lat, 0.99))} — ${ok ? 'ledger exact' : 'LEDGER MISMATCH'}, target ${met ? 'met' : 'NOT met'}`,
    );
    return ok;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const targets = (process.env.BENCH_TARGETS ?? (process.env.TEST_DATABASE_URL ? 'pglite,postgres' : 'pglite'))
  .split(',')
  .filter(Boolean);
let allOk = true;
for (const t of targets) allOk = (await run(t)) && allOk;
agent.destroy();
process.exitCode = allOk ? 0 : 1;
