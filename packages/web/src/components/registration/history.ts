// One history entry of a person as lines a clerk can read: 「村民小组：第一组 → 第二组」.
import { listStatusLabels, sexLabels } from './model.js';

const FIELDS: Record<string, string> = {
  name: '姓名',
  sex: '性别',
  idNumber: '公民身份号码',
  birthDate: '出生日期',
  householdNo: '户号',
  relationToHead: '与户主关系',
  groupName: '村民小组',
  hukouInVillage: '户籍在本村',
  livesInVillage: '在本村居住',
  awayTo: '外出去向',
  phone: '联系电话',
  ethnicity: '民族',
  politicalStatus: '政治面貌',
  education: '文化程度',
  note: '备注',
  eligibility: '资格',
  category: '类别',
  listStatus: '名单状态',
  voterNo: '选民号',
  removedReason: '除名原因',
  removedOn: '除名日期',
  declaredOn: '表示参加选举日期',
  appliedOn: '申请日期',
  deprivedOfPoliticalRights: '被剥夺政治权利',
  reason: '原因',
  changedOn: '日期',
};

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'sex') return sexLabels[String(value)] ?? String(value);
  if (key === 'eligibility') return value === 'eligible' ? '符合条件' : '不符合条件';
  if (key === 'listStatus')
    return listStatusLabels[value as keyof typeof listStatusLabels]?.text ?? String(value);
  return String(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  // an import entry lists the people it changed; the API keeps only this person's part
  if (Array.isArray(v.changed)) return (v.changed[0] as Record<string, unknown> | undefined) ?? {};
  return v;
}

export function fieldChanges(before: unknown, after: unknown): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const lines: string[] = [];
  const file = after && typeof after === 'object' ? (after as { fileName?: unknown }).fileName : undefined;
  if (typeof file === 'string') lines.push(`文件：${file}`);
  for (const key of Object.keys(FIELDS)) {
    if (!(key in b) && !(key in a)) continue;
    const from = a[key];
    const to = b[key];
    if (JSON.stringify(from ?? null) === JSON.stringify(to ?? null)) continue;
    const label = FIELDS[key];
    lines.push(
      key in a && Object.keys(a).length > 0
        ? `${label}：${show(key, from)} → ${show(key, to)}`
        : `${label}：${show(key, to)}`,
    );
  }
  return lines.slice(0, 12);
}
