import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Empty, List, Popover, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useNotices, useUnreadNotices } from '../../hooks/useOversight.js';
import { may } from '../../permissions.js';
import { type Notice, oversightKeys } from './model.js';

/** The header's bell: unread notices of the user's office (红色风险村, 逾期信访件…), newest first. */
export function NotificationBell({ compact }: { compact: boolean }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const unread = useUnreadNotices();
  const list = useNotices(open);
  const canMark = may(user, 'oversight.handle');

  const refresh = () => queryClient.invalidateQueries({ queryKey: oversightKeys.notices });
  const mark = async (body: { ids: string[] } | { region: string }) => {
    try {
      await api.post('/notifications/read', body);
      await refresh();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const openNotice = (n: Notice) => {
    setOpen(false);
    if (canMark && !n.readAt) void mark({ ids: [n.id] });
    if (n.link) navigate(n.link);
  };

  const count = unread.data?.unread ?? 0;
  const content = (
    <div style={{ width: compact ? 300 : 380, maxHeight: 420, overflow: 'auto' }}>
      {list.data && list.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
      ) : (
        <List<Notice>
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          renderItem={(n) => (
            <List.Item
              onClick={() => openNotice(n)}
              style={{ cursor: 'pointer', background: n.readAt ? undefined : '#fff1f0', paddingInline: 8 }}
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!n.readAt} style={{ fontSize: 13 }}>
                    {n.title}
                  </Typography.Text>
                }
                description={
                  <>
                    <Typography.Paragraph
                      type="secondary"
                      style={{ fontSize: 12, marginBottom: 2 }}
                      ellipsis={{ rows: 2 }}
                    >
                      {n.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(n.createdAt).format('MM-DD HH:mm')}
                      {n.readAt ? ' · 已读' : ''}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>通知{count > 0 ? `（${count} 条未读）` : ''}</span>
          {canMark && count > 0 && (
            <Button size="small" type="link" onClick={() => mark({ region: user.regionCode })}>
              全部标为已读
            </Button>
          )}
        </div>
      }
      content={content}
    >
      <Button
        type="text"
        aria-label={count > 0 ? `通知，${count} 条未读` : '通知'}
        data-testid="notification-bell"
        style={{ paddingInline: 6 }}
      >
        <Badge count={count} size="small" offset={[2, -2]}>
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
