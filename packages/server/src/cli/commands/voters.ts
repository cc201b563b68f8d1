/** `huanjie voters import FILE --village CODE [--round ID]`: imports a household register (.xlsx/.csv). */
import { basename } from 'node:path';
import { SYSTEM_ACTOR } from '../../audit/actor.js';
import { ApiError } from '../../http/errors.js';
import { UnreadableFile } from '../../registration/import/read-sheet.js';
import { createImportJob, runImport } from '../../registration/import/run.js';
import { chinaToday } from '../../registration/today.js';
import { newestRoundOf, villageContext } from '../../registration/village.js';
import type { Command } from '../main.js';
import { openConfiguredDatabase } from '../open-db.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const command: Command = {
  summary: '选民登记：import 导入户籍登记表（.xlsx 或 .csv）',
  usage:
    '  huanjie voters import FILE --village 村级代码 [--round 换届编号] [--commit-valid]\n' +
    '    默认用包含该村的最新一次换届；有任何一行未通过检查时不导入，加 --commit-valid 则只导入通过的行。\n' +
    '    输出 imported N, updated U, rejected R；未通过的行及原因写到标准错误。\n' +
    '    退出码：0 文件已读取，2 文件无法读取或参数错误。',
  async run(args) {
    const [sub, file] = args;
    const village = option(args, '--village');
    if (sub !== 'import' || !file || !village || !/^\d{12}$/.test(village)) {
      process.stderr.write(
        '用法: huanjie voters import FILE --village 村级代码（12位） [--round 换届编号]\n',
      );
      return 2;
    }
    const database = await openConfiguredDatabase();
    try {
      const roundId = option(args, '--round') ?? (await newestRoundOf(database.db, village));
      if (!roundId) {
        process.stderr.write(`没有包含村 ${village} 的换届\n`);
        return 2;
      }
      const ctx = await villageContext(database.db, roundId, village);
      const job = await createImportJob(database.db, ctx, SYSTEM_ACTOR, basename(file));
      const result = await runImport(
        database.db,
        ctx,
        SYSTEM_ACTOR,
        job,
        { path: file },
        {
          commitValid: args.includes('--commit-valid'),
          today: chinaToday(),
        },
      );
      for (const r of result.rejections) process.stderr.write(`第${r.row}行：${r.reasons.join('；')}\n`);
      if (result.message) process.stderr.write(`${result.message}\n`);
      for (const h of result.registeredTwice)
        process.stderr.write(`重复登记：${h.name} ${h.idNumber} 在村 ${h.villageCode}\n`);
      process.stdout.write(
        `imported ${result.imported}, updated ${result.updated}, rejected ${result.rejected}\n`,
      );
      return 0;
    } catch (e) {
      if (e instanceof UnreadableFile || e instanceof ApiError) {
        process.stderr.write(`${e.message}\n`);
        return 2;
      }
      throw e;
    } finally {
      await database.close();
    }
  },
};
