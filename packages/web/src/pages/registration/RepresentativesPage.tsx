import { CheckCircleFilled, CloseCircleFilled, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  InputNumber,
  List,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { request, withQuery } from '../../api.js';
import { QueryError } from '../../components/QueryError.js';
import {
  canRegister,
  type Representative,
  type RepresentativesAnswer,
  sexLabels,
  villageApi,
} from '../../components/registration/model.js';
import { RecordRepresentativeModal } from '../../components/registration/RecordRepresentativeModal.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useHouseholds, useRepresentatives } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';

/** Every check the rule set asks for, from the server, passed or failed, each with its rule. */
function CheckList({ check }: { check: RepresentativesAnswer['check'] }) {
  const rows = check.checks.map((c, i) => ({ key: `${c.field}-${i}`, ...c }));
  return (
    <List
      size="small"
      dataSource={rows}
      renderItem={(r) => (
        <List.Item>
          <Space align="start">
            {r.ok ? (
              <CheckCircleFilled style={{ color: '#52c41a' }} />
            ) : (
              <CloseCircleFilled style={{ color: '#cf1322' }} />
            )}
            <div>
              <span>{r.title}</span>
              <Tag color={r.ok ? 'green' : 'red'} style={{ marginInlineStart: 8 }}>
                {r.ok ? '通过' : '未通过'} · 规则 {r.rule}
              </Tag>
              {r.details.map((d) => (
                <div key={d} style={{ color: '#cf1322', fontSize: 12 }}>
                  {d}
                </div>
              ))}
            </div>
          </Space>
        </List.Item>
      )}
    />
  );
}

export function RepresentativesPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const { modal } = App.useApp();
  const [committee, setCommittee] = useState({ members: 0, women: 0 });
  const reps = useRepresentatives(ref, committee);
  const units = useHouseholds(ref);
  const [recording, setRecording] = useState(false);
  const write = canRegister(user);
  const remove = useWriteMutation({
    mutationFn: (r: Representative) =>
      request(
        'DELETE',
        withQuery(`${villageApi(roundId, code)}/representatives/${r.id}`, { reason: '误录' }),
      ),
    invalidates: [['registration']],
    success: '已删除',
  });

  if (reps.error) return <QueryError error={reps.error} onRetry={() => reps.refetch()} />;
  const check = reps.data?.check;
  const items = reps.data?.items ?? [];

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          <Card size="small" title="登记册中的户和村民小组" loading={units.isPending}>
            <Row gutter={8}>
              <Col span={8}>
                <Statistic title="人口" value={units.data?.population ?? 0} />
              </Col>
              <Col span={8}>
                <Statistic title="户数" value={units.data?.households.length ?? 0} />
              </Col>
              <Col span={8}>
                <Statistic title="村民小组" value={units.data?.groups.length ?? 0} />
              </Col>
            </Row>
            <Table
              rowKey="groupName"
              size="small"
              style={{ marginTop: 8 }}
              pagination={false}
              dataSource={units.data?.groups ?? []}
              columns={[
                { title: '村民小组', dataIndex: 'groupName' },
                { title: '户数', dataIndex: 'households' },
                { title: '人数', dataIndex: 'people' },
                { title: '选民', dataIndex: 'voters' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title="规则检查"
            loading={reps.isPending}
            extra={
              check &&
              (check.ok ? (
                <Tag color="green">全部通过</Tag>
              ) : (
                <Tag color="red">{check.problems.length} 项未通过</Tag>
              ))
            }
          >
            <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary">村民委员会成员</Typography.Text>
              <InputNumber
                aria-label="村民委员会成员人数"
                min={0}
                max={99}
                value={committee.members}
                onChange={(v) => setCommittee((c) => ({ members: v ?? 0, women: Math.min(c.women, v ?? 0) }))}
                style={{ width: 70 }}
              />
              <Typography.Text type="secondary">其中女性</Typography.Text>
              <InputNumber
                aria-label="村民委员会女性成员人数"
                min={0}
                max={committee.members}
                value={committee.women}
                onChange={(v) => setCommittee((c) => ({ ...c, women: v ?? 0 }))}
                style={{ width: 70 }}
              />
            </Flex>
            {check && (
              <>
                <Typography.Text type="secondary">
                  会议组成人员 {check.counts.members} 人，其中村民代表 {check.counts.representatives}{' '}
                  人、妇女代表 {check.counts.womenRepresentatives} 人
                  {check.floor !== null ? `；本村应至少推选 ${check.floor} 名代表` : ''}
                </Typography.Text>
                <CheckList check={check} />
              </>
            )}
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={`村民代表（${items.length}）`}
        styles={{ body: { padding: 0 } }}
        extra={
          write && (
            <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              记录村民代表
            </Button>
          )
        }
      >
        <Table<Representative>
          rowKey="id"
          size="middle"
          dataSource={items}
          pagination={false}
          locale={{ emptyText: '尚未记录村民代表' }}
          columns={[
            { title: '姓名', dataIndex: 'name', className: 'nowrap' },
            { title: '性别', dataIndex: 'sex', render: (s: string) => sexLabels[s] ?? s },
            { title: '推选单位', dataIndex: 'unitLabel' },
            { title: '户号', dataIndex: 'householdNo', responsive: ['md'] },
            { title: '村民小组', dataIndex: 'groupName', responsive: ['md'] },
            { title: '推选日期', dataIndex: 'chosenOn', responsive: ['lg'] },
            { title: '得票', dataIndex: 'votes', responsive: ['lg'], render: (v: number | null) => v ?? '—' },
            ...(write
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    render: (_: unknown, r: Representative) => (
                      <Button
                        type="link"
                        size="small"
                        danger
                        onClick={() =>
                          modal.confirm({
                            title: `删除误录的村民代表 ${r.name}？`,
                            okText: '删除',
                            cancelText: '取消',
                            onOk: () => remove.mutateAsync(r),
                          })
                        }
                      >
                        删除
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
          scroll={isPhone ? undefined : { x: 'max-content' }}
        />
      </Card>
      {recording && (
        <RecordRepresentativeModal village={ref} units={units.data} onClose={() => setRecording(false)} />
      )}
    </>
  );
}
