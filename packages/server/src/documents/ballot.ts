// 选票：由 core 的选票模型（ballotModel）画成 PDF，A4 或 A3 纵向，一页一张。
// 每个职位一栏：候选人（自荐人）按姓氏笔画排，每人一个画符号的方格；“另选他人”与应选名额一样多，
// 单列的妇女委员另成一栏；底部印填写说明（来自规则集）。每张选票印编号；票样不印编号，斜印“样票”。
//
// 选票一印就是全村选民数加预留数那么多页，所以这里直接用 pdfkit 画（pdfmake 排版一页约 16 ms，
// 三千张要近一分钟）：一页约 1.5 ms，每画 100 页让出一次事件循环，大村印票时服务器照常应答。
import type { BallotModel, BallotPart, BallotSheet } from '@huanjie/core';
import { formatSerial } from '@huanjie/core';
import { FONT_FILES } from './fonts.js';
import { cnDate } from './layout.js';
import { loadPdfKit } from './lazy-libs.js';

export type BallotPaperSize = 'A4' | 'A3';

const PAGE: Record<BallotPaperSize, [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
};

export interface BallotPdfInput {
  village: string;
  /** 村民委员会或居民委员会 */
  committeeName: string;
  /** 换届名称，印在标题下，如“2020年村级组织换届” */
  term: string;
  electionDay: string;
  paper: BallotPaperSize;
  model: BallotModel;
  /**
   * 要印的编号段（含两端），按顺序；'sample' 印一份票样（每种选票一张，斜印“样票”，不印编号）。
   * 分职位印制时，每个职位各印一遍同样的编号（同一选民领到的各张选票编号相同）。
   */
  serials: readonly { from: number; to: number }[] | 'sample';
}

/** 版面尺寸（pt），按纸张放大：A3 的字和格子都大一号，便于老年选民看清。 */
interface Metrics {
  width: number;
  height: number;
  margin: number;
  scale: number;
  labelWidth: number;
  maxColumns: number;
  columnWidth: number;
}

/**
 * Every part of the ballot uses the same column width, so the grids line up: the page's width over
 * the widest part's columns (at least five, at most what fits at 62 pt a column).
 */
function metricsFor(paper: BallotPaperSize, model: BallotModel): Metrics {
  const [width, height] = PAGE[paper];
  const scale = paper === 'A3' ? 1.3 : 1;
  const margin = 36 * scale;
  const labelWidth = 56 * scale;
  const inner = width - 2 * margin - labelWidth;
  const maxColumns = Math.max(1, Math.floor(inner / (62 * scale)));
  const widest = Math.max(
    5,
    ...model.sheets.flatMap((s) => s.parts.map((p) => p.candidates.length + p.writeInLines)),
  );
  return {
    width,
    height,
    margin,
    scale,
    labelWidth,
    maxColumns,
    columnWidth: inner / Math.min(widest, maxColumns),
  };
}

interface Column {
  kind: 'person' | 'write-in';
  name: string;
}

function columnsOf(part: BallotPart): Column[] {
  return [
    ...part.candidates.map((c) => ({ kind: 'person' as const, name: c.name })),
    ...Array.from({ length: part.writeInLines }, () => ({ kind: 'write-in' as const, name: '' })),
  ];
}

function rowsOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length === 0 ? [[]] : out;
}

const ROW_NAME = 40;
const ROW_MARK = 38;
const PART_HEAD = 22;
const PART_GAP = 10;

function partHeading(part: BallotPart): string {
  if (part.separate) return `${part.title}（单列 · 应选${part.seats}名 · 只能选女性）`;
  if (part.womenOnly) return `${part.title}（应选${part.seats}名 · 只能选女性）`;
  return part.heading;
}

function partHeight(part: BallotPart, m: Metrics): number {
  const gridRows = rowsOf(columnsOf(part), m.maxColumns).length;
  return (PART_HEAD + gridRows * (ROW_NAME + ROW_MARK) + PART_GAP) * m.scale;
}

const TITLE_BLOCK = 92;
const FOOTER = 22;
const INSTRUCTION_SIZE = 9;
const INSTRUCTION_LEADING = 1.45;

/** Characters that may not start a line (避头点): they stay at the end of the line before. */
const NO_LINE_START = new Set('，。；：、）》”’！？'.split(''));

/**
 * Breaks a paragraph into lines that fit `width`, measured once per character with the document's
 * font. The ballots repeat the same instructions on every page, so they are wrapped once per sheet and
 * drawn line by line (pdfkit's own wrapping on every page would cost most of the print run).
 */
function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number, indent: number): string[] {
  const widths = new Map<string, number>();
  const w = (ch: string) => {
    let v = widths.get(ch);
    if (v === undefined) {
      v = doc.widthOfString(ch);
      widths.set(ch, v);
    }
    return v;
  };
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const cw = w(ch);
    const limit = lines.length === 0 ? width : width - indent;
    if (used + cw > limit && line.length > 0 && !NO_LINE_START.has(ch)) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += cw;
  }
  if (line) lines.push(line);
  return lines;
}

