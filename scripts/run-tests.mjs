#!/usr/bin/env node
// Runs every test file of the workspace with node's own test runner (through tsx),
// so CI reads node's closing summary. Node 20's --test takes no globs: we list files here.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const withE2e = !args.includes('--no-e2e');
const roots = ['packages/core/test', 'packages/server/test', ...(withE2e ? ['e2e/tests'] : [])];

function walk(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const files = roots.flatMap(walk);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const isE2e = (f) => f.startsWith('e2e');
const started = Date.now();
const timings = [];
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(0);
const run = (list, concurrency = 1) =>
  new Promise((resolve) => {
    if (list.length === 0) return resolve(0);
    const from = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...list],
      { stdio: 'inherit', env: process.env },
    );
    child.on('exit', (code) => {
      timings.push(
        `${seconds(from).padStart(5)} s  ${list.length === 1 ? list[0] : `${list.length} unit and server files`}`,
      );
      resolve(code ?? 1);
    });
  });

// Two cores. First the type check and lint (`npm run check`), then the unit and server files four
// at a time in one process (most of their time is spent waiting on a database or a child process);
// beside them, from the start, the browser files one at a time, each in its own process, from a
// queue. When the unit files are done, a second worker takes browser files from the same queue, so
// the tail of the run uses both cores. Browser files go longest first (the first also builds the
// web app), so the two workers end close together. All one at a time, the suite took 17 minutes.
const LONGEST_FIRST = [
  'liushan-to-ballot',
  'polling-day',
  'committee-seats',
  'review-candidates',
  'polling-ballots',
  'complaints-risk',
  'registration',
  'count-entry',
  'nomination',
  'summary-archive',
  'foundation-admin',
  'statistics',
  'schedule',
];
const weight = (f) => {
  const i = LONGEST_FIRST.findIndex((name) => f.endsWith(`/${name}.test.ts`));
  return i === -1 ? LONGEST_FIRST.length : i;
};
const queue = files.filter(isE2e).sort((a, b) => weight(a) - weight(b));
let failed = 0;
const browserWorker = async () => {
  for (let file = queue.shift(); file; file = queue.shift()) failed |= await run([file]);
};
const checks = () =>
  new Promise((resolve) => {
    if (args.includes('--no-check')) return resolve(0);
    const child = spawn('npm', ['run', 'check'], { stdio: 'inherit', env: process.env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
const checkThenUnitThenBrowser = async () => {
  const from = Date.now();
  failed |= await checks();
  timings.push(`${seconds(from).padStart(5)} s  npm run check`);
  failed |= await run(
    files.filter((f) => !isE2e(f)),
    4,
  );
  await browserWorker();
};
await Promise.all([checkThenUnitThenBrowser(), browserWorker()]);
// Where the time went, so a slow CI run can be read without re-running it.
console.log(`\ntest run: ${seconds(started)} s in all\n${timings.join('\n')}`);
process.exit(failed ? 1 : 0);
