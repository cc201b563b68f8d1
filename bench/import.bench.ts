/**
 * Imports a 100,000-row household register (.xlsx) into one village, on PGlite and (when
 * TEST_DATABASE_URL is set) PostgreSQL, then imports it again with every person's phone number
 * changed (100,000 updates, all listed in the import's audit entry). Baseline: streaming-reading
 * the same file with the same reader and row checks, no database; for reference, the same with
 * exceljs' streaming reader (the importer's reader before it had its own).
 *
 * Each phase runs in its own process so its peak RSS is its own. The database is set up
 * (migrations, demo regions and round) by a process of its own too: PGlite on a data directory,
 * as the server runs it, so an import's peak is not the initdb of an in-memory database.
 * Each import also prints how long its steps took (read + check + stage, merge, pending-list merge, analyze, the
 * registered-twice check) and the peak RSS as each ended, and every figure the load average.
 * Targets: ≤ 20 s and ≤ 500 MB on PGlite, ≤ 10 s on PostgreSQL.
 *
 * BENCH_DIR=dir keeps the generated files there and reuses them; BENCH_TARGETS=pglite or
 * postgres runs one database only.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IsoDate, idCardCheckChar } from '@huanjie/core';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../packages/server/src/audit/actor.js';
import { type DatabaseTarget, openDatabase } from '../packages/server/src/db/connect.js';
import { DEMO_COUNTY, loadDemo } from '../packages/server/src/demo/demo.js';
import { COLUMNS } from '../packages/server/src/registration/columns.js';
import { checkRow } from '../packages/server/src/registration/import/check-row.js';
import { readSheet } from '../packages/server/src/registration/import/read-sheet.js';
import {
  createImportJob,
  type ImportStep,
  runImport,
} from '../packages/server/src/registration/import/run.js';
import { newestRoundOf, villageContext } from '../packages/server/src/registration/village.js';
import { serverNodeFlags } from './server-node-flags.js';

const ROWS = 100_000;
const VILLAGE = '331127205201';
const TODAY = '2026-11-22' as IsoDate;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华红建国志明玉梅';

function idFor(i: number): { id: string; birth: string; sex: '男' | '女' } {
  const y = 1930 + (i % 90);
  const m = 1 + (i % 12);
  const d = 1 + (i % 28);
  const birth = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // a distinct 3-digit order number and area code per person keeps every number unique
  const area = `33${String(1000 + Math.floor(i / 1000)).slice(-4)}`;
  const order = String(i % 1000).padStart(3, '0');
  const first17 = `${area}${birth.replaceAll('-', '')}${order}`;
  return { id: first17 + idCardCheckChar(first17), birth, sex: Number(order[2]) % 2 === 1 ? '男' : '女' };
}

/** `phonePrefix` differs between the two files: the second import changes everyone's phone. */
async function generate(file: string, phonePrefix: string) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('选民登记');
  ws.addRow(COLUMNS.map((c) => c.header)).commit();
  for (let i = 0; i < ROWS; i++) {
    const { id, sex } = idFor(i);
    const name =
      SURNAMES[i % SURNAMES.length]! +
      GIVEN[(i * 7) % GIVEN.length]! +
      (i % 3 ? GIVEN[(i * 13) % GIVEN.length]! : '');
    ws.addRow([
      name,
      sex,
      id,
      '',
      `H${Math.floor(i / 4)}`,
      i % 4 ? '子' : '户主',
      `第${1 + (i % 12)}村民小组`,
      '户籍在本村',
      i % 10 ? '在本村居住' : '外出',
      i % 10 ? '' : '杭州',
      `${phonePrefix}${String(i).padStart(8, '0')}`,
      '汉族',
      '群众',
      '初中',
      '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU time of this process (PGlite runs in it; PostgreSQL's server does not), less swayed by load than time */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function targetOf(spec: string): DatabaseTarget {
  return spec.startsWith('postgres:')
    ? { kind: 'postgres', url: spec.slice('postgres:'.length) }
    : { kind: 'pglite', dataDir: spec.slice('pglite:'.length) };
}

/** The importer's reader before it had its own: exceljs' streaming WorkbookReader, as it was configured. */
async function* exceljsRows(file: string) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    let header = true;
    for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v == null ? '' : String(v)));
      if (header) header = false;
      else yield { row: row.number, cells: values };
    }
    break;
  }
}