/** A sheet's instructions as numbered, pre-wrapped lines (the continuation lines indented). */
interface WrappedInstructions {
  lines: { text: string; indent: number }[];
  height: number;
}

function wrapInstructions(doc: PDFKit.PDFDocument, sheet: BallotSheet, m: Metrics): WrappedInstructions {
  doc.font('regular').fontSize(INSTRUCTION_SIZE * m.scale);
  const width = m.width - 2 * m.margin;
  const lines: { text: string; indent: number }[] = [];
  sheet.instructions.forEach((ins, n) => {
    const label = `${n + 1}. `;
    const indent = doc.widthOfString(label);
    wrapLines(doc, label + ins.text, width, indent).forEach((text, i) => {
      lines.push({ text, indent: i === 0 ? 0 : indent });
    });
  });
  const lineHeight = INSTRUCTION_SIZE * m.scale * INSTRUCTION_LEADING;
  return { lines, height: 16 * m.scale + lines.length * lineHeight };
}

/** Throws when a sheet does not fit one page of this paper (the caller then suggests A3). */
function checkFits(
  sheet: BallotSheet,
  wrapped: WrappedInstructions,
  m: Metrics,
  paper: BallotPaperSize,
): void {
  const used =
    TITLE_BLOCK * m.scale +
    sheet.parts.reduce((h, p) => h + partHeight(p, m), 0) +
    wrapped.height +
    FOOTER * m.scale;
  if (used > m.height - 2 * m.margin) {
    throw new RangeError(
      paper === 'A4'
        ? `${sheet.title}内容太多，一张A4纸印不下，请改用A3纸或分职位印制`
        : `${sheet.title}内容太多，一张A3纸也印不下，请分职位印制`,
    );
  }
}

