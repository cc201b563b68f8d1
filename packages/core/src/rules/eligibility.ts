// Who goes on the list of villagers taking part in the election (A-1..A-7).
import type { ExtraCategory, RegistrationParams } from '../ruleset/sections/registration.js';
import { ageOn } from './age.js';
import type { IsoDate } from './civil-date.js';
import type { Violation } from './outcome.js';

/** The bodies whose recorded decision can approve an application. */
export type DecidingBody = 'villagers-meeting' | 'representatives-meeting' | 'election-committee';

/** A decision on record: who took it, when, and where it is written down (minutes, notice number). */
export interface RecordedDecision {
  readonly outcome: 'approved' | 'refused';
  readonly body: DecidingBody;
  readonly decidedOn: IsoDate;
  /** The reference to the minutes or notice that records it, e.g. "村民代表会议纪要 2026-03 第2号". */
  readonly reference: string;
}

/** What the person applies under: category (3) residence, or one of the rule set's A-6 extras. */
export type ApplicationBasis = 'residence' | ExtraCategory['kind'];

export interface RegistrationApplication {
  readonly basis: ApplicationBasis;
  readonly filedOn: IsoDate;
  /** `null` while no body has decided yet. */
  readonly decision: RecordedDecision | null;
}

/** A person's facts as the register and the election committee know them on election day. */
export interface VoterRecord {
  readonly birthDate: IsoDate;
  readonly hukouInVillage: boolean;
  readonly livesInVillage: boolean;
  /** First day of the current, unbroken residence in the village; `null` when not living there. */
  readonly residentSince: IsoDate | null;
  /** First day of village work (Zhejiang A-6); `null` when none. */
  readonly villageWorkSince: IsoDate | null;
  /** Category (2): the person's own statement that they take part, with its date. */
  readonly declaredOn: IsoDate | null;
  readonly application: RegistrationApplication | null;
  readonly deprivedOfPoliticalRights: boolean;
  /** Beijing A-7 (1): 丧失行为能力, still so on election day. */
  readonly lostLegalCapacity: boolean;
  /** Beijing A-7 (3): unreachable during registration and still not reached. */
  readonly unreachable: boolean;
}

export type VoterCategory = 1 | 2 | 3 | ExtraCategory['kind'];

export type Eligibility =
  | {
      readonly eligible: true;
      readonly category: VoterCategory;
      readonly rule: string;
      readonly reason: string;
    }
  | { readonly eligible: false; readonly exclusions: readonly Violation[] };

const EXTRA_TITLES: Record<ExtraCategory['kind'], string> = {
  'village-work': '在本村从事村务工作',
  'spouse-village': '婚后居住在配偶户籍所在村',
  'collective-rights-former-villager': '对本村集体经济享有权益的原村民',
  'former-agricultural-hukou': '原农业户籍村民',
  talent: '到村工作的人才',
};

const BODY_TITLES: Record<DecidingBody, string> = {
  'villagers-meeting': '村民会议',
  'representatives-meeting': '村民代表会议',
  'election-committee': '村民选举委员会',
};

/** Whole years from `since` to `day`, birthday-style (a year is complete on its anniversary). */
function yearsSince(since: IsoDate | null, day: IsoDate): number {
  return since === null || since > day ? -1 : ageOn(since, day);
}

function approverAccepts(required: ExtraCategory['approver'] | 'meeting', body: DecidingBody): boolean {
  if (required === null) return true;
  if (required === 'election-committee') return body === 'election-committee';
  // 村民会议或者村民代表会议同意 (A-2 (三)): either meeting may approve.
  return body === 'villagers-meeting' || body === 'representatives-meeting';
}

/** Checks the application for an approval category; returns the reason it fails, or null when it holds. */
function applicationProblem(
  record: VoterRecord,
  basis: ApplicationBasis,
  approver: ExtraCategory['approver'] | 'meeting',
  electionDay: IsoDate,
  rule: string,
): string | null {
  const app = record.application;
  if (app === null || app.basis !== basis) return '本人未提出参加选举的申请';
  if (app.decision === null) return '申请尚未经有权机构作出决定';
  if (app.decision.decidedOn > electionDay) return `同意决定日期（${app.decision.decidedOn}）晚于选举日`;
  if (!approverAccepts(approver, app.decision.body)) {
    return `作出决定的${BODY_TITLES[app.decision.body]}无权批准此类申请（${rule}）`;
  }
  if (app.decision.outcome !== 'approved') {
    return `${BODY_TITLES[app.decision.body]}决定不同意（${app.decision.reference}）`;
  }
  return null;
}

