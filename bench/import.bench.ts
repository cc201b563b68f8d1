/**
 * Imports a 100,000-row household register (.xlsx) into one village, on PGlite and (when
 * TEST_DATABASE_URL is set) PostgreSQL. Baseline: streaming-reading the same file with the
 * same reader and row checks, no database. Each phase runs in its own process so its peak
 * RSS is its own. Targets: ≤ 20 s and ≤ 500 MB on PGlite, ≤ 10 s on PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IsoDate, idCardCheckChar } from '@huanjie/core';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../packages/server/src/audit/actor.js';
import { openDatabase } from '../packages/server/src/db/connect.js';
import { DEMO_COUNTY, loadDemo } from '../packages/server/src/demo/demo.js';
import { COLUMNS } from '../packages/server/src/registration/columns.js';
import { checkRow } from '../packages/server/src/registration/import/check-row.js';
import { readSheet } from '../packages/server/src/registration/import/read-sheet.js';
import { createImportJob, runImport } from '../packages/server/src/registration/import/run.js';
import { newestRoundOf, villageContext } from '../packages/server/src/registration/village.js';

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

async function generate(file: string) {
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
      `139${String(i).padStart(8, '0')}`,
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

async function phase(kind: string, file: string) {
  const started = performance.now();
  if (kind === 'read') {
    let n = 0;
    for await (const row of readSheet({ path: file }, file)) {
      const c = checkRow(row.cells, TODAY);
      if (c.ok) n++;
      else if (process.env.BENCH_DEBUG) console.error(row.row, c.reasons, row.cells);
    }
    return { ms: performance.now() - started, rows: n };
  }
  let url: string | null = null;
  let dbName = '';
  if (kind === 'postgres') {
    dbName = `huanjie_bench_${randomBytes(4).toString('hex')}`;
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    await c.query(`create database ${dbName}`);
    await c.end();
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const database = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: null });
  await loadDemo(database.db, TODAY, DEMO_COUNTY);
  const ctx = await villageContext(database.db, (await newestRoundOf(database.db, VILLAGE))!, VILLAGE);
  const t0 = performance.now();
  const job = await createImportJob(database.db, ctx, SYSTEM_ACTOR, 'bench.xlsx');
  const res = await runImport(database.db, ctx, SYSTEM_ACTOR, job, { path: file }, { today: TODAY });
  const ms = performance.now() - t0;
  await database.close();
  if (dbName) {
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    await c.query(`drop database ${dbName} with (force)`);
    await c.end();
  }
  return { ms, rows: res.imported, rejected: res.rejected };
}

if (process.argv[2] === '--phase') {
  const out = await phase(process.argv[3]!, process.argv[4]!);
  process.stdout.write(`${JSON.stringify({ ...out, peakMb: peakMb() })}\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'huanjie-bench-'));
  const file = join(dir, 'register.xlsx');
  try {
    const g0 = performance.now();
    await generate(file);
    console.log(`generated ${ROWS} rows in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
    const run = (kind: string) => {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', import.meta.filename, '--phase', kind, file],
        { encoding: 'utf8' },
      );
      if (r.status !== 0)
        throw new Error(`${kind} failed (${r.status} ${r.signal}): ${r.stderr.slice(-2000)}`);
      return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ms: number; rows: number; peakMb: number };
    };
    const base = run('read');
    console.log(
      `baseline (stream-read + row checks): ${(base.ms / 1000).toFixed(1)} s, ${base.rows} rows, peak ${base.peakMb} MB`,
    );
    const kinds = process.env.BENCH_KEEP
      ? []
      : process.env.TEST_DATABASE_URL
        ? ['pglite', 'postgres']
        : ['pglite'];
    for (const kind of kinds) {
      const r = run(kind);
      console.log(
        `import ${kind}: ${(r.ms / 1000).toFixed(1)} s, ${r.rows} imported, peak ${r.peakMb} MB, ratio to baseline ${(r.ms / base.ms).toFixed(2)}`,
      );
    }
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${file}`);
  }
}
