import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { IsoDate } from '../../src/rules/civil-date.js';
import {
  type AreaStatistics,
  ageBandList,
  average,
  checkTargets,
  educationLevel,
  educationRollUps,
  gapToTarget,
  meetsTarget,
  type OfficeHolder,
  parseAgeBands,
  percent,
  points,
  pointsChange,
  rollUp,
  type StatBody,
  type TeamStructure,
  type VillageRound,
  villageStatistics,
} from '../../src/stats/index.js';

const REF = '2017-04-30' as IsoDate;
const BANDS = [35, 45, 55];

describe('format', () => {
  test('percent with the seed figures (§9.2)', () => {
    assert.equal(percent({ num: 105, den: 113 }), '92.92%');
    assert.equal(percent({ num: 13, den: 14 }), '92.86%');
    assert.equal(percent({ num: 118, den: 127 }), '92.91%');
    assert.equal(percent({ num: 299, den: 339 }, 1), '88.2%');
    assert.equal(percent({ num: 41, den: 42 }), '97.62%');
    assert.equal(percent({ num: 340, den: 381 }), '89.24%');
    assert.equal(percent({ num: 381, den: 429 }), '88.81%');
    assert.equal(percent({ num: 120, den: 429 }), '27.97%');
    assert.equal(percent({ num: 32837, den: 36690 }, 1), '89.5%');
    assert.equal(percent({ num: 302, den: 487 }), '62.01%');
    assert.equal(percent({ num: 0, den: 0 }), '—');
    assert.equal(percent(null), '—');
    assert.equal(percent({ num: 1, den: 1 }, 0), '100%');
    assert.equal(percent({ num: 1, den: 8 }, 1), '12.5%');
  });

  test('gaps to target as the seed reports them (+2.91 / +4.24 vs the county, +7.91 / +6.24 vs the city)', () => {
    assert.equal(gapToTarget({ num: 118, den: 127 }, 9000), 291);
    assert.equal(gapToTarget({ num: 340, den: 381 }, 8500), 424);
    assert.equal(gapToTarget({ num: 118, den: 127 }, 8500), 791);
    assert.equal(gapToTarget({ num: 340, den: 381 }, 8300), 624);
    assert.equal(gapToTarget({ num: 80, den: 100 }, 9000), -1000);
    assert.equal(gapToTarget({ num: 0, den: 0 }, 9000), null);
    assert.equal(points(291), '+2.91个百分点');
    assert.equal(points(-110, 1), '-1.1个百分点');
    assert.equal(points(0), '0.00个百分点');
    assert.equal(points(null), '—');
  });

  test('meetsTarget is exact integer arithmetic', () => {
    assert.equal(meetsTarget({ num: 9, den: 10 }, 9000), true);
    assert.equal(meetsTarget({ num: 899, den: 1000 }, 9000), false);
    assert.equal(meetsTarget({ num: 0, den: 0 }, 0), false);
  });

  test('points change between two ratios', () => {
    // 62.01% after 60.00%: +2.01 points (某县 高中(中专)以上)
    assert.equal(pointsChange({ num: 302, den: 487 }, { num: 60, den: 100 }), 201);
    assert.equal(pointsChange({ num: 1, den: 2 }, { num: 2, den: 3 }), -1667);
    assert.equal(pointsChange({ num: 1, den: 2 }, { num: 0, den: 0 }), null);
  });

  test('average to one decimal', () => {
    assert.equal(average(458, 10), '45.8');
    assert.equal(average(91, 2), '45.5');
    assert.equal(average(0, 0), '—');
  });
});

describe('education', () => {
  test('registered texts to levels', () => {
    const cases: [string | null, string][] = [
      ['小学', 'primary'],
      ['文盲', 'primary'],
      ['半文盲', 'primary'],
      ['初中', 'junior'],
      ['高中', 'senior'],
      ['中专', 'senior'],
      ['职高', 'senior'],
      ['技校', 'senior'],
      ['大专', 'college'],
      ['高职', 'college'],
      ['大学专科', 'college'],
      ['大学本科', 'bachelor'],
      ['本科', 'bachelor'],
      ['研究生', 'postgraduate'],
      ['硕士', 'postgraduate'],
      ['博士研究生', 'postgraduate'],
      [null, 'unknown'],
      ['', 'unknown'],
      ['其他', 'unknown'],
    ];
    for (const [text, level] of cases) assert.equal(educationLevel(text), level, String(text));
  });

  test('roll-ups 高中(中专)以上, 大专及以上, 初中及以下', () => {
    const parts = [
      { key: 'primary', count: 1 },
      { key: 'junior', count: 2 },
      { key: 'senior', count: 4 },
      { key: 'college', count: 8 },
      { key: 'bachelor', count: 16 },
      { key: 'postgraduate', count: 32 },
      { key: 'unknown', count: 64 },
    ];
    assert.deepEqual(educationRollUps(parts), { seniorOrAbove: 60, collegeOrAbove: 56, juniorOrBelow: 3 });
  });
});

