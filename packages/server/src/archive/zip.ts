/**
 * A village's whole election archive as one zip (issue 7 item 6): the documents the app prints (选委会
 * 名单公告、选民榜、委托投票公告、候选人名单和简历、投票选举公告, and for every counted vote its 结果报告单、
 * 结果公告、当选证书), every vote's `huanjie-scenario/1` file with the result it counts to, the archive
 * checklist and the handover as xlsx, and a manifest of what is in it and what was missing (with why).
 * Written with yazl and streamed: each entry goes out as soon as it is made.
 */
import type { Readable } from 'node:stream';
import type { IsoDate } from '@huanjie/core';
import type ExcelJS from 'exceljs';
import { ZipFile } from 'yazl';
import type { Tx } from '../db/connect.js';
import { certificatesPdf } from '../documents/certificates.js';
import { loadExcel } from '../documents/lazy-libs.js';
import { resultAnnouncementPdf } from '../documents/result-announcement.js';
import { certificateDoc, resultDoc } from '../documents/result-data.js';
import { resultReportPdf } from '../documents/result-report.js';
import { ApiError } from '../http/errors.js';
import { buildScenario } from '../polling-day/result/scenario.js';
import { VOTE_KIND_LABELS } from '../polling-day/votes.js';
import { candidateBiosDocument, candidateListDocument } from '../preparation/candidates/documents.js';
import { committeeListDocument } from '../preparation/committee/publish.js';
import { pollingNoticeDocument } from '../preparation/polling/documents.js';
import { getRegion } from '../regions/queries.js';
import { voterListDocument } from '../registration/list-documents.js';
import { proxyListDocument } from '../registration/proxies/documents.js';
import type { VillageCtx } from '../registration/village.js';
import { type ArchiveEntry, archiveChecklist, countedVotes, voteLabel } from './checklist.js';
import { type HandoverView, handoverView } from './handover.js';

export const ARCHIVE_MANIFEST_FORMAT = 'huanjie-archive/1';

export interface ManifestFile {
  path: string;
  title: string;
  bytes: number;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_MANIFEST_FORMAT;
  village: { code: string; name: string };
  round: { id: string; name: string };
  generatedOn: IsoDate;
  files: ManifestFile[];
  missing: { path: string; title: string; reason: string }[];
  checklist: {
    id: string;
    title: string;
    present: boolean;
    applicable: boolean;
    source: string;
    detail: string | null;
  }[];
}

interface Job {
  path: string;
  title: string;
  make: () => Promise<Buffer | string>;
}

function checklistSheet(wb: ExcelJS.Workbook, village: string, entries: ArchiveEntry[]) {
  const ws = wb.addWorksheet('档案清单');
  ws.columns = [
    { header: '序号', key: 'no', width: 6 },
    { header: '档案项目', key: 'title', width: 36 },
    { header: '状态', key: 'state', width: 8 },
    { header: '来源', key: 'source', width: 14 },
    { header: '说明', key: 'detail', width: 60 },
  ];
  for (const [i, e] of entries.entries())
    ws.addRow({
      no: i + 1,
      title: e.title,
      state: e.present ? '在档' : e.applicable ? '缺' : '不适用',
      source: e.source === 'data' ? '系统数据' : '人工登记',
      detail: e.detail ?? (e.source === 'data' ? `未满足：${e.basis}` : '尚未登记'),
    });
  ws.getRow(1).font = { bold: true };
  ws.headerFooter.oddHeader = `${village}换届选举档案清单`;
}

function handoverSheet(wb: ExcelJS.Workbook, h: HandoverView) {
  const ws = wb.addWorksheet('工作移交');
  ws.columns = [
    { header: '项目', key: 'a', width: 20 },
    { header: '内容', key: 'b', width: 50 },
  ];
  ws.addRow({ a: '新一届村民委员会产生之日', b: h.formedOn ?? '尚未产生（选举结果未经乡镇确认）' });
  ws.addRow({ a: '应完成移交日期', b: h.dueOn ? `${h.dueOn}（${h.basis}，${h.rule}）` : '—' });
  const row = h.handover;
  ws.addRow({ a: '完成日期', b: row?.completedOn ?? '未完成' });
  if (h.late) ws.addRow({ a: '逾期', b: `逾期 ${h.daysLate} 日` });
  ws.addRow({ a: '移交人', b: row?.outgoing ?? '' });
  ws.addRow({ a: '接收人', b: row?.incoming ?? '' });
  ws.addRow({ a: '监交人', b: row?.witness ?? '' });
  for (const c of row?.checklist ?? [])
    ws.addRow({ a: c.title, b: `${c.done ? '已移交' : '未移交'}${c.note ? `：${c.note}` : ''}` });
  ws.getRow(1).font = { bold: true };
}

/** The file name of the download: 档案-<村名>-<换届名>.zip */
export function archiveFileName(villageName: string, roundName: string): string {
  return `档案-${villageName}-${roundName}.zip`;
}

/**
 * Starts the zip and returns its stream at once; documents are made one after the other and added as
 * they are ready. A document the data does not allow yet (a list never published…) is listed as
 * missing with the reason the app gives for refusing to print it.
 */