async function phase(kind: string, file: string, spec: string) {
  const started = performance.now();
  const cpuStarted = cpuMs();
  if (kind === 'read' || kind === 'exceljs') {
    let n = 0;
    const rows = kind === 'read' ? readSheet({ path: file }, file) : exceljsRows(file);
    for await (const row of rows) {
      const c = checkRow(row.cells, TODAY);
      if (c.ok) n++;
    }
    return { ms: performance.now() - started, cpuMs: cpuMs() - cpuStarted, rows: n };
  }
  const database = await openDatabase(targetOf(spec));
  try {
    if (kind === 'setup') {
      await loadDemo(database.db, TODAY, DEMO_COUNTY);
      return { ms: performance.now() - started, rows: 0 };
    }
    const openedMb = peakMb();
    const ctx = await villageContext(database.db, (await newestRoundOf(database.db, VILLAGE))!, VILLAGE);
    const t0 = performance.now();
    const cpu0 = cpuMs();
    const steps: StepFigure[] = [];
    let stepStart = t0;
    let stepCpu = cpu0;
    const onStep = (step: ImportStep) => {
      const now = performance.now();
      const cpu = cpuMs();
      steps.push({ step, ms: now - stepStart, cpuMs: cpu - stepCpu, peakMb: peakMb() });
      stepStart = now;
      stepCpu = cpu;
    };
    const job = await createImportJob(database.db, ctx, SYSTEM_ACTOR, 'bench.xlsx');
    const res = await runImport(
      database.db,
      ctx,
      SYSTEM_ACTOR,
      job,
      { path: file },
      { today: TODAY, onStep },
    );
    const ms = performance.now() - t0;
    if (res.status !== 'committed') throw new Error(`import failed: ${res.message}`);
    return { ms, cpuMs: cpuMs() - cpu0, rows: res.imported, updated: res.updated, openedMb, steps };
  } finally {
    await database.close();
  }
}

async function admin(sqlText: string) {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sqlText);
  } finally {
    await c.end();
  }
}

interface StepFigure {
  step: ImportStep;
  ms: number;
  cpuMs: number;
  /** the process's peak RSS when the step ended */
  peakMb: number;
}

interface PhaseResult {
  ms: number;
  cpuMs?: number;
  rows: number;
  updated?: number;
  openedMb?: number;
  steps?: StepFigure[];
  peakMb: number;
}

/** The 1-minute load average, printed with every figure: other processes on the cores skew them. */
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;

if (process.argv[2] === '--phase') {
  const out = await phase(process.argv[3]!, process.argv[4]!, process.argv[5] ?? '');
  process.stdout.write(`${JSON.stringify({ ...out, peakMb: peakMb() })}\n`);
} else {
  // BENCH_DIR: keep the generated files there and reuse them on the next run
  const kept = process.env.BENCH_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'huanjie-bench-'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'register.xlsx');
  const again = join(dir, 'register-new-phones.xlsx');
  // BENCH_TARGETS: which databases, of pglite,postgres (postgres only with TEST_DATABASE_URL)
  const wanted = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
  const run = (kind: string, f = '', spec = ''): PhaseResult => {
    const r = spawnSync(
      process.execPath,
      [...serverNodeFlags(), '--import', 'tsx', import.meta.filename, '--phase', kind, f, spec],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`${kind} failed (${r.status} ${r.signal}): ${r.stderr.slice(-2000)}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as PhaseResult;
  };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const pglite = join(dir, 'pglite');
  try {
    if (!existsSync(file) || !existsSync(again)) {
      const g0 = performance.now();
      await generate(file, '139');
      await generate(again, '138');
      console.log(`generated 2 × ${ROWS} rows in ${seconds(performance.now() - g0)}`);
    }
    const base = run('read', file);
    console.log(
      `baseline (stream-read + row checks): ${seconds(base.ms)} (CPU ${seconds(base.cpuMs ?? 0)}), ${base.rows} rows, peak ${base.peakMb} MB, ${load()}`,
    );
    const old = run('exceljs', file);
    console.log(
      `reference (exceljs stream-read + row checks): ${seconds(old.ms)}, peak ${old.peakMb} MB, ratio to baseline ${(old.ms / base.ms).toFixed(2)}, ${load()}`,
    );
    const targets: [string, string, () => Promise<void>][] = [];
    if (wanted.includes('pglite')) {
      rmSync(pglite, { recursive: true, force: true });
      targets.push([
        'pglite',
        `pglite:${pglite}`,
        async () => rmSync(pglite, { recursive: true, force: true }),
      ]);
    }
    if (wanted.includes('postgres') && process.env.TEST_DATABASE_URL) {
      const name = `huanjie_bench_${randomBytes(4).toString('hex')}`;
      const u = new URL(process.env.TEST_DATABASE_URL);
      u.pathname = `/${name}`;
      await admin(`create database ${name}`);
      targets.push(['postgres', `postgres:${u}`, () => admin(`drop database ${name} with (force)`)]);
    }
    for (const [kind, spec, cleanUp] of targets) {
      try {
        run('setup', '', spec);
        for (const [what, f] of [
          ['import', file],
          ['re-import (every phone changed)', again],
        ] as const) {
          const r = run('import', f, spec);
          console.log(
            `${what} ${kind}: ${seconds(r.ms)} (CPU ${seconds(r.cpuMs ?? 0)} in this process), ${r.rows} imported, ${r.updated} updated, peak ${r.peakMb} MB (${r.openedMb} MB once open), ratio to baseline ${(r.ms / base.ms).toFixed(2)}, ${load()}`,
          );
          console.log(
            `  steps: ${(r.steps ?? []).map((x) => `${x.step} ${seconds(x.ms)} (CPU ${seconds(x.cpuMs)}, peak ${x.peakMb} MB)`).join(', ')}`,
          );
        }
      } finally {
        await cleanUp();
      }
    }
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}
