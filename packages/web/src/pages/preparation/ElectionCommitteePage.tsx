import {
  EditOutlined,
  FileTextOutlined,
  NotificationOutlined,
  PlusOutlined,
  UserSwitchOutlined,
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
  List,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  ChairModal,
  FillModal,
  PublishModal,
  WithdrawModal,
} from '../../components/committee/ActionModals.js';
import {
  type CommitteeAnswer,
  committeePdf,
  type Member,
  roleLabel,
  sizeText,
  withdrawalLabels,
} from '../../components/committee/model.js';
import { SelectionModal } from '../../components/committee/SelectionModal.js';
import { QueryError } from '../../components/QueryError.js';
import { sexLabels } from '../../components/registration/model.js';
import { useCommittee } from '../../hooks/useCommittee.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { may } from '../../permissions.js';

const ROLE_COLORS: Record<string, string> = { 主任: 'gold', 委员: 'blue', 候补: 'default' };

function RuleTag({ rule }: { rule: string }) {
  return (
    <Tag color="red" style={{ marginInlineStart: 6 }}>
      规则 {rule}
    </Tag>
  );
}

/** What the member's row says about its state: seated on, taken from whom, withdrawn when and why. */
function StateCell({ m, next }: { m: Member; next: boolean }) {
  if (m.status === 'withdrawn')
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block', maxWidth: 460 }}>
        {m.withdrawnOn} 退出（{withdrawalLabels[m.withdrawalKind ?? 'other']}）：{m.withdrawnReason}
        {m.withdrawalRule && <Tag style={{ marginInlineStart: 6 }}>规则 {m.withdrawalRule}</Tag>}
        {m.replacedBy ? `；由${m.replacedBy}递补` : '；尚待递补'}
      </Typography.Text>
    );
  if (m.status === 'alternate') {
    if (m.barredAsAlternate)
      return (
        <Typography.Text type="warning" style={{ fontSize: 13 }}>
          递补时跳过：{m.barredAsAlternate.reason}
        </Typography.Text>
      );
    return next ? (
      <Typography.Text type="success" style={{ fontSize: 13 }}>
        下一位递补人选
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        等待依次递补
      </Typography.Text>
    );
  }
  return (
    <span style={{ fontSize: 13, display: 'block', maxWidth: 460 }}>
      {m.seatedOn} 起任职{m.replacesName ? `（递补${m.replacesName}）` : ''}
      {m.requiredWithdrawal && (
        <div style={{ color: '#cf1322' }}>
          应当退出：{m.requiredWithdrawal.reason}
          <RuleTag rule={m.requiredWithdrawal.rule} />
        </div>
      )}
    </span>
  );
}

function Warnings({
  c,
  write,
  onWithdraw,
  onFill,
  onChair,
}: {
  c: CommitteeAnswer;
  write: boolean;
  onWithdraw: (m: Member) => void;
  onFill: (v: { memberId: string; name: string }) => void;
  onChair: () => void;
}) {
  const { checks } = c;
  const next = checks.next;
  const isPhone = useIsPhone();
  const any =
    checks.withdrawals.length +
      checks.sizeViolations.length +
      checks.vacancies.length +
      checks.advisories.length >
      0 ||
    checks.chairVacant !== null ||
    c.changedSincePublished;
  if (!any) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {checks.withdrawals.map((w) => {
        const member = c.members.find((m) => m.id === w.memberId);
        const act =
          write && member ? (
            <Button danger type="primary" size="small" onClick={() => onWithdraw(member)}>
              {next ? `退出并由${next.name}递补` : '办理退出'}
            </Button>
          ) : null;
        return (
          <Alert
            key={w.memberId ?? w.name}
            type="error"
            showIcon
            banner
            title={<b>{w.name}应当退出村民选举委员会</b>}
            description={
              <>
                {w.reason}
                <RuleTag rule={w.rule} />
                {next ? (
                  <div>
                    按原推选结果应由 {next.name}（第 {next.seq} 位）递补（C2-3）。
                  </div>
                ) : (
                  <div>原推选结果中已无可递补的人员，退出后须另行推选（C2-3）。</div>
                )}
                {isPhone && act && <div style={{ marginTop: 8 }}>{act}</div>}
              </>
            }
            action={isPhone ? undefined : act}
          />
        );
      })}
      {checks.sizeViolations.map((v) => (
        <Alert key={v.reason} type="error" showIcon title={v.reason} action={<RuleTag rule={v.rule} />} />
      ))}
      {checks.chairVacant && (
        <Alert
          type="warning"
          showIcon
          title={checks.chairVacant.reason}
          action={
            write ? (
              <Button size="small" onClick={onChair}>
                推选主任
              </Button>
            ) : undefined
          }
        />
      )}
      {checks.vacancies.map((v) => (
        <Alert
          key={v.memberId}
          type="warning"
          showIcon
          title={`${v.name}退出后的空缺尚未递补`}
          description={
            next
              ? `按原推选结果应由 ${next.name} 递补（C2-3）`
              : '原推选结果中已无可递补的人员，请另行推选（C2-3）'
          }
          action={
            write && next ? (
              <Button size="small" onClick={() => onFill(v)}>
                由{next.name}递补
              </Button>
            ) : undefined
          }
        />
      ))}
      {checks.advisories.map((a) => (
        <Alert key={a.reason} type="info" showIcon title={a.reason} action={<Tag>规则 {a.rule}</Tag>} />
      ))}
      {c.changedSincePublished && (
        <Alert type="warning" showIcon title="成员名单在上次公布后有变动，请重新公布并张贴公告（C2-4）" />
      )}
    </Space>
  );
}

