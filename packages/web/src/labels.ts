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

// The contract leaves a round's own status open; these are the ones we expect.
const roundStatusLabels: Record<string, { text: string; color: string }> = {
  draft: { text: '草稿', color: 'default' },
  preparing: { text: '筹备中', color: 'default' },
  active: { text: '进行中', color: 'processing' },
  'in-progress': { text: '进行中', color: 'processing' },
  completed: { text: '已完成', color: 'success' },
  closed: { text: '已结束', color: 'default' },
  archived: { text: '已归档', color: 'default' },
};

export function roundStatusLabel(status: string): { text: string; color: string } {
  return roundStatusLabels[status] ?? { text: status, color: 'default' };
}

const auditActionLabels: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.password': '修改密码',
  'auth.password-change': '修改密码',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'user.reset-password': '重置密码',
  'region.add': '新增村（社区）',
  'region.create': '新增区域',
  'region.rename': '区域更名',
  'region.merge': '合并村',
  'region.split': '拆分村',
  'region.load': '导入区划',
  'round.create': '新建换届',
  'round.update': '修改换届',
  'round.village.update': '调整参选村',
  'round.village.include': '加入参选村',
  'round.village.exclude': '移出参选村',
  'round.village.postpone': '推迟选举',
  'round.village.schedule': '设定选举日',
  'demo.load': '加载演示数据',
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}

const entityLabels: Record<string, string> = {
  user: '用户',
  region: '区域',
  round: '换届',
  round_village: '参选村',
  'round-village': '参选村',
  election: '选举',
  session: '会话',
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
