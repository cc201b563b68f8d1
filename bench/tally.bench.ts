/**
 * Counts 1,000,000 single ballots (groups of n: 1) for a four-office ballot under
 * zhejiang-2020, streamed from a seeded generator, next to a baseline loop that only
 * sums marks per person over the same stream. The final line is the figure of record.
 */
import { type BallotGroup, type ElectionScenario, getRuleSet, tally } from '@huanjie/core';

const BALLOTS = 1_000_000;
const SEED = 20_200_731;

const offices = [
  { id: 'chair', title: '主任', seats: 1, rank: 1, womenOnly: false },
  { id: 'vice', title: '副主任', seats: 1, rank: 2, womenOnly: false },
  { id: 'women', title: '妇女委员', seats: 1, rank: 3, womenOnly: true },
  { id: 'member', title: '委员', seats: 2, rank: 3, womenOnly: false },
];
const people = Array.from({ length: 40 }, (_, i) => ({
  id: `p${i + 1}`,
  name: `村民${i + 1}`,
  sex: i % 3 === 2 ? ('F' as const) : ('M' as const),
  relations: [],
}));
/** mulberry32: small, fast, and the same stream on every machine */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = people.map((p) => p.id);
const front = ids.slice(3, 9);
const writeIns = ids.slice(9);
const women = people.filter((p, i) => p.sex === 'F' && i >= 9).map((p) => p.id);

/**
 * One voter's ballot: 1% void, 2% blank, the front-runners on most ballots, 5%
 * write-ins from the roll, 2% over-votes for members, 0.5% the same person in two
 * offices, plus chance collisions of write-ins across offices.
 */
function drawBallot(rnd: () => number, any: (list: readonly string[]) => string): BallotGroup {
  {
    const r = rnd();
    if (r < 0.01) return { n: 1, void: true };
    if (r < 0.03) return { n: 1, marks: {} };
    const chair = rnd() < 0.6 ? 'p1' : any(writeIns);
    const vice = rnd() < 0.55 ? 'p2' : any(writeIns);
    const woman = rnd() < 0.6 ? 'p3' : any(women);
    // p4 and p5 lead the member race; the others split the rest
    const m1 = rnd() < 0.6 ? 0 : Math.floor(rnd() * front.length);
    const m2 = m1 !== 1 && rnd() < 0.6 ? 1 : (m1 + 2) % front.length;
    const member = [front[m1]!, rnd() < 0.05 ? any(writeIns) : front[m2]!];
    if (r < 0.05) {
      let m3 = 0;
      while (m3 === m1 || m3 === m2) m3++;
      member.push(front[m3]!);
    } else if (r < 0.055) member[1] = chair;
    return { n: 1, marks: { chair: [chair], vice: [vice], women: [woman], member } };
  }
}

/** The stream of individual ballots (groups of n: 1), a fresh object each, the same on every run. */
function* ballots(count: number): Generator<BallotGroup> {
  const rnd = random(SEED);
  const any = (list: readonly string[]) => list[Math.floor(rnd() * list.length)]!;
  for (let i = 0; i < count; i++) yield drawBallot(rnd, any);
}

function baseline(): number {
  const sums = new Map<string, number>();
  for (const g of ballots(BALLOTS)) {
    if (g.void === true) continue;
    for (const office in g.marks) {
      for (const p of g.marks[office]!) sums.set(p, (sums.get(p) ?? 0) + g.n);
    }
  }
  return sums.size;
}

function engine(): string {
  const scenario: ElectionScenario = {
    format: 'huanjie-scenario/1',
    name: 'bench',
    ruleset: 'zhejiang-2020',
    body: 'village-committee',
    round: 'first',
    registered: 1_200_000,
    voted: BALLOTS,
    issued: BALLOTS,
    offices,
    people,
    electedBefore: [],
    ballots: ballots(BALLOTS),
  };
  const out = tally(scenario, getRuleSet('zhejiang-2020')!);
  if (!out.ok) throw new Error(`${out.error.path}: ${out.error.message}`);
  const r = out.value.result;
  return 'offices' in r ? r.offices.map((o) => `${o.id}=${o.elected.join('+') || '-'}`).join(' ') : '';
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

// warm both paths once on a small slice so the JIT compares like with like
for (const g of ballots(20_000)) void g;

const base = timed(baseline);
const eng = timed(engine);
const rate = Math.floor(BALLOTS / (eng.ms / 1000));
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `baseline (sum marks per person): ${base.ms.toFixed(0)} ms, ${Math.floor(BALLOTS / (base.ms / 1000))} ballots/s`,
);
console.log(`engine (full tally-spec count):   ${eng.ms.toFixed(0)} ms, ${rate} ballots/s; ${eng.value}`);
console.log(`ratio engine/baseline: ${(eng.ms / base.ms).toFixed(2)}`);
console.log(`tally: ${rate} ballots/s, peak ${peakMb} MB`);
