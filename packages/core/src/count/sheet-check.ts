/**
 * A box's paper tally sheet (计票统计表) and its reconciliation on entry: ballots collected and void
 * (E-7: void ballots count in the total), the marks per office against seats × valid ballots and each
 * person against the valid ballots (E-5), the same person in two offices (E-5, under
 * `crossOffice = void-ballot`), ballots collected against the people who voted or the ballots issued at
 * that box (E-4, `overcollectionBase`), and a recall sheet's yes and no against its valid ballots (H-2).
 * Errors make a sheet impossible (no set of ballots reads like it); warnings are facts the result will
 * act on (an over-collected box voids the vote). Also: which fields differ between the two entries.
 */
import type { Violation } from '../rules/outcome.js';
import type { Cited } from '../ruleset/cited.js';
import type { CrossOffice, OvercollectionBase } from '../ruleset/tally-params.js';

/** office id → person id → votes */
export type SheetVotes = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface TallySheet {
  /** ballots taken out of the box, void ones included */
  readonly collected: number;
  /** whole ballots the committee ruled void (E-7) */
  readonly voidBallots: number;
  readonly votes: SheetVotes;
  /** recall sheets only */
  readonly recallYes?: number | null;
  readonly recallNo?: number | null;
}

export interface SheetOffice {
  readonly id: string;
  readonly title: string;
  readonly seats: number;
}

export interface SheetRules {
  readonly crossOffice: Cited<CrossOffice>;
  readonly overcollectionBase: Cited<OvercollectionBase>;
}

export interface SheetContext {
  /** the vote's offices; empty for a recall vote */
  readonly offices: readonly SheetOffice[];
  readonly recall: boolean;
  readonly rules: SheetRules;
  /** people who voted and ballots issued at this box (ballot_issues); absent: not checked */
  readonly box?: { readonly voted: number; readonly issued: number };
  /** a person's name for the reasons (the id when unknown) */
  readonly nameOf?: (personId: string) => string;
}