describe('age bands', () => {
  test('labels and parsing', () => {
    assert.deepEqual(
      ageBandList([35, 45, 55]).map((b) => b.label),
      ['35岁及以下', '36–45岁', '46–55岁', '56岁及以上'],
    );
    assert.deepEqual(parseAgeBands('30,55,60'), [30, 55, 60]);
    assert.equal(parseAgeBands('45,35'), null);
    assert.equal(parseAgeBands('a'), null);
    assert.equal(parseAgeBands(''), null);
  });
});

function holder(
  village: string,
  key: string,
  body: StatBody,
  office: string,
  rank: 1 | 2 | 3,
  over: Partial<OfficeHolder> = {},
): OfficeHolder {
  return {
    villageCode: village,
    personKey: key,
    body,
    office,
    rank,
    sex: 'M',
    birthDate: '1970-06-01',
    education: '初中',
    politicalStatus: '中共党员',
    ethnicity: '汉族',
    incumbent: null,
    ...over,
  };
}

function villageRound(code: string, over: Partial<VillageRound> = {}): VillageRound {
  return {
    code,
    name: `村${code.slice(-3)}`,
    townshipCode: code.slice(0, 9),
    kind: 'village',
    status: 'completed',
    registered: 1000,
    voted: 900,
    firstVoteFilledAll: true,
    previousRegistered: null,
    previousVoted: null,
    ...over,
  };
}

/**
 * 某县's 113 villages (seed §9.2): 339 Party committee members, 389 committee members, 299 on both,
 * 105 one-shoulder villages. Village i has a 3-member Party committee; in the first 40 its third
 * member is not on the committee; villages 63… have 4 committee members; from 105 on the chair is
 * someone other than the secretary (the secretary is then vice-chair).
 */
function mouXian(): { holders: OfficeHolder[]; villages: VillageRound[] } {
  const holders: OfficeHolder[] = [];
  const villages: VillageRound[] = [];
  for (let i = 0; i < 113; i++) {
    const code = `331127${String(100 + Math.floor(i / 10)).padStart(3, '0')}${String(i).padStart(3, '0')}`;
    villages.push(villageRound(code));
    const p = (n: number) => `${code}-P${n}`;
    holders.push(holder(code, p(1), 'party-org', 'secretary', 1));
    holders.push(holder(code, p(2), 'party-org', 'deputy-secretary', 2));
    holders.push(holder(code, p(3), 'party-org', 'member', 3));
    const size = i >= 63 ? 4 : 3;
    const seats: [string, string, 1 | 2 | 3][] = [];
    if (i < 105) seats.push([p(1), 'chair', 1]);
    else seats.push([`${code}-C0`, 'chair', 1], [p(1), 'vice', 2]);
    seats.push([p(2), seats.length === 1 ? 'vice' : 'member', seats.length === 1 ? 2 : 3]);
    if (i >= 40) seats.push([p(3), 'member', 3]);
    for (let n = 1; seats.length < size; n++) seats.push([`${code}-C${n}`, n === 1 ? 'women' : 'member', 3]);
    for (const [key, office, rank] of seats)
      holders.push(
        holder(code, key, 'village-committee', office, rank, office === 'women' ? { sex: 'F' } : {}),
      );
  }
  return { holders, villages };
}

function countyOf(holders: OfficeHolder[], villages: VillageRound[]): AreaStatistics {
  const stats = villages.map((v) => villageStatistics(holders, v, BANDS, REF));
  const townships = [...new Set(villages.map((v) => v.townshipCode))].map((t) =>
    rollUp(
      stats.filter((s) => s.code.startsWith(t)),
      t,
      t,
      'township',
      BANDS,
    ),
  );
  return rollUp(townships, '331127', '景宁畲族自治县', 'county', BANDS);
}

