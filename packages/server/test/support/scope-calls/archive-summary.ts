/** Scope-test calls for the work records, archive, handover and summary report routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const village = (c: { roundId: string; village: string }) => `/api/rounds/${c.roundId}/villages/${c.village}`;
const area = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/areas/${c.village.slice(0, 9)}/work-records`;
const record = { kind: 'training', title: '培训', heldOn: '2026-01-01', quantity: 1, people: 10 };

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/areas/:code/work-records': (c) => ({ method: 'GET', url: area(c) }),
  'POST /api/rounds/:id/areas/:code/work-records': (c) => ({ method: 'POST', url: area(c), body: record }),
  'PUT /api/rounds/:id/areas/:code/work-records/:recordId': (c) => ({
    method: 'PUT',
    url: `${area(c)}/none`,
    body: record,
  }),
  'DELETE /api/rounds/:id/areas/:code/work-records/:recordId': (c) => ({
    method: 'DELETE',
    url: `${area(c)}/none`,
  }),
  'GET /api/rounds/:id/villages/:code/archive': (c) => ({ method: 'GET', url: `${village(c)}/archive` }),
  'PUT /api/rounds/:id/villages/:code/archive/:item': (c) => ({
    method: 'PUT',
    url: `${village(c)}/archive/ballots-sealed`,
    body: { present: true },
  }),
  'GET /api/rounds/:id/villages/:code/archive.zip': (c) => ({
    method: 'GET',
    url: `${village(c)}/archive.zip`,
  }),
  'GET /api/rounds/:id/villages/:code/handover': (c) => ({ method: 'GET', url: `${village(c)}/handover` }),
  'POST /api/rounds/:id/villages/:code/handover': (c) => ({ method: 'POST', url: `${village(c)}/handover` }),
  'PUT /api/rounds/:id/villages/:code/handover': (c) => ({
    method: 'PUT',
    url: `${village(c)}/handover`,
    body: { checklist: [] },
  }),
  'GET /api/rounds/:id/summary.docx': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/summary.docx?area=${c.village.slice(0, 9)}`,
  }),
  'GET /api/rounds/:id/summary': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/summary?area=${c.village.slice(0, 9)}`,
  }),
};
