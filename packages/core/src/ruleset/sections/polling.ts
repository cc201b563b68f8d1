// Polling-day staff recusal and mobile ballot boxes (E-9, G-7, G-8).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, listOf, positiveIntSchema } from './common.js';
import { CLOSE_FAMILY, type KinRelation, kinRelationSchema, SPOUSE_AND_DIRECT_LINE } from './kinship.js';

/** 唱票人、计票人、监票人、发票员、代写人 */
export const POLLING_ROLES = ['caller', 'counter', 'scrutineer', 'issuer', 'scribe'] as const;
export type PollingRole = (typeof POLLING_ROLES)[number];

export interface StaffRecusal {
  /** Roles a candidate (and their relatives) may not fill. */
  readonly roles: readonly PollingRole[];
  /** Self-nominees are treated like candidates. */
  readonly selfNominees: boolean;
  readonly relations: readonly KinRelation[];
}

export interface PollingParams {
  /** `null`: the texts set no staff recusal. */
  readonly staffRecusal: Cited<StaffRecusal | null>;
  /** Scrutineers (Henan: staff) per mobile box; `null`: no number set. */
  readonly mobileBoxMinStaff: Cited<number | null>;
  /**
   * Scrutineers at each polling station and at the central venue; `null`: the text sets a number
   * for mobile boxes only (Zhejiang's G-7 names boxes, Beijing's G-8 "每个投票站或者流动票箱").
   */
  readonly stationMinScrutineers: Cited<number | null>;
  readonly mobileBoxNeedsTownshipApproval: Cited<boolean>;
}

export const pollingSchema: z.ZodType<PollingParams> = z.strictObject({
  staffRecusal: citedSchema(
    z
      .object({
        roles: listOf(
          z.enum(POLLING_ROLES, { error: `投票工作人员角色只能是：${POLLING_ROLES.join('、')}` }),
        ),
        selfNominees: z.boolean({ error: '必须是 true 或 false' }),
        relations: listOf(kinRelationSchema),
      })
      .nullable(),
  ),
  mobileBoxMinStaff: citedSchema(positiveIntSchema.nullable()),
  stationMinScrutineers: citedSchema(positiveIntSchema.nullable()),
  mobileBoxNeedsTownshipApproval: citedSchema(z.boolean({ error: '必须是 true 或 false' })),
});

const nationalPolling: PollingParams = {
  // E-9 cites provincial texts only; the national law sets no staff recusal.
  staffRecusal: { value: null, rule: 'E-9' },
  mobileBoxMinStaff: { value: null, rule: 'G-7' },
  stationMinScrutineers: { value: null, rule: 'G-8' },
  mobileBoxNeedsTownshipApproval: { value: false, rule: 'G-7' },
};

const directLineRecusal: StaffRecusal = {
  roles: ['scrutineer', 'issuer', 'caller', 'counter', 'scribe'],
  selfNominees: false,
  relations: SPOUSE_AND_DIRECT_LINE,
};

export const shippedPolling: Record<ShippedRuleSetId, PollingParams> = {
  'national-2018': nationalPolling,
  'zhejiang-2020': {
    staffRecusal: {
      value: { roles: ['caller', 'scrutineer', 'counter'], selfNominees: true, relations: CLOSE_FAMILY },
      rule: 'E-9',
    },
    mobileBoxMinStaff: { value: 3, rule: 'G-7' },
    stationMinScrutineers: { value: null, rule: 'G-7' },
    mobileBoxNeedsTownshipApproval: { value: true, rule: 'G-7' },
  },
  'shanghai-2020': { ...nationalPolling, staffRecusal: { value: directLineRecusal, rule: 'E-9' } },
  'beijing-2012': {
    ...nationalPolling,
    staffRecusal: { value: directLineRecusal, rule: 'E-9' },
    mobileBoxMinStaff: { value: 3, rule: 'G-8' },
    stationMinScrutineers: { value: 3, rule: 'G-8' },
  },
  'henan-2011': {
    ...nationalPolling,
    staffRecusal: {
      value: { roles: ['caller', 'scrutineer', 'counter'], selfNominees: false, relations: CLOSE_FAMILY },
      rule: 'E-9',
    },
    mobileBoxMinStaff: { value: 3, rule: 'G-8' },
  },
};
