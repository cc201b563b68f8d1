// Proxy voting (委托投票): who may hold a proxy, how many, by when (C-5, G-1..G-6, B-8).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, listOf, positiveIntSchema } from './common.js';
import { type KinRelation, kinRelationSchema, NEAR_RELATIVES } from './kinship.js';

/** `away`: 外出 only; `away-or-special`: 外出或者其他特殊原因 (Shanghai); `any`: 因故 (Henan). */
export const PROXY_REASON_SCOPES = ['away', 'away-or-special', 'any'] as const;
export type ProxyReasonScope = (typeof PROXY_REASON_SCOPES)[number];

/** `days-before`: N days before election day (read by the calendar's C-4 boundary); or simply before E. */
export type ProxyDeadline =
  | { readonly kind: 'days-before'; readonly days: number }
  | { readonly kind: 'before-election-day' };

/** Who may not hold a proxy because of their own candidacy. */
export const TRUSTEE_BARS = ['candidates', 'candidates-and-self-nominees'] as const;
export type TrusteeBar = (typeof TRUSTEE_BARS)[number];

export interface ProxyParams {
  readonly reasons: Cited<ProxyReasonScope>;
  readonly trusteeRelations: Cited<readonly KinRelation[]>;
  readonly trusteeMustBeVillageVoter: Cited<boolean>;
  /** `null`: the texts do not bar candidates from holding proxies. */
  readonly trusteeBar: Cited<TrusteeBar | null>;
  /** `null`: no cap set. */
  readonly maxPerTrustee: Cited<number | null>;
  /** `null`: the texts set no application deadline. */
  readonly applicationDeadline: Cited<ProxyDeadline | null>;
  /** When the list of principals and trustees must be published; `null`: published, no date set. */
  readonly listPublishDeadline: Cited<ProxyDeadline | null>;
  readonly redelegationForbidden: Cited<boolean>;
  readonly onSiteProxyForbidden: Cited<boolean>;
  readonly unreviewedProxyVoid: Cited<boolean>;
}

const boolSchema = z.boolean({ error: '必须是 true 或 false' });

const deadlineSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('days-before'), days: positiveIntSchema }),
    z.strictObject({ kind: z.literal('before-election-day') }),
  ],
  { error: '委托期限（kind）只能是 days-before 或 before-election-day' },
);

export const proxySchema: z.ZodType<ProxyParams> = z.strictObject({
  reasons: citedSchema(
    z.enum(PROXY_REASON_SCOPES, { error: '委托事由（reasons）只能是 away、away-or-special 或 any' }),
  ),
  trusteeRelations: citedSchema(
    listOf(kinRelationSchema).min(1, { error: '受委托人关系（trusteeRelations）至少要有一种' }),
  ),
  trusteeMustBeVillageVoter: citedSchema(boolSchema),
  trusteeBar: citedSchema(
    z
      .enum(TRUSTEE_BARS, {
        error: '受委托人限制（trusteeBar）只能是 candidates 或 candidates-and-self-nominees',
      })
      .nullable(),
  ),
  maxPerTrustee: citedSchema(positiveIntSchema.nullable()),
  applicationDeadline: citedSchema(deadlineSchema.nullable()),
  listPublishDeadline: citedSchema(deadlineSchema.nullable()),
  redelegationForbidden: citedSchema(boolSchema),
  onSiteProxyForbidden: citedSchema(boolSchema),
  unreviewedProxyVoid: citedSchema(boolSchema),
});

const nationalProxy: ProxyParams = {
  reasons: { value: 'away', rule: 'G-1' },
  trusteeRelations: { value: NEAR_RELATIVES, rule: 'G-1;C-5' },
  trusteeMustBeVillageVoter: { value: true, rule: 'G-1' },
  trusteeBar: { value: null, rule: 'G-1' },
  // The national law has no cap (G-1); the project's counting contract and every verified province use 3 (G-6).
  maxPerTrustee: { value: 3, rule: 'G-6' },
  applicationDeadline: { value: null, rule: 'B-8' },
  listPublishDeadline: { value: null, rule: 'G-1' },
  // [interpretation] G-1 needs the principal's own written authorization naming the trustee;
  // a re-delegated holder has none, so re-delegation is refused even where the text is silent.
  redelegationForbidden: { value: true, rule: 'G-1' },
  onSiteProxyForbidden: { value: false, rule: 'G-1' },
  unreviewedProxyVoid: { value: false, rule: 'G-1' },
};

export const shippedProxy: Record<ShippedRuleSetId, ProxyParams> = {
  'national-2018': nationalProxy,
  'zhejiang-2020': {
    ...nationalProxy,
    trusteeRelations: { value: NEAR_RELATIVES, rule: 'G-2' },
    trusteeMustBeVillageVoter: { value: true, rule: 'G-2' },
    trusteeBar: { value: 'candidates-and-self-nominees', rule: 'G-2' },
    maxPerTrustee: { value: 3, rule: 'G-2' },
    applicationDeadline: { value: { kind: 'days-before', days: 3 }, rule: 'B-8;G-2' },
    listPublishDeadline: { value: { kind: 'before-election-day' }, rule: 'G-2' },
    redelegationForbidden: { value: true, rule: 'G-2' },
    unreviewedProxyVoid: { value: true, rule: 'G-2' },
  },
  'shanghai-2020': {
    ...nationalProxy,
    reasons: { value: 'away-or-special', rule: 'G-3' },
    trusteeRelations: { value: NEAR_RELATIVES, rule: 'G-3;C-5' },
    maxPerTrustee: { value: 3, rule: 'G-3' },
    applicationDeadline: { value: { kind: 'days-before', days: 5 }, rule: 'B-8;G-3' },
    listPublishDeadline: { value: { kind: 'days-before', days: 2 }, rule: 'G-3' },
    redelegationForbidden: { value: true, rule: 'G-3' },
    onSiteProxyForbidden: { value: true, rule: 'G-3' },
  },
  'beijing-2012': {
    ...nationalProxy,
    trusteeRelations: { value: NEAR_RELATIVES, rule: 'G-4;C-5' },
    trusteeBar: { value: 'candidates', rule: 'G-4' },
    maxPerTrustee: { value: 3, rule: 'G-4' },
    applicationDeadline: { value: { kind: 'before-election-day' }, rule: 'B-8;G-4' },
  },
  'henan-2011': {
    ...nationalProxy,
    reasons: { value: 'any', rule: 'G-5' },
    trusteeRelations: { value: NEAR_RELATIVES, rule: 'G-5;C-5' },
    maxPerTrustee: { value: 3, rule: 'G-5' },
    applicationDeadline: { value: { kind: 'before-election-day' }, rule: 'B-8;G-5' },
    listPublishDeadline: { value: { kind: 'before-election-day' }, rule: 'G-5' },
  },
};
