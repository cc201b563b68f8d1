// `huanjie tally …` run in the test's own process, its output caught: the same command the binary
// runs (tally-cli.test.ts checks the two print the same), without ~1.5 s of CPU for a new process.
import { command } from '../../src/cli/commands/tally.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export async function tallyInProcess(...args: string[]): Promise<CliRun> {
  const run: CliRun = { status: null, stdout: '', stderr: '' };
  run.status = await command.run(args, {
    out: (text) => {
      run.stdout += text;
    },
    err: (text) => {
      run.stderr += text;
    },
  });
  return run;
}