describe('statistics', () => {
  test('某县 2014: 一肩挑 105/113 = 92.92%, 交叉任职 299/339 = 88.2%, 两委 339 + 389 − 299 = 429', () => {
    const { holders, villages } = mouXian();
    const county = countyOf(holders, villages);
    assert.deepEqual(county.oneShoulder, { num: 105, den: 113 });
    assert.equal(percent(county.oneShoulder), '92.92%');
    assert.deepEqual(county.crossServing, { num: 299, den: 339 });
    assert.equal(percent(county.crossServing, 1), '88.2%');
    assert.equal(county.partyCommittee.people, 339);
    assert.equal(county.committee.people, 389);
    assert.equal(county.twoCommitteesHeadcount, 429);
    assert.equal(county.twoCommittees.people, 429);
    assert.equal(county.villages, 113);
    const checks = checkTargets(county, [
      { indicator: 'one-shoulder', targetBp: 9000 },
      { indicator: 'cross-serving', targetBp: 8500 },
    ]);
    assert.deepEqual(
      checks.map((c) => [c.indicator, c.met, c.gapCentiPoints]),
      [
        ['one-shoulder', true, 292],
        ['cross-serving', true, 320],
      ],
    );
  });

  test('a village: offices, women by office, coverage, ages on the reference day, incumbents', () => {
    const v = '331127100001';
    const holders = [
      holder(v, 'a', 'party-org', 'secretary', 1, { birthDate: '1970-05-01', incumbent: true }),
      holder(v, 'b', 'party-org', 'member', 3, {
        sex: 'F',
        birthDate: '1982-04-30',
        education: '大学本科',
        incumbent: false,
      }),
      holder(v, 'a', 'village-committee', 'chair', 1, { birthDate: '1970-05-01', incumbent: false }),
      holder(v, 'c', 'village-committee', 'women', 3, {
        sex: 'F',
        birthDate: '1982-05-01',
        politicalStatus: '群众',
        ethnicity: '畲',
        incumbent: false,
      }),
      holder(v, 'd', 'village-committee', 'member', 3, { education: null, ethnicity: null, incumbent: null }),
      holder('331127100002', 'x', 'party-org', 'secretary', 1),
    ];
    const s = villageStatistics(
      holders,
      villageRound(v, { previousRegistered: 950, previousVoted: 800 }),
      BANDS,
      REF,
    );
    assert.deepEqual(s.oneShoulder, { num: 1, den: 1 });
    assert.deepEqual(s.crossServing, { num: 1, den: 2 });
    assert.equal(s.twoCommitteesHeadcount, 4);
    assert.equal(s.committee.people, 3);
    assert.equal(s.committee.women, 1);
    assert.equal(s.twoCommittees.women, 2);
    assert.equal(s.twoCommittees.partyMembers, 3);
    // a: incumbent on the Party committee, new on the committee → incumbent as a person
    assert.equal(s.twoCommittees.incumbents, 1);
    assert.equal(s.twoCommittees.incumbencyKnown, 3);
    // ages on 2017-04-30: a 46, b 35 (birthday that day), c 34, d 46
    assert.equal(s.twoCommittees.ageSum, 46 + 35 + 34 + 46);
    assert.deepEqual(
      s.twoCommittees.ageBands.parts.map((p) => p.count),
      [2, 0, 2, 0],
    );
    assert.deepEqual(
      s.committeeByOffice.map((o) => [o.title, o.structure.people, o.structure.women]),
      [
        ['主任', 1, 0],
        ['副主任', 0, 0],
        ['妇女委员', 1, 1],
        ['委员', 1, 0],
      ],
    );
    assert.deepEqual(s.coverage, { woman: 1, college: 1, young: 1, of: 1 });
    assert.deepEqual(
      s.twoCommittees.ethnicity.parts.map((p) => [p.label, p.count]),
      [
        ['汉族', 2],
        ['畲族', 1],
        ['未填', 1],
      ],
    );
    assert.deepEqual(s.previousTurnout, { num: 800, den: 950 });
    assert.equal(s.comparableVoted, 900);
  });

  test('a village without a result counts in neither 一肩挑 nor turnout', () => {
    const s = villageStatistics(
      [],
      villageRound('331127100003', { registered: null, voted: null, status: 'postponed' }),
      BANDS,
      REF,
    );
    assert.deepEqual(s.oneShoulder, { num: 0, den: 0 });
    assert.deepEqual(s.turnout, { num: 0, den: 0 });
    assert.equal(s.postponed, 1);
    assert.deepEqual(s.coverage, { woman: 0, college: 0, young: 0, of: 0 });
  });
});

