import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isShippedRuleSetId } from '../src/ruleset/registry.js';
import { parseScenario } from '../src/scenario/parse.js';
import { formatScenarioError } from '../src/scenario/types.js';

function valid(): Record<string, unknown> {
  return {
    format: 'huanjie-scenario/1',
    name: '测试村',
    ruleset: 'zhejiang-2020',
    body: 'village-committee',
    round: 'first',
    registered: 100,
    voted: 80,
    issued: 80,
    offices: [
      { id: 'chair', title: '主任', seats: 1, rank: 1 },
      { id: 'vice', title: '副主任', seats: 1, rank: 2 },
    ],
    people: [
      { id: 'p1', name: '王建国', sex: 'M' },
      { id: 'p2', name: '李秀英', sex: 'F', relations: [{ to: 'p1', kind: 'spouse' }] },
    ],
    electedBefore: [],
    ballots: [
      { n: 70, marks: { chair: ['p1'], vice: ['p2'] } },
      { n: 5, void: true },
      { n: 5, marks: {} },
    ],
  };
}

/** the messages for a document changed by `edit` */
function errorsOf(edit: (doc: Record<string, unknown>) => void): string[] {
  const doc = valid();
  edit(doc);
  const out = parseScenario(doc, isShippedRuleSetId);
  assert.equal(out.ok, false, 'the document should be refused');
  return out.ok ? [] : out.error.map(formatScenarioError);
}

function ballotsOf(doc: Record<string, unknown>): Record<string, unknown>[] {
  return doc.ballots as Record<string, unknown>[];
}

describe('scenario-format.md: parsing huanjie-scenario/1', () => {
  test('a valid document parses with defaults filled in', () => {
    const out = parseScenario(valid(), isShippedRuleSetId);
    assert.ok(out.ok);
    if (!out.ok || out.value.body === 'recall') return;
    assert.equal(out.value.offices[0]?.womenOnly, false);
    assert.deepEqual(out.value.people[0]?.relations, []);
    assert.deepEqual([...out.value.ballots].length, 3);
  });

  test('unknown person in a mark names the exact place', () => {
    const e = errorsOf((d) => {
      ballotsOf(d)[0]!.marks = { chair: ['p1'], vice: ['p9'] };
    });
    assert.equal(e.length, 1);
    assert.match(e[0]!, /^ballots\[0\]\.marks\.vice\[0\]: unknown person "p9"/);
  });

  test('unknown office in marks', () => {
    const e = errorsOf((d) => {
      ballotsOf(d)[2]!.marks = { women: ['p2'] };
    });
    assert.match(e[0]!, /^ballots\[2\]\.marks\.women: unknown office "women"/);
  });

  test('a person twice in one office', () => {
    const e = errorsOf((d) => {
      ballotsOf(d)[0]!.marks = { chair: ['p1', 'p1'] };
    });
    assert.match(e[0]!, /^ballots\[0\]\.marks\.chair\[1\]: person "p1" is marked twice/);
  });

  test('n not a whole number of at least 1', () => {
    for (const n of [0, -1, 1.5, '3']) {
      const e = errorsOf((d) => {
        ballotsOf(d)[1]!.n = n;
      });
      assert.match(e[0]!, /^ballots\[1\]\.n: must be a whole number ≥ 1/);
    }
  });

  test('totals not whole numbers of at least 0', () => {
    const e = errorsOf((d) => {
      d.registered = -1;
      d.voted = 2.5;
      d.issued = null;
    });
    assert.deepEqual(
      e.map((m) => m.split(':')[0]),
      ['registered', 'voted', 'issued'],
    );
  });

  test('missing fields are named', () => {
    const e = errorsOf((d) => {
      delete d.voted;
      delete d.offices;
    });
    assert.ok(e.some((m) => m.startsWith('voted: missing field')));
    assert.ok(e.some((m) => m.startsWith('offices: missing field')));
  });

  test('a missing field inside a list item is named with its index', () => {
    const e = errorsOf((d) => {
      delete (d.people as Record<string, unknown>[])[1]!.sex;
    });
    assert.match(e[0]!, /^people\[1\]\.sex: missing field/);
  });

  test('unknown rule set', () => {
    const e = errorsOf((d) => {
      d.ruleset = 'jiangsu-2019';
    });
    assert.match(e[0]!, /^ruleset: unknown rule set "jiangsu-2019"/);
  });

  test('a rule set the user supplied is accepted through the lookup function', () => {
    const doc = { ...valid(), ruleset: 'jiangsu-2019' };
    assert.ok(parseScenario(doc, (id) => id === 'jiangsu-2019').ok);
  });

  test('wrong format tag stops at once', () => {
    const e = errorsOf((d) => {
      d.format = 'huanjie-scenario/2';
    });
    assert.deepEqual(e.length, 1);
    assert.match(e[0]!, /^format: expected "huanjie-scenario\/1"/);
  });

  test('not an object at all', () => {
    const out = parseScenario([1, 2], isShippedRuleSetId);
    assert.equal(out.ok, false);
  });

  test('relations pointing to an unknown person, and duplicate ids', () => {
    const e = errorsOf((d) => {
      const people = d.people as Record<string, unknown>[];
      people[1]!.relations = [{ to: 'p7', kind: 'spouse' }];
      people.push({ id: 'p1', name: '重名', sex: 'M' });
    });
    assert.ok(e.some((m) => m.startsWith('people[1].relations[0].to: unknown person "p7"')));
    assert.ok(e.some((m) => m.startsWith('people[2].id: duplicate person id "p1"')));
  });

  test('seats and rank must be whole numbers ≥ 1; an unknown relation kind is refused', () => {
    const e = errorsOf((d) => {
      (d.offices as Record<string, unknown>[])[0]!.seats = 0;
      (d.people as Record<string, unknown>[])[1]!.relations = [{ to: 'p1', kind: 'cousin' }];
    });
    assert.ok(e.some((m) => m.startsWith('offices[0].seats: must be a whole number ≥ 1')));
    assert.ok(e.some((m) => m.startsWith('people[1].relations[0].kind: expected')));
  });

  test('electedBefore with an unknown person; only a runoff may list it', () => {
    const e = errorsOf((d) => {
      d.round = 'runoff';
      d.electedBefore = [{ person: 'p5', office: 'chair', rank: 1 }];
    });
    assert.match(e[0]!, /^electedBefore\[0\]\.person: unknown person "p5"/);
    const first = errorsOf((d) => {
      d.electedBefore = [{ person: 'p1', office: 'chair', rank: 1 }];
    });
    assert.match(first[0]!, /^electedBefore: only a runoff/);
  });

  test('messages carry a Chinese explanation', () => {
    const e = errorsOf((d) => {
      ballotsOf(d)[0]!.marks = { chair: ['p9'] };
    });
    assert.match(e[0]!, /人员名单/);
  });
});