function drawTitle(
  doc: PDFKit.PDFDocument,
  input: BallotPdfInput,
  sheet: BallotSheet,
  m: Metrics,
  serial: number | null,
): number {
  const { margin, scale, width } = m;
  const inner = width - 2 * margin;
  // 盖章处：虚线圆，选票须加盖村民选举委员会印章才有效
  const r = 30 * scale;
  doc
    .save()
    .lineWidth(0.6)
    .dash(3, { space: 3 })
    .strokeColor('#999999')
    .circle(margin + r, margin + r, r)
    .stroke()
    .undash()
    .restore();
  doc
    .font('regular')
    .fontSize(8 * scale)
    .fillColor('#999999')
    .text('盖章处', margin, margin + r - 5 * scale, { width: 2 * r, align: 'center', lineBreak: false });
  doc
    .font('bold')
    .fontSize(20 * scale)
    .fillColor('#000000')
    .text(`${input.village}${input.committeeName}选举${sheet.title}`, margin, margin + 4 * scale, {
      width: inner,
      align: 'center',
      lineBreak: false,
    });
  doc
    .font('regular')
    .fontSize(10 * scale)
    .fillColor('#333333')
    .text(`${input.term} · 选举日 ${cnDate(input.electionDay)}`, margin, margin + 36 * scale, {
      width: inner,
      align: 'center',
      lineBreak: false,
    });
  if (serial === null) {
    doc
      .font('bold')
      .fontSize(14 * scale)
      .fillColor('#c00000')
      .text('样 票', margin, margin + 8 * scale, { width: inner, align: 'right', lineBreak: false });
  } else {
    doc
      .font('Courier-Bold')
      .fontSize(12 * scale)
      .fillColor('#000000')
      .text(formatSerial(serial), margin, margin + 10 * scale, {
        width: inner,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.fillColor('#000000');
  return margin + TITLE_BLOCK * scale;
}

function drawPart(
  doc: PDFKit.PDFDocument,
  part: BallotPart,
  candidateTitle: string,
  m: Metrics,
  top: number,
): number {
  const { margin, scale } = m;
  const inner = m.width - 2 * margin;
  let y = top;
  doc
    .save()
    .rect(margin, y, inner, PART_HEAD * scale)
    .fill(part.separate ? '#f3e3ea' : '#e8e8e8')
    .restore();
  doc
    .font('bold')
    .fontSize(12 * scale)
    .fillColor('#000000')
    .text(partHeading(part), margin + 6 * scale, y + 4 * scale, {
      width: inner - 12 * scale,
      lineBreak: false,
    });
  y += PART_HEAD * scale;
  const nameH = ROW_NAME * scale;
  const markH = ROW_MARK * scale;
  const columns = columnsOf(part);
  for (const row of rowsOf(columns, m.maxColumns)) {
    doc.lineWidth(0.8).strokeColor('#000000');
    // 左侧标签列
    doc.rect(margin, y, m.labelWidth, nameH).stroke();
    doc.rect(margin, y + nameH, m.labelWidth, markH).stroke();
    doc
      .font('regular')
      .fontSize(10 * scale)
      .text(candidateTitle, margin, y + nameH / 2 - 6 * scale, {
        width: m.labelWidth,
        align: 'center',
        lineBreak: false,
      })
      .text('画符号', margin, y + nameH + markH / 2 - 6 * scale, {
        width: m.labelWidth,
        align: 'center',
        lineBreak: false,
      });
    row.forEach((col, i) => {
      const x = margin + m.labelWidth + i * m.columnWidth;
      doc.rect(x, y, m.columnWidth, nameH).stroke();
      doc.rect(x, y + nameH, m.columnWidth, markH).stroke();
      if (col.kind === 'person') {
        doc
          .font('bold')
          .fontSize(13 * scale)
          .text(col.name, x, y + nameH / 2 - 8 * scale, {
            width: m.columnWidth,
            align: 'center',
            lineBreak: false,
          });
      } else {
        doc
          .font('regular')
          .fontSize(7.5 * scale)
          .fillColor('#555555')
          .text('另选他人', x + 3 * scale, y + 3 * scale, {
            width: m.columnWidth - 6 * scale,
            lineBreak: false,
          })
          .fillColor('#000000');
      }
      // 画符号的方格
      const box = 20 * scale;
      doc
        .lineWidth(0.6)
        .rect(x + (m.columnWidth - box) / 2, y + nameH + (markH - box) / 2, box, box)
        .stroke()
        .lineWidth(0.8);
    });
    y += nameH + markH;
  }
  return y + PART_GAP * scale;
}

function drawInstructions(
  doc: PDFKit.PDFDocument,
  wrapped: WrappedInstructions,
  m: Metrics,
  top: number,
): void {
  const { margin, scale } = m;
  const width = m.width - 2 * margin;
  doc
    .font('bold')
    .fontSize(10 * scale)
    .fillColor('#000000')
    .text('填写说明', margin, top, { width, lineBreak: false });
  const lineHeight = INSTRUCTION_SIZE * scale * INSTRUCTION_LEADING;
  let y = top + 16 * scale;
  doc
    .font('regular')
    .fontSize(INSTRUCTION_SIZE * scale)
    .fillColor('#222222');
  for (const line of wrapped.lines) {
    doc.text(line.text, margin + line.indent, y, { lineBreak: false });
    y += lineHeight;
  }
  doc.fillColor('#000000');
}

function drawFooter(doc: PDFKit.PDFDocument, input: BallotPdfInput, m: Metrics): void {
  const { margin, scale } = m;
  doc
    .font('regular')
    .fontSize(8 * scale)
    .fillColor('#666666')
    .text(
      `本选票由${input.village}村民选举委员会统一印制，未加盖印章、涂改编号或复印的选票无效。`,
      margin,
      m.height - margin - 10 * scale,
      { width: m.width - 2 * margin, align: 'center', lineBreak: false },
    )
    .fillColor('#000000');
}

function drawSampleMark(doc: PDFKit.PDFDocument, m: Metrics): void {
  const cx = m.width / 2;
  const cy = m.height / 2;
  doc
    .save()
    .rotate(-30, { origin: [cx, cy] })
    .font('bold')
    .fontSize(170 * m.scale)
    .fillColor('#d00000')
    .fillOpacity(0.16)
    .text('样票', cx - 200 * m.scale, cy - 110 * m.scale, {
      width: 400 * m.scale,
      align: 'center',
      lineBreak: false,
    })
    .restore();
}

function drawSheet(
  doc: PDFKit.PDFDocument,
  input: BallotPdfInput,
  sheet: BallotSheet,
  m: Metrics,
  wrapped: WrappedInstructions,
  serial: number | null,
): void {
  doc.addPage({ size: input.paper, margin: 0 });
  let y = drawTitle(doc, input, sheet, m, serial);
  for (const part of sheet.parts) y = drawPart(doc, part, input.model.candidateTitle, m, y);
  drawInstructions(doc, wrapped, m, y + 4 * m.scale);
  drawFooter(doc, input, m);
  if (serial === null) drawSampleMark(doc, m);
}

const YIELD_EVERY = 100;

/** 生成选票（或票样）PDF。一张选票超出一页时抛出 RangeError，说明该换纸还是分职位印。 */
export async function ballotPdf(input: BallotPdfInput): Promise<Buffer> {
  const sample = input.serials === 'sample';
  if (!sample && (input.serials as readonly { from: number; to: number }[]).every((r) => r.to < r.from)) {
    throw new RangeError('没有要印的选票：编号段为空');
  }
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: input.paper,
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: `${input.village}${input.committeeName}选举选票${sample ? '（样票）' : ''}`,
      Creator: '换届通',
      Producer: '换届通',
    },
  });
  doc.registerFont('regular', FONT_FILES.normal);
  doc.registerFont('bold', FONT_FILES.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const m = metricsFor(input.paper, input.model);
  const wrapped = input.model.sheets.map((sheet) => {
    const w = wrapInstructions(doc, sheet, m);
    checkFits(sheet, w, m, input.paper);
    return w;
  });

  let pages = 0;
  for (const [i, sheet] of input.model.sheets.entries()) {
    if (input.serials === 'sample') {
      drawSheet(doc, input, sheet, m, wrapped[i]!, null);
      continue;
    }
    for (const range of input.serials) {
      for (let n = range.from; n <= range.to; n++) {
        drawSheet(doc, input, sheet, m, wrapped[i]!, n);
        if (++pages % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      }
    }
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
