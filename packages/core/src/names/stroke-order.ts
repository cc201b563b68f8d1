// 姓氏笔画排序（正式候选人名单、选民榜用）：
// 先比第一个字的笔画数，再比起笔笔形（横竖撇点折），再依次比第二笔、第三笔……；
// 第一个字完全相同再比第二个字，依此类推。复姓不特殊处理，就是按字逐个比。
import { charStrokes } from './stroke-data.js';

// 排序键里每个字占一个定长片段，整个名字的键可以直接按字符串比较。
// 片段 = 笔画数(3 位) + 笔形串(补 '6' 到 64 位) + 码点(6 位十六进制)。
// 码点放在最后：笔画和笔形完全相同的两个不同的字（如“田”“由”）不会交错，同姓的人排在一起。
const UNKNOWN_COUNT = 999; // cnchar 不认识的字（生僻字、“·”等）排在所有认识的字之后
const CLASS_WIDTH = 64;

function charKey(ch: string): string {
  const { count, classes } = charStrokes(ch);
  const n = String(count ?? UNKNOWN_COUNT).padStart(3, '0');
  // 有笔画数而无笔顺的字：'6' 大于任何笔形，排在同笔画数的已知字之后。
  const shape = (classes ?? '').slice(0, CLASS_WIDTH).padEnd(CLASS_WIDTH, '6');
  const cp = ch.codePointAt(0)!.toString(16).padStart(6, '0');
  return n + shape + cp;
}

/** 名字的笔画排序键；键的字符串顺序就是姓氏笔画顺序。名字里的空白忽略。 */
export function strokeSortKey(name: string): string {
  // 以空串作分隔：前缀更短的名字（“王五”对“王五一”）排在前面。
  return Array.from(name.replace(/\s+/g, ''), charKey).join('');
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 按姓氏笔画比较两个姓名；键相同时按整个名字的码点比较，保证结果稳定。 */
export function compareByStrokes(a: string, b: string): number {
  return byCodeUnit(strokeSortKey(a), strokeSortKey(b)) || byCodeUnit(a, b);
}

/**
 * 按姓氏笔画排序一组对象（不改原数组）。每个名字只算一次键，
 * 两万人的选民榜也不必在比较时反复查字。
 */
export function sortByStrokes<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const keyed = items.map((item) => {
    const name = nameOf(item);
    return { item, name, key: strokeSortKey(name) };
  });
  keyed.sort((x, y) => byCodeUnit(x.key, y.key) || byCodeUnit(x.name, y.name));
  return keyed.map((k) => k.item);
}
