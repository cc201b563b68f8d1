#!/usr/bin/env -S node --max-old-space-size=1024
// The `huanjie` command: runs the TypeScript CLI through tsx, so no build step is needed.
// --max-old-space-size: a 1 GB ceiling on the JavaScript heap. Besides the ceiling, V8 grows the
// heap by less between collections when its ceiling is lower (about 1.6× the live data instead of
// 4×): a 100,000-row import on PGlite peaked at 404 MB instead of 485–522 MB (bench/README.md).
// The benchmarks start their processes with the flags on this line.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