/* ───────────── properties: a total is the sum of its parts ───────────── */

const BODIES: { body: StatBody; offices: [string, 1 | 2 | 3][] }[] = [
  {
    body: 'party-org',
    offices: [
      ['secretary', 1],
      ['deputy-secretary', 2],
      ['member', 3],
    ],
  },
  {
    body: 'village-committee',
    offices: [
      ['chair', 1],
      ['vice', 2],
      ['women', 3],
      ['member', 3],
    ],
  },
  {
    body: 'residents-committee',
    offices: [
      ['chair', 1],
      ['member', 3],
    ],
  },
  {
    body: 'supervision',
    offices: [
      ['chair', 1],
      ['member', 3],
    ],
  },
];

const personArb = fc.record({
  key: fc.integer({ min: 0, max: 9 }),
  sex: fc.constantFrom<'M' | 'F'>('M', 'F'),
  birthYear: fc.integer({ min: 1940, max: 1999 }),
  education: fc.constantFrom(null, '小学', '初中', '高中', '中专', '大专', '本科', '硕士', '其他'),
  politicalStatus: fc.constantFrom(null, '中共党员', '中共预备党员', '群众', '共青团员'),
  ethnicity: fc.constantFrom(null, '汉族', '畲族', '畲', '回族'),
  incumbent: fc.constantFrom(null, true, false),
  body: fc.integer({ min: 0, max: 3 }),
  office: fc.integer({ min: 0, max: 3 }),
});

const villageArb = fc.record({
  township: fc.integer({ min: 0, max: 3 }),
  kind: fc.constantFrom<'village' | 'community'>('village', 'community'),
  status: fc.constantFrom<VillageRound['status']>('completed', 'failed', 'postponed', 'voting'),
  registered: fc.option(fc.integer({ min: 1, max: 5000 })),
  votedShare: fc.integer({ min: 0, max: 100 }),
  filled: fc.option(fc.boolean()),
  previous: fc.option(fc.integer({ min: 1, max: 5000 })),
  people: fc.array(personArb, { maxLength: 12 }),
});

type VillageCase = typeof villageArb extends fc.Arbitrary<infer T> ? T : never;

function build(vs: VillageCase[]) {
  const holders: OfficeHolder[] = [];
  const villages: VillageRound[] = [];
  vs.forEach((v, i) => {
    const code = `33112710${v.township}${String(i).padStart(3, '0')}`;
    villages.push(
      villageRound(code, {
        kind: v.kind,
        status: v.status,
        registered: v.registered,
        voted: v.registered === null ? null : Math.floor((v.registered * v.votedShare) / 100),
        firstVoteFilledAll: v.filled,
        previousRegistered: v.previous,
        previousVoted: v.previous === null ? null : Math.floor(v.previous / 2),
      }),
    );
    const seen = new Set<string>();
    for (const p of v.people) {
      // a village has a villagers' committee, a community a residents' committee
      const b = BODIES[p.body === 1 || p.body === 2 ? (v.kind === 'village' ? 1 : 2) : p.body]!;
      const [office, rank] = b.offices[p.office % b.offices.length]!;
      const id = `${code}-${p.key}`;
      // one person holds one office per body; a person's own attributes are the same on every body
      if (seen.has(`${id}:${b.body}`)) continue;
      seen.add(`${id}:${b.body}`);
      const first = v.people.find((q) => q.key === p.key)!;
      holders.push({
        villageCode: code,
        personKey: id,
        body: b.body,
        office,
        rank,
        sex: first.sex,
        birthDate: `${first.birthYear}-03-15`,
        education: first.education,
        politicalStatus: first.politicalStatus,
        ethnicity: first.ethnicity,
        incumbent: p.incumbent,
      });
    }
  });
  return { holders, villages };
}

function structureParts(s: TeamStructure) {
  return [s.ageBands, s.education, s.ethnicity];
}

