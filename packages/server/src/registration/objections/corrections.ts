/**
 * The fields an upheld 更正 objection may change on a person. The change itself goes through the
 * register's own edit (person.ts), so identity checks and eligibility are the import's.
 */
import type { PersonInput } from '../person.js';
import type { VoterRow } from '../village-voters.js';

export interface Corrections {
  name?: string;
  sex?: 'M' | 'F';
  birthDate?: string;
  idNumber?: string;
  householdNo?: string;
  groupName?: string;
  relationToHead?: string;
}

/** The person as the edit form would show it, so only the corrected fields change. */
function personInputOf(v: VoterRow): PersonInput {
  return {
    name: v.name,
    sex: v.sex,
    idNumber: v.idNumber,
    birthDate: v.birthDate,
    householdNo: v.householdNo,
    relationToHead: v.relationToHead,
    groupName: v.groupName,
    hukouInVillage: v.hukouInVillage,
    livesInVillage: v.livesInVillage,
    awayTo: v.awayTo,
    phone: v.phone,
    ethnicity: v.ethnicity,
    politicalStatus: v.politicalStatus,
    education: v.education,
    note: v.note,
    yearsInVillage: v.yearsInVillage,
    villageWorkYears: v.villageWorkYears,
    declaredOn: v.declaredOn,
    appliedOn: v.appliedOn,
    approvalDecisionId: v.approvalDecisionId,
    deprivedOfPoliticalRights: v.deprivedOfPoliticalRights,
    lostCapacity: v.lostCapacity,
    unreachable: v.unreachable,
    extraCategory: v.extraCategory,
  };
}

/** `null` when nothing would change: an upheld 更正 must say what is corrected. */
export function correctedInput(current: VoterRow, c: Corrections): PersonInput | null {
  const changed = Object.entries(c).filter(
    ([k, val]) => val !== undefined && val !== current[k as keyof Corrections],
  );
  if (changed.length === 0) return null;
  const input = { ...personInputOf(current), ...Object.fromEntries(changed) } as PersonInput;
  // A new ID number carries its own birth date; the old one would contradict it.
  if (c.idNumber !== undefined && c.birthDate === undefined) input.birthDate = null;
  return input;
}
