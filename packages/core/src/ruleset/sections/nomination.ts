// How candidates are put forward and how many there must be (law-rules §(d)).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, type IntRange, intRangeSchema, listOf } from './common.js';

/**
 * `candidates`: voters nominate, formal candidates are fixed (D-1, D-2).
 * `self-nomination`: 无候选人自荐直选 (D-8, Zhejiang).
 * `no-fixed-candidates`: Henan's 不确定候选人的选举方式 (D-8).
 */
export const NOMINATION_MODES = ['candidates', 'self-nomination', 'no-fixed-candidates'] as const;
export type NominationMode = (typeof NOMINATION_MODES)[number];

/** Office ranks as tally-spec §5 numbers them: 1 chair, 2 vice-chair, 3 member (women member included). */
export const MARGIN_OFFICES = ['chair', 'vice-chair', 'member'] as const;
export type MarginOffice = (typeof MARGIN_OFFICES)[number];

export interface NominationParams {
  readonly modes: Cited<readonly NominationMode[]>;
  /** `seats`: a voter names at most as many people as there are seats in all; `null`: no cap set. */
  readonly nominationsPerVoterMax: Cited<'seats' | null>;
  /** Naming the same person for two or more offices voids that nomination (Zhejiang). */
  readonly sameNomineeTwoOfficesVoid: Cited<boolean>;
  readonly proxyNominationForbidden: Cited<boolean>;
  /** Formal candidates minus seats, per office: `{min: 1, max: null}` is "more than seats" (D-2). */
  readonly candidateMargin: Cited<Readonly<Record<MarginOffice, IntRange>>>;
  readonly selfNomineeOneOfficeOnly: Cited<boolean>;
  /**
   * How the formal candidate list (正式候选人名单) is ordered on its announcement: `votes`: by the
   * nomination votes, most first (浙江 Art 18, B-4); `strokes`: 姓氏笔画. The self-nominee list is
   * always in stroke order (B-6); offices ask for this to be configurable (seed 002).
   */
  readonly candidateListOrder: Cited<'votes' | 'strokes'>;
}

const boolSchema = z.boolean({ error: '必须是 true 或 false' });

export const nominationSchema: z.ZodType<NominationParams> = z.strictObject({
  modes: citedSchema(
    listOf(
      z.enum(NOMINATION_MODES, {
        error: '选举方式（modes）只能是 candidates、self-nomination、no-fixed-candidates',
      }),
    ).min(1, { error: '至少要有一种选举方式（modes）' }),
  ),
  nominationsPerVoterMax: citedSchema(
    z
      .literal('seats', { error: '每名选民提名上限（nominationsPerVoterMax）只能是 "seats" 或 null' })
      .nullable(),
  ),
  sameNomineeTwoOfficesVoid: citedSchema(boolSchema),
  proxyNominationForbidden: citedSchema(boolSchema),
  candidateMargin: citedSchema(
    z.strictObject({ chair: intRangeSchema, 'vice-chair': intRangeSchema, member: intRangeSchema }),
  ),
  selfNomineeOneOfficeOnly: citedSchema(boolSchema),
  candidateListOrder: citedSchema(
    z.enum(['votes', 'strokes'], {
      error: '正式候选人名单排序（candidateListOrder）只能是 "votes" 或 "strokes"',
    }),
  ),
});

const moreThanSeats: IntRange = { min: 1, max: null };

const nationalNomination: NominationParams = {
  modes: { value: ['candidates'], rule: 'D-1' },
  nominationsPerVoterMax: { value: null, rule: 'D-4' },
  sameNomineeTwoOfficesVoid: { value: false, rule: 'D-4' },
  proxyNominationForbidden: { value: false, rule: 'D-4' },
  candidateMargin: {
    value: { chair: moreThanSeats, 'vice-chair': moreThanSeats, member: moreThanSeats },
    rule: 'D-2',
  },
  selfNomineeOneOfficeOnly: { value: false, rule: 'D-8' },
  // the national law is silent on the order (B-4); announcements list names by 姓名笔划 (seed 002)
  candidateListOrder: { value: 'strokes', rule: 'B-4' },
};

export const shippedNomination: Record<ShippedRuleSetId, NominationParams> = {
  'national-2018': nationalNomination,
  'zhejiang-2020': {
    ...nationalNomination,
    modes: { value: ['candidates', 'self-nomination'], rule: 'D-8' },
    nominationsPerVoterMax: { value: 'seats', rule: 'D-4' },
    sameNomineeTwoOfficesVoid: { value: true, rule: 'D-4' },
    proxyNominationForbidden: { value: true, rule: 'D-4' },
    // Zhejiang requires a margin but fixes no number (D-6), so the national "more than seats" holds.
    candidateMargin: { ...nationalNomination.candidateMargin, rule: 'D-2;D-6' },
    selfNomineeOneOfficeOnly: { value: true, rule: 'D-8;B-6' },
    // 浙江 Art 18: 正式候选人名单…按得票多少为序张榜公布
    candidateListOrder: { value: 'votes', rule: 'B-4' },
  },
  'shanghai-2020': {
    ...nationalNomination,
    candidateMargin: {
      value: { chair: { min: 1, max: 1 }, 'vice-chair': { min: 1, max: 1 }, member: { min: 1, max: 3 } },
      rule: 'D-6',
    },
  },
  'beijing-2012': {
    ...nationalNomination,
    nominationsPerVoterMax: { value: 'seats', rule: 'D-4' },
    candidateMargin: {
      value: { chair: { min: 1, max: 2 }, 'vice-chair': { min: 1, max: 2 }, member: { min: 1, max: 2 } },
      rule: 'D-6',
    },
  },
  'henan-2011': {
    ...nationalNomination,
    modes: { value: ['candidates', 'no-fixed-candidates'], rule: 'D-8' },
    nominationsPerVoterMax: { value: 'seats', rule: 'D-4' },
    candidateMargin: {
      value: { chair: { min: 1, max: 1 }, 'vice-chair': { min: 1, max: 1 }, member: { min: 1, max: 2 } },
      rule: 'D-6',
    },
  },
};
