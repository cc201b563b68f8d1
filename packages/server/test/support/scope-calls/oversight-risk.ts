/**
 * Scope-test calls for complaints (信访件), the risk ledger (风险台账) and notices. Village routes never
 * look an id up before the checks; marking a notice read looks the notice up, so `prepare` makes one
 * (a village rated 红 notifies its township).
 */
import type { Call, Prepare } from './types.js';

const village = (c: { roundId: string; village: string }) => `/api/rounds/${c.roundId}/villages/${c.village}`;
const item = { title: '测试', category: 'other', level: 'orange', owner: '测试', dueOn: '2026-01-01' };

export const prepare: Prepare = async (county, code, roundId) => {
  const rated = await county('PUT', `/api/rounds/${roundId}/villages/${code}/risk/rating`, {
    level: 'red',
    riskReasons: ['测试'],
  });
  if (rated.status !== 200) throw new Error(`rating: ${rated.status} ${JSON.stringify(rated.body)}`);
  const list = await county('GET', `/api/notifications?region=${code.slice(0, 9)}`);
  const mine = list.body.items.find((n: { villageCode: string }) => n.villageCode === code);
  return { notification: mine.id };
};

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/complaints': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/complaints?area=${c.village}`,
  }),
  'POST /api/rounds/:id/complaints/check-overdue': (c) => ({
    method: 'POST',
    url: `/api/rounds/${c.roundId}/complaints/check-overdue`,
    body: { area: c.village },
  }),
  'GET /api/rounds/:id/complaints/limits': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/complaints/limits?area=${c.village}`,
  }),
  'PUT /api/rounds/:id/complaints/limits': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/complaints/limits`,
    body: { category: 'other', days: 10 },
  }),
  'POST /api/rounds/:id/villages/:code/complaints': (c) => ({
    method: 'POST',
    url: `${village(c)}/complaints`,
    body: { receivedOn: '2026-01-01', channel: 'visit', category: 'other', anonymous: true, summary: '测试' },
  }),
  'GET /api/rounds/:id/villages/:code/complaints/:complaintId': (c) => ({
    method: 'GET',
    url: `${village(c)}/complaints/none`,
  }),
  'GET /api/rounds/:id/villages/:code/complaint-handlers': (c) => ({
    method: 'GET',
    url: `${village(c)}/complaint-handlers`,
  }),
  'POST /api/rounds/:id/villages/:code/complaints/:complaintId/assign': (c) => ({
    method: 'POST',
    url: `${village(c)}/complaints/none/assign`,
    body: { handlerId: 'none' },
  }),
  'POST /api/rounds/:id/villages/:code/complaints/:complaintId/reply': (c) => ({
    method: 'POST',
    url: `${village(c)}/complaints/none/reply`,
    body: { outcome: 'partly', replyText: '测试', repliedOn: '2026-01-01' },
  }),
  'POST /api/rounds/:id/villages/:code/complaints/:complaintId/close': (c) => ({
    method: 'POST',
    url: `${village(c)}/complaints/none/close`,
    body: {},
  }),
  'POST /api/rounds/:id/villages/:code/complaints/:complaintId/escalate': (c) => ({
    method: 'POST',
    url: `${village(c)}/complaints/none/escalate`,
    body: { note: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/complaints/:complaintId/risk-item': (c) => ({
    method: 'POST',
    url: `${village(c)}/complaints/none/risk-item`,
    body: item,
  }),
  'GET /api/rounds/:id/risk': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/risk?area=${c.village}`,
  }),
  'GET /api/rounds/:id/risk/reports': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/risk/reports?area=${c.village}`,
  }),
  'GET /api/rounds/:id/risk/ledger.xlsx': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/risk/ledger.xlsx?area=${c.village}`,
  }),
  'GET /api/rounds/:id/villages/:code/risk': (c) => ({ method: 'GET', url: `${village(c)}/risk` }),
  'PUT /api/rounds/:id/villages/:code/risk/rating': (c) => ({
    method: 'PUT',
    url: `${village(c)}/risk/rating`,
    body: { level: 'orange', riskReasons: ['测试'] },
  }),
  'POST /api/rounds/:id/villages/:code/risk/items': (c) => ({
    method: 'POST',
    url: `${village(c)}/risk/items`,
    body: item,
  }),
  'POST /api/rounds/:id/villages/:code/risk/items/:itemId/close': (c) => ({
    method: 'POST',
    url: `${village(c)}/risk/items/none/close`,
    body: { closedNote: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/risk/reports': (c) => ({
    method: 'POST',
    url: `${village(c)}/risk/reports`,
    body: { reporterName: '测试', hasIssue: false },
  }),
  'GET /api/notifications': (c) => ({ method: 'GET', url: `/api/notifications?region=${c.village}` }),
  'GET /api/notifications/unread-count': (c) => ({
    method: 'GET',
    url: `/api/notifications/unread-count?region=${c.village}`,
  }),
  'POST /api/notifications/read': (c) => ({
    method: 'POST',
    url: '/api/notifications/read',
    body: { ids: [c.ids.notification] },
  }),
};
