// 换届进度's table: every village with its status, current step, late steps (with their rule), first-vote
// success, risk and what is left; sortable by each column (names by pinyin, core's order).
import { compareByPinyin } from '@huanjie/core';
import { Popover, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  openLate,
  PROGRESS_STATUSES,
  RISK_INFO,
  STATUS_INFO,
  type VillageProgress,
  villageLink,
} from './model.js';

const RISK_ORDER = { red: 0, orange: 1, green: 2 } as const;
const riskRank = (v: VillageProgress) => (v.risk ? RISK_ORDER[v.risk.level] : 3);
const firstVoteRank = (v: VillageProgress) =>
  v.firstVote.success === null ? 2 : v.firstVote.success ? 0 : 1;

export function ProgressTable({
  roundId,
  villages,
  showTownship,
}: {
  roundId: string;
  villages: VillageProgress[];
  showTownship: boolean;
}) {
  return (
    <Table<VillageProgress>
      size="small"
      rowKey="code"
      dataSource={villages}
      pagination={villages.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 1000 }}
      columns={[
        {
          title: '村（社区）',
          width: 100,
          dataIndex: 'name',
          fixed: 'left',
          sorter: (a, b) => compareByPinyin(a.name, b.name),
          render: (name: string, v) => (
            <Link to={villageLink(roundId, v)} className="nowrap">
              {name}
            </Link>
          ),
        },
        ...(showTownship
          ? [
              {
                title: '乡镇（街道）',
                width: 104,
                dataIndex: 'townshipName',
                sorter: (a: VillageProgress, b: VillageProgress) =>
                  compareByPinyin(a.townshipName, b.townshipName),
                render: (t: string) => <span className="nowrap">{t}</span>,
              },
            ]
          : []),
        {
          title: '选举日',
          width: 104,
          dataIndex: 'electionDay',
          sorter: (a, b) => (a.electionDay ?? '9999').localeCompare(b.electionDay ?? '9999'),
          render: (d: string | null) => <span className="nowrap">{d ?? '未定'}</span>,
        },
        {
          title: '状态',
          width: 104,
          dataIndex: 'status',
          sorter: (a, b) => PROGRESS_STATUSES.indexOf(a.status) - PROGRESS_STATUSES.indexOf(b.status),
          render: (s: VillageProgress['status']) => (
            <Tag color={STATUS_INFO[s].tag} style={{ marginInlineEnd: 0 }}>
              {STATUS_INFO[s].label}
            </Tag>
          ),
        },
        {
          title: '当前步骤',
          dataIndex: 'current',
          render: (c: string, v) => (
            <span>
              {c}
              {v.currentDue && v.status !== 'completed' && (
                <Typography.Text type="secondary"> （{v.currentDue}）</Typography.Text>
              )}
            </span>
          ),
        },
        {
          title: '逾期步骤',
          width: 120,
          key: 'late',
          sorter: (a, b) => openLate(a).length - openLate(b).length,
          render: (_: unknown, v) => {
            const late = openLate(v);
            if (late.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
            return (
              <Popover
                title={`${v.name} 逾期步骤`}
                content={
                  <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 420 }}>
                    {late.map((s) => (
                      <li key={s.id}>
                        {s.title}：应于 {s.due} 前完成，已逾期 {s.daysLate} 天（{s.rule}）
                      </li>
                    ))}
                  </ul>
                }
              >
                <Tag color="red" style={{ cursor: 'pointer' }}>
                  {late.length} 项（{late[0]!.rule.split(';')[0]}
                  {late.length > 1 ? ' 等' : ''}）
                </Tag>
              </Popover>
            );
          },
        },
        {
          title: '一次选举成功',
          width: 124,
          key: 'firstVote',
          sorter: (a, b) => firstVoteRank(a) - firstVoteRank(b),
          render: (_: unknown, v) =>
            v.firstVote.success === null ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : v.firstVote.success ? (
              <Tag color="success">是</Tag>
            ) : (
              <Tag color="warning">{v.followUpVotes > 0 ? `否（另行选举${v.followUpVotes}次）` : '否'}</Tag>
            ),
        },
        {
          title: '风险',
          width: 72,
          key: 'risk',
          sorter: (a, b) => riskRank(a) - riskRank(b),
          render: (_: unknown, v) =>
            v.risk ? (
              <Tag color={RISK_INFO[v.risk.level].tag} title={v.risk.reasons.join('、')}>
                {RISK_INFO[v.risk.level].label}
              </Tag>
            ) : (
              <Typography.Text type="secondary">未评</Typography.Text>
            ),
        },
        {
          title: '剩余事项',
          width: 170,
          key: 'left',
          sorter: (a, b) => a.leftCount - b.leftCount,
          render: (_: unknown, v) =>
            v.leftCount === 0 ? (
              <Typography.Text type="secondary">无</Typography.Text>
            ) : (
              <Typography.Text ellipsis={{ tooltip: v.left.join('、') }} style={{ width: 150 }}>
                {v.leftCount} 项：{v.left.join('、')}
              </Typography.Text>
            ),
        },
      ]}
    />
  );
}
