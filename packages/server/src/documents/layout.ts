// 各文书共用的版式零件：日期写法、标题、落款、裁切线表格、分组切块。
import type { Content, CustomTableLayout } from 'pdfmake/interfaces';

/** 'YYYY-MM-DD' → “2026年3月1日”（公文日期不补零）。 */
export function cnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`不是 YYYY-MM-DD 日期：${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** 'YYYY-MM-DD' → “1978.03”（名单里的出生年月，占位窄）。 */
export function birthMonth(iso: string): string {
  return `${iso.slice(0, 4)}.${iso.slice(5, 7)}`;
}

export function sexLabel(sex: 'M' | 'F'): string {
  return sex === 'M' ? '男' : '女';
}

/** 文书大标题（居中、加粗）。 */
export function title(text: string, fontSize = 16): Content {
  return { text, bold: true, fontSize, alignment: 'center', margin: [0, 0, 0, 10] };
}

/** 落款：单位（盖章）和日期，靠右，留出盖章的空白。 */
export function signature(unit: string, date: string): Content {
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    stack: [
      { text: `${unit}（盖章）`, alignment: 'right' },
      { text: cnDate(date), alignment: 'right', margin: [0, 6, 0, 0] },
    ],
  };
}

/** 按 size 个一组切开（最后一组可能不满）。 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** 卡片页的表格线：虚线，沿线裁开。 */
export const CUT_LINES: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#888888',
  vLineColor: () => '#888888',
  hLineStyle: () => ({ dash: { length: 4, space: 3 } }),
  vLineStyle: () => ({ dash: { length: 4, space: 3 } }),
  paddingLeft: () => 12,
  paddingRight: () => 12,
  paddingTop: () => 10,
  paddingBottom: () => 10,
};

/** 名单表格：细实线、紧凑的内边距，适合张贴的密排名单。 */
export const LIST_LINES: CustomTableLayout = {
  hLineWidth: () => 0.4,
  vLineWidth: () => 0.4,
  hLineColor: () => '#666666',
  vLineColor: () => '#666666',
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** 村民小组按名称里的数字排（第二组在第十组之前），没有数字的按拼音排在后面。 */
export function compareGroups(a: string, b: string): number {
  const na = groupNumber(a);
  const nb = groupNumber(b);
  if (na !== nb) return na - nb;
  return a.localeCompare(b, 'zh-CN');
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function groupNumber(name: string): number {
  const arabic = /\d+/.exec(name);
  if (arabic) return Number(arabic[0]);
  const cn = /[一二三四五六七八九十]+/.exec(name);
  if (!cn) return Number.MAX_SAFE_INTEGER;
  const s = cn[0];
  // 一到九十九：十 / 十X / X十 / X十Y / X
  const ten = s.indexOf('十');
  if (ten < 0) return CN_DIGITS[s] ?? Number.MAX_SAFE_INTEGER;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? 1);
  const ones = CN_DIGITS[s.slice(ten + 1)] ?? 0;
  return tens * 10 + ones;
}
