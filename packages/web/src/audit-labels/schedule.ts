/** Audit labels of the schedule (日程). */
export const labels: Record<string, string> = {
  'schedule.step-done': '记录日程完成',
  'schedule.step-undone': '撤销日程完成记录',
  'schedule.step-reopened': '日程步骤重新待办',
  'schedule.local-step.add': '添加本地步骤',
  'schedule.local-step.update': '修改本地步骤',
  'schedule.local-step.delete': '删除本地步骤',
  'schedule.holidays.set': '录入法定节假日',
  'schedule.holidays.delete': '删除法定节假日',
};
