/** Audit labels of work records (工作记录), the archive (档案) and the handover (交接). */
export const labels: Record<string, string> = {
  'work-record.add': '登记工作记录',
  'work-record.update': '修改工作记录',
  'work-record.delete': '删除工作记录',
  'archive.record': '登记档案项目',
  'handover.start': '开始工作移交',
  'handover.save': '保存工作移交清单',
};
