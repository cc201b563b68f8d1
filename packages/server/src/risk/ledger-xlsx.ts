/**
 * The weekly risk ledger (每周定期报送风险台账, seed-requirements §10.2) as xlsx: one sheet of villages
 * with their colour, reasons and open risk points, one of the risk points, one of the week's daily
 * reports. Headers are in the first row of each sheet so the file reads back as a table.
 */
import type { IsoDate } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { complaintNumber } from '../complaints/service.js';
import type { Tx } from '../db/connect.js';
import { complaints } from '../db/schema.js';
import { loadExcel } from '../documents/lazy-libs.js';
import type { RoundRow } from '../rounds/service.js';
import { ITEM_CATEGORY_LABELS, LEVEL_LABELS, type RiskItemCategory, type RiskLevel } from './labels.js';
import { areaReports, riskLedger } from './service.js';

export const LEDGER_SHEETS = ['村风险研判', '风险点', '本周每日直报'] as const;

const FILL: Record<RiskLevel, string> = { red: 'FFFF7875', orange: 'FFFFC069', green: 'FF95DE64' };

function sheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

function paint(cell: ExcelJS.Cell, level: RiskLevel | null) {
  if (level) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[level] } };
}

export async function weeklyLedgerXlsx(
  db: Tx,
  round: RoundRow,
  area: string,
  week: { start: IsoDate; end: IsoDate },
  today: IsoDate,
): Promise<Buffer> {
  const ledger = await riskLedger(db, round, area, today);
  const reports = await areaReports(db, round, area, week.start, week.end);
  const names = new Map(ledger.villages.map((v) => [v.code, v]));
  const sourceIds = ledger.items.map((i) => i.complaintId).filter((x): x is string => Boolean(x));
  const sources = new Map(
    sourceIds.length === 0
      ? []
      : (
          await db
            .select({ id: complaints.id, receivedOn: complaints.receivedOn, serial: complaints.serial })
            .from(complaints)
            .where(and(eq(complaints.countyCode, round.countyCode), inArray(complaints.id, sourceIds)))
        ).map((c) => [c.id, complaintNumber(c)]),
  );

  const wb = new (await loadExcel()).Workbook();
  wb.title = `${round.name} 风险台账（${week.start}至${week.end}）`;

  const villages = sheet(wb, LEDGER_SHEETS[0], [
    { header: '序号', width: 6 },
    { header: '乡镇（街道）', width: 14 },
    { header: '村（社区）', width: 14 },
    { header: '风险等级', width: 10 },
    { header: '研判理由', width: 40 },
    { header: '研判日期', width: 12 },
    { header: '研判人', width: 18 },
    { header: '未销号风险点', width: 12 },
    { header: '逾期未销号', width: 12 },
    { header: '已销号风险点', width: 12 },
    { header: '最近直报日期', width: 14 },
  ]);
  ledger.villages.forEach((v, i) => {
    const row = villages.addRow([
      i + 1,
      v.townshipName,
      v.name,
      v.level ? LEVEL_LABELS[v.level] : '未研判',
      v.reasons.join('；'),
      v.ratedOn ?? '',
      v.ratedByName ?? '',
      v.openItems,
      v.overdueItems,
      v.closedItems,
      v.lastReportDate ?? '',
    ]);
    paint(row.getCell(4), v.level);
  });

  const items = sheet(wb, LEDGER_SHEETS[1], [
    { header: '序号', width: 6 },
    { header: '乡镇（街道）', width: 14 },
    { header: '村（社区）', width: 14 },
    { header: '风险点', width: 30 },
    { header: '类别', width: 10 },
    { header: '等级', width: 8 },
    { header: '责任人', width: 12 },
    { header: '防控措施', width: 36 },
    { header: '发现日期', width: 12 },
    { header: '销号时限', width: 12 },
    { header: '状态', width: 10 },
    { header: '销号日期', width: 12 },
    { header: '销号说明', width: 30 },
    { header: '来源信访件', width: 12 },
  ]);
  const sorted = [...ledger.items].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) ||
      a.villageCode.localeCompare(b.villageCode) ||
      a.dueOn.localeCompare(b.dueOn),
  );
  sorted.forEach((it, i) => {
    const v = names.get(it.villageCode);
    const late = it.status === 'open' && it.dueOn < today;
    const row = items.addRow([
      i + 1,
      v?.townshipName ?? '',
      v?.name ?? it.villageCode,
      it.title,
      ITEM_CATEGORY_LABELS[it.category as RiskItemCategory] ?? it.category,
      LEVEL_LABELS[it.level],
      it.owner,
      it.measures ?? '',
      it.foundOn,
      it.dueOn,
      it.status === 'closed' ? '已销号' : late ? '逾期未销号' : '未销号',
      it.closedOn ?? '',
      it.closedNote ?? '',
      it.complaintId ? (sources.get(it.complaintId) ?? '') : '',
    ]);
    paint(row.getCell(6), it.level);
  });

  const daily = sheet(wb, LEDGER_SHEETS[2], [
    { header: '报告日期', width: 12 },
    { header: '乡镇（街道）', width: 14 },
    { header: '村（社区）', width: 14 },
    { header: '信息直报员', width: 12 },
    { header: '联系电话', width: 14 },
    { header: '有无情况', width: 10 },
    { header: '情况说明', width: 50 },
    { header: '建议等级', width: 10 },
  ]);
  for (const r of reports) {
    const v = names.get(r.villageCode);
    if (!v) continue;
    const row = daily.addRow([
      r.reportDate,
      v.townshipName,
      v.name,
      r.reporterName,
      r.reporterPhone ?? '',
      r.hasIssue ? '有情况' : '平安无事',
      r.situation,
      r.suggestedLevel ? LEVEL_LABELS[r.suggestedLevel] : '',
    ]);
    paint(row.getCell(8), r.suggestedLevel);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
