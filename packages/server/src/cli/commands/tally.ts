import { readFile } from 'node:fs/promises';
import {
  formatRuleSetErrors,
  formatScenarioError,
  getRuleSet,
  parseRuleSet,
  parseScenario,
  type Result,
  type RuleSet,
  tally,
  textSummary,
} from '@huanjie/core';
import { type Command, type Io, processIo } from '../main.js';

const USAGE = [
  '  huanjie tally 文件.json                   按计票文件（huanjie-scenario/1）计票，输出结果 JSON',
  '  huanjie tally 文件.json --text            输出中文计票说明',
  '  huanjie tally 文件.json --ruleset 规则集.json   使用自定义规则集',
].join('\n');

interface Args {
  readonly file: string;
  readonly text: boolean;
  readonly ruleSetFile: string | null;
}

function parseArgs(args: readonly string[]): Result<Args, string> {
  let file: string | null = null;
  let text = false;
  let ruleSetFile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--text') text = true;
    else if (arg === '--ruleset') {
      const next = args[++i];
      if (next === undefined) return { ok: false, error: '--ruleset 后面需要给出规则集文件' };
      ruleSetFile = next;
    } else if (arg.startsWith('-')) return { ok: false, error: `未知参数: ${arg}` };
    else if (file === null) file = arg;
    else return { ok: false, error: `多余的参数: ${arg}（一次只能计一个文件）` };
  }
  if (file === null) return { ok: false, error: '缺少计票文件' };
  return { ok: true, value: { file, text, ruleSetFile } };
}

async function readJson(path: string, what: string): Promise<Result<unknown, string>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : `无法读取（${code ?? e}）`;
    return { ok: false, error: `${what} ${path}: ${why}` };
  }
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (e) {
    return { ok: false, error: `${what} ${path}: 不是合法的 JSON（${(e as Error).message}）` };
  }
}

async function run(argv: string[], io: Io = processIo): Promise<number> {
  const fail = (message: string): number => {
    io.err(`${message}\n`);
    return 2;
  };
  const args = parseArgs(argv);
  if (!args.ok) return fail(`${args.error}\n用法:\n${USAGE}`);
  const { file, text, ruleSetFile } = args.value;

  const extra: RuleSet[] = [];
  if (ruleSetFile !== null) {
    const json = await readJson(ruleSetFile, '规则集文件');
    if (!json.ok) return fail(json.error);
    const parsed = parseRuleSet(json.value);
    if (!parsed.ok) return fail(`规则集文件 ${ruleSetFile} 有误:\n${formatRuleSetErrors(parsed.error)}`);
    extra.push(parsed.value);
  }

  const json = await readJson(file, '计票文件');
  if (!json.ok) return fail(json.error);
  const scenario = parseScenario(json.value, (id) => getRuleSet(id, extra) !== undefined);
  if (!scenario.ok)
    return fail(`计票文件 ${file} 有误:\n${scenario.error.map(formatScenarioError).join('\n')}`);
  const ruleSet = getRuleSet(scenario.value.ruleset, extra)!;

  const outcome = tally(scenario.value, ruleSet);
  if (!outcome.ok) return fail(`计票文件 ${file} 有误:\n${formatScenarioError(outcome.error)}`);
  const out = text
    ? textSummary(scenario.value, outcome.value, ruleSet)
    : JSON.stringify(outcome.value.result, null, 2);
  io.out(`${out}\n`);
  return 0;
}

export const command: Command = {
  summary: '按计票文件计票：选举是否有效、谁当选、票数相等、任职回避、另行选举候选人',
  usage: USAGE,
  run,
};
