/**
 * The huanjie CLI. Each command lives in its own module under ./commands and is loaded
 * only when called, so `huanjie tally` never opens a database.
 */
/** Where a command writes: the process's streams, or a test's buffers (the tally cases run in-process). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export interface Command {
  /** one line for --help */
  summary: string;
  /** usage line(s) */
  usage: string;
  /** returns the process exit code */
  run(args: string[], io?: Io): Promise<number>;
}

type Loader = () => Promise<{ command: Command }>;

const commands: Record<string, Loader> = {
  start: () => import('./commands/start.js'),
  tally: () => import('./commands/tally.js'),
  audit: () => import('./commands/audit.js'),
  regions: () => import('./commands/regions.js'),
  voters: () => import('./commands/voters.js'),
  demo: () => import('./commands/demo.js'),
};

export function registeredCommands(): string[] {
  return Object.keys(commands);
}

async function printHelp(): Promise<void> {
  const lines = [
    '换届通 huanjie — 村（社区）换届选举系统命令行',
    '',
    '用法: huanjie <命令> [参数]',
    '',
    '命令:',
  ];
  for (const [name, load] of Object.entries(commands)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(16)} ${command.summary}`);
  }
  lines.push('', '每个命令的详细用法: huanjie <命令> --help');
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp();
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`未知命令: ${name}\n运行 huanjie --help 查看所有命令。\n`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n\n用法:\n${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}
