/** Audit labels of the schedule (日程). */
export const labels: Record<string, string> = {
  'schedule.step-done': '记录日程完成',
};
