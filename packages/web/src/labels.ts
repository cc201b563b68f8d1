// Chinese labels and tag colours for every code the API sends. Unknown codes fall back
// to the code itself, so a value added on the server shows up rather than disappearing.
import type {
  ElectionKind,
  ElectionStatus,
  RegionChangeKind,
  RegionLevel,
  RegionStatus,
  Role,
  VillageKind,
  VillageRoundStatus,
} from './types.js';

export const roleLabels: Record<Role, string> = {
  county: '县换届办',
  township: '乡镇换届办',
  village: '村选委会',
  clerk: '登记员/计票员',
  observer: '观察员（只读）',
};

export const levelLabels: Record<RegionLevel, string> = {
  province: '省',
  city: '市',
  county: '县',
  township: '乡镇',
  village: '村/社区',
};

export const villageKindLabels: Record<VillageKind, string> = {
  village: '村',
  community: '社区',
};

export const regionStatusLabels: Record<RegionStatus, { text: string; color: string }> = {
  active: { text: '正常', color: 'green' },
  merged: { text: '已合并', color: 'default' },
  split: { text: '已拆分', color: 'default' },
  abolished: { text: '已撤销', color: 'default' },
};

export const villageRoundStatusLabels: Record<VillageRoundStatus, { text: string; color: string }> = {
  preparing: { text: '筹备中', color: 'default' },
  scheduled: { text: '已定选举日', color: 'blue' },
  postponed: { text: '已推迟', color: 'orange' },
  voting: { text: '选举中', color: 'processing' },
  completed: { text: '已完成', color: 'success' },
  failed: { text: '选举未成功', color: 'error' },
  rerun: { text: '重新选举', color: 'purple' },
};

export const electionKindLabels: Record<ElectionKind, string> = {
  'party-org': '村党组织',
  'village-committee': '村民委员会',
  'residents-committee': '居民委员会',
  representatives: '村民代表',
  supervision: '村务监督委员会',
  coop: '经济合作社',
};

export const electionStatusLabels: Record<ElectionStatus, { text: string; color: string }> = {
  planned: { text: '待进行', color: 'default' },
  scheduled: { text: '已排期', color: 'blue' },
  held: { text: '已完成', color: 'success' },
  failed: { text: '未成功', color: 'error' },
  postponed: { text: '已推迟', color: 'orange' },
};

export const regionChangeLabels: Record<RegionChangeKind, string> = {
  add: '新增',
  rename: '更名',
  merge: '合并',
  split: '拆分（规模调整）',
  abolish: '撤销',
};

// A round's own status (rounds.status on the server).
const roundStatusLabels: Record<string, { text: string; color: string }> = {
  setup: { text: '筹备中', color: 'default' },
  active: { text: '进行中', color: 'processing' },
  closed: { text: '已结束', color: 'success' },
};

export function roundStatusLabel(status: string): { text: string; color: string } {
  return roundStatusLabels[status] ?? { text: status, color: 'default' };
}

// Every action the server writes to the audit trail (grep "action:" in packages/server/src).
const auditActionLabels: Record<string, string> = {
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.reset-password': '重置密码',
  'user.change-password': '修改密码',
  'region.load': '载入区划',
  'region.create': '新增村（社区）',
  'region.rename': '区域更名',
  'region.merge': '合并村',
  'region.split': '拆分村',
  'round.create': '新建换届',
  'round.village.set': '设定选举日/参选',
  'round.village.postpone': '推迟选举',
  'round.village.rerun': '重新选举',
  'election.rerun': '重新选举',
  'voter.import': '导入选民',
  'voter.import-failed': '导入失败',
  'voter.create': '新增选民',
  'voter.update': '修改选民',
  'voter.add': '补登',
  'voter.remove': '除名',
  'voter.approve': '批准参选',
  'voter-list.publish': '公布选民榜',
  'decision.record': '记录会议决定',
  'objection.file': '受理申诉',
  'objection.refuse': '申诉不予受理',
  'objection.decide': '申诉处理决定',
  'proxy.apply': '委托投票申请',
  'proxy.approve': '批准委托投票',
  'proxy.refuse': '不予批准委托',
  'representative.record': '推选村民代表',
  'representative.remove': '撤销村民代表',
};

// Each area of the before-polling-day work keeps its audit labels in audit-labels/<area>.ts
// (each exports `labels`), so adding an area never edits this shared table.
const areaLabels = import.meta.glob<{ labels: Record<string, string> }>('./audit-labels/*.ts', {
  eager: true,
});
for (const mod of Object.values(areaLabels)) Object.assign(auditActionLabels, mod.labels);

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}

/**
 * The actions a reader can filter the audit trail by, one per label (two actions with the same
 * label, such as the two 重新选举, are one choice), in the table's order.
 */
export function auditActionChoices(): { label: string; actions: string[] }[] {
  const byLabel = new Map<string, string[]>();
  for (const [action, label] of Object.entries(auditActionLabels))
    byLabel.set(label, [...(byLabel.get(label) ?? []), action]);
  return [...byLabel].map(([label, actions]) => ({ label, actions }));
}

const entityLabels: Record<string, string> = {
  user: '用户',
  region: '区域',
  round: '换届',
  round_village: '参选村',
  'round-village': '参选村',
  election: '选举',
  session: '会话',
  village: '村（社区）',
  voter: '选民',
  'voter-import': '户籍导入',
  'list-publication': '选民榜公布',
  objection: '申诉',
  proxy: '委托投票',
  representative: '村民代表',
  decision: '会议决定',
  'schedule-step': '日程步骤',
  'local-step': '本地步骤',
  'holiday-year': '法定节假日',
  'election-committee': '选委会',
  'election-committee-member': '选委会成员',
  'seat-plan': '职数方案',
  nominee: '提名人选',
  'nomination-ballot': '提名票',
  'review-settings': '联审设置',
  'candidate-meeting': '候选人见面会',
  'candidate-list': '候选人名单',
  'polling-plan': '投票安排',
  'polling-place': '投票站',
  'polling-staff': '投票工作人员',
  'ballot-settings': '选票设置',
  'ballot-run': '编号选票',
  'count-sheet': '计票统计表',
  vote: '投票',
};

export function entityLabel(entity: string): string {
  return entityLabels[entity] ?? entity;
}

/** Looks a code up in a label table and falls back to the code itself. */
export function labelOf<K extends string>(table: Record<K, string>, key: string | null | undefined): string {
  if (!key) return '';
  return (table as Record<string, string>)[key] ?? key;
}

export function tagOf<K extends string>(
  table: Record<K, { text: string; color: string }>,
  key: string | null | undefined,
): { text: string; color: string } {
  if (!key) return { text: '未纳入换届', color: 'default' };
  return (table as Record<string, { text: string; color: string }>)[key] ?? { text: key, color: 'default' };
}

// Field names that appear in audit snapshots; unknown ones are shown as they are.
const fieldLabels: Record<string, string> = {
  code: '区划代码',
  name: '名称',
  kind: '类型',
  level: '层级',
  status: '状态',
  reason: '原因',
  parentCode: '上级区划',
  effectiveDate: '生效日期',
  electionDay: '选举日',
  included: '参加本届',
  postponedReason: '推迟原因',
  scheduledDate: '排期日期',
  rulesetId: '规则集',
  regionCode: '区域代码',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  disabled: '已停用',
  mustChangePassword: '须修改密码',
  passwordHash: '密码（摘要）',
};

export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}
