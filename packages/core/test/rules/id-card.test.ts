import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ageOn, dayOfReachingAge } from '../../src/rules/age.js';
import { isoDate } from '../../src/rules/civil-date.js';
import { idCardCheckChar, parseIdCard } from '../../src/rules/id-card.js';

function reasons(raw: string, notAfter?: string): string[] {
  const r = parseIdCard(raw, notAfter === undefined ? undefined : isoDate(notAfter));
  assert.equal(r.ok, false, `${raw} should be refused`);
  return r.ok ? [] : r.error.map((v) => v.reason);
}

describe('GB 11643-1999 身份证', () => {
  test('GB 11643: the standard example 11010519491231002X has check digit X, born 1949-12-31, female', () => {
    const r = parseIdCard('11010519491231002X');
    assert.ok(r.ok);
    assert.deepEqual(r.value, {
      number: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'F',
    });
  });

  test('GB 11643: a lower-case x check letter is accepted and raised to X', () => {
    const r = parseIdCard('11010519491231002x');
    assert.ok(r.ok);
    assert.equal(r.value.number, '11010519491231002X');
  });

  test('GB 11643: an odd 17th digit means male', () => {
    const r = parseIdCard('330102200802290013');
    assert.ok(r.ok);
    assert.equal(r.value.sex, 'M');
    assert.equal(r.value.birthDate, '2008-02-29');
  });

  test('GB 11643: wrong check digit names the right one', () => {
    assert.deepEqual(reasons('110105194912310021'), ['公民身份号码校验码错误，应为X']);
    assert.deepEqual(reasons('310115199003071230'), ['公民身份号码校验码错误，应为9']);
  });

  test('GB 11643: length other than 18 is refused before anything else', () => {
    assert.deepEqual(reasons('11010519491231002'), ['公民身份号码长度不是18位（现为17位）']);
    assert.deepEqual(reasons(' 11010519491231002X'), ['公民身份号码长度不是18位（现为19位）']);
  });

  test('GB 11643: letters inside the first 17 characters are refused', () => {
    assert.deepEqual(reasons('1101051949123100AX'), ['公民身份号码前17位只能是数字']);
  });

  test('GB 11643: 29 February only in leap years (1900 is not one, 2000 is)', () => {
    const bad1900 = '11010519000229001';
    assert.ok(reasons(bad1900 + idCardCheckChar(bad1900)).some((r) => r.includes('出生日期无效：19000229')));
    const ok2000 = '11010520000229001';
    assert.equal(parseIdCard(ok2000 + idCardCheckChar(ok2000)).ok, true);
    const bad2023 = '11010520230229001';
    assert.deepEqual(reasons(bad2023 + idCardCheckChar(bad2023)), [
      '公民身份号码出生日期无效：20230229不是真实的日期',
    ]);
  });

  test('GB 11643: a month 13 and a day 31 of April are not real dates', () => {
    for (const body of ['11010519901301001', '11010519900431001']) {
      assert.ok(reasons(body + idCardCheckChar(body))[0]?.startsWith('公民身份号码出生日期无效'));
    }
  });

  test('GB 11643: a birth date after the given day is refused', () => {
    const body = '44030420300101001';
    assert.deepEqual(reasons(body + idCardCheckChar(body), '2026-06-01'), [
      '公民身份号码出生日期无效：2030-01-01晚于2026-06-01',
    ]);
  });

  test('GB 11643: province code 10 or 99 does not exist; 71, 81, 82 do', () => {
    for (const prefix of ['10', '99', '24', '47']) {
      const body = `${prefix}010519800101001`;
      assert.ok(reasons(body + idCardCheckChar(body))[0]?.includes(`前两位“${prefix}”不是省级行政区代码`));
    }
    for (const prefix of ['71', '81', '82', '65']) {
      const body = `${prefix}010519800101001`;
      assert.equal(parseIdCard(body + idCardCheckChar(body)).ok, true, prefix);
    }
  });

  test('GB 11643: several faults are reported together', () => {
    const all = reasons('990105202302290011');
    assert.equal(all.length, 3);
    assert.ok(all[0]?.includes('地区码无效'));
    assert.ok(all[1]?.includes('出生日期无效'));
    assert.ok(all[2]?.includes('校验码错误'));
  });
});

describe('A-5 age on election day', () => {
  test('A-5: the 18th birthday on election day counts as 18', () => {
    assert.equal(ageOn(isoDate('2008-05-20'), isoDate('2026-05-20')), 18);
    assert.equal(ageOn(isoDate('2008-05-21'), isoDate('2026-05-20')), 17);
  });

  test('A-5: born 29 Feb turns 18 on 1 March in a non-leap year', () => {
    const born = isoDate('2008-02-29');
    assert.equal(dayOfReachingAge(born, 18), '2026-03-01');
    assert.equal(ageOn(born, isoDate('2026-02-28')), 17);
    assert.equal(ageOn(born, isoDate('2026-03-01')), 18);
  });

  test('A-5: born 29 Feb keeps 29 Feb as birthday in leap years', () => {
    const born = isoDate('2004-02-29');
    assert.equal(dayOfReachingAge(born, 20), '2024-02-29');
    assert.equal(ageOn(born, isoDate('2024-02-28')), 19);
    assert.equal(ageOn(born, isoDate('2024-02-29')), 20);
  });
});
