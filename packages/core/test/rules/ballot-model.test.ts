import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ballotModel,
  formatSerial,
  printCounts,
  reserveFor,
  serialRanges,
} from '../../src/rules/ballot-model.js';
import { scenarioOffices } from '../../src/rules/seat-plan.js';
import { getRuleSet } from '../../src/ruleset/registry.js';

const zhejiang = getRuleSet('zhejiang-2020')!;
const henan = getRuleSet('henan-2011')!;
const national = getRuleSet('national-2018')!;

const offices = scenarioOffices([
  { id: 'chair', seats: 1 },
  { id: 'vice', seats: 1 },
  { id: 'women', seats: 1 },
  { id: 'member', seats: 2 },
]);

const c = (office: string, name: string) => ({ office, id: `${office}-${name}`, name });
// Two candidates per single seat, three for the two 委员 seats: every office meets the D-2 margin.
const candidates = [
  c('chair', '张建国'),
  c('chair', '李明'),
  c('vice', '王芳'),
  c('vice', '丁一'),
  c('women', '蓝秀英'),
  c('women', '叶丽'),
  c('member', '钟强'),
  c('member', '吴军'),
  c('member', '王五'),
];

const texts = (m: ReturnType<typeof ballotModel>, sheet = 0) =>
  m.sheets[sheet]!.instructions.map((i) => `${i.text}（${i.rule}）`).join('\n');

describe('ballot model', () => {
  test('one ballot for all offices: parts in plan order, people in 姓氏笔画 order (李 before 张)', () => {
    const m = ballotModel(zhejiang, { offices, candidates, nominationMode: 'direct', layout: 'single' });
    assert.deepEqual(m.problems, []);
    assert.equal(m.sheets.length, 1);
    const sheet = m.sheets[0]!;
    assert.deepEqual(
      sheet.parts.map((p) => p.heading),
      ['主任（应选1名）', '副主任（应选1名）', '妇女委员（应选1名）', '委员（应选2名）'],
    );
    assert.deepEqual(
      sheet.parts[0]!.candidates.map((p) => p.name),
      ['李明', '张建国'],
    );
    assert.deepEqual(
      sheet.parts[1]!.candidates.map((p) => p.name),
      ['丁一', '王芳'],
    );
    assert.deepEqual(
      sheet.parts[3]!.candidates.map((p) => p.name),
      ['王五', '吴军', '钟强'],
    );
    assert.equal(m.candidateTitle, '候选人');
  });

  test('E-2: as many 另选他人 lines as seats in each office', () => {
    const m = ballotModel(zhejiang, { offices, candidates, nominationMode: 'direct', layout: 'single' });
    assert.deepEqual(
      m.sheets[0]!.parts.map((p) => [p.office, p.writeInLines]),
      [
        ['chair', 1],
        ['vice', 1],
        ['women', 1],
        ['member', 2],
      ],
    );
  });

  test('E-3/F-9: zhejiang-2020 makes the 妇女委员 a separate part; national-2018 does not reserve it', () => {
    const zj = ballotModel(zhejiang, { offices, candidates, nominationMode: 'direct', layout: 'single' });
    const women = zj.sheets[0]!.parts.find((p) => p.office === 'women')!;
    assert.equal(women.separate, true);
    assert.equal(women.womenOnly, true);
    assert.match(texts(zj), /妇女委员只能选女性选民.*（E-3;F-9）/);
    const nat = ballotModel(national, { offices, candidates, nominationMode: 'direct', layout: 'single' });
    assert.equal(nat.sheets[0]!.parts.find((p) => p.office === 'women')!.separate, false);
  });

  test('E-3/F-9: a zhejiang-2020 plan without the 妇女委员 office cannot be printed', () => {
    const noWomen = offices.filter((o) => o.id !== 'women');
    const m = ballotModel(zhejiang, {
      offices: noWomen,
      candidates: candidates.filter((x) => x.office !== 'women'),
      nominationMode: 'direct',
      layout: 'single',
    });
    assert.deepEqual(
      m.problems.map((p) => p.rule),
      ['E-3;F-9'],
    );
  });

  test('E-5/E-6: zhejiang-2020 prints the per-office maximum, whole-ballot over-votes and two offices void', () => {
    const m = ballotModel(zhejiang, { offices, candidates, nominationMode: 'direct', layout: 'single' });
    const t = texts(m);
    assert.match(t, /主任不超过1名，副主任不超过1名，妇女委员不超过1名，委员不超过2名。（E-5）/);
    assert.match(t, /任何一个职位所选人数多于应选人数的，整张选票无效。（E-5;E-6）/);
    assert.match(t, /同一人被选为两项以上职务的，整张选票无效。（E-5）/);
    assert.match(t, /秘密写票处写票。（E-1）/);
    assert.match(t, /另选他人.*（E-2）/);
    assert.match(t, /村民选举委员会认定是否有效。（E-7）/);
  });

  test('E-5/E-6: henan-2011 voids only the over-voted office and counts two offices independently', () => {
    const m = ballotModel(henan, { offices, candidates, nominationMode: 'direct', layout: 'single' });
    const t = texts(m);
    assert.match(t, /该职位的选票无效，不影响其他职位/);
    assert.doesNotMatch(t, /整张选票无效/);
    assert.match(t, /各职位分别计票/);
  });

  test('E-3: one ballot per office gives one sheet per office, each with its own limit', () => {
    const m = ballotModel(henan, { offices, candidates, nominationMode: 'direct', layout: 'per-office' });
    assert.deepEqual(
      m.sheets.map((s) => s.title),
      ['主任选票', '副主任选票', '妇女委员选票', '委员选票'],
    );
    assert.match(texts(m, 3), /所选人数（含另选他人）不得多于应选人数：委员不超过2名。/);
    assert.match(texts(m, 3), /所选人数多于应选人数的，本张选票无效/);
    assert.deepEqual(m.warnings, []);
  });

  test('E-3/E-5: per-office sheets under zhejiang-2020 warn that the sheets are judged together', () => {
    const m = ballotModel(zhejiang, { offices, candidates, nominationMode: 'direct', layout: 'per-office' });
    assert.deepEqual(
      m.warnings.map((w) => w.rule),
      ['E-3;E-5'],
    );
    assert.match(texts(m, 0), /各职位选票按同一编号合并认定/);
  });

  test('D-2: an office with no more candidates than seats bars printing in a direct election', () => {
    const m = ballotModel(zhejiang, {
      offices,
      candidates: candidates.filter((x) => x.name !== '李明'),
      nominationMode: 'direct',
      layout: 'single',
    });
    assert.equal(m.problems.length, 1);
    assert.equal(m.problems[0]!.field, '主任');
    assert.equal(m.problems[0]!.rule, zhejiang.nomination.candidateMargin.rule);
  });

  test('D-8: in 自荐直选 the self-nominees are listed, an office may have none, and the mark text says so', () => {
    const m = ballotModel(zhejiang, {
      offices,
      candidates: [c('chair', '张建国')],
      nominationMode: 'self',
      layout: 'single',
    });
    assert.deepEqual(m.problems, []);
    assert.equal(m.candidateTitle, '自荐人');
    assert.equal(m.sheets[0]!.parts[1]!.candidates.length, 0);
    assert.match(texts(m), /可以选自荐人，也可以另选其他选民，也可以弃权.*（E-2;D-8）/);
  });
});

