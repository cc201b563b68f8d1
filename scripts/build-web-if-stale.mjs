#!/usr/bin/env node
// `npm start` serves packages/web/dist: build it when it is missing or older than its sources,
// so a fresh clone needs nothing but `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = 'packages/web';
const sources = ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'];

function newest(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

const built = newest(join(web, 'dist', 'index.html'));
const changed = Math.max(...sources.map((s) => newest(join(web, s))), newest('packages/core/src'));
if (built === 0 || changed > built) {
  console.log('正在构建网页端（packages/web）…');
  const res = spawnSync('npm', ['run', 'build', '-w', '@huanjie/web'], { stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
