// Kinship read from the household register (户口簿): everyone's 与户主关系 within one 户号 gives the
// relations the recusal rules ask about (C1-5, C2-6, E-9, J2-3): 配偶, 父母, 子女, 兄弟姐妹, 祖父母, 孙子女.

import type { KinRelation } from '../ruleset/sections/kinship.js';
import type { KinLink } from './kin-graph.js';

export interface HouseholdMember {
  readonly id: string;
  readonly householdNo: string;
  readonly sex: 'M' | 'F';
  /** 与户主关系 as registered (户主, 配偶, 长子, 女, 孙女, 父亲, 岳母, 弟, …), null when not recorded */
  readonly relationToHead: string | null;
}

/** Someone whose 与户主关系 yields no relation, or a household that could not be read. */
export interface HouseholdNote {
  readonly householdNo: string;
  readonly personId: string | null;
  readonly reason: string;
}

export interface HouseholdKin {
  /** One link per related pair: `to` is `from`'s `kind`. */
  readonly links: readonly KinLink[];
  readonly notes: readonly HouseholdNote[];
}

type Role =
  | 'head'
  | 'spouse'
  | 'child'
  | 'child-spouse'
  | 'grandchild-of-son'
  | 'grandchild-of-daughter'
  | 'parent'
  | 'parent-in-law'
  | 'paternal-grandparent'
  | 'maternal-grandparent'
  | 'sibling';

interface Reading {
  readonly role: Role;
  /** the sex the label itself says (长子 → M), else the person's own */
  readonly sex?: 'M' | 'F';
}

const ORDINAL = '(?:独生|长|次|三|四|五|六|七|八|九|十|小|养|继|其他)?';
const PATTERNS: readonly [RegExp, Reading][] = [
  [/^(户主|本人)$/, { role: 'head' }],
  [/^(配偶|妻|妻子|夫|丈夫)$/, { role: 'spouse' }],
  [new RegExp(`^${ORDINAL}(子|儿子)$`), { role: 'child', sex: 'M' }],
  [new RegExp(`^${ORDINAL}(女|女儿)$`), { role: 'child', sex: 'F' }],
  [/^子女$/, { role: 'child' }],
  [/^(儿媳|儿媳妇|媳妇)$/, { role: 'child-spouse', sex: 'F' }],
  [/^女婿$/, { role: 'child-spouse', sex: 'M' }],
  [/^(孙子|孙女|孙子女)$/, { role: 'grandchild-of-son' }],
  [/^(外孙|外孙子|外孙女|外孙子女)$/, { role: 'grandchild-of-daughter' }],
  [/^(父|父亲|继父|养父)$/, { role: 'parent', sex: 'M' }],
  [/^(母|母亲|继母|养母)$/, { role: 'parent', sex: 'F' }],
  [/^父母$/, { role: 'parent' }],
  [/^(公公|岳父)$/, { role: 'parent-in-law', sex: 'M' }],
  [/^(婆婆|岳母)$/, { role: 'parent-in-law', sex: 'F' }],
  [/^(祖父|祖母|祖父母|爷爷|奶奶)$/, { role: 'paternal-grandparent' }],
  [/^(外祖父|外祖母|外祖父母|外公|外婆)$/, { role: 'maternal-grandparent' }],
  [/^(兄|哥|哥哥|弟|弟弟|姐|姐姐|妹|妹妹|兄弟|姐妹|兄弟姐妹)$/, { role: 'sibling' }],
];

function readRelation(label: string | null): Reading | null {
  const text = (label ?? '').replace(/\s+/g, '');
  for (const [re, reading] of PATTERNS) if (re.test(text)) return reading;
  return null;
}

interface Placed {
  readonly m: HouseholdMember;
  readonly role: Role;
  readonly sex: 'M' | 'F';
}

/** The family of one household as parent links and couples between people and stand-ins (`~…`). */
class Family {
  readonly parents = new Map<string, Set<string>>();
  readonly couples = new Set<string>();

