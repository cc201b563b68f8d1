// The scenario of a vote: people in ballot order then written-in people, relations among them only,
// every box's groups merged, and a document `huanjie tally` reads back as the same scenario.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  electionVoteScenario,
  recallVoteScenario,
  type VoteScenarioInput,
  voteScenarioPeopleIds,
} from '../src/count/vote-scenario.js';
import { getRuleSet } from '../src/ruleset/registry.js';
import { parseScenario } from '../src/scenario/parse.js';
import { tally } from '../src/tally/tally.js';

const people = new Map([
  ['v-li', { name: '李明', sex: 'M' as const }],
  ['v-zhang', { name: '张建国', sex: 'M' as const }],
  ['v-wang', { name: '王芳', sex: 'F' as const }],
  ['v-zhou', { name: '周一', sex: 'M' as const }],
  ['v-chen', { name: '陈一', sex: 'M' as const }],
]);

const input: VoteScenarioInput = {
  name: '柳山村 第一次投票',
  ruleset: 'zhejiang-2020',
  body: 'village-committee',
  round: 'first',
  registered: 10,
  voted: 8,
  issued: 8,
  offices: [
    { id: 'chair', title: '主任', seats: 1, rank: 1 },
    { id: 'vice', title: '副主任', seats: 1, rank: 2, womenOnly: false },
  ],
  candidates: [{ voterId: 'v-li' }, { voterId: 'v-zhang' }, { voterId: 'v-wang' }],
  electedBefore: [],
  people,
  relations: [
    { from: 'v-li', to: 'v-wang', kind: 'spouse' },
    { from: 'v-wang', to: 'v-li', kind: 'spouse' },
    { from: 'v-li', to: 'v-nobody', kind: 'child' },
  ],
  boxes: [
    [
      { n: 3, marks: { chair: ['v-li'], vice: ['v-wang'] } },
      { n: 1, void: true },
    ],
    [
      { n: 2, marks: { vice: ['v-wang'], chair: ['v-li'] } },
      { n: 1, marks: { chair: ['v-zhou'], vice: ['v-chen'] } },
      { n: 1, marks: { chair: [] } },
    ],
  ],
};

describe('vote scenario', () => {
  test('names everyone marked, candidates first', () => {
    assert.deepEqual(voteScenarioPeopleIds(input), ['v-li', 'v-zhang', 'v-wang', 'v-zhou', 'v-chen']);
  });

  test('the document: people order, relations once, groups merged, and it parses and counts', () => {
    const out = electionVoteScenario(input);
    assert.ok(out.ok);
    const doc = out.value;
    // written-in people by pinyin: 陈 (chen) before 周 (zhou)
    assert.deepEqual(
      doc.people.map((p) => p.id),
      ['v-li', 'v-zhang', 'v-wang', 'v-chen', 'v-zhou'],
    );
    assert.deepEqual(doc.people[0]!.relations, [{ to: 'v-wang', kind: 'spouse' }]);
    assert.deepEqual(doc.people[2]!.relations, []);
    assert.deepEqual(doc.ballots, [
      { n: 1, void: true },
      { n: 5, marks: { chair: ['v-li'], vice: ['v-wang'] } },
      { n: 1, marks: { chair: ['v-zhou'], vice: ['v-chen'] } },
      { n: 1, marks: {} },
    ]);
    const parsed = parseScenario(JSON.parse(JSON.stringify(doc)), (id) => getRuleSet(id) !== undefined);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.error));
    const counted = tally(parsed.value, getRuleSet('zhejiang-2020')!);
    assert.ok(counted.ok && counted.value.kind === 'election');
    assert.deepEqual(counted.value.result.offices[0]!.elected, ['v-li']);
  });

  test('a person without a name is reported', () => {
    const out = electionVoteScenario({
      ...input,
      people: new Map([...people].filter(([id]) => id !== 'v-chen')),
    });
    assert.deepEqual(out, { ok: false, error: { kind: 'unknown-person', personId: 'v-chen' } });
  });

  test('a recall vote: yes, no and void from every box', () => {
    const doc = recallVoteScenario({
      name: '罢免',
      ruleset: 'zhejiang-2020',
      registered: 10,
      voted: 7,
      issued: 7,
      boxes: [
        [
          { n: 3, recall: 'yes' },
          { n: 1, void: true },
        ],
        [
          { n: 2, recall: 'yes' },
          { n: 1, recall: 'no' },
        ],
      ],
    });
    assert.deepEqual(doc.ballots, [
      { n: 5, recall: 'yes' },
      { n: 1, recall: 'no' },
      { n: 1, void: true },
    ]);
  });
});
