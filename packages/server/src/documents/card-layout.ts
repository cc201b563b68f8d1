// 卡片类文书（选民证、委托投票证）的共同版式：整页网格、虚线裁切、标题和“标签：内容”行。
import type { Content, Style, TableCell } from 'pdfmake/interfaces';
import { CUT_LINES, chunk } from './layout.js';

// A4 是 595.28 × 841.89 pt。卡片页边距 24，网格填满版心，行高按每页行数均分，
// 减去单元格上下内边距（各 10）和线宽，保证每页正好排满、不会把一行挤到下一页。
const A4_HEIGHT = 841.89;
const MARGIN = 24;

/** 卡片页的页边距（renderPdf 的 margins）。 */
export const CARD_MARGINS: [number, number, number, number] = [MARGIN, MARGIN, MARGIN, MARGIN];

export interface CardGrid {
  perRow: number;
  perPage: number;
}

/** 把卡片排成每页 perPage 张的网格，每页一张表，虚线裁切。 */
export function cardPages(cards: readonly Content[], grid: CardGrid): Content[] {
  const rowsPerPage = grid.perPage / grid.perRow;
  const rowHeight = Math.floor((A4_HEIGHT - 2 * MARGIN) / rowsPerPage - 20 - 2);
  return chunk(cards, grid.perPage).map((pageCards, pageIndex) => {
    const body: TableCell[][] = chunk(pageCards, grid.perRow).map((row) => {
      // 思源黑体自身的行距已有 1.45 em，卡片上不再加倍行距，给长地名折行留出余量。
      const cells: TableCell[] = row.map((c) => ({ stack: [c], lineHeight: 1 }));
      while (cells.length < grid.perRow) cells.push('');
      return cells;
    });
    return {
      pageBreak: pageIndex > 0 ? 'before' : undefined,
      table: {
        widths: Array.from({ length: grid.perRow }, () => '*'),
        heights: rowHeight,
        dontBreakRows: true,
        body,
      },
      layout: CUT_LINES,
    };
  });
}

/** 卡片标题：大字证名，下面一行小字写明哪次选举。 */
export function cardTitle(name: string, subtitle: string): Content {
  return {
    stack: [
      { text: name, bold: true, fontSize: 16, alignment: 'center' },
      { text: subtitle, fontSize: 8, alignment: 'center', color: '#444444', margin: [0, 1, 0, 6] },
    ],
  };
}

/** 内容超过 fitChars 个字时缩小字号，少折行，卡片高度不超出格子。 */
export function fitSize(value: string, fitChars: number, fontSize = 10): number {
  const n = Array.from(value).length;
  return n <= fitChars ? fontSize : Math.max(7.5, Math.floor(((fontSize * fitChars) / n) * 2) / 2);
}

/** “标签：内容”一行；标签用全角空格对齐成四个字宽。 */
export function field(label: string, value: string, valueStyle: Style = {}): Content {
  return {
    text: [
      { text: `${label}：`, color: '#444444' },
      { text: value, ...valueStyle },
    ],
    fontSize: 10,
    margin: [0, 0, 0, 3],
  };
}
