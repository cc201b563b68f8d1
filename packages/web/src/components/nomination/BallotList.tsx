import { App, Button, Card, List, Tag, Typography } from 'antd';
import { request } from '../../api.js';
import { villageKey } from '../../hooks/useNomination.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { type BallotView, nominationApi, type PlannedOffice } from './model.js';

/** The ballots entered so far, newest first: what each names per office and what did not count, and why. */
export function BallotList({
  village,
  ballots,
  offices,
  canDelete,
}: {
  village: VillageRef;
  ballots: readonly BallotView[];
  offices: readonly PlannedOffice[];
  canDelete: boolean;
}) {
  const { modal } = App.useApp();
  const remove = useWriteMutation({
    mutationFn: (id: string) =>
      request('DELETE', `${nominationApi(village.roundId, village.code)}/ballots/${id}`),
    invalidates: [villageKey(village)],
    success: '已删除该提名票',
  });
  const named = (b: BallotView) =>
    offices
      .map((o) => {
        const names = b.entries.filter((e) => e.office === o.id).map((e) => e.name);
        return names.length > 0 ? `${o.title}：${names.join('、')}` : null;
      })
      .filter(Boolean)
      .join('；') || '（空白票）';
  return (
    <Card size="small" title={`已录入提名票（${ballots.length} 张）`} style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={[...ballots]}
        pagination={ballots.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: '尚未录入提名票。按提名票逐张录入：先选填票的选民，再填各职位的被提名人。' }}
        renderItem={(b) => (
          <List.Item
            actions={
              canDelete
                ? [
                    <Button
                      key="del"
                      type="link"
                      size="small"
                      danger
                      onClick={() =>
                        modal.confirm({
                          title: `删除${b.voterName}的提名票？`,
                          content: '只用于更正录入错误；删除后可重新录入。',
                          okText: '删除',
                          okButtonProps: { danger: true },
                          onOk: () => remove.mutateAsync(b.id),
                        })
                      }
                    >
                      删除
                    </Button>,
                  ]
                : undefined
            }
          >
            <div style={{ minWidth: 0 }}>
              <div>
                {b.serial && <Tag>{b.serial}</Tag>}
                <b>{b.voterName}</b>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                  选民号 {b.voterNo ?? '—'} · {b.castOn}
                </Typography.Text>
              </div>
              {b.voidReason ? (
                <Typography.Text type="danger" style={{ fontSize: 13 }}>
                  无效票：{b.voidReason}（{b.voidRule}）
                </Typography.Text>
              ) : (
                <div style={{ fontSize: 13 }}>{named(b)}</div>
              )}
              {!b.voidReason &&
                b.rejected.map((r) => (
                  <div key={`${r.office}-${r.name}`} style={{ fontSize: 12, color: '#cf1322' }}>
                    {r.office} {r.name} 不计票：{r.reason}（{r.rule}）
                  </div>
                ))}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
