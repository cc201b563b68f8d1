// 公民身份号码 (GB 11643-1999): structure, check digit, birth date, sex.
import type { Sex } from '../scenario/types.js';
import { dateFromParts, type IsoDate } from './civil-date.js';
import { fail, type Outcome, succeed, type Violation } from './outcome.js';

const RULE = 'GB 11643-1999';

/** Province-level codes in use (GB/T 2260): the first two digits of every valid number. */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/** ISO 7064 MOD 11-2 weights for positions 1–17: 2^(17−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export interface IdCardInfo {
  /** The number with a lower-case check letter raised to `X`. */
  readonly number: string;
  readonly regionCode: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
}

/** The check character the first 17 digits call for. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Checks a 身份证 number and reads the birth date and sex from it. Every problem found is reported;
 * the length and the digits are checked first because nothing else can be read without them.
 * `notAfter`: when given, a birth date later than this day is refused.
 */
export function parseIdCard(raw: string, notAfter?: IsoDate): Outcome<IdCardInfo> {
  const field = '公民身份号码';
  if (raw.length !== 18) {
    return fail([{ rule: RULE, field, reason: `${field}长度不是18位（现为${raw.length}位）` }]);
  }
  const number = raw.slice(0, 17) + raw.slice(17).toUpperCase();
  const first17 = number.slice(0, 17);
  if (!/^\d{17}$/.test(first17)) {
    return fail([{ rule: RULE, field, reason: `${field}前17位只能是数字` }]);
  }
  const violations: Violation[] = [];
  const regionCode = number.slice(0, 6);
  if (!PROVINCE_CODES.has(number.slice(0, 2))) {
    violations.push({
      rule: RULE,
      field,
      reason: `${field}地区码无效：前两位“${number.slice(0, 2)}”不是省级行政区代码`,
    });
  }
  const birthDate = dateFromParts(
    Number(number.slice(6, 10)),
    Number(number.slice(10, 12)),
    Number(number.slice(12, 14)),
  );
  if (birthDate === null) {
    violations.push({
      rule: RULE,
      field,
      reason: `${field}出生日期无效：${number.slice(6, 14)}不是真实的日期`,
    });
  } else if (notAfter !== undefined && birthDate > notAfter) {
    violations.push({ rule: RULE, field, reason: `${field}出生日期无效：${birthDate}晚于${notAfter}` });
  }
  const last = number[17]!;
  if (!/^[0-9X]$/.test(last)) {
    violations.push({ rule: RULE, field, reason: `${field}第18位只能是数字或X` });
  } else {
    const expected = idCardCheckChar(first17);
    if (last !== expected)
      violations.push({ rule: RULE, field, reason: `${field}校验码错误，应为${expected}` });
  }
  if (violations.length > 0 || birthDate === null) return fail(violations);
  const sex: Sex = Number(number[16]) % 2 === 1 ? 'M' : 'F';
  return succeed({ number, regionCode, birthDate, sex });
}
