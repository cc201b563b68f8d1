/**
 * Gathers the summary report's figures for a township or county: the round's statistics (the same call
 * the dashboard makes), the counted work records, and the complaint and risk counts of the area.
 */
import type { AgeBands, IsoDate } from '@huanjie/core';
import { complaintCounts } from '../complaints/service.js';
import type { Tx } from '../db/connect.js';
import { riskCounts } from '../risk/service.js';
import type { RoundRow } from '../rounds/service.js';
import { areaStatistics } from '../statistics/service.js';
import { workRecordsOf } from '../work-records/service.js';
import { summaryDocx } from './docx.js';
import { type SummaryDoc, type SummaryInput, summaryDocument } from './text.js';

export async function summaryInput(
  db: Tx,
  round: RoundRow,
  area: string,
  bands: AgeBands,
  today: IsoDate,
): Promise<SummaryInput> {
  const [stats, work, complaints, risks] = await Promise.all([
    areaStatistics(db, round, area, bands, today),
    workRecordsOf(db, round, area),
    complaintCounts(db, round, area, today),
    riskCounts(db, round, area, today),
  ]);
  return {
    roundName: round.name,
    stats: stats.area,
    previous: stats.previous ? { roundName: stats.previous.roundName, stats: stats.previous.area } : null,
    referenceDate: stats.referenceDate,
    work: work.sums,
    complaints,
    risks,
    generatedOn: today,
  };
}

export async function summaryReport(
  db: Tx,
  round: RoundRow,
  area: string,
  bands: AgeBands,
  today: IsoDate,
): Promise<{ doc: SummaryDoc; docx: Buffer }> {
  const doc = summaryDocument(await summaryInput(db, round, area, bands, today));
  return { doc, docx: await summaryDocx(doc) };
}
