/**
 * The node flags the server runs with: those on the first line of the `huanjie` command
 * (`#!/usr/bin/env -S node …`), so that a benchmark's server process is started as `npm start`
 * starts it (the flags change how far the JavaScript heap grows, and so the peaks measured).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../packages/server/bin/huanjie.mjs');

export function serverNodeFlags(): string[] {
  const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0]!;
  const m = /^#!\/usr\/bin\/env -S node((?: --[\w-]+(?:=\S+)?)*)$/.exec(shebang);
  if (!m) throw new Error(`${bin}: unexpected first line ${shebang}`);
  return m[1]!.trim().split(' ').filter(Boolean);
}
