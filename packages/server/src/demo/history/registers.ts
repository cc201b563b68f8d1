/**
 * 郑坑乡's registers in the closed round: the four villages' people as the demo's registers hold them
 * (the same households and ID numbers as the live round's imports), everyone 18 or over on election
 * day listed, so the closed round's registered count is the number of rows on its list. Office holders
 * and candidates of these villages are chosen from these people.
 */
import { demoRegister } from '../register.js';
import { DEMO_REGISTERS } from '../voters.js';
import type { DemoPerson } from './people.js';
import { ageOn } from './random.js';

/** 柳山村 has no register in the live round (it is the practice village); in the closed round it had one. */
const CLOSED_ROUND_EXTRA: Readonly<Record<string, number>> = { '331127205201': 360 };

/** The villages whose closed-round register holds every voter. */
export function fullRegisterVillages(): string[] {
  return [...Object.keys(DEMO_REGISTERS), ...Object.keys(CLOSED_ROUND_EXTRA)].sort();
}

function birthOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** The village's people who were 18 or over on `electionDay` and lived or had their hukou there. */
export function registerPeople(villageCode: string, today: string, electionDay: string): DemoPerson[] {
  const size = DEMO_REGISTERS[villageCode] ?? CLOSED_ROUND_EXTRA[villageCode];
  if (size === undefined) return [];
  return demoRegister(villageCode, size, today)
    .filter((row) => row.hukou === '户籍在本村' && ageOn(birthOf(row.idNumber!), electionDay) >= 18)
    .map((row) => ({
      idNumber: row.idNumber!,
      name: row.name!,
      sex: row.sex === '女' ? ('F' as const) : ('M' as const),
      birthDate: birthOf(row.idNumber!),
      ethnicity: row.ethnicity ?? '汉族',
      education: row.education ?? '',
      politicalStatus: row.politicalStatus ?? '群众',
      phone: row.phone ?? '',
      householdNo: row.householdNo!,
      groupName: row.groupName!,
      register: {
        hukouInVillage: true,
        livesInVillage: row.residence !== '外出',
        awayTo: row.awayTo || null,
        relation: row.relationToHead ?? '',
      },
    }));
}

/** Every ID number of the village's demo register (so generated people never take one). */
export function registerIds(villageCode: string, today: string): string[] {
  const size = DEMO_REGISTERS[villageCode] ?? CLOSED_ROUND_EXTRA[villageCode];
  if (size === undefined) return [];
  return demoRegister(villageCode, size, today).map((row) => row.idNumber!);
}
