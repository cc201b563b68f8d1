import type { TableColumnsType } from 'antd';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api.js';
import { QueryError } from '../../components/QueryError.js';
import { StatusTag } from '../../components/StatusTag.js';
import { DecideModal } from '../../components/seats/DecideModals.js';
import {
  type AreaPlan,
  modeShort,
  officesText,
  seatPlanApi,
  statusTags,
  when,
} from '../../components/seats/model.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRegion } from '../../hooks/useRegion.js';
import { SEAT_PLAN_KEY, useAreaSeatPlans } from '../../hooks/useSeatPlan.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

const COUNTS = [
  { key: 'submitted', title: '待审核' },
  { key: 'returned', title: '已退回' },
  { key: 'draft', title: '草稿' },
  { key: 'none', title: '未制定' },
  { key: 'approved', title: '已同意' },
] as const;

/** The township's (or county's) list of its villages' seat plans: those awaiting approval first. */
export function SeatPlansAreaPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const region = useRegion(code);
  const plans = useAreaSeatPlans(roundId, code);
  const [returning, setReturning] = useState<AreaPlan | null>(null);
  const approveAllowed = may(user, 'preparation.approve');

  const approve = useWriteMutation({
    mutationFn: (p: AreaPlan) => api.post(`${seatPlanApi(roundId, p.villageCode)}/approve`, {}),
    invalidates: [[SEAT_PLAN_KEY]],
    success: '已审核同意',
  });

  if (plans.error) return <QueryError error={plans.error} onRetry={() => plans.refetch()} />;
  const data = plans.data;
  const seatsPage = (p: AreaPlan) => `/rounds/${roundId}/villages/${p.villageCode}/seats`;

  const columns: TableColumnsType<AreaPlan> = [
    {
      title: '村（社区）',
      dataIndex: 'name',
      className: isPhone ? undefined : 'nowrap',
      render: (name: string, p) => (
        <>
          <Link to={seatsPage(p)}>{name}</Link>
          {isPhone && (
            <div style={{ color: '#8c8c8c', fontSize: 12 }}>
              {p.totalSeats > 0 ? `${officesText(p.offices)}，共${p.totalSeats}名` : ''}
            </div>
          )}
        </>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: AreaPlan['status']) => <StatusTag tag={statusTags[s]} />,
    },
    {
      title: '职数',
      key: 'offices',
      responsive: ['md'],
      render: (_: unknown, p) =>
        p.totalSeats > 0 ? `${officesText(p.offices)}（共${p.totalSeats}名）` : '—',
    },
    {
      title: '选举方式',
      dataIndex: 'nominationMode',
      responsive: ['lg'],
      render: (m: AreaPlan['nominationMode'], p) =>
        m ? (
          <>
            {modeShort[m]}
            {p.oneShoulderIntent && <Tag style={{ marginInlineStart: 6 }}>一肩挑</Tag>}
          </>
        ) : (
          '—'
        ),
    },
    {
      title: '规则检查',
      key: 'check',
      responsive: ['md'],
      render: (_: unknown, p) =>
        p.status === 'none' ? (
          '—'
        ) : p.violations.length > 0 ? (
          <Tooltip title={p.violations.map((v) => `${v.reason}（${v.rule}）`).join('；')}>
            <Tag color="red">{p.violations.length} 项不符合</Tag>
          </Tooltip>
        ) : p.warnings.length > 0 ? (
          <Tooltip title={p.warnings.map((v) => `${v.reason}（${v.rule}）`).join('；')}>
            <Tag color="orange">通过，{p.warnings.length} 项提示</Tag>
          </Tooltip>
        ) : (
          <Tag color="green">通过</Tag>
        ),
    },
    {
      title: '报送 / 审核',
      key: 'when',
      responsive: ['lg'],
      render: (_: unknown, p) =>
        p.status === 'approved' || p.status === 'returned'
          ? `${p.decidedOn ?? ''} ${p.status === 'approved' ? '同意' : '退回'}`
          : p.status === 'submitted'
            ? when(p.submittedAt)
            : '—',
    },
    {
      title: '选举日',
      dataIndex: 'electionDay',
      responsive: ['xl'],
      render: (d: string | null) => d ?? '未定',
    },
    {
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      render: (_: unknown, p) =>
        approveAllowed && p.status === 'submitted' ? (
          <Space size={0} orientation={isPhone ? 'vertical' : 'horizontal'}>
            <Popconfirm
              title={`同意${p.name}的职数方案？`}
              description={`${officesText(p.offices)}，共${p.totalSeats}名`}
              okText="同意"
              cancelText="取消"
              onConfirm={() => approve.mutateAsync(p)}
              disabled={p.violations.length > 0}
            >
              <Button type="link" size="small" disabled={p.violations.length > 0}>
                同意
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger onClick={() => setReturning(p)}>
              退回
            </Button>
          </Space>
        ) : (
          <Link to={seatsPage(p)}>查看</Link>
        ),
    },
  ];

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{data?.round.name ?? '换届'}</Link> },
          { title: '职数方案审核' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {region.data?.name ?? code} · 职数方案审核
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {data?.ruleset.title}
        。各村选举委员会制定职数方案报乡镇审核；审核同意后，提名、选票和投票安排以此为准。
      </Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {COUNTS.map((c) => (
          <Col key={c.key} xs={8} sm={8} md={4}>
            <Card size="small">
              <Statistic title={c.title} value={data?.counts[c.key] ?? 0} loading={plans.isPending} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<AreaPlan>
          rowKey="villageCode"
          size="middle"
          loading={plans.isPending}
          dataSource={data?.items ?? []}
          columns={columns}
          pagination={(data?.items.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: '辖区内没有参加本次换届的村' }}
          scroll={isPhone ? undefined : { x: 'max-content' }}
        />
      </Card>
      {returning && (
        <DecideModal
          village={{ roundId, code: returning.villageCode }}
          villageName={returning.name}
          action="return"
          onClose={() => setReturning(null)}
        />
      )}
    </>
  );
}
