// Runs every counting case in shared/cases through the `huanjie tally` command, so a case dropped
// into that folder is checked without a code change. The cases run the command in this process
// (a spawned CLI costs ~1.5 s of CPU each); the real binary is spawned for one case and one refusal,
// so the exit codes and streams of the process are checked too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getRuleSet } from '@huanjie/core';
import { type CliRun, tallyInProcess as tallyCli } from './support/tally-in-process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const casesDir = process.env.HUANJIE_CASES_DIR ?? path.resolve(repoRoot, '..', 'shared', 'cases');
const cli = path.join(repoRoot, 'packages', 'server', 'bin', 'huanjie.mjs');

/** `huanjie tally …` as its own process. */
function spawned(...args: string[]): CliRun {
  const res = spawnSync(process.execPath, [cli, 'tally', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

const caseNames = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'huanjie-tally-')), name);
  writeFileSync(file, content);
  return file;
}

describe(`huanjie tally: every case in ${casesDir}`, () => {
  test('the cases folder has cases', () => {
    assert.ok(caseNames.length > 0);
  });
  for (const name of caseNames) {
    test(name, async () => {
      const res = await tallyCli(path.join(casesDir, `${name}.json`));
      assert.equal(res.status, 0, res.stderr);
      const expected = JSON.parse(readFileSync(path.join(casesDir, `${name}.expected.json`), 'utf8'));
      assert.deepStrictEqual(JSON.parse(res.stdout), expected);
    });
  }
});

describe('huanjie tally: refusals and the text summary', () => {
  const scenario = JSON.parse(readFileSync(path.join(casesDir, caseNames[0]!.concat('.json')), 'utf8'));

  test('a scenario with an unknown person: exit 2, nothing on stdout, the place on stderr', async () => {
    const bad = structuredClone(scenario);
    bad.ballots[0].marks = { ...bad.ballots[0].marks, chair: ['p999'] };
    const res = await tallyCli(tempFile('bad.json', JSON.stringify(bad)));
    assert.equal(res.status, 2);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /ballots\[0\]\.marks\.chair\[0\]: unknown person "p999"/);
  });

  test('a file that is not JSON: exit 2, nothing on stdout', async () => {
    const res = await tallyCli(tempFile('broken.json', '{"format": "huanjie-scenario/1",'));
    assert.equal(res.status, 2);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /不是合法的 JSON/);
  });

  test('a missing file: the process exits 2 with a Chinese message', () => {
    const res = spawned(path.join(tmpdir(), 'no-such-scenario.json'));
    assert.equal(res.status, 2);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /文件不存在/);
  });

  test('--text names the winners', async () => {
    const file = path.join(casesDir, '01-national-all-filled.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const expected = JSON.parse(
      readFileSync(path.join(casesDir, '01-national-all-filled.expected.json'), 'utf8'),
    );
    const res = await tallyCli(file, '--text');
    assert.equal(res.status, 0, res.stderr);
    const names = new Map<string, string>(
      doc.people.map((p: { id: string; name: string }) => [p.id, p.name]),
    );
    for (const office of expected.offices) {
      for (const id of office.elected)
        assert.ok(res.stdout.includes(names.get(id)!), `${id} ${names.get(id)}`);
    }
    assert.match(res.stdout, /选举有效/);
  });

  test('--ruleset loads a user rule set the scenario names', async () => {
    const shipped = await tallyCli(path.join(casesDir, '04a-overvote-office.json'));
    assert.equal(shipped.status, 0, shipped.stderr);
    const doc = JSON.parse(readFileSync(path.join(casesDir, '04a-overvote-office.json'), 'utf8'));
    const rs = getRuleSet('national-2018')!;
    const rules = {
      ...rs,
      id: 'test-ballot-scope',
      tally: { ...rs.tally, overvoteScope: { value: 'ballot', rule: 'E-6' } },
    };
    const ruleFile = tempFile('rules.json', JSON.stringify(rules));
    const scenarioFile = tempFile('s.json', JSON.stringify({ ...doc, ruleset: 'test-ballot-scope' }));
    const res = await tallyCli(scenarioFile, '--ruleset', ruleFile);
    assert.equal(res.status, 0, res.stderr);
    // the 150 over-voted ballots are now void as a whole
    assert.equal(JSON.parse(res.stdout).voidBallots, 150);
    const unknown = await tallyCli(scenarioFile);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /ruleset: unknown rule set "test-ballot-scope"/);
  });

  test('a bad user rule set: exit 2 naming the field', async () => {
    const res = await tallyCli(
      path.join(casesDir, caseNames[0]!.concat('.json')),
      '--ruleset',
      tempFile('r.json', '{"id": "x"}'),
    );
    assert.equal(res.status, 2);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /tally: /);
  });
});