export interface SheetCheck {
  /** the sheet cannot be right: it is refused */
  readonly errors: readonly Violation[];
  /** the sheet may be right, and the result will act on it */
  readonly warnings: readonly Violation[];
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The valid ballots of a sheet: collected less void (negative when the sheet is wrong). */
export function validBallots(sheet: TallySheet): number {
  return sheet.collected - sheet.voidBallots;
}

export function checkSheet(sheet: TallySheet, ctx: SheetContext): SheetCheck {
  const errors: Violation[] = [];
  const warnings: Violation[] = [];
  const name = ctx.nameOf ?? ((id: string) => id);
  if (!isCount(sheet.collected))
    errors.push({ rule: 'E-7', field: 'collected', reason: '收回选票数必须是不小于 0 的整数' });
  if (!isCount(sheet.voidBallots))
    errors.push({ rule: 'E-7', field: 'voidBallots', reason: '废票数必须是不小于 0 的整数' });
  if (errors.length > 0) return { errors, warnings };
  const valid = validBallots(sheet);
  if (valid < 0)
    errors.push({
      rule: 'E-7',
      field: 'voidBallots',
      reason: `废票 ${sheet.voidBallots} 张多于收回选票 ${sheet.collected} 张（废票计入收回选票总数）`,
    });

  if (ctx.recall) checkRecall(sheet, Math.max(valid, 0), errors);
  else checkMarks(sheet, ctx, Math.max(valid, 0), name, errors);

  if (ctx.box) {
    const base = ctx.rules.overcollectionBase;
    const limit = base.value === 'voted' ? ctx.box.voted : ctx.box.issued;
    if (sheet.collected > limit)
      warnings.push({
        rule: base.rule,
        field: 'collected',
        reason: `收回选票 ${sheet.collected} 张多于本票箱${base.value === 'voted' ? '参加投票人数' : '发出选票数'} ${limit}：收回的选票多于${base.value === 'voted' ? '投票人数' : '发出的选票'}，本次选举无效`,
      });
  }
  return { errors, warnings };
}

function checkRecall(sheet: TallySheet, valid: number, errors: Violation[]): void {
  const yes = sheet.recallYes ?? 0;
  const no = sheet.recallNo ?? 0;
  if (!isCount(yes))
    errors.push({ rule: 'H-2', field: 'recallYes', reason: '赞成票数必须是不小于 0 的整数' });
  if (!isCount(no)) errors.push({ rule: 'H-2', field: 'recallNo', reason: '反对票数必须是不小于 0 的整数' });
  if (isCount(yes) && isCount(no) && yes + no !== valid)
    errors.push({
      rule: 'H-2',
      field: 'recallYes',
      reason: `赞成 ${yes} 票与反对 ${no} 票合计 ${yes + no}，应等于有效票 ${valid} 张（收回 ${sheet.collected} 张减废票 ${sheet.voidBallots} 张）`,
    });
  if (Object.values(sheet.votes).some((v) => Object.keys(v).length > 0))
    errors.push({ rule: 'H-2', field: 'votes', reason: '罢免表决的计票统计表只有赞成、反对和废票' });
}

function checkMarks(
  sheet: TallySheet,
  ctx: SheetContext,
  valid: number,
  name: (id: string) => string,
  errors: Violation[],
): void {
  const offices = new Map(ctx.offices.map((o) => [o.id, o]));
  const E5 = 'E-5';
  const perPerson = new Map<string, number>();
  // the vote's office order, whatever order the stored sheet keeps its keys in
  const order = [...new Set([...ctx.offices.map((o) => o.id), ...Object.keys(sheet.votes)])];
  for (const officeId of order) {
    const people = sheet.votes[officeId];
    if (!people) continue;
    const office = offices.get(officeId);
    if (!office) {
      errors.push({ rule: E5, field: `votes.${officeId}`, reason: `本次投票没有职务“${officeId}”` });
      continue;
    }
    let sum = 0;
    for (const [person, n] of Object.entries(people)) {
      const field = `votes.${officeId}.${person}`;
      if (!isCount(n)) {
        errors.push({
          rule: E5,
          field,
          reason: `${office.title}：${name(person)} 的得票必须是不小于 0 的整数`,
        });
        continue;
      }
      sum += n;
      perPerson.set(person, (perPerson.get(person) ?? 0) + n);
      if (n > valid)
        errors.push({
          rule: E5,
          field,
          reason: `${office.title}：${name(person)} 得 ${n} 票，多于有效票 ${valid} 张（一张选票对一人只能投一票）`,
        });
    }
    if (sum > office.seats * valid)
      errors.push({
        rule: E5,
        field: `votes.${officeId}`,
        reason: `${office.title}：各人得票合计 ${sum} 票，多于应选 ${office.seats} 名 × 有效票 ${valid} 张 = ${office.seats * valid} 票`,
      });
  }
  if (ctx.rules.crossOffice.value !== 'void-ballot') return;
  for (const [person, total] of perPerson) {
    const inOffices = ctx.offices
      .map((o) => [o.id, sheet.votes[o.id] ?? {}] as const)
      .filter(([, v]) => (v[person] ?? 0) > 0);
    if (inOffices.length > 1 && total > valid)
      errors.push({
        rule: ctx.rules.crossOffice.rule,
        field: `votes.${inOffices[0]![0]}.${person}`,
        reason: `${name(person)} 在${inOffices.map(([o]) => offices.get(o)!.title).join('、')}共得 ${total} 票，多于有效票 ${valid} 张（选举同一人为两项以上职务的选票无效，有效选票上每人至多出现一次）`,
      });
  }
}

/** One field where the two entries of a sheet differ. */
export interface SheetDifference {
  /** `collected`, `voidBallots`, `recallYes`, `recallNo`, or `votes.<office>.<person>` */
  readonly field: string;
  /** the field in Chinese, e.g. `主任 · 张三` */
  readonly label: string;
  readonly first: number;
  readonly second: number;
}

/** Every field where entry 1 and entry 2 differ (a person missing on one side counts as 0). */
export function compareSheets(
  first: TallySheet,
  second: TallySheet,
  ctx: Pick<SheetContext, 'offices' | 'nameOf'>,
): SheetDifference[] {
  const out: SheetDifference[] = [];
  const name = ctx.nameOf ?? ((id: string) => id);
  const scalar = (field: 'collected' | 'voidBallots' | 'recallYes' | 'recallNo', label: string) => {
    const a = first[field] ?? 0;
    const b = second[field] ?? 0;
    if (a !== b) out.push({ field, label, first: a, second: b });
  };
  scalar('collected', '收回选票');
  scalar('voidBallots', '废票');
  scalar('recallYes', '赞成票');
  scalar('recallNo', '反对票');
  const titles = new Map(ctx.offices.map((o) => [o.id, o.title]));
  const officeIds = [
    ...new Set([...ctx.offices.map((o) => o.id), ...Object.keys(first.votes), ...Object.keys(second.votes)]),
  ];
  for (const office of officeIds) {
    const a = first.votes[office] ?? {};
    const b = second.votes[office] ?? {};
    for (const person of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = a[person] ?? 0;
      const y = b[person] ?? 0;
      if (x !== y)
        out.push({
          field: `votes.${office}.${person}`,
          label: `${titles.get(office) ?? office} · ${name(person)}`,
          first: x,
          second: y,
        });
    }
  }
  return out;
}
