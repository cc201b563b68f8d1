/** One chart's data as an xlsx (the 导出Excel button): a title row, the area and reference day, the table. */
import type { ChartTable } from '@huanjie/core';
import { loadExcel } from '../documents/lazy-libs.js';

export async function chartXlsx(
  table: ChartTable,
  areaName: string,
  roundName: string,
  referenceDate: string,
) {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet(table.title.slice(0, 31));
  ws.addRow([`${roundName} · ${areaName} · ${table.title}`]).font = { bold: true, size: 13 };
  ws.addRow([`年龄按 ${referenceDate} 计算；比例由人员数据计算，合计等于各部分之和`]);
  ws.addRow([]);
  const header = ws.addRow(table.headers);
  header.font = { bold: true };
  for (const row of table.rows) ws.addRow(row);
  ws.columns.forEach((c, i) => {
    const widest = Math.max(
      ...[table.headers[i] ?? '', ...table.rows.map((r) => String(r[i] ?? ''))].map((s) => s.length),
    );
    c.width = Math.min(40, Math.max(8, widest * 2 + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