describe('scenario-format.md: recall files', () => {
  const recall = () => ({
    format: 'huanjie-scenario/1',
    ruleset: 'national-2018',
    body: 'recall',
    round: 'first',
    registered: 100,
    voted: 60,
    issued: 60,
    ballots: [
      { n: 40, recall: 'yes' },
      { n: 18, recall: 'no' },
      { n: 2, void: true },
    ],
  });

  test('a valid recall file parses', () => {
    const out = parseScenario(recall(), isShippedRuleSetId);
    assert.ok(out.ok);
    assert.equal(out.ok && out.value.body, 'recall');
  });

  test('a recall ballot with marks, or without yes/no, is refused with its place', () => {
    const doc = recall();
    (doc.ballots as unknown[])[0] = { n: 40, marks: { chair: ['p1'] } };
    (doc.ballots as unknown[])[1] = { n: 18, recall: 'maybe' };
    const out = parseScenario(doc, isShippedRuleSetId);
    assert.equal(out.ok, false);
    const e = out.ok ? [] : out.error.map(formatScenarioError);
    assert.ok(e.some((m) => m.startsWith('ballots[0].marks: a recall ballot has no marks')));
    assert.ok(e.some((m) => m.startsWith('ballots[0].recall: missing field')));
    assert.ok(e.some((m) => m.startsWith('ballots[1].recall: expected "yes" | "no"')));
  });

  test('a recall file with offices, or an election ballot with "recall", is the wrong shape', () => {
    const out = parseScenario({ ...recall(), offices: [] }, isShippedRuleSetId);
    assert.equal(out.ok, false);
    const e = errorsOf((d) => {
      ballotsOf(d)[0]!.recall = 'yes';
    });
    assert.match(e[0]!, /^ballots\[0\]\.recall: only a recall file/);
  });
});
