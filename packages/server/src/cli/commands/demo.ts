/** `huanjie demo register --village CODE [--people N] --out FILE`: a practice household register. */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { demoRegister, type RegisterRow, registerCsv } from '../../demo/register.js';
import { COLUMNS } from '../../registration/columns.js';
import { chinaToday } from '../../registration/today.js';
import type { Command } from '../main.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function registerXlsx(rows: readonly RegisterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('选民登记');
  ws.columns = COLUMNS.map((c) => ({
    header: c.header,
    width: c.key === 'idNumber' ? 22 : 14,
    style: { numFmt: '@' },
  }));
  for (const r of rows) ws.addRow(COLUMNS.map((c) => r[c.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const command: Command = {
  summary: '演示数据：register 生成一份练习用的户籍登记表（虚构人员，.xlsx 或 .csv）',
  usage:
    '  huanjie demo register --village 村级代码 [--people 人数] --out 文件.xlsx|文件.csv\n' +
    '    生成按户排列的虚构户籍（身份证号码校验位正确，年龄按今天计算），可在“导入户籍”页导入练习。\n' +
    '    人数默认 500。退出码：0 已写出，2 参数错误。',
  async run(args) {
    const [sub] = args;
    const village = option(args, '--village');
    const out = option(args, '--out');
    const people = Number(option(args, '--people') ?? 500);
    if (sub !== 'register' || !village || !/^\d{12}$/.test(village) || !out || !/\.(xlsx|csv)$/i.test(out)) {
      process.stderr.write(
        '用法: huanjie demo register --village 村级代码（12位） [--people 人数] --out 文件.xlsx|文件.csv\n',
      );
      return 2;
    }
    if (!Number.isInteger(people) || people < 1 || people > 200_000) {
      process.stderr.write('--people 应为 1 到 200000 之间的整数\n');
      return 2;
    }
    const rows = demoRegister(village, people, chinaToday());
    await writeFile(out, /\.csv$/i.test(out) ? registerCsv(rows) : await registerXlsx(rows));
    process.stdout.write(
      `已写出 ${rows.length} 人（${new Set(rows.map((r) => r.householdNo)).size} 户）到 ${out}\n`,
    );
    return 0;
  },
};
