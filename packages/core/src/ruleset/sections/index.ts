// The non-counting sections of a rule set, one key per area, for composition into the RuleSet.
import type { z } from 'zod';
import type { ShippedRuleSetId } from '../ids.js';
import { type CalendarParams, calendarSchema, shippedCalendar } from './calendar.js';
import { type CommitteeParams, committeeSchema, shippedCommittee } from './committee.js';
import { type NominationParams, nominationSchema, shippedNomination } from './nomination.js';
import { type PollingParams, pollingSchema, shippedPolling } from './polling.js';
import { type ProxyParams, proxySchema, shippedProxy } from './proxy.js';
import { type RecallParams, recallSchema, shippedRecall } from './recall.js';
import { type RegistrationParams, registrationSchema, shippedRegistration } from './registration.js';
import {
  type RepresentativesParams,
  representativesSchema,
  shippedRepresentatives,
} from './representatives.js';
import { type SupervisionParams, shippedSupervision, supervisionSchema } from './supervision.js';

export * from './calendar.js';
export * from './committee.js';
export * from './common.js';
export * from './kinship.js';
export * from './nomination.js';
export * from './polling.js';
export * from './proxy.js';
export * from './recall.js';
export * from './registration.js';
export * from './representatives.js';
export * from './supervision.js';

export interface Sections {
  readonly registration: RegistrationParams;
  readonly calendar: CalendarParams;
  readonly committee: CommitteeParams;
  readonly nomination: NominationParams;
  readonly proxy: ProxyParams;
  readonly representatives: RepresentativesParams;
  readonly recall: RecallParams;
  readonly supervision: SupervisionParams;
  readonly polling: PollingParams;
}

/** For `z.strictObject({ ...tallyShape, ...sectionsSchemaShape })` in the rule-set schema. */
export const sectionsSchemaShape = {
  registration: registrationSchema,
  calendar: calendarSchema,
  committee: committeeSchema,
  nomination: nominationSchema,
  proxy: proxySchema,
  representatives: representativesSchema,
  recall: recallSchema,
  supervision: supervisionSchema,
  polling: pollingSchema,
} satisfies Record<keyof Sections, z.ZodType>;

function sectionsFor(id: ShippedRuleSetId): Sections {
  return {
    registration: shippedRegistration[id],
    calendar: shippedCalendar[id],
    committee: shippedCommittee[id],
    nomination: shippedNomination[id],
    proxy: shippedProxy[id],
    representatives: shippedRepresentatives[id],
    recall: shippedRecall[id],
    supervision: shippedSupervision[id],
    polling: shippedPolling[id],
  };
}

export const shippedSections: Record<ShippedRuleSetId, Sections> = {
  'national-2018': sectionsFor('national-2018'),
  'zhejiang-2020': sectionsFor('zhejiang-2020'),
  'shanghai-2020': sectionsFor('shanghai-2020'),
  'beijing-2012': sectionsFor('beijing-2012'),
  'henan-2011': sectionsFor('henan-2011'),
};
