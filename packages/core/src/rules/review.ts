// The joint qualification review (联审) of candidates and self-nominees (D-9, D-10): the condition
// lists a county reviews against (as data, shipped as templates a county copies and edits), the
// departments that review in parallel, and how their verdicts make a nominee's review status.
import type { Cited } from '../ruleset/cited.js';
import type { Violation } from './outcome.js';

/**
 * `required`: conditions a nominee must meet (四过硬); `barred`: any one bars the nominee (五不能);
 * `unsuitable`: any one makes the nominee unsuitable (六不宜). In the review all three work the same
 * way: a department that finds a nominee short of a `required` item, or caught by a `barred` or
 * `unsuitable` one, does not pass them and names the item.
 */
export const CONDITION_LIST_KINDS = ['required', 'barred', 'unsuitable'] as const;
export type ConditionListKind = (typeof CONDITION_LIST_KINDS)[number];

export const CONDITION_KIND_TITLES: Readonly<Record<ConditionListKind, string>> = {
  required: '必备条件',
  barred: '不能确定为候选人的情形',
  unsuitable: '不宜确定为候选人的情形',
};

export interface ConditionItem {
  /** stable within the list: verdicts name the item they fail by it */
  readonly id: string;
  readonly text: string;
}

export interface ConditionList {
  readonly id: string;
  /** e.g. 四过硬 */
  readonly title: string;
  readonly kind: ConditionListKind;
  readonly items: readonly ConditionItem[];
}

export interface ReviewDepartment {
  readonly id: string;
  /** e.g. 县纪委县监委, 县委组织部, 县公安局 */
  readonly name: string;
}

export interface ReviewTemplate {
  readonly id: string;
  readonly title: string;
  /** where the lists come from */
  readonly source: string;
  /**
   * False when only the lists' names come from a source and their items are drafted: the county
   * must check the wording against its own documents before the review starts.
   */
  readonly wordingVerified: boolean;
  readonly note: string;
  readonly conditionLists: Cited<readonly ConditionList[]>;
  readonly departments: Cited<readonly ReviewDepartment[]>;
}

const item = (listId: string, n: number, text: string): ConditionItem => ({ id: `${listId}-${n}`, text });
const list = (
  id: string,
  title: string,
  kind: ConditionListKind,
  texts: readonly string[],
): ConditionList => ({
  id,
  title,
  kind,
  items: texts.map((t, i) => item(id, i + 1, t)),
});

/**
 * The departments a county usually names (seed 003 三(五): 纪检监察、组织、公安; seed 002: 计生、司法、
 * 纪检; the county adds or drops its own). The order is the board's column order.
 */
const COUNTY_DEPARTMENTS: readonly ReviewDepartment[] = [
  { id: 'discipline', name: '纪检监察' },
  { id: 'organization', name: '组织' },
  { id: 'police', name: '公安' },
  { id: 'court', name: '法院' },
  { id: 'procuratorate', name: '检察' },
  { id: 'petitions', name: '信访' },
  { id: 'civil-affairs', name: '民政' },
  { id: 'health', name: '卫健' },
  { id: 'market', name: '市场监管' },
  { id: 'tax', name: '税务' },
];

/**
 * Zhejiang 2020: candidates and self-nominees must meet the village rules' conditions, reviewed by
 * several departments in parallel (D-9; seed 003 三(二): “准确把握候选人（自荐人）‘四过硬五不能六不宜’
 * 的资格条件，严格执行多部门联审制度”). The seeds name the three lists but not their items: the items
 * below are a working draft for the county to check and reword against 浙委办发〔2020〕40号 and its
 * own plan.
 */
