import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCalendar, type CalendarStep, type StepId } from '../../src/rules/calendar.js';
import { isoDate } from '../../src/rules/civil-date.js';
import {
  holidaySetOf,
  judgeStep,
  relativeStepDue,
  STEP_KINDS,
  weekday,
} from '../../src/rules/step-status.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const E = isoDate('2026-05-20');
const none = new Set<string>();
const steps = buildCalendar(shippedSections['zhejiang-2020'], { electionDay: E, holidays: none });
const step = (id: StepId): CalendarStep => {
  const s = steps.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const judge = (id: StepId, doneOn: string | null, today: string) =>
  judgeStep(
    step(id),
    STEP_KINDS[id],
    doneOn === null ? null : { doneOn: isoDate(doneOn), outcome: 'done' },
    isoDate(today),
  );

describe('step status', () => {
  test('B-1: the list published on E−20 (C-4, on or before) is on time; a day later is late by one day', () => {
    assert.equal(judge('voter-list', '2026-04-30', '2026-05-02').state, 'done');
    const late = judge('voter-list', '2026-05-01', '2026-05-02');
    assert.equal(late.state, 'done-late');
    assert.equal(late.daysLate, 1);
    assert.equal(
      late.reason,
      '公布登记参加选举的村民名单最迟应于2026-04-30完成（B-1;C-4，选举日前20日），实际于2026-05-01完成，迟了1天',
    );
  });

  test('B-4: not done, the candidate list is due soon within three days and late after E−5', () => {
    assert.equal(judge('candidate-list', null, '2026-05-11').state, 'upcoming');
    const soon = judge('candidate-list', null, '2026-05-12');
    assert.deepEqual([soon.state, soon.daysLeft], ['due-soon', 3]);
    assert.equal(judge('candidate-list', null, '2026-05-15').reason.includes('今天到期'), true);
    const late = judge('candidate-list', null, '2026-05-17');
    assert.deepEqual([late.state, late.daysLate], ['late', 2]);
    assert.match(late.reason, /B-4;C-4，选举日前5日.*已逾期2天仍未完成/);
  });

  test('B-2/B-6/B-8: periods open to villagers close rather than fall late', () => {
    assert.equal(judge('objection-window', null, '2026-05-05').state, 'open');
    assert.equal(judge('self-nomination', null, '2026-05-10').state, 'open');
    const closed = judge('proxy-application', null, '2026-05-18');
    assert.equal(closed.state, 'closed');
    assert.equal(closed.daysLate, 0);
  });

  test('B-10: a runoff nobody recorded is flagged for checking, not late; "not needed" closes it', () => {
    assert.equal(judge('runoff', null, '2026-07-01').state, 'lapsed');
    const notNeeded = judgeStep(
      step('runoff'),
      'conditional',
      { doneOn: isoDate('2026-05-21'), outcome: 'not-needed' },
      isoDate('2026-07-01'),
    );
    assert.equal(notNeeded.state, 'not-needed');
  });

  test('B-7: moving election day a week earlier turns a polling plan done on time into a late one', () => {
    const done = { doneOn: isoDate('2026-05-12'), outcome: 'done' as const };
    assert.equal(judgeStep(step('polling-plan'), 'task', done, isoDate('2026-05-12')).state, 'done');
    const earlier = buildCalendar(shippedSections['zhejiang-2020'], {
      electionDay: isoDate('2026-05-13'),
      holidays: none,
    }).find((s) => s.id === 'polling-plan');
    assert.ok(earlier);
    const judged = judgeStep(earlier, 'task', done, isoDate('2026-05-12'));
    assert.deepEqual([judged.state, judged.daysLate], ['done-late', 4]);
  });
});

describe('local steps and holidays', () => {
  test('C-4: a local step 30 days before election day follows the rule set boundary', () => {
    const d = relativeStepDue({ anchor: 'before', days: 30 }, E, 'on-or-before', none);
    assert.deepEqual(d, { due: '2026-04-20', basis: '选举日前30日', rule: 'C-4' });
    assert.equal(
      relativeStepDue({ anchor: 'before', days: 30 }, E, 'strictly-before', none).due,
      '2026-04-19',
    );
  });

  test('C-3: a local step within 10 days after election day ends after a holiday run', () => {
    const holidays = new Set(['2026-05-30', '2026-05-31']);
    assert.equal(relativeStepDue({ anchor: 'after', days: 10 }, E, 'on-or-before', none).due, '2026-05-30');
    assert.equal(
      relativeStepDue({ anchor: 'after', days: 10 }, E, 'on-or-before', holidays).due,
      '2026-06-01',
    );
    assert.equal(
      relativeStepDue({ anchor: 'after', days: 0 }, E, 'on-or-before', holidays).basis,
      '选举日当日',
    );
  });

  test('C-3: weekends count as 休假日 except the 调休 working days; named holidays are added', () => {
    assert.equal(weekday(isoDate('2026-05-20')), 3);
    assert.equal(weekday(isoDate('1969-12-28')), 0);
    const set = holidaySetOf([
      {
        year: 2026,
        weekendsOff: true,
        holidays: ['2026-05-01', '2026-05-04', '2026-05-05'].map(isoDate),
        workdays: [isoDate('2026-05-09')],
      },
    ]);
    assert.ok(set.has('2026-05-02')); // Saturday
    assert.ok(set.has('2026-05-05')); // Tuesday, 劳动节
    assert.ok(!set.has('2026-05-09')); // Saturday worked (调休)
    assert.ok(!set.has('2026-05-06'));
    assert.ok(!set.has('2027-01-02')); // a year not entered adds nothing
    assert.equal([...set].filter((d) => d.startsWith('2026-')).length, 104 + 3 - 1);
    const noWeekends = holidaySetOf([
      { year: 2026, weekendsOff: false, holidays: [isoDate('2026-10-01')], workdays: [] },
    ]);
    assert.deepEqual([...noWeekends], ['2026-10-01']);
  });

  test('B-2/C-3: the objection window ending on the 国庆 holidays moves to the first working day', () => {
    const set = holidaySetOf([
      {
        year: 2026,
        weekendsOff: true,
        holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => isoDate(`2026-10-${d}`)),
        workdays: [isoDate('2026-10-10')],
      },
    ]);
    const cal = buildCalendar(shippedSections['zhejiang-2020'], {
      electionDay: isoDate('2026-10-20'),
      holidays: set,
      events: { voterListPublishedOn: isoDate('2026-09-28') },
    });
    assert.equal(cal.find((s) => s.id === 'objection-window')?.due, '2026-10-08');
  });
});
