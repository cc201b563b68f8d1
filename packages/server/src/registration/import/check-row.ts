/**
 * Checks one sheet row and turns it into a person's facts, or every reason it is refused,
 * each naming the column as the sheet does. Duplicates within the file are found by the caller.
 */
import { type IsoDate, parseIdCard, parseIsoDate } from '@huanjie/core';
import { COLUMNS, type ColumnKey } from '../columns.js';

/** What the register says about a person (the columns of the sheet, typed). */
export interface RegisterFacts {
  name: string;
  sex: 'M' | 'F';
  idNumber: string | null;
  birthDate: string;
  householdNo: string;
  relationToHead: string | null;
  groupName: string;
  hukouInVillage: boolean;
  livesInVillage: boolean;
  awayTo: string | null;
  phone: string | null;
  ethnicity: string | null;
  politicalStatus: string | null;
  education: string | null;
  note: string | null;
}

export type RowCheck = { ok: true; facts: RegisterFacts } | { ok: false; reasons: string[] };

const INDEX = new Map(COLUMNS.map((c, i) => [c.key, i]));

/** Dates as people type them: 1990-01-02, 1990/1/2, 1990.1.2, 19900102. */
export function readDate(text: string): IsoDate | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const loose = compact ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!loose) return null;
  return parseIsoDate(`${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}`);
}

/** `today`: birth dates later than it are refused. */
export function checkRow(cells: readonly string[], today: IsoDate): RowCheck {
  const reasons: string[] = [];
  const get = (key: ColumnKey) => (cells[INDEX.get(key)!] ?? '').trim();
  const opt = (key: ColumnKey) => get(key) || null;

  for (const c of COLUMNS) {
    const v = get(c.key);
    if (c.required && v === '') reasons.push(`${c.header}未填写`);
    else if (v !== '' && c.allowed && !c.allowed.includes(v))
      reasons.push(`${c.header}“${v}”无效，只能填${c.allowed.map((a) => `“${a}”`).join('或')}`);
    else if (v.length > c.maxLength) reasons.push(`${c.header}超过${c.maxLength}个字`);
  }

  const sexText = get('sex');
  const sex = sexText === '男' ? 'M' : sexText === '女' ? 'F' : null;
  const idText = get('idNumber').replace(/\s/g, '');
  const birthText = get('birthDate');
  let birthDate: IsoDate | null = null;
  if (birthText !== '') {
    birthDate = readDate(birthText);
    if (birthDate === null) reasons.push(`出生日期“${birthText}”无效，格式应为 YYYY-MM-DD 且为真实日期`);
    else if (birthDate > today) reasons.push(`出生日期${birthDate}晚于今天`);
  }
  let idNumber: string | null = null;
  if (idText !== '') {
    const parsed = parseIdCard(idText, today);
    if (!parsed.ok) reasons.push(...parsed.error.map((v) => v.reason));
    else {
      idNumber = parsed.value.number;
      if (sex !== null && parsed.value.sex !== sex)
        reasons.push(
          `性别“${sexText}”与公民身份号码不符（号码为${parsed.value.sex === 'M' ? '男' : '女'}性）`,
        );
      if (birthDate !== null && birthDate !== parsed.value.birthDate)
        reasons.push(`出生日期${birthDate}与公民身份号码不符（号码为${parsed.value.birthDate}）`);
      birthDate = parsed.value.birthDate;
    }
  } else if (birthText === '') {
    reasons.push('无公民身份号码时，出生日期必须填写');
  }
  const phone = get('phone');
  if (phone !== '' && !/^[\d\- +]+$/.test(phone)) reasons.push(`联系电话“${phone}”只能含数字、“-”和空格`);

  if (reasons.length > 0 || sex === null || birthDate === null) return { ok: false, reasons };
  const livesInVillage = get('residence') === '在本村居住';
  return {
    ok: true,
    facts: {
      name: get('name'),
      sex,
      idNumber,
      birthDate,
      householdNo: get('householdNo'),
      relationToHead: opt('relationToHead'),
      groupName: get('groupName'),
      hukouInVillage: get('hukou') === '户籍在本村',
      livesInVillage,
      awayTo: opt('awayTo'),
      phone: opt('phone'),
      ethnicity: opt('ethnicity'),
      politicalStatus: opt('politicalStatus'),
      education: opt('education'),
      note: opt('note'),
    },
  };
}
