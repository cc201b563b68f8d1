import { CheckOutlined, RightOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useNavigate } from 'react-router';
import { request } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { villagePage } from '../registration/model.js';
import { actTabs, type ScheduleStep, scheduleApi } from './model.js';

/**
 * What can be done about a step: mark it done by hand, undo a manual record, or go to the tab
 * where the act that records it is done (publishing the list, deciding objections, …).
 */
export function StepActions({
  village,
  step,
  canWrite,
  onMark,
  vertical,
}: {
  village: VillageRef;
  step: ScheduleStep;
  canWrite: boolean;
  onMark: (s: ScheduleStep) => void;
  vertical?: boolean;
}) {
  const navigate = useNavigate();
  const undo = useWriteMutation({
    mutationFn: () =>
      request<ScheduleStep>(
        'DELETE',
        `${scheduleApi(village.roundId, village.code)}/${encodeURIComponent(step.id)}`,
      ),
    invalidates: [['registration'], ['schedule']],
    success: '已撤销完成记录',
  });
  const act = actTabs[step.id];
  const manual = step.completion === 'manual';
  return (
    <Space size={0} orientation={vertical ? 'vertical' : 'horizontal'} align="start">
      {canWrite && manual && !step.record && (
        <Button type="link" size="small" icon={<CheckOutlined />} onClick={() => onMark(step)}>
          记录完成
        </Button>
      )}
      {canWrite && manual && step.record?.source === 'manual' && (
        <Popconfirm
          title="撤销这条完成记录？"
          description="撤销后该步骤恢复为未完成，撤销操作记入审计日志。"
          okText="撤销"
          cancelText="取消"
          onConfirm={() => undo.mutate()}
        >
          <Button type="link" size="small" danger icon={<UndoOutlined />} loading={undo.isPending}>
            撤销记录
          </Button>
        </Popconfirm>
      )}
      {act && !step.record && step.state !== 'not-needed' && (
        <Button
          type="link"
          size="small"
          icon={<RightOutlined />}
          onClick={() => navigate(`${villagePage(village.roundId, village.code)}/${act.tab}`)}
        >
          {act.label}
        </Button>
      )}
    </Space>
  );
}
