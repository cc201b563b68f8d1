/** The import template (.xlsx with a 说明 sheet) and the rejected rows given back with a 错误原因 column. */
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../documents/lazy-libs.js';
import { COLUMNS, REASON_HEADER } from '../columns.js';
import type { Rejection } from './run.js';

const SHEET = '选民登记';

function registerSheet(wb: ExcelJS.Workbook, extra: string[] = []) {
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [...COLUMNS.map((c) => c.header), ...extra].map((header, i) => ({
    header,
    key: `c${i}`,
    width: header === '公民身份号码' ? 22 : header === REASON_HEADER ? 60 : 14,
    // text format so Excel keeps 18-digit numbers and leading zeros as typed
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

export async function templateXlsx(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  registerSheet(wb);
  const help = wb.addWorksheet('说明');
  help.columns = [
    { header: '列名', key: 'h', width: 14 },
    { header: '是否必填', key: 'r', width: 12 },
    { header: '可填的值', key: 'a', width: 28 },
    { header: '说明', key: 'd', width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of COLUMNS) {
    help.addRow({
      h: c.header,
      r: c.required ? '必填' : c.key === 'birthDate' ? '无身份证号码时必填' : '选填',
      a: c.allowed ? c.allowed.join('、') : `不超过${c.maxLength}个字`,
      d: c.help,
    });
  }
  help.addRow({});
  help.addRow({ d: '第一行为表头，请勿修改列名；每人一行。同一文件中同一公民身份号码只能出现一次。' });
  help.addRow({
    d: '再次导入时，按公民身份号码（无号码的按姓名、出生日期和户号）更新已登记的人，不会重复登记。',
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function rejectionsXlsx(rejections: readonly Rejection[]): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = registerSheet(wb, ['原行号', REASON_HEADER]);
  for (const r of rejections) ws.addRow([...r.cells, r.row === 0 ? '' : r.row, r.reasons.join('；')]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
