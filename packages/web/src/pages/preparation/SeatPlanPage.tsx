import {
  CheckOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  InputNumber,
  Radio,
  Row,
  Skeleton,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api.js';
import { QueryError } from '../../components/QueryError.js';
import { StatusTag } from '../../components/StatusTag.js';
import { DecideModal, ReopenModal } from '../../components/seats/DecideModals.js';
import {
  modeLabels,
  type NominationMode,
  OFFICE_ORDER,
  type OfficeId,
  officeLabels,
  type SeatPlanAnswer,
  type SeatPlanDraft,
  seatPlanApi,
  statusTags,
  when,
} from '../../components/seats/model.js';
import { ReviewList } from '../../components/seats/ReviewList.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRoundVillage } from '../../hooks/useRegistration.js';
import { SEAT_PLAN_KEY, useSeatPlan, useSeatPlanCheck } from '../../hooks/useSeatPlan.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

/** The value after it has stopped changing for `ms` (the live check is not sent on every keystroke). */
function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const seatsOf = (d: SeatPlanDraft, id: OfficeId) => d.offices.find((o) => o.id === id)?.seats ?? 0;

function withSeats(d: SeatPlanDraft, id: OfficeId, seats: number): SeatPlanDraft {
  const others = d.offices.filter((o) => o.id !== id);
  return {
    ...d,
    offices: OFFICE_ORDER.flatMap((o) => (o === id ? [{ id, seats }] : others.filter((x) => x.id === o))),
  };
}

/** The offices and seats, the nomination mode and the 一肩挑 intent, editable or read-only. */
function PlanForm({
  data,
  draft,
  editable,
  onChange,
}: {
  data: SeatPlanAnswer;
  draft: SeatPlanDraft;
  editable: boolean;
  onChange: (d: SeatPlanDraft) => void;
}) {
  const { rules } = data;
  const reserved = rules.womenRule.value === 'reserved-office';
  const women = seatsOf(draft, 'women') > 0;
  const total = draft.offices.reduce((n, o) => n + o.seats, 0);
  const shown = OFFICE_ORDER.filter((id) => id !== 'women' || reserved || women);
  return (
    <>
      {shown.map((id) => (
        <Flex key={id} align="center" gap={12} style={{ marginBottom: 10 }}>
          <Typography.Text style={{ width: 72 }}>{officeLabels[id]}</Typography.Text>
          <InputNumber
            aria-label={`${officeLabels[id]}职数`}
            min={0}
            max={7}
            value={seatsOf(draft, id)}
            disabled={!editable}
            onChange={(v) => onChange(withSeats(draft, id, v ?? 0))}
            style={{ width: 90 }}
            suffix="名"
          />
          {id === 'women' && reserved && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              选票单列妇女委员职位（{rules.womenRule.rule}）
            </Typography.Text>
          )}
        </Flex>
      ))}
      {!reserved && (
        <Flex align="center" gap={8} style={{ marginBottom: 10 }}>
          <Switch
            aria-label="单列妇女委员职位"
            size="small"
            checked={women}
            disabled={!editable}
            onChange={(on) => onChange(withSeats(draft, 'women', on ? 1 : 0))}
          />
          <Typography.Text type="secondary">
            单列妇女委员职位（本规则集不强制，须保证有妇女成员，{rules.womanMemberRequired.rule}）
          </Typography.Text>
        </Flex>
      )}
      <Typography.Paragraph strong style={{ marginTop: 4 }}>
        合计 {total} 名（本规则集：{rules.size.min}至{rules.size.max ?? '—'}名，{rules.size.rule}）
      </Typography.Paragraph>
      <Typography.Text strong>选举方式</Typography.Text>
      <Radio.Group
        style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '6px 0 12px' }}
        value={draft.nominationMode}
        disabled={!editable}
        onChange={(e) => onChange({ ...draft, nominationMode: e.target.value as NominationMode })}
        options={(['direct', 'self'] as const).map((m) => ({
          value: m,
          label: rules.modes[m] ? modeLabels[m] : `${modeLabels[m]}（本规则集不实行，${rules.modes.rule}）`,
          disabled: !rules.modes[m] && draft.nominationMode !== m,
        }))}
      />
      <Flex align="center" gap={8}>
        <Switch
          aria-label="一肩挑"
          size="small"
          checked={draft.oneShoulderIntent}
          disabled={!editable}
          onChange={(on) => onChange({ ...draft, oneShoulderIntent: on })}
        />
        <Typography.Text>拟“一肩挑”（村党组织书记通过法定程序担任村民委员会主任）</Typography.Text>
      </Flex>
    </>
  );
}

