/** Scope-test calls for the schedule (日程) routes, and a local step they act on. */
import { day } from '../village-people.js';
import type { Call, Prepare } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/schedule`;
const township = (village: string) => village.slice(0, 9);
const localStep = { title: '村级财务审计', anchor: 'before', days: 30, basis: '县换届工作方案' };

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/schedule': (c) => ({ method: 'GET', url: base(c) }),
  'POST /api/rounds/:id/villages/:code/schedule/:stepId': (c) => ({
    method: 'POST',
    url: `${base(c)}/departure-audit`,
    body: { doneOn: day(0) },
  }),
  'DELETE /api/rounds/:id/villages/:code/schedule/:stepId': (c) => ({
    method: 'DELETE',
    url: `${base(c)}/departure-audit`,
  }),
  'GET /api/rounds/:id/areas/:code/schedule': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/areas/${township(c.village)}/schedule`,
  }),
  'GET /api/rounds/:id/local-steps': (c) => ({ method: 'GET', url: `/api/rounds/${c.roundId}/local-steps` }),
  'POST /api/rounds/:id/local-steps': (c) => ({
    method: 'POST',
    url: `/api/rounds/${c.roundId}/local-steps`,
    body: { ...localStep, regionCode: township(c.village) },
  }),
  'PUT /api/rounds/:id/local-steps/:stepId': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/local-steps/${c.ids.localStepId ?? 'none'}`,
    body: localStep,
  }),
  'DELETE /api/rounds/:id/local-steps/:stepId': (c) => ({
    method: 'DELETE',
    url: `/api/rounds/${c.roundId}/local-steps/${c.ids.localStepId ?? 'none'}`,
  }),
  'GET /api/rounds/:id/holidays': (c) => ({ method: 'GET', url: `/api/rounds/${c.roundId}/holidays` }),
  'PUT /api/rounds/:id/holidays/:year': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/holidays/2026`,
    body: { weekendsOff: true, holidays: [{ day: '2026-10-01', name: '国庆节' }], workdays: [] },
  }),
  'DELETE /api/rounds/:id/holidays/:year': (c) => ({
    method: 'DELETE',
    url: `/api/rounds/${c.roundId}/holidays/2026`,
  }),
};

/** A township-wide local step in the round, added by the county office. */
export const prepare: Prepare = async (county, village, roundId) => {
  const res = await county('POST', `/api/rounds/${roundId}/local-steps`, {
    ...localStep,
    regionCode: township(village),
  });
  if (res.status !== 201) throw new Error(`local step: ${res.status} ${JSON.stringify(res.body)}`);
  return { localStepId: res.body.id };
};
