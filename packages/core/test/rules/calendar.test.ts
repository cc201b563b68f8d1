import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCalendar, type CalendarStep, lateSteps, type StepId } from '../../src/rules/calendar.js';
import { addDays, isoDate } from '../../src/rules/civil-date.js';
import { lastDayBeforeElection, periodEnd } from '../../src/rules/day-count.js';
import { checkObjectionFiling } from '../../src/rules/objections.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const E = isoDate('2026-05-20');
/** 劳动节 2026: 1–5 May off. */
const mayDay = new Set(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']);
const none = new Set<string>();

function dues(steps: readonly CalendarStep[]): Partial<Record<StepId, string>> {
  return Object.fromEntries(steps.map((s) => [s.id, s.due]));
}

describe('day counting', () => {
  test('C-3: the start day is not counted, so 5 days from 1 June end on 6 June', () => {
    assert.equal(periodEnd(isoDate('2026-06-01'), 5, none), '2026-06-06');
  });

  test('C-3: a period ending on a holiday ends the day after the holiday run', () => {
    assert.equal(periodEnd(isoDate('2026-04-30'), 5, mayDay), '2026-05-06');
    assert.equal(periodEnd(isoDate('2026-04-26'), 3, mayDay), '2026-04-29');
  });

  test('C-4: E−20 on-or-before is day E−20; strictly-before is one day earlier', () => {
    assert.equal(lastDayBeforeElection(E, 20, 'on-or-before'), '2026-04-30');
    assert.equal(lastDayBeforeElection(E, 20, 'strictly-before'), '2026-04-29');
  });

  test('C-4: a before-election deadline is not moved by a holiday', () => {
    const steps = buildCalendar(shippedSections['national-2018'], {
      electionDay: isoDate('2026-05-21'),
      holidays: mayDay,
    });
    assert.equal(dues(steps)['voter-list'], '2026-05-01');
  });
});

describe('deadline calendar', () => {
  test('B-1..B-11 Zhejiang: every step and its due day, Labour Day moving the objection window', () => {
    const steps = buildCalendar(shippedSections['zhejiang-2020'], { electionDay: E, holidays: mayDay });
    assert.deepEqual(dues(steps), {
      'voter-list': '2026-04-30',
      'objection-window': '2026-05-06',
      'objection-decision': '2026-05-09',
      'self-nomination': '2026-05-10',
      'self-nominee-list': '2026-05-15',
      'candidate-list': '2026-05-15',
      'polling-plan': '2026-05-15',
      'candidate-withdrawal': '2026-05-17',
      'proxy-application': '2026-05-17',
      'proxy-list': '2026-05-19',
      'departure-audit': '2026-05-19',
      results: '2026-05-21',
      handover: '2026-05-30',
      runoff: '2026-06-19',
    });
    const sorted = steps.map((s) => s.due);
    assert.deepEqual(sorted, [...sorted].sort());
    const list = steps.find((s) => s.id === 'voter-list');
    assert.equal(list?.rule, 'B-1;C-4');
    assert.equal(list?.title, '公布登记参加选举的村民名单');
    assert.equal(list?.basis, '选举日前20日');
  });

  test('B-1: under a strictly-before reading the list is due E−21', () => {
    const zj = shippedSections['zhejiang-2020'];
    const strict = {
      ...zj,
      calendar: {
        ...zj.calendar,
        beforeElectionBoundary: { value: 'strictly-before' as const, rule: 'C-4' },
      },
    };
    assert.equal(dues(buildCalendar(strict, { electionDay: E, holidays: none }))['voter-list'], '2026-04-29');
  });

  test('B-4/B-6/B-8 national: no candidate-list, self-nomination or proxy step; results on the day', () => {
    const d = dues(buildCalendar(shippedSections['national-2018'], { electionDay: E, holidays: none }));
    assert.equal(d['candidate-list'], undefined);
    assert.equal(d['self-nomination'], undefined);
    assert.equal(d['proxy-application'], undefined);
    assert.equal(d.results, '2026-05-20');
    assert.equal(d['voter-list'], '2026-04-30');
  });

  test('B-8/G-3 Shanghai: proxies by E−5, list by E−2; B-10 runoff within 30 days', () => {
    const d = dues(buildCalendar(shippedSections['shanghai-2020'], { electionDay: E, holidays: none }));
    assert.equal(d['proxy-application'], '2026-05-15');
    assert.equal(d['proxy-list'], '2026-05-18');
    assert.equal(d.runoff, '2026-06-19');
  });

  test('B-10 Beijing: runoff within 15 days; B-8 proxies before election day', () => {
    const d = dues(buildCalendar(shippedSections['beijing-2012'], { electionDay: E, holidays: none }));
    assert.equal(d.runoff, '2026-06-04');
    assert.equal(d['proxy-application'], '2026-05-19');
  });

  test('B-5 Henan: withdrawal within 3 days after the published candidate list', () => {
    const d = dues(
      buildCalendar(shippedSections['henan-2011'], {
        electionDay: E,
        holidays: none,
        events: { candidateListPublishedOn: isoDate('2026-05-12') },
      }),
    );
    assert.equal(d['candidate-withdrawal'], '2026-05-15');
  });

  test('B-2/B-3: the actual publication date drives the objection steps', () => {
    const d = dues(
      buildCalendar(shippedSections['national-2018'], {
        electionDay: E,
        holidays: none,
        events: { voterListPublishedOn: isoDate('2026-04-20') },
      }),
    );
    assert.equal(d['objection-window'], '2026-04-25');
    assert.equal(d['objection-decision'], '2026-04-28');
  });

  test('B-11/B-13/B-16: handover from formation, recall vote from the request, meeting notice 10 days ahead', () => {
    const steps = buildCalendar(shippedSections['zhejiang-2020'], {
      electionDay: E,
      holidays: none,
      events: {
        committeeFormedOn: isoDate('2026-05-21'),
        recallRequestedOn: isoDate('2026-09-01'),
        villagersMeetingOn: isoDate('2026-09-15'),
      },
    });
    const d = dues(steps);
    assert.equal(d.handover, '2026-05-31');
    assert.equal(d['recall-vote'], '2026-10-01');
    assert.equal(d['recall-vote-township'], '2026-11-30');
    assert.equal(d['villagers-meeting-notice'], '2026-09-05');
    assert.equal(steps.find((s) => s.id === 'recall-vote')?.rule, 'B-13;H-3;C-3');
  });
});

describe('late steps', () => {
  const steps = buildCalendar(shippedSections['zhejiang-2020'], { electionDay: E, holidays: mayDay });

  test('B-1: a list published one day after E−20 is late by 1 day, with the rule in the reason', () => {
    const status = lateSteps(steps, { 'voter-list': isoDate('2026-05-01') }, isoDate('2026-05-01'));
    const late = status.late.find((l) => l.step.id === 'voter-list');
    assert.equal(late?.daysLate, 1);
    assert.equal(
      late?.reason,
      '公布登记参加选举的村民名单应在2026-04-30前完成（B-1;C-4，选举日前20日），实际于2026-05-01完成，迟了1天',
    );
  });

  test('B-1: done on the due day is on time', () => {
    const status = lateSteps(steps, { 'voter-list': isoDate('2026-04-30') }, isoDate('2026-04-30'));
    assert.equal(status.late.length, 0);
  });

  test('B-3/B-6: steps past due and not done are late; steps within the window are due soon', () => {
    const done: Partial<Record<StepId, ReturnType<typeof isoDate>>> = {
      'voter-list': isoDate('2026-04-28'),
      'objection-window': isoDate('2026-05-06'),
    };
    const status = lateSteps(steps, done, isoDate('2026-05-12'), 3);
    assert.deepEqual(
      status.late.map((l) => [l.step.id, l.daysLate, l.doneOn]),
      [
        ['objection-decision', 3, null],
        ['self-nomination', 2, null],
      ],
    );
    assert.ok(status.late[1]?.reason.includes('已逾期2天仍未完成'));
    assert.deepEqual(
      status.dueSoon.map((s) => [s.step.id, s.daysLeft]),
      [
        ['self-nominee-list', 3],
        ['candidate-list', 3],
        ['polling-plan', 3],
      ],
    );
  });

  test('B-4: moving election day earlier makes an already done step late', () => {
    const earlier = buildCalendar(shippedSections['zhejiang-2020'], {
      electionDay: addDays(E, -7),
      holidays: none,
    });
    const status = lateSteps(earlier, { 'candidate-list': isoDate('2026-05-10') }, isoDate('2026-05-10'));
    assert.deepEqual(
      status.late.filter((l) => l.doneOn !== null).map((l) => [l.step.id, l.daysLate]),
      [['candidate-list', 2]],
    );
  });
});

describe('objections', () => {
  const cal = shippedSections['national-2018'].calendar;
  const published = isoDate('2026-04-30');

  test('B-2/B-3: an objection on the last day of the window is accepted; the decision is due 3 days later', () => {
    const r = checkObjectionFiling(cal, published, isoDate('2026-05-06'), mayDay);
    assert.ok(r.ok);
    assert.equal(r.value.decisionDue, '2026-05-09');
  });

  test('B-2: an objection after the window is refused, Henan says 不予受理', () => {
    const late = checkObjectionFiling(cal, published, isoDate('2026-05-07'), mayDay);
    assert.equal(late.ok, false);
    const henan = checkObjectionFiling(
      shippedSections['henan-2011'].calendar,
      published,
      isoDate('2026-05-07'),
      mayDay,
    );
    assert.ok(!henan.ok && henan.error[0]?.reason.endsWith('不予受理'));
    assert.ok(!late.ok && !late.error[0]?.reason.endsWith('不予受理'));
  });
});