const ZHEJIANG: ReviewTemplate = {
  id: 'zhejiang-2020',
  title: '浙江省村级组织换届候选人（自荐人）资格条件（四过硬、五不能、六不宜）',
  source: '浙江省村民委员会选举办法第十五条第二款；景宁县郑坑乡换届实施方案三（二）（seed 003）',
  wordingVerified: false,
  note: '各条文字为拟稿，县换届办应对照省、市、县换届文件核对、修改后使用',
  conditionLists: {
    rule: 'D-9',
    value: [
      list('sgy', '四过硬', 'required', [
        '政治素质过硬：拥护党的路线方针政策，遵守宪法法律，在大是大非面前立场坚定',
        '发展能力过硬：有带领群众增收致富、发展壮大村级集体经济的能力',
        '治理能力过硬：熟悉农村工作，善于化解矛盾纠纷、依法办事、服务群众',
        '作风品行过硬：公道正派、廉洁自律、热心公益，群众认可度高',
      ]),
      list('wbn', '五不能', 'barred', [
        '受过刑事处罚的',
        '存在“村霸”、涉黑涉恶或者涉邪教问题的',
        '煽动群众闹事、扰乱公共秩序的',
        '以贿选等不正当手段参选，或者有其他严重违反换届纪律行为的',
        '违纪违法受到处理处分且影响期未满，或者正在被立案审查调查的',
      ]),
      list('blb', '六不宜', 'unsuitable', [
        '有严重违法用地、违章建房行为拒不整改的',
        '长期拖欠、侵占村集体资金资产拒不退还的',
        '被列入失信被执行人名单的',
        '长期不在村居住、不能正常履行职责的',
        '道德品行较差，在群众中造成不良影响的',
        '拒不履行村民义务，或者组织、参与非正常上访造成严重影响的',
      ]),
    ],
  },
  departments: { rule: 'D-9', value: COUNTY_DEPARTMENTS },
};

/** Beijing (D-10): Law Art 18 (lost capacity, criminal sentence) and what the 村民会议 bars. */
const BEIJING: ReviewTemplate = {
  id: 'beijing-2012',
  title: '北京市村民委员会成员候选人资格条件',
  source: '北京市村民委员会选举办法第十八条',
  wordingVerified: false,
  note: '各条按法规要点拟写，县（区）应对照原文核对后使用',
  conditionLists: {
    rule: 'D-10',
    value: [
      list('bj', '不得确定为候选人的情形', 'barred', [
        '丧失行为能力的',
        '被判处刑罚或者正在服刑的',
        '经村民会议决定不得提名的严重违法违纪人员',
        '正在被羁押的',
      ]),
    ],
  },
  departments: { rule: 'D-10', value: COUNTY_DEPARTMENTS.slice(0, 7) },
};

/** Elsewhere: the national law's bar (H-4: lost capacity or a criminal sentence ends the office). */
const BASIC: ReviewTemplate = {
  id: 'basic',
  title: '村民委员会成员候选人基本资格条件',
  source: '中华人民共和国村民委员会组织法第十八条',
  wordingVerified: false,
  note: '仅列法律规定的基本情形，县应补充本省选举办法和本县文件规定的条件',
  conditionLists: {
    rule: 'H-4;D-9',
    value: [list('basic', '不能确定为候选人的情形', 'barred', ['丧失行为能力的', '被判处刑罚的'])],
  },
  departments: { rule: 'D-9', value: COUNTY_DEPARTMENTS.slice(0, 6) },
};

const TEMPLATES: Readonly<Record<string, ReviewTemplate>> = {
  'zhejiang-2020': ZHEJIANG,
  'beijing-2012': BEIJING,
};

/** The template a round's county copies: by the round's rule set, the basic one when none is shipped. */
export function reviewTemplateFor(rulesetId: string): ReviewTemplate {
  return TEMPLATES[rulesetId] ?? BASIC;
}

/* ───────────────────────── verdicts ───────────────────────── */

export type VerdictValue = 'pass' | 'fail';

export interface DepartmentVerdict {
  readonly departmentId: string;
  readonly verdict: VerdictValue;
}

export type ReviewStatus = 'pending' | 'passed' | 'failed';

export interface ReviewOutcome {
  readonly status: ReviewStatus;
  /** named departments, in their order */
  readonly passedBy: readonly string[];
  readonly failedBy: readonly string[];
  readonly waitingOn: readonly string[];
}

/**
 * D-9: a nominee passes only when every department the county names has passed them, and fails as
 * soon as one department does not. Verdicts of departments no longer named do not count.
 */
export function reviewOutcome(
  departmentIds: readonly string[],
  verdicts: readonly DepartmentVerdict[],
): ReviewOutcome {
  const byDept = new Map(verdicts.map((v) => [v.departmentId, v.verdict]));
  const passedBy = departmentIds.filter((d) => byDept.get(d) === 'pass');
  const failedBy = departmentIds.filter((d) => byDept.get(d) === 'fail');
  const waitingOn = departmentIds.filter((d) => !byDept.has(d));
  const status: ReviewStatus =
    failedBy.length > 0
      ? 'failed'
      : departmentIds.length > 0 && waitingOn.length === 0
        ? 'passed'
        : 'pending';
  return { status, passedBy, failedBy, waitingOn };
}

