import { type JsonReader, join, show } from './json-reader.js';
import { type ElectedBefore, type Office, type Person, RELATION_KINDS, type Relation } from './types.js';

export function readOffices(r: JsonReader, value: unknown): Office[] | undefined {
  const list = r.array(value, 'offices');
  if (!list) return undefined;
  if (list.length === 0) return r.fail('offices', 'needs at least one office（至少要有一个职务）');
  const seen = new Set<string>();
  const out: Office[] = [];
  list.forEach((item, i) => {
    const path = join('offices', i);
    const o = r.object(item, path);
    if (!o) return;
    const id = r.string(r.field(o, 'id', path), join(path, 'id'));
    const title = r.string(r.field(o, 'title', path), join(path, 'title'));
    const seats = r.wholeNumber(r.field(o, 'seats', path), 1, join(path, 'seats'));
    const rank = r.wholeNumber(r.field(o, 'rank', path), 1, join(path, 'rank'));
    const womenOnly = o.womenOnly === undefined ? false : r.boolean(o.womenOnly, join(path, 'womenOnly'));
    if (id !== undefined && seen.has(id))
      r.fail(join(path, 'id'), `duplicate office id "${id}"（职务编号重复）`);
    if (id === undefined || title === undefined || seats === undefined || rank === undefined) return;
    if (womenOnly === undefined) return;
    seen.add(id);
    out.push({ id, title, seats, rank, womenOnly });
  });
  return out;
}

export function readPeople(r: JsonReader, value: unknown): Person[] | undefined {
  const list = r.array(value, 'people');
  if (!list) return undefined;
  const ids = new Set<string>();
  // ids first, so a relation may point to a person listed later
  for (const item of list) {
    if (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') {
      ids.add((item as { id: string }).id);
    }
  }
  const seen = new Set<string>();
  const out: Person[] = [];
  list.forEach((item, i) => {
    const path = join('people', i);
    const p = r.object(item, path);
    if (!p) return;
    const id = r.string(r.field(p, 'id', path), join(path, 'id'));
    const name = r.string(r.field(p, 'name', path), join(path, 'name'));
    const sex = r.oneOf(r.field(p, 'sex', path), ['M', 'F'] as const, join(path, 'sex'));
    const relations =
      p.relations === undefined ? [] : readRelations(r, p.relations, join(path, 'relations'), id, ids);
    if (id !== undefined && seen.has(id))
      r.fail(join(path, 'id'), `duplicate person id "${id}"（人员编号重复）`);
    if (id === undefined || name === undefined || sex === undefined || relations === undefined) return;
    seen.add(id);
    out.push({ id, name, sex, relations });
  });
  return out;
}

function readRelations(
  r: JsonReader,
  value: unknown,
  path: string,
  self: string | undefined,
  ids: ReadonlySet<string>,
): Relation[] | undefined {
  const list = r.array(value, path);
  if (!list) return undefined;
  const out: Relation[] = [];
  let bad = false;
  list.forEach((item, i) => {
    const at = join(path, i);
    const rel = r.object(item, at);
    if (!rel) {
      bad = true;
      return;
    }
    const to = r.string(r.field(rel, 'to', at), join(at, 'to'));
    const kind = r.oneOf(r.field(rel, 'kind', at), RELATION_KINDS, join(at, 'kind'));
    if (to !== undefined && !ids.has(to))
      r.fail(join(at, 'to'), `unknown person ${show(to)}（人员名单中没有此人）`);
    else if (to !== undefined && to === self)
      r.fail(join(at, 'to'), 'a person cannot be related to themselves（不能与本人有亲属关系）');
    if (to === undefined || kind === undefined || !ids.has(to) || to === self) {
      bad = true;
      return;
    }
    out.push({ to, kind });
  });
  return bad ? undefined : out;
}

export function readElectedBefore(
  r: JsonReader,
  value: unknown,
  people: ReadonlySet<string>,
): ElectedBefore[] | undefined {
  if (value === undefined) return [];
  const list = r.array(value, 'electedBefore');
  if (!list) return undefined;
  const out: ElectedBefore[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const path = join('electedBefore', i);
    const e = r.object(item, path);
    if (!e) return;
    const person = r.string(r.field(e, 'person', path), join(path, 'person'));
    const office = r.string(r.field(e, 'office', path), join(path, 'office'));
    const rank = r.wholeNumber(r.field(e, 'rank', path), 1, join(path, 'rank'));
    if (person !== undefined && !people.has(person)) {
      r.fail(join(path, 'person'), `unknown person ${show(person)}（人员名单中没有此人）`);
      return;
    }
    if (person !== undefined && seen.has(person)) {
      r.fail(join(path, 'person'), `person "${person}" is listed twice（同一人重复列出）`);
      return;
    }
    if (person === undefined || office === undefined || rank === undefined) return;
    seen.add(person);
    out.push({ person, office, rank });
  });
  return out;
}
