import { type JsonReader, join, show } from './json-reader.js';
import type { BallotGroup, Marks, Office, RecallBallotGroup } from './types.js';

export function readElectionBallots(
  r: JsonReader,
  value: unknown,
  offices: readonly Office[],
  people: ReadonlySet<string>,
): BallotGroup[] | undefined {
  const list = r.array(value, 'ballots');
  if (!list) return undefined;
  const officeIds = new Set(offices.map((o) => o.id));
  const out: BallotGroup[] = [];
  for (let i = 0; i < list.length && !r.full; i++) {
    const path = join('ballots', i);
    const g = r.object(list[i], path);
    if (!g) continue;
    const n = r.wholeNumber(r.field(g, 'n', path), 1, join(path, 'n'));
    if (g.recall !== undefined)
      r.fail(join(path, 'recall'), 'only a recall file has "recall" ballots（只有罢免表决票有 recall 字段）');
    const isVoid = g.void === undefined ? false : r.boolean(g.void, join(path, 'void'));
    const rawMarks = g.marks === undefined && isVoid ? {} : r.field(g, 'marks', path);
    const marks =
      rawMarks === undefined ? undefined : readMarks(r, rawMarks, join(path, 'marks'), officeIds, people);
    if (n === undefined || isVoid === undefined || marks === undefined) continue;
    out.push(isVoid ? { n, void: true } : { n, marks });
  }
  return out;
}

function readMarks(
  r: JsonReader,
  value: unknown,
  path: string,
  officeIds: ReadonlySet<string>,
  people: ReadonlySet<string>,
): Marks | undefined {
  const obj = r.object(value, path);
  if (!obj) return undefined;
  const before = r.errors.length;
  for (const [office, marked] of Object.entries(obj)) {
    const at = join(path, office);
    if (!officeIds.has(office)) {
      r.fail(at, `unknown office "${office}"（职务列表 offices 中没有此职务）`);
      continue;
    }
    const list = r.array(marked, at);
    if (!list) continue;
    const seen = new Set<string>();
    list.forEach((person, j) => {
      const pj = join(at, j);
      if (typeof person !== 'string') r.fail(pj, `expected a person id, got ${show(person)}（应为人员编号）`);
      else if (!people.has(person))
        r.fail(pj, `unknown person ${show(person)}（人员名单 people 中没有此人）`);
      else if (seen.has(person))
        r.fail(pj, `person "${person}" is marked twice in this office（同一职务中重复选同一人）`);
      else seen.add(person);
    });
  }
  return r.errors.length === before ? (obj as Marks) : undefined;
}

export function readRecallBallots(r: JsonReader, value: unknown): RecallBallotGroup[] | undefined {
  const list = r.array(value, 'ballots');
  if (!list) return undefined;
  const out: RecallBallotGroup[] = [];
  for (let i = 0; i < list.length && !r.full; i++) {
    const path = join('ballots', i);
    const g = r.object(list[i], path);
    if (!g) continue;
    const n = r.wholeNumber(r.field(g, 'n', path), 1, join(path, 'n'));
    if (g.marks !== undefined)
      r.fail(join(path, 'marks'), 'a recall ballot has no marks（罢免表决票只有 "recall": "yes" | "no"）');
    const isVoid = g.void === undefined ? false : r.boolean(g.void, join(path, 'void'));
    if (isVoid === true) {
      if (n !== undefined) out.push({ n, void: true });
      continue;
    }
    const recall = r.oneOf(r.field(g, 'recall', path), ['yes', 'no'] as const, join(path, 'recall'));
    if (n === undefined || isVoid === undefined || recall === undefined) continue;
    out.push({ n, recall });
  }
  return out;
}