/** every count of an area, flattened, for comparing a roll-up with the sum of its parts */
function counts(a: AreaStatistics): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (prefix: string, v: unknown) => {
    if (typeof v === 'number') out[prefix] = (out[prefix] ?? 0) + v;
    else if (Array.isArray(v))
      for (const item of v) {
        const id = (item as { key?: string; office?: string }).key ?? (item as { office?: string }).office;
        put(`${prefix}.${id}`, item);
      }
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== 'label' && k !== 'title') put(`${prefix}.${k}`, x);
  };
  const { code: _c, name: _n, level: _l, ...rest } = a;
  put('', rest);
  return out;
}

function addCounts(list: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of list) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function nonZero(c: Record<string, number>) {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));
}

describe('statistics properties (fast-check)', () => {
  test('a county equals the sum of its townships, a township the sum of its villages, for every count', () => {
    fc.assert(
      fc.property(fc.array(villageArb, { maxLength: 12 }), (vs) => {
        const { holders, villages } = build(vs);
        const stats = villages.map((v) => villageStatistics(holders, v, BANDS, REF));
        const townshipCodes = [...new Set(villages.map((v) => v.townshipCode))];
        const townships = townshipCodes.map((t) =>
          rollUp(
            stats.filter((s) => s.code.startsWith(t)),
            t,
            t,
            'township',
            BANDS,
          ),
        );
        const county = rollUp(townships, '331127', '县', 'county', BANDS);
        assert.deepEqual(nonZero(counts(county)), nonZero(addCounts(townships.map(counts))));
        assert.deepEqual(nonZero(counts(county)), nonZero(addCounts(stats.map(counts))));
        for (const t of townships)
          assert.deepEqual(
            nonZero(counts(t)),
            nonZero(addCounts(stats.filter((s) => s.code.startsWith(t.code)).map(counts))),
          );
        // rolling the villages straight up gives the same county
        assert.deepEqual(rollUp(stats, '331127', '县', 'county', BANDS), county);
      }),
      { numRuns: 150 },
    );
  });

  test('breakdown parts sum to their total; headcount = party + committee − both; people = sum over offices', () => {
    fc.assert(
      fc.property(
        fc.array(villageArb, { maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 18, max: 90 }), { minLength: 1, maxLength: 5 }),
        (vs, raw) => {
          const bands = [...raw].sort((a, b) => a - b);
          const { holders, villages } = build(vs);
          const stats = villages.map((v) => villageStatistics(holders, v, bands, REF));
          const all = [...stats, rollUp(stats, '331127', '县', 'county', bands)];
          for (const s of all) {
            for (const team of [s.committee, s.partyCommittee, s.twoCommittees])
              for (const b of structureParts(team)) {
                assert.equal(b.total, team.people);
                assert.equal(
                  b.parts.reduce((n, p) => n + p.count, 0),
                  b.total,
                );
              }
            assert.equal(
              s.twoCommitteesHeadcount,
              s.partyCommittee.people + s.committee.people - s.crossServing.num,
            );
            assert.equal(s.twoCommittees.people, s.twoCommitteesHeadcount);
            assert.equal(s.crossServing.den, s.partyCommittee.people);
            assert.equal(
              s.committeeByOffice.reduce((n, o) => n + o.structure.people, 0),
              s.committee.people,
            );
            assert.ok(s.oneShoulder.num <= s.oneShoulder.den);
            assert.ok(s.turnout.num <= s.turnout.den);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('chart tables', () => {
  test('every chart of 某县 has its rows; the children table ends with the total', async () => {
    const { averageChange, chartTable, CHART_IDS, signedFixed } = await import('../../src/stats/index.js');
    const { holders, villages } = mouXian();
    const stats = villages.slice(0, 3).map((v) => villageStatistics(holders, v, BANDS, REF));
    const township = rollUp(stats, '331127100', '乡', 'township', BANDS);
    for (const id of CHART_IDS) {
      const t = chartTable({ area: township, children: stats }, id);
      assert.ok(t.rows.length > 0, id);
      for (const r of t.rows) assert.equal(r.length, t.headers.length, id);
    }
    const children = chartTable({ area: township, children: stats }, 'children');
    assert.equal(children.rows.at(-1)![0], '合计');
    assert.equal(children.rows.at(-1)![15], '3/3');
    assert.equal(children.rows[0]![15], '有');
    assert.equal(signedFixed(averageChange(453, 10, 464, 10)), '-1.1');
    assert.equal(signedFixed(averageChange(458, 10, 453, 10), 1, '岁'), '+0.5岁');
  });
});
