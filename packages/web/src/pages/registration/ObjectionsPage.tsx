import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { DecideObjectionModal } from '../../components/registration/DecideObjectionModal.js';
import { FileObjectionModal } from '../../components/registration/FileObjectionModal.js';
import {
  canDecide,
  canRegister,
  claimLabels,
  type Objection,
  villagePage,
} from '../../components/registration/model.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useObjections, usePublications } from '../../hooks/useRegistration.js';

function StateCell({ o }: { o: Objection }) {
  if (!o.accepted)
    return (
      <>
        <Tag>不予受理</Tag>
        <div style={{ color: '#8c8c8c', fontSize: 12, maxWidth: 260 }}>{o.refusedReason}</div>
      </>
    );
  const late = o.overdue && <Tag color="red">逾期 {o.daysLate} 天</Tag>;
  if (!o.decision)
    return (
      <Space size={4} wrap>
        <Tag color="gold">待处理</Tag>
        {late}
        <span style={{ color: '#8c8c8c', fontSize: 12 }}>应于 {o.dueDecisionOn} 前处理</span>
      </Space>
    );
  return (
    <>
      <Space size={4} wrap>
        <Tag color={o.decision === 'upheld' ? 'green' : 'default'}>
          {o.decision === 'upheld' ? '申诉成立' : '申诉不成立'}
        </Tag>
        {late}
        <span style={{ color: '#8c8c8c', fontSize: 12 }}>{o.decidedOn}</span>
      </Space>
      {o.decisionNote && (
        <div style={{ color: '#595959', fontSize: 12, maxWidth: 260 }}>{o.decisionNote}</div>
      )}
    </>
  );
}

export function ObjectionsPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const objections = useObjections(ref);
  const publications = usePublications(ref);
  const [filing, setFiling] = useState(false);
  const [deciding, setDeciding] = useState<Objection | null>(null);
  const items = objections.data?.items ?? [];
  const overdue = items.filter((o) => o.overdue && !o.decision).length;
  const published = publications.data?.items.at(-1);
  const decide = canDecide(user);

  const columns: TableColumnsType<Objection> = [
    { title: '申诉日期', dataIndex: 'filedOn', className: 'nowrap', responsive: ['md'] },
    {
      title: '申诉对象',
      dataIndex: 'subjectName',
      render: (name: string, o) => (
        <>
          {o.subjectVoterId ? (
            <Link to={`${villagePage(roundId, code)}/voters/${o.subjectVoterId}`}>{name}</Link>
          ) : (
            name
          )}
          <div style={{ color: '#8c8c8c', fontSize: 12 }}>
            {claimLabels[o.claim]}
            {isPhone ? ` · ${o.filedOn}` : ''}
          </div>
        </>
      ),
    },
    { title: '申诉人', dataIndex: 'filerName', className: 'nowrap', responsive: ['md'] },
    {
      title: '申诉内容',
      dataIndex: 'content',
      responsive: ['lg'],
      render: (c: string) => <div style={{ maxWidth: 260 }}>{c}</div>,
    },
    { title: '处理情况', key: 'state', render: (_: unknown, o) => <StateCell o={o} /> },
  ];
  if (decide) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_: unknown, o) =>
        o.accepted && !o.decision ? (
          <Button type="link" size="small" onClick={() => setDeciding(o)}>
            处理
          </Button>
        ) : null,
    });
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {published
            ? `选民名单于 ${published.publishedOn} 公布；对名单有不同意见的，可在公布之日起五日内申诉，选委会应在三日内作出处理决定。`
            : '选民名单尚未公布。'}
        </Typography.Text>
        {canRegister(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            登记申诉
          </Button>
        )}
      </Flex>
      {overdue > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有 ${overdue} 件申诉已超过处理期限，请尽快作出决定`}
        />
      )}
      {objections.error ? (
        <QueryError error={objections.error} onRetry={() => objections.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Objection>
            rowKey="id"
            size="middle"
            loading={objections.isPending}
            dataSource={items}
            columns={columns}
            onRow={(o) => (o.overdue && !o.decision ? { style: { background: '#fff1f0' } } : {})}
            pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: '暂无申诉' }}
          />
        </Card>
      )}
      {filing && <FileObjectionModal village={ref} onClose={() => setFiling(false)} />}
      {deciding && (
        <DecideObjectionModal village={ref} objection={deciding} onClose={() => setDeciding(null)} />
      )}
    </>
  );
}