describe('print counts and serial numbers', () => {
  test('reserve as a number or a percentage rounded up, in integers', () => {
    assert.equal(reserveFor(120, { kind: 'number', value: 10 }), 10);
    assert.equal(reserveFor(120, { kind: 'percent', value: 5 }), 6);
    assert.equal(reserveFor(101, { kind: 'percent', value: 5 }), 6);
    assert.equal(reserveFor(100, { kind: 'percent', value: 5 }), 5);
    assert.equal(reserveFor(0, { kind: 'percent', value: 5 }), 0);
  });

  test('per place: voters plus reserve; ranges consecutive from the first number', () => {
    const counts = printCounts(
      [
        { id: 'central', voters: 120 },
        { id: 'east', voters: 41 },
        { id: 'box', voters: 3 },
      ],
      { kind: 'percent', value: 10 },
    );
    assert.deepEqual(
      counts.map((x) => [x.placeId, x.voters, x.reserve, x.total]),
      [
        ['central', 120, 12, 132],
        ['east', 41, 5, 46],
        ['box', 3, 1, 4],
      ],
    );
    const ranges = serialRanges(counts, 1);
    assert.deepEqual(ranges, [
      { placeId: 'central', from: 1, to: 132 },
      { placeId: 'east', from: 133, to: 178 },
      { placeId: 'box', from: 179, to: 182 },
    ]);
    assert.equal(formatSerial(182), 'No.000182');
  });
});
