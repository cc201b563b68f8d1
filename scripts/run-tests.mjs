#!/usr/bin/env node
// Runs every test file of the workspace with node's own test runner (through tsx),
// so CI reads node's closing summary. Node 20's --test takes no globs: we list files here.
import { spawnSync } from 'node:child_process';
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
// Two cores: two files at a time keeps database tests from starving each other. Browser tests run
// one file at a time after the rest: two browsers with two servers on two cores made keyboard and
// dropdown steps miss (an option clicked while still animating in).
const run = (list, concurrency) =>
  list.length === 0
    ? 0
    : (spawnSync(
        process.execPath,
        ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...list],
        { stdio: 'inherit', env: process.env },
      ).status ?? 1);
const unit = run(
  files.filter((f) => !isE2e(f)),
  2,
);
const e2e = run(files.filter(isE2e), 1);
process.exit(unit || e2e);
