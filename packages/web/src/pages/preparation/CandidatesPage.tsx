import {
  CheckCircleOutlined,
  EditOutlined,
  FileTextOutlined,
  NotificationOutlined,
  PrinterOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { request } from '../../api.js';
import { BioModal } from '../../components/candidates/BioModal.js';
import { MeetingModal } from '../../components/candidates/MeetingModal.js';
import {
  bioFilled,
  CANDIDATE_INVALIDATES,
  type Candidate,
  type CandidatesAnswer,
  candidateBiosPdf,
  candidateListPdf,
  candidatesApi,
  type Meeting,
  type Publication,
} from '../../components/candidates/model.js';
import { PublishListModal } from '../../components/candidates/PublishListModal.js';
import { QueryError } from '../../components/QueryError.js';
import { ProblemList } from '../../components/registration/ProblemList.js';
import { useCandidates } from '../../hooks/useCandidates.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

type Ready = Extract<CandidatesAnswer, { ready: true }>;

/** Where the list stands against its deadline (B-4 / B-6), in one line. */
function Deadline({ c }: { c: Ready }) {
  const latest = c.publications[0];
  if (c.publishedOn) {
    return (
      <Space wrap size={4}>
        <Tag color={latest?.late ? 'orange' : 'green'} icon={<CheckCircleOutlined />}>
          {c.publishedOn} 已公布{latest?.late ? '（逾期）' : ''}
        </Tag>
        {latest && latest.version > 1 && <Tag>第 {latest.version} 次公布</Tag>}
        {c.deadline && (
          <Typography.Text type="secondary">
            期限 {c.deadline.due}（{c.deadline.basis}，{c.deadline.rule}）
          </Typography.Text>
        )}
      </Space>
    );
  }
  if (!c.deadline)
    return <Typography.Text type="secondary">本规则集未规定公布期限；尚未公布</Typography.Text>;
  return (
    <Space wrap size={4}>
      <Tag color={c.overdue ? 'red' : 'blue'}>{c.overdue ? '已逾期未公布' : '尚未公布'}</Tag>
      <Typography.Text type={c.overdue ? 'danger' : 'secondary'}>
        最迟 {c.deadline.due}（{c.deadline.basis}）公布，{c.deadline.rule}
      </Typography.Text>
    </Space>
  );
}

function OfficeTable({
  office,
  isPhone,
  canEdit,
  onBio,
  kind,
}: {
  office: Ready['offices'][number];
  isPhone: boolean;
  canEdit: boolean;
  onBio: (c: Candidate) => void;
  kind: Ready['kind'];
}) {
  const columns: TableColumnsType<Candidate> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_: unknown, _c, i) => i + 1 },
    {
      title: '姓名',
      dataIndex: 'name',
      className: 'nowrap',
      render: (name: string, c) => (
        <>
          <Typography.Text strong>{name}</Typography.Text>
          {c.replacesName && (
            <Tag style={{ marginInlineStart: 6 }} color="gold">
              递补{c.replacesName}
            </Tag>
          )}
          {isPhone && (
            <div style={{ color: '#8c8c8c', fontSize: 12 }}>
              {c.sex === 'M' ? '男' : '女'} · {c.birthDate?.slice(0, 7) ?? ''} · {c.bio.politicalStatus ?? ''}
            </div>
          )}
        </>
      ),
    },
    ...(kind === 'direct'
      ? [
          {
            title: '提名票',
            dataIndex: 'nominationVotes',
            width: 72,
            align: 'right' as const,
            render: (v: number | null) => v ?? '—',
          },
        ]
      : []),
    { title: '性别', dataIndex: 'sex', responsive: ['md'], render: (s: string) => (s === 'M' ? '男' : '女') },
    {
      title: '出生年月',
      dataIndex: 'birthDate',
      responsive: ['md'],
      render: (d: string | null) => d?.slice(0, 7).replace('-', '.') ?? '',
    },
    {
      title: '文化程度',
      key: 'education',
      responsive: ['lg'],
      render: (_: unknown, c) => c.bio.education ?? '',
    },
    {
      title: '政治面貌',
      key: 'politicalStatus',
      responsive: ['md'],
      render: (_: unknown, c) => c.bio.politicalStatus ?? '',
    },
    {
      title: '简历',
      key: 'bio',
      className: 'nowrap',
      render: (_: unknown, c) =>
        canEdit ? (
          <Button
            size="small"
            type={bioFilled(c.bio) ? 'link' : 'dashed'}
            icon={<EditOutlined />}
            onClick={() => onBio(c)}
            aria-label={`填写${c.name}的简历`}
          >
            {bioFilled(c.bio) ? '修改' : '填写'}
          </Button>
        ) : bioFilled(c.bio) ? (
          <Tag color="green">已填写</Tag>
        ) : (
          <Tag>未填写</Tag>
        ),
    },
  ];
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`${office.title}（应选 ${office.seats} 名，${kind === 'direct' ? '候选人' : '自荐人'} ${office.candidates.length} 名）`}
      styles={{ body: { padding: 0 } }}
    >
      <Table<Candidate>
        rowKey="id"
        size="small"
        dataSource={office.candidates}
        columns={columns}
        pagination={false}
        locale={{ emptyText: `尚无${office.title}${kind === 'direct' ? '正式候选人' : '自荐人'}` }}
      />
    </Card>
  );
}