export async function archiveZip(
  db: Tx,
  vr: VillageCtx,
  today: IsoDate,
): Promise<{ stream: Readable; fileName: string; done: Promise<ArchiveManifest> }> {
  const village = await getRegion(db, vr.villageCode);
  const [entries, handover, votes] = await Promise.all([
    archiveChecklist(db, vr),
    handoverView(db, vr, today),
    countedVotes(db, vr),
  ]);
  const o = { today };
  const jobs: Job[] = [
    {
      path: '01-选委会名单公告.pdf',
      title: '村民选举委员会成员名单公告',
      make: () => committeeListDocument(db, vr, o),
    },
    { path: '02-选民榜.pdf', title: '选民榜', make: () => voterListDocument(db, vr, o) },
    { path: '03-委托投票公告.pdf', title: '委托投票公告', make: () => proxyListDocument(db, vr, o) },
    {
      path: '04-正式候选人名单.pdf',
      title: '正式候选人名单公告',
      make: () => candidateListDocument(db, vr, o),
    },
    { path: '05-候选人简历.pdf', title: '候选人简历', make: () => candidateBiosDocument(db, vr, o) },
    { path: '06-投票选举公告.pdf', title: '投票选举公告', make: () => pollingNoticeDocument(db, vr, o) },
  ];
  if (votes.length === 0)
    jobs.push({
      path: '07-投票/',
      title: '计票数据与选举结果',
      make: async () => {
        throw new ApiError(409, 'CONFLICT', '本村还没有计票完毕的投票');
      },
    });
  for (const v of votes) {
    const dir = `07-投票/第${v.seq}次投票-${VOTE_KIND_LABELS[v.kind]}-${v.pollingDate}`;
    const label = voteLabel(v);
    jobs.push(
      {
        path: `${dir}/scenario-${vr.villageCode}-${v.seq}.json`,
        title: `${label}计票数据（huanjie-scenario/1）`,
        make: async () => `${v.scenarioJson ?? JSON.stringify(await buildScenario(db, vr, v), null, 2)}\n`,
      },
      {
        path: `${dir}/result-${vr.villageCode}-${v.seq}.json`,
        title: `${label}计票结果（huanjie-result/1）`,
        make: async () => `${v.resultJson ?? JSON.stringify(v.result, null, 2)}\n`,
      },
      {
        path: `${dir}/选举结果报告单.pdf`,
        title: `${label}选举结果报告单`,
        make: async () => resultReportPdf(await resultDoc(db, vr, v.id)),
      },
      {
        path: `${dir}/选举结果公告.pdf`,
        title: `${label}选举结果公告`,
        make: async () => resultAnnouncementPdf(await resultDoc(db, vr, v.id)),
      },
    );
    if (v.kind !== 'recall')
      jobs.push({
        path: `${dir}/当选证书.pdf`,
        title: `${label}当选证书`,
        make: async () => certificatesPdf(await certificateDoc(db, vr, v.id)),
      });
  }
  jobs.push({
    path: '08-档案清单与工作移交.xlsx',
    title: '档案清单与工作移交',
    make: async () => {
      const wb = new (await loadExcel()).Workbook();
      checklistSheet(wb, village.name, entries);
      handoverSheet(wb, handover);
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  });

  const manifest: ArchiveManifest = {
    format: ARCHIVE_MANIFEST_FORMAT,
    village: { code: vr.villageCode, name: village.name },
    round: { id: vr.round.id, name: vr.round.name },
    generatedOn: today,
    files: [],
    missing: [],
    checklist: entries.map((e) => ({
      id: e.id,
      title: e.title,
      present: e.present,
      applicable: e.applicable,
      source: e.source,
      detail: e.detail,
    })),
  };
  const zip = new ZipFile();
  const stream = zip.outputStream as Readable;
  const mtime = new Date();
  const done = (async () => {
    for (const job of jobs) {
      try {
        const made = await job.make();
        const data = typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
        zip.addBuffer(data, job.path, { mtime });
        manifest.files.push({ path: job.path, title: job.title, bytes: data.length });
      } catch (e) {
        // a refusal the app would give for this document: it is missing, and why
        if (!(e instanceof ApiError)) throw e;
        manifest.missing.push({ path: job.path, title: job.title, reason: e.message });
      }
    }
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), 'manifest.json', { mtime });
    zip.addBuffer(Buffer.from(manifestText(manifest), 'utf8'), '目录.txt', { mtime });
    zip.end();
    return manifest;
  })();
  done.catch((e: unknown) => stream.destroy(e instanceof Error ? e : new Error(String(e))));
  return { stream, fileName: archiveFileName(village.name, vr.round.name), done };
}

/** The manifest for people: what is in the zip and what is missing. */
export function manifestText(m: ArchiveManifest): string {
  const lines = [
    `${m.village.name} ${m.round.name} 换届选举档案`,
    `生成日期：${m.generatedOn}`,
    '',
    `一、本压缩包内的文件（${m.files.length} 个）`,
    ...m.files.map((f, i) => `${i + 1}. ${f.path}（${f.title}，${f.bytes} 字节）`),
    '',
    `二、未能生成的文书（${m.missing.length} 个）`,
    ...(m.missing.length === 0 ? ['无'] : m.missing.map((f, i) => `${i + 1}. ${f.title}：${f.reason}`)),
    '',
    '三、档案清单',
    ...m.checklist.map(
      (c, i) =>
        `${i + 1}. ${c.title}：${c.present ? '在档' : c.applicable ? '缺' : '不适用'}（${c.source === 'data' ? '系统数据' : '人工登记'}${c.detail ? `，${c.detail}` : ''}）`,
    ),
    '',
  ];
  return lines.join('\r\n');
}
