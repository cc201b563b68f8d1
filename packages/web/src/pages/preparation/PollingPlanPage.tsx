import {
  CheckOutlined,
  DeleteOutlined,
  EditOutlined,
  FileTextOutlined,
  PlusOutlined,
  RollbackOutlined,
  SendOutlined,
  TeamOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { request } from '../../api.js';
import { BoxVotersModal } from '../../components/polling/BoxVotersModal.js';
import {
  approvalTags,
  hours,
  type PollingPlace,
  type PollingPlanAnswer,
  type PollingStaff,
  type PublishAnswer,
  pollingApi,
  pollingNoticePdf,
  STAFF_ROLE_TITLES,
} from '../../components/polling/model.js';
import { BoxDecisionModal, PlaceModal, VenueModal } from '../../components/polling/PlaceModals.js';
import { PublishPlanModal } from '../../components/polling/PublishPlanModal.js';
import { StaffModal } from '../../components/polling/StaffModal.js';
import { QueryError } from '../../components/QueryError.js';
import { ProblemList } from '../../components/registration/ProblemList.js';
import { StatusTag } from '../../components/StatusTag.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { POLLING_KEY, usePollingPlan } from '../../hooks/usePolling.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

type Dialog =
  | { kind: 'venue' }
  | { kind: 'place'; placeKind: 'station' | 'mobile'; place: PollingPlace | null }
  | { kind: 'voters'; place: PollingPlace }
  | { kind: 'staff'; placeId: string }
  | { kind: 'decide'; place: PollingPlace; action: 'approve' | 'return' }
  | { kind: 'publish' };

function ScrutineerCount({
  place,
  min,
}: {
  place: PollingPlace;
  min: { value: number | null; rule: string };
}) {
  const short = min.value !== null && place.scrutineers < min.value;
  return (
    <Tag color={short ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
      监票人 {place.scrutineers}
      {min.value !== null ? `/${min.value}` : ''} 名{short ? `（不足，${min.rule}）` : ''}
    </Tag>
  );
}

function PublicationStatus({ data }: { data: PollingPlanAnswer }) {
  const plan = data.plan;
  if (!plan || plan.version === 0) return <StatusTag tag={{ text: '未公布', color: 'default' }} />;
  if (plan.changedSincePublication)
    return <StatusTag tag={{ text: `${plan.publishedOn} 公布后已修改，须重新公布`, color: 'orange' }} />;
  return (
    <StatusTag
      tag={{
        text: `已于 ${plan.publishedOn} 公布${plan.late ? `（迟于 ${plan.dueOn}，${plan.rule}）` : ''}`,
        color: plan.late ? 'red' : 'green',
      }}
    />
  );
}

/** The staff at one place, with each person's recusal warning (E-9) and a remove button. */
function StaffList({
  village,
  staff,
  editable,
}: {
  village: VillageRef;
  staff: PollingStaff[];
  editable: boolean;
}) {
  const remove = useWriteMutation({
    mutationFn: (s: PollingStaff) =>
      request('DELETE', `${pollingApi(village.roundId, village.code)}/staff/${s.id}`),
    invalidates: [[POLLING_KEY]],
    success: '已取消该项安排',
  });
  if (staff.length === 0) return <Typography.Text type="secondary">尚未安排工作人员</Typography.Text>;
  return (
    <Flex wrap gap={6}>
      {staff.map((s) => (
        <Tag
          key={s.id}
          color={s.recusal ? 'red' : undefined}
          closable={editable}
          onClose={(e) => {
            e.preventDefault();
            remove.mutate(s);
          }}
          style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
          title={s.recusal ? `${s.recusal.reason}（${s.recusal.rule}）` : undefined}
        >
          {STAFF_ROLE_TITLES[s.role]}：{s.name}
          {s.recusal && `（须回避，${s.recusal.rule}）`}
        </Tag>
      ))}
    </Flex>
  );
}

export function PollingPlanPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const plan = usePollingPlan(ref);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [published, setPublished] = useState<PublishAnswer | null>(null);
  const editable = may(user, 'preparation.write');
  const decide = may(user, 'preparation.decide');
  const township = may(user, 'preparation.approve');
  const base = pollingApi(roundId, code);
  const removePlace = useWriteMutation({
    mutationFn: (p: PollingPlace) => request('DELETE', `${base}/places/${p.id}`),
    invalidates: [[POLLING_KEY]],
    success: '已撤销',
  });

  if (plan.error) return <QueryError error={plan.error} onRetry={() => plan.refetch()} />;
  const data = plan.data;
  if (!data) return <Skeleton active />;
  const venue = data.places.find((p) => p.kind === 'central');
  const stations = data.places.filter((p) => p.kind === 'station');
  const boxes = data.places.filter((p) => p.kind === 'mobile');
  const min = data.rules.mobileBoxMinStaff;
  // stations and the venue: a number only where the rule set sets one (G-8), none under G-7
  const stationMin = data.rules.stationMinScrutineers;
  const needsApproval = data.rules.mobileBoxNeedsTownshipApproval;
  const staffAt = (id: string) => data.staff.filter((s) => s.placeId === id);
  const recused = data.staff.filter((s) => s.recusal);

  const stationColumns: TableColumnsType<PollingPlace> = [
    {
      title: '投票站',
      dataIndex: 'name',
      render: (n: string, p) => (
        <>
          <Typography.Text strong>{n}</Typography.Text>
          <div style={{ color: '#8c8c8c', fontSize: 12 }}>
            {p.place} · {hours(p, venue)}
          </div>
        </>
      ),
    },
    { title: '服务村民小组', dataIndex: 'groups', render: (g: string[]) => g.join('、') },
    { title: '选民', dataIndex: 'voters', align: 'right', className: 'nowrap' },
    {
      title: '工作人员',
      key: 'staff',
      responsive: ['md'],
      render: (_: unknown, p) => (
        <Space orientation="vertical" size={4}>
          <ScrutineerCount place={p} min={stationMin} />
          <StaffList village={ref} staff={staffAt(p.id)} editable={editable} />
        </Space>
      ),
    },
  ];
  if (editable) {
    stationColumns.push({
      title: '',
      key: 'actions',
      className: 'nowrap',
      render: (_: unknown, p) => (
        <Space size={0} orientation={isPhone ? 'vertical' : 'horizontal'}>
          <Button
            type="link"
            size="small"
            icon={<UserAddOutlined />}
            onClick={() => setDialog({ kind: 'staff', placeId: p.id })}
          >
            {isPhone ? '' : '人员'}
          </Button>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={`修改${p.name}`}
            onClick={() => setDialog({ kind: 'place', placeKind: 'station', place: p })}
          />
          <Popconfirm
            title={`撤销${p.name}？其村民小组改到中心会场投票。`}
            onConfirm={() => removePlace.mutate(p)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`撤销${p.name}`} />
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <PublicationStatus data={data} />
          {data.due && (
            <Typography.Text type="secondary">
              应于 {data.due.dueOn} 前公布（{data.due.basis}，{data.due.rule}）
            </Typography.Text>
          )}
        </Space>
        <Space wrap>
          <Button icon={<FileTextOutlined />} href={pollingNoticePdf(roundId, code)} target="_blank">
            打印投票公告
          </Button>
          {decide && (
            <Button
              type="primary"
              icon={<SendOutlined />}
              disabled={data.problems.length > 0}
              onClick={() => setDialog({ kind: 'publish' })}
            >
              {data.plan?.version ? '重新公布' : '公布投票安排'}
            </Button>
          )}
        </Space>
      </Flex>

      {data.totalVoters === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="选民名单尚未公布"
          description="各投票站、流动票箱的选民人数按公布的选民名单统计：请先在“选民名单”页公布选民榜。"
        />
      )}
      {published?.late && published.lateReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`已公布，但迟于期限：${published.lateReason}`}
        />
      )}
      {data.problems.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <ProblemList type="warning" title="公布前还须解决" problems={data.problems} />
        </div>
      )}
      {recused.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="以下工作人员须回避，请取消其安排后另选他人"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {recused.map((s) => (
                <li key={s.id}>
                  {s.recusal!.reason}（{s.recusal!.rule}）
                </li>
              ))}
            </ul>
          }
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title="中心会场"
            extra={
              editable && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'venue' })}>
                  {venue?.place ? '修改' : '设置'}
                </Button>
              )
            }
          >
            {venue?.place ? (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'place', label: '地点', children: venue.place },
                  {
                    key: 'time',
                    label: '时间',
                    children: `${data.electionDay ?? '选举日未定'} ${hours(venue)}`,
                  },
                  {
                    key: 'groups',
                    label: '在此投票',
                    children: `${
                      data.groups
                        .filter((g) => g.placeId === venue.id)
                        .map((g) => g.name)
                        .join('、') || '（各组均在投票站投票）'
                    }，选民 ${venue.voters} 人`,
                  },
                ]}
              />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={editable ? '先设置中心会场的地点和投票时间' : '村选举委员会尚未设置中心会场'}
              />
            )}
            {venue && (
              <div style={{ marginTop: 8 }}>
                <Flex justify="space-between" align="center" wrap gap={6} style={{ marginBottom: 6 }}>
                  <ScrutineerCount place={venue} min={stationMin} />
                  {editable && (
                    <Button
                      size="small"
                      icon={<UserAddOutlined />}
                      onClick={() => setDialog({ kind: 'staff', placeId: venue.id })}
                    >
                      安排人员
                    </Button>
                  )}
                </Flex>
                <StaffList village={ref} staff={staffAt(venue.id)} editable={editable} />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={`投票站（${stations.length}）`}
            extra={
              editable && (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'place', placeKind: 'station', place: null })}
                >
                  新设投票站
                </Button>
              )
            }
            styles={{ body: { padding: stations.length > 0 ? 0 : undefined } }}
          >
            {stations.length > 0 ? (
              <Table<PollingPlace>
                rowKey="id"
                size="small"
                dataSource={stations}
                columns={stationColumns}
                pagination={false}
                expandable={
                  isPhone
                    ? {
                        expandedRowRender: (p) => (
                          <Space orientation="vertical" size={4}>
                            <ScrutineerCount place={p} min={stationMin} />
                            <StaffList village={ref} staff={staffAt(p.id)} editable={editable} />
                          </Space>
                        ),
                      }
                    : undefined
                }
              />
            ) : (
              <Typography.Text type="secondary">
                未设投票站：全村选民在中心会场投票。村民小组分散的，可按小组设投票站。
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>

      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={`流动票箱（${boxes.length}）`}
        extra={
          editable && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'place', placeKind: 'mobile', place: null })}
            >
              新设流动票箱
            </Button>
          )
        }
      >
        {boxes.length === 0 && (
          <Typography.Text type="secondary">
            未设流动票箱。居住分散、交通不便的选民确需流动票箱的，由村选举委员会提出
            {needsApproval.value ? `，报乡镇批准（${needsApproval.rule}）` : ''}。
          </Typography.Text>
        )}
        <Row gutter={[12, 12]}>
          {boxes.map((b) => (
            <Col xs={24} lg={12} key={b.id}>
              <Card
                size="small"
                type="inner"
                title={b.name}
                extra={
                  needsApproval.value && b.approvalStatus ? (
                    <StatusTag tag={approvalTags[b.approvalStatus]!} />
                  ) : undefined
                }
              >
                <Typography.Paragraph style={{ marginBottom: 6 }}>
                  出发：{b.place || '—'} · {hours(b, venue)}
                  <br />
                  路线：{b.route || '—'}
                </Typography.Paragraph>
                {b.approvalNote && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
                    乡镇意见：{b.approvalNote}
                  </Typography.Paragraph>
                )}
                <Flex wrap gap={6} style={{ marginBottom: 6 }}>
                  <Tag
                    color={b.voters > 0 ? 'blue' : 'red'}
                    icon={<TeamOutlined />}
                    style={{ marginInlineEnd: 0 }}
                  >
                    选民 {b.voters} 人
                  </Tag>
                  <ScrutineerCount place={b} min={min} />
                </Flex>
                <Typography.Paragraph style={{ marginBottom: 6, fontSize: 13 }}>
                  {b.boxVoters.length > 0
                    ? b.boxVoters.map((v) => v.name).join('、')
                    : '尚未确定使用该票箱投票的选民'}
                </Typography.Paragraph>
                <StaffList village={ref} staff={staffAt(b.id)} editable={editable} />
                <Flex wrap gap={6} style={{ marginTop: 10 }}>
                  {editable && (
                    <>
                      <Button
                        size="small"
                        icon={<TeamOutlined />}
                        onClick={() => setDialog({ kind: 'voters', place: b })}
                      >
                        选民名单
                      </Button>
                      <Button
                        size="small"
                        icon={<UserAddOutlined />}
                        onClick={() => setDialog({ kind: 'staff', placeId: b.id })}
                      >
                        安排监票人
                      </Button>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setDialog({ kind: 'place', placeKind: 'mobile', place: b })}
                      >
                        修改
                      </Button>
                      <Popconfirm title={`撤销${b.name}？`} onConfirm={() => removePlace.mutate(b)}>
                        <Button size="small" danger icon={<DeleteOutlined />}>
                          撤销
                        </Button>
                      </Popconfirm>
                    </>
                  )}
                  {township && needsApproval.value && b.approvalStatus !== 'approved' && (
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      onClick={() => setDialog({ kind: 'decide', place: b, action: 'approve' })}
                    >
                      批准设立
                    </Button>
                  )}
                  {township && needsApproval.value && b.approvalStatus === 'proposed' && (
                    <Button
                      size="small"
                      danger
                      icon={<RollbackOutlined />}
                      onClick={() => setDialog({ kind: 'decide', place: b, action: 'return' })}
                    >
                      退回
                    </Button>
                  )}
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      </Card>

      <Card size="small" style={{ marginTop: 16 }} title="各村民小组在哪里投票">
        <Flex wrap gap={8}>
          {data.groups.map((g) => (
            <Tag key={g.name} style={{ marginInlineEnd: 0 }}>
              {g.name}：{data.places.find((p) => p.id === g.placeId)?.name ?? '未定'}（{g.voters}人）
            </Tag>
          ))}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          全村选民 {data.totalVoters} 人（按公布的选民名单）；流动票箱的选民只计入其票箱。
          {data.standing > 0 ? `已按 ${data.standing} 名候选人（自荐人）检查工作人员回避。` : ''}
        </Typography.Paragraph>
      </Card>

      {dialog?.kind === 'venue' && <VenueModal village={ref} data={data} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'place' && (
        <PlaceModal
          village={ref}
          data={data}
          kind={dialog.placeKind}
          place={dialog.place}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'voters' && (
        <BoxVotersModal village={ref} data={data} place={dialog.place} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'staff' && (
        <StaffModal village={ref} data={data} placeId={dialog.placeId} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'decide' && (
        <BoxDecisionModal
          village={ref}
          place={dialog.place}
          action={dialog.action}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'publish' && (
        <PublishPlanModal
          village={ref}
          data={data}
          onClose={() => setDialog(null)}
          onPublished={setPublished}
        />
      )}
    </>
  );
}