/** Per department, how many of the nominees still wait for its verdict (the board's column counts). */
export function waitingPerDepartment(
  departmentIds: readonly string[],
  nominees: readonly { readonly verdicts: readonly DepartmentVerdict[]; readonly status: ReviewStatus }[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(departmentIds.map((d) => [d, 0]));
  for (const n of nominees) {
    // A nominee who has failed is out: nobody waits on the remaining departments for them.
    if (n.status === 'failed') continue;
    const given = new Set(n.verdicts.map((v) => v.departmentId));
    for (const d of departmentIds) if (!given.has(d)) counts[d] = (counts[d] ?? 0) + 1;
  }
  return counts;
}

/* ───────────────────────── the county's edits ───────────────────────── */

export const CONDITION_TEXT_MAX = 200;
export const CONDITION_ITEMS_MAX = 30;
export const DEPARTMENT_NAME_MAX = 30;
export const DEPARTMENTS_MAX = 30;

/** What is wrong with an edited condition list (the rule is D-9: the conditions the review applies). */
export function checkConditionList(l: Pick<ConditionList, 'title' | 'items'>): Violation[] {
  const problems: Violation[] = [];
  const rule = 'D-9';
  if (l.title.trim() === '') problems.push({ rule, field: '清单名称', reason: '清单名称不能为空' });
  if (l.items.length > CONDITION_ITEMS_MAX)
    problems.push({ rule, field: '条目', reason: `一个清单最多 ${CONDITION_ITEMS_MAX} 条` });
  const seen = new Set<string>();
  l.items.forEach((it, i) => {
    const text = it.text.trim();
    if (text === '') problems.push({ rule, field: `第${i + 1}条`, reason: '条目内容不能为空' });
    else if (text.length > CONDITION_TEXT_MAX)
      problems.push({ rule, field: `第${i + 1}条`, reason: `条目不超过 ${CONDITION_TEXT_MAX} 字` });
    else if (seen.has(text))
      problems.push({ rule, field: `第${i + 1}条`, reason: `与前面的条目重复：${text}` });
    seen.add(text);
  });
  return problems;
}

export function checkDepartments(departments: readonly Pick<ReviewDepartment, 'name'>[]): Violation[] {
  const problems: Violation[] = [];
  const rule = 'D-9';
  if (departments.length === 0)
    problems.push({ rule, field: '联审部门', reason: '至少要有一个联审部门，否则无人审查候选人' });
  if (departments.length > DEPARTMENTS_MAX)
    problems.push({ rule, field: '联审部门', reason: `联审部门最多 ${DEPARTMENTS_MAX} 个` });
  const seen = new Set<string>();
  departments.forEach((d, i) => {
    const name = d.name.trim();
    if (name === '') problems.push({ rule, field: `第${i + 1}个部门`, reason: '部门名称不能为空' });
    else if (name.length > DEPARTMENT_NAME_MAX)
      problems.push({ rule, field: `第${i + 1}个部门`, reason: `部门名称不超过 ${DEPARTMENT_NAME_MAX} 字` });
    else if (seen.has(name)) problems.push({ rule, field: `第${i + 1}个部门`, reason: `部门重复：${name}` });
    seen.add(name);
  });
  return problems;
}

/**
 * Gives ids to the new entries of an edited list, keeping the ids of the entries kept (an item
 * reworded keeps its id, so a verdict that named it still does). New ids continue `prefix-N` after
 * the highest number used so far, so a removed item's id is never given to another.
 */
export function assignIds<T extends { id?: string | undefined }>(
  prefix: string,
  entries: readonly T[],
  everUsed: readonly string[],
): (T & { id: string })[] {
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  let next =
    Math.max(
      0,
      ...[...everUsed, ...entries.map((e) => e.id ?? '')].map((id) => Number(re.exec(id)?.[1] ?? 0)),
    ) + 1;
  return entries.map((e) => ({ ...e, id: e.id && e.id !== '' ? e.id : `${prefix}-${next++}` }));
}
