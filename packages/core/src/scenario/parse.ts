import { err, ok, type Result } from '../ruleset/result.js';
import { JsonReader, show } from './json-reader.js';
import { readElectionBallots, readRecallBallots } from './parse-ballots.js';
import { readElectedBefore, readOffices, readPeople } from './parse-people.js';
import { SCENARIO_FORMAT, type Scenario, type ScenarioError } from './types.js';

const BODIES = ['village-committee', 'residents-committee', 'recall'] as const;

/**
 * Checks a parsed JSON document against `huanjie-scenario/1` and returns it typed, or
 * every problem found with its place in the file. `isKnownRuleSet` answers for the
 * shipped rule sets and any the user supplied alongside.
 */
export function parseScenario(
  json: unknown,
  isKnownRuleSet: (id: string) => boolean,
): Result<Scenario, ScenarioError[]> {
  const r = new JsonReader();
  const doc = r.object(json, '');
  if (!doc) return err(r.errors);

  const format = r.field(doc, 'format', '');
  if (format !== undefined && format !== SCENARIO_FORMAT) {
    r.fail('format', `expected "${SCENARIO_FORMAT}", got ${show(format)}（不是换届通计票文件格式）`);
    return err(r.errors);
  }
  const name = doc.name === undefined ? '' : (r.string(doc.name, 'name') ?? '');
  const ruleset = r.string(r.field(doc, 'ruleset', ''), 'ruleset');
  if (ruleset !== undefined && !isKnownRuleSet(ruleset)) {
    r.fail(
      'ruleset',
      `unknown rule set ${show(ruleset)}（未知规则集：既不是内置规则集，也没有随附 --ruleset 文件）`,
    );
  }
  const body = r.oneOf(r.field(doc, 'body', ''), BODIES, 'body');
  const round = r.oneOf(r.field(doc, 'round', ''), ['first', 'runoff'] as const, 'round');
  const registered = r.wholeNumber(r.field(doc, 'registered', ''), 0, 'registered');
  const voted = r.wholeNumber(r.field(doc, 'voted', ''), 0, 'voted');
  const issued = r.wholeNumber(r.field(doc, 'issued', ''), 0, 'issued');
  const ballotsField = r.field(doc, 'ballots', '');

  if (body === 'recall') {
    if (round === 'runoff') r.fail('round', 'a recall vote has no runoff（罢免表决没有另行选举）');
    for (const key of ['offices', 'people', 'electedBefore']) {
      if (doc[key] !== undefined) r.fail(key, `a recall file has no "${key}"（罢免表决文件不含此字段）`);
    }
    const ballots = ballotsField === undefined ? undefined : readRecallBallots(r, ballotsField);
    if (r.errors.length > 0 || !ruleset || registered === undefined || voted === undefined)
      return err(r.errors);
    if (issued === undefined || ballots === undefined) return err(r.errors);
    return ok({
      format: SCENARIO_FORMAT,
      name,
      ruleset,
      body,
      round: 'first',
      registered,
      voted,
      issued,
      ballots,
    });
  }

  const offices = readOffices(r, r.field(doc, 'offices', ''));
  const people = readPeople(r, r.field(doc, 'people', ''));
  const personIds = new Set((people ?? []).map((p) => p.id));
  const electedBefore = readElectedBefore(r, doc.electedBefore, personIds);
  if (round === 'first' && electedBefore !== undefined && electedBefore.length > 0) {
    r.fail('electedBefore', 'only a runoff lists people elected before（只有另行选举才有 electedBefore）');
  }
  const ballots =
    ballotsField === undefined || offices === undefined || people === undefined
      ? undefined
      : readElectionBallots(r, ballotsField, offices, personIds);
  if (r.errors.length > 0 || !ruleset || !body || !round || registered === undefined || voted === undefined) {
    return err(r.errors);
  }
  if (issued === undefined || !offices || !people || !electedBefore || !ballots) return err(r.errors);
  return ok({
    format: SCENARIO_FORMAT,
    name,
    ruleset,
    body,
    round,
    registered,
    voted,
    issued,
    offices,
    people,
    electedBefore,
    ballots,
  });
}
