/**
 * Which cell styles show a number as a date. A birth date typed into Excel is stored as a
 * day count (a serial) with a date format: without this the importer would read "32874".
 */
import { parsePart } from './parse-part.js';
import { attr } from './xml-scanner.js';

/**
 * Built-in number formats that are dates: 14–17 and 22 everywhere; 27–31, 36, 50–54, 57 and 58
 * are the zh-CN ones (yyyy"年"m"月"d"日" and friends) that Excel and WPS write for Chinese dates.
 */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);

/** A format code is a date when, outside quoted text, escapes and [colour]/[locale] blocks, it has y, d or 年月日. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[yd年月日]/i.test(bare);
}

/** For each cell style (the `s` of a cell): whether it formats numbers as dates. */
export function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parsePart(xml, {
    open(name, raw) {
      if (name === 'numFmt') {
        const id = Number(attr(raw, 'numFmtId'));
        const code = attr(raw, 'formatCode');
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attr(raw, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
  });
}
