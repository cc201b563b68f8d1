/** `huanjie audit verify`: walks every county's hash chain and names the first broken link. */
import { describeBrokenLink, verifyAudit } from '../../audit/verify.js';
import type { Command } from '../main.js';
import { openConfiguredDatabase } from '../open-db.js';

export const command: Command = {
  summary: '审计日志：verify 校验哈希链，指出第一处断链',
  usage: '  huanjie audit verify      校验全部审计日志（退出码 0 完好，1 有断链）',
  async run(args) {
    if (args[0] !== 'verify') {
      process.stderr.write('用法: huanjie audit verify\n');
      return 2;
    }
    const database = await openConfiguredDatabase();
    try {
      const report = await verifyAudit(database.db);
      if (report.broken) {
        process.stdout.write(`审计日志校验失败：${describeBrokenLink(report.broken)}\n`);
        return 1;
      }
      process.stdout.write(`审计日志完好：${report.chains} 条链，共 ${report.rows} 条记录\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