function Meetings({ c, canEdit, onDelete }: { c: Ready; canEdit: boolean; onDelete: (m: Meeting) => void }) {
  const names = new Map(c.offices.flatMap((o) => o.candidates.map((x) => [x.id, x.name])));
  if (c.meetings.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="尚未记录见面会：名单公布后组织候选人与村民见面，开过后在此记录（D-3）"
      />
    );
  return (
    <List
      dataSource={c.meetings}
      rowKey="id"
      renderItem={(m) => (
        <List.Item
          actions={
            canEdit
              ? [
                  <Popconfirm
                    key="del"
                    title="删除这条见面会记录？"
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => onDelete(m)}
                  >
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>,
                ]
              : []
          }
        >
          <List.Item.Meta
            title={`${m.heldOn} · ${m.place} · 到会 ${m.attendance} 人`}
            description={
              <>
                {m.candidateIds.length > 0 && (
                  <div>
                    到会候选人：{m.candidateIds.map((id) => names.get(id) ?? '（已不在名单）').join('、')}
                  </div>
                )}
                {m.notes && <div>{m.notes}</div>}
                <div style={{ fontSize: 12 }}>{m.recordedByName} 记录</div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** 正式候选人名单 (自荐人名单 in a self-nomination election): by office, in 姓氏笔画 order; publish, print, bios, meeting. */
export function CandidatesPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const candidates = useCandidates(ref);
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<Publication | null>(null);
  const [bio, setBio] = useState<Candidate | null>(null);
  const [meeting, setMeeting] = useState(false);

  const removeMeeting = useWriteMutation({
    mutationFn: (m: Meeting) => request('DELETE', `${candidatesApi(roundId, code)}/meetings/${m.id}`),
    invalidates: CANDIDATE_INVALIDATES,
    success: '已删除',
  });

  if (candidates.error) return <QueryError error={candidates.error} onRetry={() => candidates.refetch()} />;
  if (!candidates.data) return <Skeleton active />;
  const c = candidates.data;
  if (!c.ready) {
    return (
      <Card size="small">
        <Empty
          description={
            <>
              本村尚未制定职数方案，还没有候选人名单。请先在
              <Link to={`/rounds/${roundId}/villages/${code}/seats`}>职数方案</Link>
              页制定并报乡镇审核，再进行提名和联审。
            </>
          }
        />
      </Card>
    );
  }
  const canWrite = may(user, 'preparation.write');
  const canDecide = may(user, 'preparation.decide');
  const all = c.offices.flatMap((o) => o.candidates);
  const who = c.kind === 'direct' ? '候选人' : '自荐人';

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <div>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {c.title}
            </Typography.Title>
            <div style={{ marginTop: 6 }}>
              <Deadline c={c} />
            </div>
          </div>
          <Space wrap>
            {c.kind === 'direct' && canDecide && (
              <Button
                type="primary"
                icon={<NotificationOutlined />}
                disabled={c.problems.length > 0}
                onClick={() => setPublishing(true)}
              >
                {c.publishedOn ? '重新公布名单' : '公布名单'}
              </Button>
            )}
            <Button icon={<FileTextOutlined />} href={candidateListPdf(roundId, code)} target="_blank">
              打印名单公告
            </Button>
            <Button
              icon={<PrinterOutlined />}
              href={candidateBiosPdf(roundId, code)}
              target="_blank"
              disabled={all.length === 0}
            >
              打印{who}简历
            </Button>
          </Space>
        </Flex>
      </Card>
      {published && (
        <Alert
          style={{ marginBottom: 12 }}
          type={published.late ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setPublished(null) }}
          title={
            published.late
              ? `已于${published.publishedOn}公布，逾期：${published.lateReason ?? published.rule}`
              : `已于${published.publishedOn}公布，在期限内`
          }
        />
      )}
      {c.kind === 'self' && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          title="本村实行无候选人的自荐直选（D-8）"
          description={
            <>
              经资格审查的自荐人名单按姓氏笔画在
              <Link to={`/rounds/${roundId}/villages/${code}/nomination`}>提名</Link>
              页公布（B-6）；本页列出通过联审的自荐人，可打印名单和简历。
            </>
          }
        />
      )}
      {c.changedSincePublication && (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          title="名单公布后有变动（递补或联审不通过），请重新公布并张贴"
        />
      )}
      {c.problems.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <ProblemList
            type="warning"
            title={c.kind === 'direct' ? '名单还不能公布：' : '名单尚未齐备：'}
            problems={c.problems}
          />
        </div>
      )}
      {c.offices.map((o) => (
        <OfficeTable
          key={o.id}
          office={o}
          isPhone={isPhone}
          canEdit={canWrite}
          onBio={setBio}
          kind={c.kind}
        />
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {c.order.by === 'votes'
          ? `各职务${who}按提名得票多少为序（${c.order.rule}），票数相同的按姓氏笔画。`
          : `各职务${who}按姓氏笔画排序（先比笔画数，再比起笔笔形：横、竖、撇、点、折）。`}
        只列出联审全部通过的人员。
      </Typography.Paragraph>
      <Card
        size="small"
        title={
          <>
            <TeamOutlined /> 候选人与村民见面会
          </>
        }
        extra={
          canWrite && (
            <Button size="small" onClick={() => setMeeting(true)} disabled={all.length === 0}>
              记录见面会
            </Button>
          )
        }
        style={{ marginBottom: 12 }}
      >
        <Meetings c={c} canEdit={canWrite} onDelete={(m) => removeMeeting.mutate(m)} />
      </Card>
      {c.publications.length > 0 && (
        <Card size="small" title="公布记录">
          <Descriptions size="small" column={1}>
            {c.publications.map((p) => (
              <Descriptions.Item key={p.id} label={`第 ${p.version} 次`}>
                {p.publishedOn} 公布 {p.candidates.length} 人
                {p.late ? `（逾期，期限 ${p.dueOn}，${p.rule}）` : ''}，{p.publishedByName}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
      {publishing && (
        <PublishListModal
          village={ref}
          deadline={c.deadline}
          electionDay={c.electionDay}
          count={all.length}
          byVotes={c.order.by === 'votes'}
          onClose={() => setPublishing(false)}
          onPublished={setPublished}
        />
      )}
      {bio && <BioModal village={ref} candidate={bio} onClose={() => setBio(null)} />}
      {meeting && <MeetingModal village={ref} candidates={all} onClose={() => setMeeting(false)} />}
    </>
  );
}
