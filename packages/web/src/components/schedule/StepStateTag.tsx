import { Tag, Tooltip } from 'antd';
import { type ScheduleStep, stateLabels } from './model.js';

/** The step's state as a coloured tag, with the days late or left where they matter; the full reason on hover. */
export function StepStateTag({ step }: { step: ScheduleStep }) {
  const label = stateLabels[step.state];
  let extra = '';
  if (step.state === 'late' || step.state === 'done-late') extra = ` ${step.daysLate}天`;
  else if (step.state === 'due-soon' && step.daysLeft !== null)
    extra = step.daysLeft === 0 ? ' 今天' : ` 剩${step.daysLeft}天`;
  return (
    <Tooltip title={step.reason}>
      <Tag color={label.color} style={{ marginInlineEnd: 0 }}>
        {label.text}
        {extra}
      </Tag>
    </Tooltip>
  );
}
