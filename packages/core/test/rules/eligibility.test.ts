import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDate } from '../../src/rules/civil-date.js';
import { type Eligibility, type VoterRecord, voterEligibility } from '../../src/rules/eligibility.js';
import { shippedRegistration } from '../../src/ruleset/sections/registration.js';

const E = isoDate('2026-05-20');
const national = shippedRegistration['national-2018'];

const resident: VoterRecord = {
  birthDate: isoDate('1980-03-01'),
  hukouInVillage: true,
  livesInVillage: true,
  residentSince: isoDate('1980-03-01'),
  villageWorkSince: null,
  declaredOn: null,
  application: null,
  deprivedOfPoliticalRights: false,
  lostLegalCapacity: false,
  unreachable: false,
};

const incomer: VoterRecord = {
  ...resident,
  hukouInVillage: false,
  residentSince: isoDate('2025-05-20'),
  application: {
    basis: 'residence',
    filedOn: isoDate('2026-04-01'),
    decision: {
      outcome: 'approved',
      body: 'representatives-meeting',
      decidedOn: isoDate('2026-04-10'),
      reference: '村民代表会议纪要 2026 第3号',
    },
  },
};

function excluded(e: Eligibility): string[] {
  assert.equal(e.eligible, false);
  return e.eligible ? [] : e.exclusions.map((x) => `${x.rule}|${x.reason}`);
}

describe('voter eligibility', () => {
  test('A-2 (1): hukou in the village and living there is category 1', () => {
    const e = voterEligibility(national, resident, E);
    assert.ok(e.eligible);
    assert.equal(e.category, 1);
    assert.equal(e.rule, 'A-2');
  });

  test('A-1/A-5: one day short of 18 on election day is left off with the age named', () => {
    const e = voterEligibility(national, { ...resident, birthDate: isoDate('2008-05-21') }, E);
    assert.deepEqual(excluded(e), ['A-1;A-5|选举日（2026-05-20）未满18周岁（17周岁）']);
    assert.equal(
      voterEligibility(national, { ...resident, birthDate: isoDate('2008-05-20') }, E).eligible,
      true,
    );
  });

  test('A-5: born 2008-02-29, election on 2026-02-28 is not yet 18, on 2026-03-01 is', () => {
    const leapling = { ...resident, birthDate: isoDate('2008-02-29') };
    assert.equal(voterEligibility(national, leapling, isoDate('2026-02-28')).eligible, false);
    assert.equal(voterEligibility(national, leapling, isoDate('2026-03-01')).eligible, true);
  });

  test('A-1: deprived of political rights is excluded, together with any other reason', () => {
    const e = voterEligibility(
      national,
      { ...resident, deprivedOfPoliticalRights: true, birthDate: isoDate('2010-01-01') },
      E,
    );
    const all = excluded(e);
    assert.equal(all.length, 2);
    assert.ok(all.some((r) => r === 'A-1|依照法律被剥夺政治权利'));
  });

  test('A-2 (2)/A-4: living elsewhere needs the person’s own declaration', () => {
    const away = { ...resident, livesInVillage: false, residentSince: null };
    assert.deepEqual(excluded(voterEligibility(national, away, E)), [
      'A-2;A-4|户籍在本村但不在本村居住，本人未表示参加选举',
    ]);
    const declared = voterEligibility(national, { ...away, declaredOn: isoDate('2026-04-02') }, E);
    assert.ok(declared.eligible);
    assert.equal(declared.category, 2);
  });

  test('A-2 (3)/A-4: exactly one year of residence with a meeting approval is category 3', () => {
    const e = voterEligibility(national, incomer, E);
    assert.ok(e.eligible);
    assert.equal(e.category, 3);
  });

  test('A-2 (3): one day short of a year of residence is refused', () => {
    const e = voterEligibility(national, { ...incomer, residentSince: isoDate('2025-05-21') }, E);
    assert.deepEqual(excluded(e), ['A-2|户籍不在本村，且在本村居住不满1年']);
  });

  test('A-4: category 3 without a recorded decision, or refused, or decided by the election committee, fails', () => {
    const pending = { ...incomer, application: { ...incomer.application!, decision: null } };
    assert.ok(excluded(voterEligibility(national, pending, E))[0]?.includes('申请尚未经有权机构作出决定'));
    const refused = {
      ...incomer,
      application: {
        ...incomer.application!,
        decision: { ...incomer.application!.decision!, outcome: 'refused' as const },
      },
    };
    assert.ok(
      excluded(voterEligibility(national, refused, E))[0]?.includes(
        '决定不同意（村民代表会议纪要 2026 第3号）',
      ),
    );
    const wrongBody = {
      ...incomer,
      application: {
        ...incomer.application!,
        decision: { ...incomer.application!.decision!, body: 'election-committee' as const },
      },
    };
    assert.ok(excluded(voterEligibility(national, wrongBody, E))[0]?.includes('无权批准'));
  });

  test('A-6 Zhejiang: one year of village work with meeting approval is an extra category', () => {
    const worker: VoterRecord = {
      ...incomer,
      livesInVillage: false,
      residentSince: null,
      villageWorkSince: isoDate('2025-03-01'),
      application: { ...incomer.application!, basis: 'village-work' },
    };
    const zj = voterEligibility(shippedRegistration['zhejiang-2020'], worker, E);
    assert.ok(zj.eligible);
    assert.equal(zj.category, 'village-work');
    assert.equal(zj.rule, 'A-6');
    assert.equal(voterEligibility(national, worker, E).eligible, false);
  });

  test('A-6 Shanghai: a spouse-village applicant needs the election committee’s confirmation', () => {
    const spouse: VoterRecord = {
      ...incomer,
      residentSince: isoDate('2026-01-01'),
      application: {
        basis: 'spouse-village',
        filedOn: isoDate('2026-03-01'),
        decision: {
          outcome: 'approved',
          body: 'election-committee',
          decidedOn: isoDate('2026-03-05'),
          reference: '选委会确认书 2026-07',
        },
      },
    };
    const sh = voterEligibility(shippedRegistration['shanghai-2020'], spouse, E);
    assert.ok(sh.eligible);
    assert.equal(sh.category, 'spouse-village');
    assert.equal(voterEligibility(national, spouse, E).eligible, false);
  });

  test('A-7 Beijing: lost legal capacity and unreachable are left off; not so under the national set', () => {
    const person = { ...resident, lostLegalCapacity: true, unreachable: true };
    assert.deepEqual(excluded(voterEligibility(shippedRegistration['beijing-2012'], person, E)), [
      'A-7|丧失行为能力，不列入选民名单',
      'A-7|登记期间经公告、电话、信函等多种方式确实无法取得联系',
    ]);
    assert.equal(voterEligibility(national, person, E).eligible, true);
  });
});
