import type { TableColumnsType } from 'antd';
import { Button, DatePicker, Popconfirm, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api } from '../../api.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { tagOf, villageRoundStatusLabels } from '../../labels.js';
import type { RoundVillage } from '../../types.js';
import { ElectionTags } from '../ElectionTags.js';
import { StatusTag } from '../StatusTag.js';

interface Props {
  roundId: string;
  villages: RoundVillage[];
  canEdit: boolean;
  onPostpone: (village: RoundVillage) => void;
}

interface VillageChange {
  code: string;
  electionDay: string | null;
  included: boolean;
}

// Once a village is voting or done, its date is history and must not be edited from here.
const LOCKED = new Set(['voting', 'completed']);

export function RoundVillagesTable({ roundId, villages, canEdit, onPostpone }: Props) {
  const isPhone = useIsPhone();
  const change = useWriteMutation({
    mutationFn: (c: VillageChange) =>
      api.put(`/rounds/${roundId}/villages/${c.code}`, { electionDay: c.electionDay, included: c.included }),
    invalidates: [['rounds'], ['regions']],
    success: '已保存',
  });

  const columns: TableColumnsType<RoundVillage> = [
    {
      title: '村（社区）',
      dataIndex: 'name',
      className: 'nowrap',
      render: (name: string, v) => (
        <>
          <Link to={`/regions/${v.code}`}>{name}</Link>
          <div style={{ color: '#999', fontSize: 12 }}>
            {v.townshipName} · <Link to={`/rounds/${roundId}/villages/${v.code}/schedule`}>换届工作</Link>
          </div>
          {/* On a phone the status column is hidden; the tag goes under the name instead. */}
          {isPhone && <StatusTag tag={tagOf(villageRoundStatusLabels, v.status)} />}
        </>
      ),
    },
    {
      title: '选举日',
      dataIndex: 'electionDay',
      render: (day: string | null, v) =>
        canEdit && !LOCKED.has(v.status) ? (
          <DatePicker
            aria-label={`${v.name}选举日`}
            value={day ? dayjs(day) : null}
            allowClear
            placeholder="未定"
            style={{ width: isPhone ? 124 : 140 }}
            onChange={(d) =>
              change.mutate({ code: v.code, electionDay: d ? d.format('YYYY-MM-DD') : null, included: true })
            }
          />
        ) : (
          (day ?? '未定')
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      responsive: ['sm'],
      render: (s: string, v) => (
        <>
          <StatusTag tag={tagOf(villageRoundStatusLabels, s)} />
          {v.postponedReason && (
            <div style={{ color: '#999', fontSize: 12, maxWidth: 200 }}>推迟原因：{v.postponedReason}</div>
          )}
        </>
      ),
    },
    {
      title: '选举（按顺序）',
      dataIndex: 'elections',
      responsive: ['md'],
      render: (_: unknown, v) => <ElectionTags elections={v.elections} />,
    },
  ];
  if (canEdit) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_: unknown, v) =>
        LOCKED.has(v.status) ? null : (
          <Space size={0} orientation={isPhone ? 'vertical' : 'horizontal'}>
            <Button type="link" size="small" onClick={() => onPostpone(v)}>
              推迟
            </Button>
            <Popconfirm
              title={`将${v.name}移出本届？`}
              description="移出后该村不再参加本届选举，可以再加入。"
              okText="移出"
              cancelText="取消"
              onConfirm={() => change.mutate({ code: v.code, electionDay: null, included: false })}
            >
              <Button type="link" size="small" danger>
                移出
              </Button>
            </Popconfirm>
          </Space>
        ),
    });
  }

  return (
    <Table<RoundVillage>
      rowKey="code"
      size="middle"
      dataSource={villages}
      columns={columns}
      pagination={villages.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: '本届暂无参选村（社区）' }}
    />
  );
}