export function ElectionCommitteePage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const committee = useCommittee(ref);
  const [selecting, setSelecting] = useState<'original' | 'reselection' | null>(null);
  const [withdrawing, setWithdrawing] = useState<Member | null>(null);
  const [filling, setFilling] = useState<{ memberId: string; name: string } | null>(null);
  const [choosingChair, setChoosingChair] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const write = may(user, 'preparation.decide');

  if (committee.error) return <QueryError error={committee.error} onRetry={() => committee.refetch()} />;
  if (!committee.data) return <Skeleton active />;
  const c = committee.data;
  const { rules } = c;
  const canCorrect =
    !c.members.some((m) => m.status === 'withdrawn') && !c.meetings.some((m) => m.kind === 'reselection');

  const rulesCard = (
    <Card size="small" title="规则集的要求">
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        <li>
          成员人数{sizeText(rules.size)}
          {rules.oddPreferred.value ? '，以奇数为宜' : ''} <Tag>规则 {rules.size.rule}</Tag>
        </li>
        <li>
          由村民会议、村民代表会议或各村民小组会议推选，设主任1名 <Tag>规则 C2-1</Tag>
        </li>
        <li>
          成员被提名为候选人的应当退出
          {rules.recusal.selfNominees ? '；自荐人也应当退出' : ''}
          {rules.recusal.relatives.length > 0
            ? `；候选人、自荐人的${rules.recusal.relatives.join('、')}应当退出`
            : ''}{' '}
          <Tag>规则 {rules.recusal.rule}</Tag>
        </li>
        <li>
          所缺名额按原推选结果依次递补，也可以另行推选 <Tag>规则 C2-3</Tag>
        </li>
        {rules.kinAdvisory.relations.length > 0 && (
          <li>
            近亲属不宜同时担任成员 <Tag>规则 {rules.kinAdvisory.rule}</Tag>
          </li>
        )}
      </ul>
    </Card>
  );

  if (!c.checks.recorded) {
    return (
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Empty
              description={
                <>
                  尚未记录村民选举委员会
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                    召开会议推选后，在此按推选结果的顺序记录主任、委员和候补人员。
                  </Typography.Paragraph>
                </>
              }
            >
              {write && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setSelecting('original')}>
                  记录推选结果
                </Button>
              )}
            </Empty>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {rulesCard}
        </Col>
        {selecting && (
          <SelectionModal village={ref} committee={c} kind={selecting} onClose={() => setSelecting(null)} />
        )}
      </Row>
    );
  }

  const columns: TableColumnsType<Member> = [
    { title: '序号', dataIndex: 'seq', width: 56, align: 'center', responsive: ['sm'] },
    {
      title: '姓名',
      dataIndex: 'name',
      className: 'nowrap',
      render: (name: string, m) => (
        <>
          <Typography.Text delete={m.status === 'withdrawn'}>
            {isPhone ? `${m.seq}. ${name}` : name}
          </Typography.Text>
          {isPhone && <div style={{ color: '#8c8c8c', fontSize: 12 }}>{m.groupName}</div>}
        </>
      ),
    },
    {
      title: '职务',
      key: 'role',
      className: 'nowrap',
      render: (_: unknown, m) => {
        const label = roleLabel(m);
        return <Tag color={m.requiredWithdrawal ? 'red' : (ROLE_COLORS[label] ?? 'default')}>{label}</Tag>;
      },
    },
    { title: '性别', dataIndex: 'sex', responsive: ['md'], render: (s: string) => sexLabels[s] ?? s },
    { title: '村民小组', dataIndex: 'groupName', responsive: ['md'] },
    { title: '得票', dataIndex: 'votes', responsive: ['lg'], render: (v: number | null) => v ?? '—' },
    {
      title: '情况',
      key: 'state',
      render: (_: unknown, m) => <StateCell m={m} next={c.checks.next?.memberId === m.id} />,
    },
    ...(write
      ? [
          {
            title: '操作',
            key: 'actions',
            className: 'nowrap',
            render: (_: unknown, m: Member) =>
              m.status === 'serving' ? (
                <Button
                  type="link"
                  size="small"
                  danger={Boolean(m.requiredWithdrawal)}
                  onClick={() => setWithdrawing(m)}
                >
                  退出
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const latest = c.publications[0];
  return (
    <>
      <Warnings
        c={c}
        write={write}
        onWithdraw={setWithdrawing}
        onFill={setFilling}
        onChair={() => setChoosingChair(true)}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Tag color={c.checks.sizeViolations.length ? 'red' : 'green'}>
            现任 {c.checks.serving} 人（{sizeText(rules.size)}）
          </Tag>
          {latest ? (
            <Tag color={c.changedSincePublished ? 'orange' : 'green'}>{latest.publishedOn} 已公布</Tag>
          ) : (
            <Tag>尚未公布</Tag>
          )}
        </Space>
        <Space wrap>
          {write && canCorrect && (
            <Button icon={<EditOutlined />} onClick={() => setSelecting('original')}>
              更正推选结果
            </Button>
          )}
          {write && (
            <Button icon={<UserSwitchOutlined />} onClick={() => setSelecting('reselection')}>
              另行推选
            </Button>
          )}
          {write && (
            <Button icon={<NotificationOutlined />} onClick={() => setPublishing(true)}>
              公布名单
            </Button>
          )}
          <Button
            type="primary"
            icon={<FileTextOutlined />}
            href={committeePdf(roundId, code)}
            target="_blank"
          >
            打印公告
          </Button>
        </Space>
      </Flex>
      <Card
        size="small"
        title="成员和候补（按推选结果顺序）"
        styles={{ body: { padding: 0 } }}
        style={{ marginBottom: 16 }}
      >
        <Table<Member>
          rowKey="id"
          size="middle"
          dataSource={c.members}
          columns={columns}
          pagination={false}
          onRow={(m) => ({ style: m.requiredWithdrawal ? { background: '#fff1f0' } : undefined })}
          scroll={isPhone ? undefined : { x: 'max-content' }}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="推选会议">
            {c.meetings.map((m) => (
              <Descriptions
                key={m.id}
                size="small"
                column={1}
                style={{ marginBottom: 8 }}
                title={m.kind === 'original' ? '原推选' : '另行推选'}
                items={[
                  { key: 'body', label: '会议', children: m.bodyTitle },
                  { key: 'on', label: '日期', children: m.heldOn },
                  { key: 'ref', label: '会议记录', children: m.minutesRef ?? '—' },
                  ...(m.note ? [{ key: 'note', label: '备注', children: m.note }] : []),
                ]}
              />
            ))}
          </Card>
          <Card size="small" title="公布记录" style={{ marginTop: 16 }}>
            <List
              size="small"
              dataSource={c.publications}
              locale={{ emptyText: '尚未公布。名单无问题后点击“公布名单”，再打印公告张贴并报乡镇备案。' }}
              renderItem={(p) => (
                <List.Item>
                  {p.publishedOn}：{p.members.map((m) => (m.chair ? `${m.name}（主任）` : m.name)).join('、')}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {rulesCard}
        </Col>
      </Row>
      {selecting && (
        <SelectionModal village={ref} committee={c} kind={selecting} onClose={() => setSelecting(null)} />
      )}
      {withdrawing && (
        <WithdrawModal
          village={ref}
          committee={c}
          member={withdrawing}
          onClose={() => setWithdrawing(null)}
        />
      )}
      {filling && (
        <FillModal village={ref} committee={c} vacancy={filling} onClose={() => setFilling(null)} />
      )}
      {choosingChair && <ChairModal village={ref} committee={c} onClose={() => setChoosingChair(false)} />}
      {publishing && <PublishModal village={ref} onClose={() => setPublishing(false)} />}
    </>
  );
}
