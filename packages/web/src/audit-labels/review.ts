/** Audit labels of the joint review (联审). */
export const labels: Record<string, string> = {
  'review.settings-copy': '联审设置：采用规则集模板',
  'review.conditions-edit': '修改联审条件清单',
  'review.departments-edit': '调整联审部门',
  'review.verdict': '录入联审意见',
  'review.verdict-withdraw': '撤回联审意见',
  'review.status': '联审结果变化',
  'review.write-in-add': '另选他人当选人列入联审',
};