export function SeatPlanPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const { village } = useRoundVillage(ref);
  const plan = useSeatPlan(ref);
  const [draft, setDraft] = useState<SeatPlanDraft | null>(null);
  const [deciding, setDeciding] = useState<'approve' | 'return' | null>(null);
  const [reopening, setReopening] = useState(false);
  const data = plan.data;
  const status = data?.plan?.status ?? null;
  const editable =
    may(user, 'preparation.decide') && (status === null || status === 'draft' || status === 'returned');
  const township = may(user, 'preparation.approve');
  // The form starts from the saved plan (or the proposal) and is reset whenever the server's changes.
  const serverDraft = data?.draft ?? null;
  const serverKey = JSON.stringify([serverDraft, data?.plan?.updatedAt]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the server's plan changes
  useEffect(() => setDraft(serverDraft), [serverKey]);
  const settled = useSettled(draft);
  const live = useSeatPlanCheck(ref, editable ? settled : null);
  const base = seatPlanApi(roundId, code);

  const save = useWriteMutation({
    mutationFn: (d: SeatPlanDraft) => api.put(base, d),
    invalidates: [[SEAT_PLAN_KEY]],
    success: '职数方案已保存',
  });
  const submit = useWriteMutation({
    mutationFn: async (d: SeatPlanDraft) => {
      await api.put(base, d);
      return api.post(`${base}/submit`);
    },
    invalidates: [[SEAT_PLAN_KEY]],
    success: '已报乡镇审核',
  });

  if (plan.error) return <QueryError error={plan.error} onRetry={() => plan.refetch()} />;
  if (!data || !draft) return <Skeleton active />;
  const review = editable ? (live.data ?? data.review) : data.review;
  const villageName = village?.name ?? code;

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <StatusTag tag={statusTags[status ?? 'none']} />
          <Typography.Text type="secondary">{data.ruleset.title}</Typography.Text>
        </Space>
        <Space wrap>
          {editable && (
            <>
              <Button icon={<SaveOutlined />} loading={save.isPending} onClick={() => save.mutate(draft)}>
                保存草稿
              </Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={submit.isPending}
                disabled={review.violations.length > 0}
                onClick={() => submit.mutate(draft)}
              >
                报乡镇审核
              </Button>
            </>
          )}
          {township && status === 'submitted' && (
            <>
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setDeciding('approve')}>
                审核同意
              </Button>
              <Button danger icon={<RollbackOutlined />} onClick={() => setDeciding('return')}>
                退回
              </Button>
            </>
          )}
          {township && status === 'approved' && (
            <Button icon={<UnlockOutlined />} onClick={() => setReopening(true)}>
              重新打开
            </Button>
          )}
        </Space>
      </Flex>
      {status === null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="本村尚未制定职数方案"
          description={
            editable
              ? '下面是按规则集给出的建议方案：按本村规模调整主任、副主任、委员的职数，选择选举方式，保存后报乡镇审核。提名、选票和投票安排都以审核同意的方案为准。'
              : '待村选举委员会制定并报乡镇审核。'
          }
        />
      )}
      {status === 'returned' && data.plan?.reviewNote && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="乡镇退回了职数方案，请按意见修改后重新报送"
          description={`${data.plan.decidedOn ?? ''} 意见：${data.plan.reviewNote}`}
        />
      )}
      {status === 'submitted' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`已于 ${when(data.plan?.submittedAt ?? null)} 报乡镇审核，等待审核`}
        />
      )}
      {status === 'approved' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`乡镇已于 ${data.plan?.decidedOn ?? ''} 审核同意`}
          description={
            data.plan?.reviewNote ? `意见：${data.plan.reviewNote}` : '提名、选票和投票安排以此方案为准。'
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="职位和职数">
            <PlanForm data={data} draft={draft} editable={editable} onChange={setDraft} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title="规则检查"
            extra={
              review.violations.length === 0 ? (
                <Tag color="green">通过</Tag>
              ) : (
                <Tag color="red">{review.violations.length} 项不符合</Tag>
              )
            }
          >
            <ReviewList review={review} />
          </Card>
        </Col>
      </Row>
      {deciding && (
        <DecideModal
          village={ref}
          villageName={villageName}
          action={deciding}
          onClose={() => setDeciding(null)}
        />
      )}
      {reopening && <ReopenModal village={ref} onClose={() => setReopening(false)} />}
    </>
  );
}