function extraFactProblem(extra: ExtraCategory, record: VoterRecord, electionDay: IsoDate): string | null {
  if (extra.kind === 'village-work') {
    const years = yearsSince(record.villageWorkSince, electionDay);
    return years >= extra.minYears ? null : `在本村从事村务工作不满${extra.minYears}年`;
  }
  // The other extras are facts the election committee establishes when it decides the application.
  return null;
}

/**
 * The person's category on `electionDay`, or every reason they are left off the list.
 * Residence and work periods are whole years counted like birthdays; 一年以上 includes exactly one year (C-1).
 */
export function voterEligibility(
  params: RegistrationParams,
  record: VoterRecord,
  electionDay: IsoDate,
): Eligibility {
  const exclusions: Violation[] = [];
  const minAge = params.minAge.value;
  const age = ageOn(record.birthDate, electionDay);
  if (age < minAge) {
    exclusions.push({
      rule: params.minAge.rule,
      field: '出生日期',
      reason: `选举日（${electionDay}）未满${minAge}周岁（${age}周岁）`,
    });
  }
  if (record.deprivedOfPoliticalRights) {
    exclusions.push({ rule: 'A-1', field: '政治权利', reason: '依照法律被剥夺政治权利' });
  }
  const listExclusions = params.listExclusions.value;
  if (listExclusions.includes('lost-capacity') && record.lostLegalCapacity) {
    exclusions.push({
      rule: params.listExclusions.rule,
      field: '行为能力',
      reason: '丧失行为能力，不列入选民名单',
    });
  }
  if (listExclusions.includes('unreachable') && record.unreachable) {
    exclusions.push({
      rule: params.listExclusions.rule,
      field: '联系情况',
      reason: '登记期间经公告、电话、信函等多种方式确实无法取得联系',
    });
  }

  const category = residenceCategory(params, record, electionDay);
  if (!category.ok) exclusions.push(...category.violations);
  if (exclusions.length > 0 || !category.ok) return { eligible: false, exclusions };
  return { eligible: true, ...category.value };
}

type CategoryOutcome =
  | { ok: true; value: { category: VoterCategory; rule: string; reason: string } }
  | { ok: false; violations: Violation[] };

function residenceCategory(
  params: RegistrationParams,
  record: VoterRecord,
  electionDay: IsoDate,
): CategoryOutcome {
  if (record.hukouInVillage && record.livesInVillage) {
    return { ok: true, value: { category: 1, rule: 'A-2', reason: '户籍在本村并且在本村居住' } };
  }
  if (record.hukouInVillage) {
    if (record.declaredOn !== null && record.declaredOn <= electionDay) {
      return {
        ok: true,
        value: { category: 2, rule: 'A-2;A-4', reason: '户籍在本村、不在本村居住，本人表示参加选举' },
      };
    }
    return {
      ok: false,
      violations: [
        { rule: 'A-2;A-4', field: '参选意愿', reason: '户籍在本村但不在本村居住，本人未表示参加选举' },
      ],
    };
  }

  const problems: Violation[] = [];
  const minYears = params.category3MinResidenceYears.value;
  const residenceYears = record.livesInVillage ? yearsSince(record.residentSince, electionDay) : -1;
  if (residenceYears < minYears) {
    problems.push({
      rule: params.category3MinResidenceYears.rule,
      field: '居住情况',
      reason: `户籍不在本村，且在本村居住不满${minYears}年`,
    });
  } else {
    const problem = applicationProblem(record, 'residence', 'meeting', electionDay, 'A-4');
    if (problem === null) {
      return {
        ok: true,
        value: {
          category: 3,
          rule: 'A-2;A-4',
          reason: `户籍不在本村，在本村居住${minYears}年以上，经申请并获同意`,
        },
      };
    }
    problems.push({ rule: 'A-2;A-4', field: '参选申请', reason: `户籍不在本村：${problem}` });
  }

  for (const extra of params.extraCategories.value) {
    const factProblem = extraFactProblem(extra, record, electionDay);
    const problem = factProblem ?? applicationProblem(record, extra.kind, extra.approver, electionDay, 'A-6');
    if (problem === null) {
      return {
        ok: true,
        value: {
          category: extra.kind,
          rule: params.extraCategories.rule,
          reason: `${EXTRA_TITLES[extra.kind]}，经申请并获同意`,
        },
      };
    }
    if (record.application?.basis === extra.kind) {
      problems.push({
        rule: params.extraCategories.rule,
        field: '参选申请',
        reason: `${EXTRA_TITLES[extra.kind]}：${problem}`,
      });
    }
  }
  return { ok: false, violations: problems };
}
