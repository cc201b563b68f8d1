/**
 * A village on polling day under zhejiang-2020: the polling-village fixture (people on the published
 * list, an approved seat plan, formal candidates), a published polling plan (the central venue, a
 * station for the third group, a mobile box for 郑五 and 陈一, with staff) and a numbered ballot run,
 * ready for `POST …/votes` (or with the first vote already opened).
 */
import assert from 'node:assert/strict';
import type { Database } from '../src/db/connect.js';
import { GROUPS, type PollingVillage, setUpPollingVillage } from './polling-fixture.js';
import type { Caller } from './support/scope-calls/types.js';
import { day } from './support/village-people.js';

export interface PollingDayVillage extends PollingVillage {
  /** polling place ids: the central venue, the third group's station, the mobile box */
  places: { central: string; station: string; box: string };
  /** the opened first vote's id, or '' when not opened */
  voteId: string;
  base: string;
}

export async function setUpPollingDay(
  database: Database,
  callers: { village: Caller; township: Caller },
  roundId: string,
  code: string,
  opts: { open?: boolean; countMode?: 'ballots' | 'sheets' } = {},
): Promise<PollingDayVillage> {
  const { village, township } = callers;
  const pv = await setUpPollingVillage(database, village, roundId, code);
  const people = pv.voters;
  const polling = `/api/rounds/${roundId}/villages/${code}/polling`;
  const ok = (res: { status: number; body: unknown }, what: string) =>
    assert.ok(res.status < 300, `${what}: ${res.status} ${JSON.stringify(res.body)}`);
  ok(
    await village('PUT', `${polling}/venue`, { place: '文化礼堂', opensAt: '08:00', closesAt: '12:00' }),
    'venue',
  );
  const station = await village('POST', `${polling}/places`, {
    kind: 'station',
    name: '第三投票站',
    place: '郑家祠堂',
    groups: [GROUPS[2]],
  });
  ok(station, 'station');
  const box = await village('POST', `${polling}/places`, {
    kind: 'mobile',
    name: '东坑流动票箱',
    place: '村委会',
  });
  ok(box, 'box');
  ok(
    await village('PUT', `${polling}/places/${box.body.id}/voters`, { voterIds: [people.郑五, people.陈一] }),
    'box voters',
  );
  const central = (await village('GET', polling)).body.places[0].id as string;
  const staff: [string, string, string][] = [
    [central, 'caller', '周一'],
    [central, 'counter', '周二'],
    [central, 'chief-scrutineer', '周三'],
    [central, 'scrutineer', '周四'],
    [central, 'scrutineer', '郑一'],
    [station.body.id, 'scrutineer', '郑二'],
    [station.body.id, 'scrutineer', '郑三'],
    [station.body.id, 'scrutineer', '郑四'],
    [box.body.id, 'scrutineer', '陈二'],
    [box.body.id, 'scrutineer', '陈三'],
    [box.body.id, 'scrutineer', '刘妻'],
  ];
  for (const [placeId, role, name] of staff)
    ok(await village('POST', `${polling}/staff`, { placeId, role, voterId: people[name] }), `staff ${name}`);
  ok(await township('POST', `${polling}/places/${box.body.id}/approve`, {}), 'approve box');
  ok(await village('POST', `${polling}/publish`, { publishedOn: day(0) }), 'publish plan');
  ok(
    await village('PUT', `/api/rounds/${roundId}/villages/${code}/ballots/settings`, {
      layout: 'single',
      paper: 'A4',
      reserve: { kind: 'number', value: 2 },
    }),
    'ballot settings',
  );
  ok(await village('POST', `/api/rounds/${roundId}/villages/${code}/ballots/runs`), 'ballot run');
  const base = `/api/rounds/${roundId}/villages/${code}/votes`;
  let voteId = '';
  if (opts.open) {
    const res = await village('POST', base, { countMode: opts.countMode ?? 'ballots' });
    ok(res, 'open first vote');
    voteId = res.body.id;
  }
  return { ...pv, places: { central, station: station.body.id, box: box.body.id }, voteId, base };
}
