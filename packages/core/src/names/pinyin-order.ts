// 拼音顺序（检索、花名册等不要求姓氏笔画的地方用）。ICU 的 zh-CN 排序规则就是按拼音。
const collator = new Intl.Collator('zh-CN');

/** 按拼音比较两个姓名；相同时按码点，保证稳定。 */
export function compareByPinyin(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