  addParent(child: string, parent: string) {
    const set = this.parents.get(child) ?? new Set<string>();
    set.add(parent);
    this.parents.set(child, set);
  }
  marry(a: string, b: string) {
    this.couples.add(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  }
  /** What `b` is to `a`, if anything the recusal rules name. */
  relation(a: string, b: string): KinRelation | null {
    if (this.couples.has(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)) return 'spouse';
    const pa = this.parents.get(a) ?? new Set<string>();
    const pb = this.parents.get(b) ?? new Set<string>();
    if (pa.has(b)) return 'parent';
    if (pb.has(a)) return 'child';
    for (const p of pa) if (pb.has(p)) return 'sibling';
    for (const p of pa) if (this.parents.get(p)?.has(b)) return 'grandparent';
    for (const p of pb) if (this.parents.get(p)?.has(a)) return 'grandchild';
    return null;
  }
}

/** The one member with the role (and sex), or a stand-in when there is none or more than one. */
function oneOf(placed: readonly Placed[], role: Role, standIn: string, sex?: 'M' | 'F'): string {
  const found = placed.filter((p) => p.role === role && (sex === undefined || p.sex === sex));
  return found.length === 1 ? found[0]!.m.id : standIn;
}

function household(no: string, members: readonly HouseholdMember[], notes: HouseholdNote[]): KinLink[] {
  const placed: Placed[] = [];
  for (const m of members) {
    const r = readRelation(m.relationToHead);
    if (r === null) {
      notes.push({
        householdNo: no,
        personId: m.id,
        reason: m.relationToHead?.trim()
          ? `与户主关系“${m.relationToHead.trim()}”推不出配偶、父母子女、兄弟姐妹、祖孙关系，如有亲属关系请手工添加`
          : '未登记与户主关系，如有亲属关系请手工添加',
      });
      continue;
    }
    placed.push({ m, role: r.role, sex: r.sex ?? m.sex });
  }
  const heads = placed.filter((p) => p.role === 'head');
  if (heads.length !== 1) {
    notes.push({
      householdNo: no,
      personId: null,
      reason:
        heads.length === 0
          ? '户内没有登记户主，无法推算亲属关系'
          : `户内登记了${heads.length}名户主，无法推算亲属关系`,
    });
    return [];
  }
  const f = new Family();
  const head = heads[0]!.m.id;
  const spouses = placed.filter((p) => p.role === 'spouse');
  if (spouses.length > 1)
    notes.push({ householdNo: no, personId: null, reason: '户内登记了两名以上配偶，配偶关系未推算' });
  const spouse = oneOf(placed, 'spouse', '~spouse');
  if (spouse !== '~spouse') f.marry(head, spouse);
  // The head's parents: the one registered father and mother, or stand-ins shared by the head and siblings.
  const father = oneOf(placed, 'parent', '~father', 'M');
  const mother = oneOf(placed, 'parent', '~mother', 'F');
  for (const p of placed.filter((x) => x.role === 'parent')) f.addParent(head, p.m.id);
  for (const id of [head, ...placed.filter((p) => p.role === 'sibling').map((p) => p.m.id)]) {
    f.addParent(id, father);
    f.addParent(id, mother);
  }
  if (!father.startsWith('~') && !mother.startsWith('~')) f.marry(father, mother);
  const couple = (role: Role, parentsOf: string) => {
    const man = oneOf(placed, role, `~${role}-m`, 'M');
    const woman = oneOf(placed, role, `~${role}-f`, 'F');
    for (const p of placed.filter((x) => x.role === role)) f.addParent(parentsOf, p.m.id);
    if (!man.startsWith('~') && !woman.startsWith('~')) f.marry(man, woman);
  };
  couple('paternal-grandparent', father);
  couple('maternal-grandparent', mother);
  couple('parent-in-law', spouse);
  // Children are the head's and the spouse's; a 儿媳 marries the only son, a 女婿 the only daughter.
  for (const c of placed.filter((p) => p.role === 'child')) {
    f.addParent(c.m.id, head);
    f.addParent(c.m.id, spouse);
  }
  const son = oneOf(placed, 'child', '~son', 'M');
  const daughter = oneOf(placed, 'child', '~daughter', 'F');
  const inLaws = placed.filter((p) => p.role === 'child-spouse');
  const sonsWife =
    inLaws.filter((p) => p.sex === 'F').length === 1 ? inLaws.find((p) => p.sex === 'F')!.m.id : null;
  const daughtersHusband =
    inLaws.filter((p) => p.sex === 'M').length === 1 ? inLaws.find((p) => p.sex === 'M')!.m.id : null;
  for (const p of inLaws) {
    const partner = p.sex === 'F' ? son : daughter;
    const own = p.sex === 'F' ? sonsWife : daughtersHusband;
    if (partner.startsWith('~') || own !== p.m.id) {
      notes.push({
        householdNo: no,
        personId: p.m.id,
        reason: `户内${p.sex === 'F' ? '儿子' : '女儿'}不止一人或没有，无法确定“${p.m.relationToHead}”的配偶，请手工添加`,
      });
    } else f.marry(p.m.id, partner);
  }
  // A grandchild is the child of the only son (孙) or daughter (外孙) and that child's spouse; otherwise
  // of a stand-in child of the head, so the grandparents are still known.
  for (const g of placed.filter(
    (p) => p.role === 'grandchild-of-son' || p.role === 'grandchild-of-daughter',
  )) {
    const bySon = g.role === 'grandchild-of-son';
    const parent = bySon ? son : daughter;
    if (parent.startsWith('~')) {
      const standIn = `~parent-of-${g.m.id}`;
      f.addParent(g.m.id, standIn);
      f.addParent(standIn, head);
      f.addParent(standIn, spouse);
      continue;
    }
    f.addParent(g.m.id, parent);
    const partnersSpouse = bySon ? sonsWife : daughtersHusband;
    if (partnersSpouse !== null) f.addParent(g.m.id, partnersSpouse);
  }

  const links: KinLink[] = [];
  const ids = placed.map((p) => p.m.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const kind = f.relation(ids[i]!, ids[j]!);
      if (kind !== null) links.push({ from: ids[i]!, to: ids[j]!, kind });
    }
  }
  return links;
}

/**
 * Relations derivable from the register: per household (户号), from each member's 与户主关系. Only what
 * the labels settle is derived; a 儿媳 with two sons in the household, or a 侄子, is left as a note
 * for the committee to add by hand. The result does not depend on the order of the rows.
 */
export function householdKin(members: readonly HouseholdMember[]): HouseholdKin {
  const byHousehold = new Map<string, HouseholdMember[]>();
  for (const m of members) {
    const no = m.householdNo.trim();
    if (!no) continue;
    const list = byHousehold.get(no) ?? [];
    list.push(m);
    byHousehold.set(no, list);
  }
  const notes: HouseholdNote[] = [];
  const links: KinLink[] = [];
  for (const no of [...byHousehold.keys()].sort()) {
    const list = [...byHousehold.get(no)!].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    links.push(...household(no, list, notes));
  }
  return { links, notes };
}
