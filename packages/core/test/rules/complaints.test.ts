import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, daysBetween, fromDayNumber, isoDate } from '../../src/rules/civil-date.js';
import {
  COMPLAINT_CATEGORY_IDS,
  COMPLAINT_DUE_SOON_DAYS,
  complaintDueDate,
  complaintLimit,
  complaintLimits,
  complaintTiming,
  weekOf,
} from '../../src/rules/complaints.js';
import { SHIPPED_RULESET_IDS } from '../../src/ruleset/ids.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const zhejiang = shippedSections['zhejiang-2020'].calendar;
const none = new Set<string>();

describe('complaint time limits (seed-requirements §8.7)', () => {
  test('voter-list objections take the B-3 days and cite B-2/B-3; every other category the 15-day default', () => {
    const voterList = complaintLimit(zhejiang, 'voter-list');
    assert.equal(voterList.days, 3);
    assert.equal(voterList.rule, 'B-2;B-3');
    assert.equal(voterList.countyMaySet, false);
    assert.match(voterList.basis, /5日内提出.*3日内作出处理决定/);
    for (const c of COMPLAINT_CATEGORY_IDS.filter((x) => x !== 'voter-list')) {
      const l = complaintLimit(zhejiang, c);
      assert.equal(l.days, 15, c);
      assert.equal(l.source, 'rule-set');
      assert.match(l.rule, /^seed-000 §8\.7/);
    }
  });

  test('every shipped rule set carries the default as cited data', () => {
    for (const id of SHIPPED_RULESET_IDS) {
      const d = shippedSections[id].calendar.complaintDefaultDays;
      assert.equal(d.value, 15, id);
      assert.match(d.rule, /unverified/);
    }
  });

  test("a county's own days replace the default, but never the voter-list objection days", () => {
    const county = { 'vote-buying': 7, 'voter-list': 10 } as const;
    const limits = complaintLimits(zhejiang, county);
    assert.deepEqual(
      limits.map((l) => [l.category, l.days, l.source]),
      [
        ['voter-list', 3, 'rule-set'],
        ['candidate', 15, 'rule-set'],
        ['vote-buying', 7, 'county'],
        ['procedure', 15, 'rule-set'],
        ['result', 15, 'rule-set'],
        ['other', 15, 'rule-set'],
      ],
    );
  });
});

describe('complaint due dates and states', () => {
  test('the day received is not counted; a last day on a holiday moves on (C-3)', () => {
    assert.equal(complaintDueDate(isoDate('2026-03-02'), 15, none), '2026-03-17');
    assert.equal(complaintDueDate(isoDate('2026-03-02'), 3, none), '2026-03-05');
    const holidays = new Set(['2026-03-05', '2026-03-06']);
    assert.equal(complaintDueDate(isoDate('2026-03-02'), 3, holidays), '2026-03-07');
  });

  test('on time, due soon within two days, overdue after the last day with the days over', () => {
    const c = { dueOn: isoDate('2026-03-17'), status: 'open' };
    assert.equal(complaintTiming(c, isoDate('2026-03-14')).state, 'on-time');
    assert.deepEqual(complaintTiming(c, isoDate('2026-03-15')), {
      state: 'due-soon',
      daysLeft: 2,
      daysOver: 0,
      answeredLate: false,
    });
    assert.equal(complaintTiming(c, isoDate('2026-03-17')).state, 'due-soon');
    assert.deepEqual(complaintTiming(c, isoDate('2026-03-20')), {
      state: 'overdue',
      daysLeft: -3,
      daysOver: 3,
      answeredLate: false,
    });
    assert.equal(complaintTiming({ ...c, status: 'handling' }, isoDate('2026-03-18')).state, 'overdue');
  });

  test('a replied or closed complaint is answered, late when the reply came after the last day', () => {
    const due = isoDate('2026-03-17');
    assert.deepEqual(
      complaintTiming(
        { dueOn: due, status: 'replied', repliedOn: isoDate('2026-03-16') },
        isoDate('2026-04-01'),
      ),
      { state: 'answered', daysLeft: -15, daysOver: 0, answeredLate: false },
    );
    assert.equal(
      complaintTiming(
        { dueOn: due, status: 'closed', repliedOn: isoDate('2026-03-19') },
        isoDate('2026-04-01'),
      ).answeredLate,
      true,
    );
  });

  test('property: an open complaint is overdue exactly on the days after its last day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18000, max: 22000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -10, max: 80 }),
        (received, days, offset) => {
          const receivedOn = fromDayNumber(received);
          const dueOn = complaintDueDate(receivedOn, days, none);
          assert.equal(daysBetween(receivedOn, dueOn), days);
          const today = addDays(receivedOn, offset);
          const t = complaintTiming({ dueOn, status: 'open' }, today);
          assert.equal(t.state === 'overdue', today > dueOn);
          assert.equal(t.daysOver, today > dueOn ? daysBetween(dueOn, today) : 0);
          if (t.state === 'due-soon') assert.ok(t.daysLeft >= 0 && t.daysLeft <= COMPLAINT_DUE_SOON_DAYS);
        },
      ),
    );
  });
});

describe('the ledger week', () => {
  test('Monday to Sunday', () => {
    assert.deepEqual(weekOf(isoDate('2026-11-22')), { start: '2026-11-16', end: '2026-11-22' });
    assert.deepEqual(weekOf(isoDate('2026-11-23')), { start: '2026-11-23', end: '2026-11-29' });
    assert.deepEqual(weekOf(isoDate('2017-03-01')), { start: '2017-02-27', end: '2017-03-05' });
  });
});
