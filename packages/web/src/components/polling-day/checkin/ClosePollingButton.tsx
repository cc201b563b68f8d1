import { StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { api } from '../../../api.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import type { Tally } from './model.js';
import { CHECKIN_KEY, VOTES_KEY } from './useCheckin.js';

/** 「结束投票」: the committee closes check-in for this vote; counting starts. */
export function ClosePollingButton({ voteApi, village }: { voteApi: string; village: Tally }) {
  const { modal } = App.useApp();
  const close = useWriteMutation({
    mutationFn: () => api.post(`${voteApi}/close-polling`),
    invalidates: [[VOTES_KEY], [CHECKIN_KEY]],
    success: '已结束投票，开始计票',
  });
  return (
    <Button
      danger
      icon={<StopOutlined />}
      loading={close.isPending}
      onClick={() =>
        modal.confirm({
          title: '结束投票？',
          content: `已发出选票 ${village.issued} 张（登记选民 ${village.registered} 人，投票率 ${village.turnoutText}）。结束后各投票地点不能再发票，票箱集中开箱计票。`,
          okText: '结束投票',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: () => close.mutateAsync(undefined),
        })
      }
    >
      结束投票
    </Button>
  );
}
