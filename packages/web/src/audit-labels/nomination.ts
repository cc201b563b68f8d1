/** Audit labels of nomination (提名) and kinship (亲属关系). */
export const labels: Record<string, string> = {
  'nomination.ballot': '录入提名票',
  'nomination.ballot-delete': '删除提名票',
  'nomination.count': '统计提名结果',
  'nomination.reopen': '撤销提名计票',
  'nomination.margins': '确定正式候选人差额',
  'nomination.slate': '确定（调整）正式候选人',
  'nomination.confirm-office': '被提名人书面确认职位',
  'nomination.self-apply': '登记自荐报名',
  'nomination.self-list': '公布自荐人名单',
  'nomination.withdraw': '候选人书面退出',
  'kinship.derive': '按户籍推算亲属关系',
  'kinship.add': '登记亲属关系',
  'kinship.remove': '删除亲属关系',
};
