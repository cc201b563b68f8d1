import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { villageKey } from '../../hooks/useNomination.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay } from '../registration/model.js';
import { type ListedPerson, nominationApi, type RankingLine, type Ready } from './model.js';
import { PersonPick } from './PersonPick.js';

interface Base {
  village: VillageRef;
  state: Ready;
  onClose: () => void;
}

const dateRule = (label: string) => [{ required: true, message: `请选择${label}` }];

/** D-5: count the ballots (refused by the server when half of the voters or fewer took part). */
export function CountModal({ village, state, onClose }: Base) {
  const count = useWriteMutation({
    mutationFn: (v: { countedOn: Dayjs }) =>
      api.post(`${nominationApi(village.roundId, village.code)}/count`, { countedOn: isoDay(v.countedOn) }),
    invalidates: [villageKey(village)],
    success: '已统计提名结果，按得票多少确定了正式候选人',
    onSuccess: onClose,
  });
  const { voters, ballots, needed } = state.turnout;
  return (
    <FormModal<{ countedOn: Dayjs }>
      title="统计提名结果"
      okText="统计"
      open
      busy={count.isPending}
      onCancel={onClose}
      onSubmit={(v) => count.mutate(v)}
      initialValues={{ countedOn: dayjs() }}
    >
      <Typography.Paragraph>
        选民名单 {voters} 人，已收提名票 {ballots} 张。须过半数选民参加投票提名（至少 {needed} 张，规则{' '}
        {state.turnout.rule}
        ）。统计后按得票多少排名，按各职位应选名额加差额确定正式候选人；统计后不能再录入提名票。
      </Typography.Paragraph>
      {ballots < needed && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`参加人数未过半数，还差 ${needed - ballots} 张`}
        />
      )}
      <Form.Item name="countedOn" label="计票日期" rules={dateRule('计票日期')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** Undo the count to correct the ballots (only while nothing is built on it). */
export function ReopenModal({ village, onClose }: Omit<Base, 'state'>) {
  const reopen = useWriteMutation({
    mutationFn: (v: { reason: string }) =>
      api.post(`${nominationApi(village.roundId, village.code)}/reopen`, v),
    invalidates: [villageKey(village)],
    success: '已撤销计票，可以更正提名票后重新统计',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ reason: string }>
      title="撤销计票"
      okText="撤销计票"
      open
      busy={reopen.isPending}
      onCancel={onClose}
      onSubmit={(v) => reopen.mutate(v)}
    >
      <Typography.Paragraph type="secondary">
        只在尚无联审结论、无人退出、正式候选人名单尚未公布时可以撤销。撤销后排名和正式候选人清空，更正提名票后重新统计。
      </Typography.Paragraph>
      <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请写明撤销计票的原因' }]}>
        <Input.TextArea rows={2} maxLength={500} placeholder="如：漏录第二村民小组提名票 3 张" />
      </Form.Item>
    </FormModal>
  );
}

/** D-6: the election committee fixes each office's margin within the rule set's range. */
export function MarginsModal({ village, state, onClose }: Base) {
  const save = useWriteMutation({
    mutationFn: (v: { margins: Record<string, number> }) =>
      api.put(`${nominationApi(village.roundId, village.code)}/margins`, v),
    invalidates: [villageKey(village)],
    success: '已确定差额',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ margins: Record<string, number> }>
      title="确定正式候选人差额"
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ margins: Object.fromEntries(state.offices.map((o) => [o.id, o.margin.chosen])) }}
    >
      <Typography.Paragraph type="secondary">
        正式候选人人数 = 应选名额 + 差额。差额由村民选举委员会在规则集允许的范围内确定。
      </Typography.Paragraph>
      {state.offices.map((o) => (
        <Form.Item
          key={o.id}
          name={['margins', o.id]}
          label={
            <span>
              {o.title}（应选 {o.seats} 人）差额：多 {o.margin.min}
              {o.margin.max === null
                ? ' 人以上'
                : o.margin.max === o.margin.min
                  ? ' 人'
                  : ` 至 ${o.margin.max} 人`}
              <Tag style={{ marginInlineStart: 6 }}>规则 {o.margin.rule}</Tag>
            </span>
          }
          rules={[{ required: true, message: '请填写差额' }]}
        >
          <InputNumber
            min={o.margin.min}
            max={o.margin.max ?? 20}
            precision={0}
            addonBefore="多"
            addonAfter="人"
          />
        </Form.Item>
      ))}
    </FormModal>
  );
}

/** D-5: a person nominated for two or more offices confirms one in writing. */
export function ConfirmOfficeModal({
  village,
  person,
  onClose,
}: Omit<Base, 'state'> & { person: Ready['multiOffice'][number] }) {
  const confirm = useWriteMutation({
    mutationFn: (v: { office: string; confirmedOn: Dayjs }) =>
      api.post(`${nominationApi(village.roundId, village.code)}/confirm-office`, {
        voterId: person.voterId,
        office: v.office,
        confirmedOn: isoDay(v.confirmedOn),
      }),
    invalidates: [villageKey(village)],
    success: `已登记${person.name}的书面确认`,
    onSuccess: onClose,
  });
  return (
    <FormModal<{ office: string; confirmedOn: Dayjs }>
      title={`${person.name}书面确认参选职位`}
      open
      busy={confirm.isPending}
      onCancel={onClose}
      onSubmit={(v) => confirm.mutate(v)}
      initialValues={{ confirmedOn: dayjs() }}
    >
      <Typography.Paragraph type="secondary">
        同一选民被同时提名为两项以上职务的候选人，本人应当书面确认作为其中一项职务的候选人（D-5）；其余职务的提名视为放弃，该职位由得票次多者依次递补。
      </Typography.Paragraph>
      <Form.Item
        name="office"
        label="本人确认的职位"
        rules={[{ required: true, message: '请选择本人确认的职位' }]}
      >
        <Radio.Group
          options={person.offices.map((o) => ({
            value: o.office,
            label: `${o.title}（${o.votes ?? 0} 票，第 ${o.rank ?? '—'} 名）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="confirmedOn" label="书面确认日期" rules={dateRule('书面确认日期')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** B-5: a candidate withdraws in writing by the deadline; the next in the ranking moves up. */
export function WithdrawModal({
  village,
  state,
  line,
  office,
  onClose,
}: Base & { line: RankingLine; office: Ready['offices'][number] }) {
  const withdraw = useWriteMutation({
    mutationFn: (v: { reason: string; withdrawnOn: Dayjs }) =>
      api.post<{ backfilled: { name: string }[] }>(
        `${nominationApi(village.roundId, village.code)}/nominees/${line.nomineeId}/withdraw`,
        { reason: v.reason, withdrawnOn: isoDay(v.withdrawnOn) },
      ),
    invalidates: [villageKey(village)],
    success: `已办理${line.name}退出`,
    onSuccess: onClose,
  });
  const next =
    state.plan.nominationMode === 'direct'
      ? office.ranking.find((l) => l.status === 'not-selected' && l.reviewStatus !== 'failed')
      : undefined;
  const due = state.withdrawalDue;
  return (
    <FormModal<{ reason: string; withdrawnOn: Dayjs }>
      title={`${line.name}退出${office.title}候选`}
      okText="办理退出"
      open
      busy={withdraw.isPending}
      onCancel={onClose}
      onSubmit={(v) => withdraw.mutate(v)}
      initialValues={{ withdrawnOn: dayjs() }}
    >
      {due?.due ? (
        <Alert
          type={state.today > due.due ? 'error' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`应在${due.basis}（${due.due}）前以书面形式提出${state.today > due.due ? '，已过期限，系统将不予办理' : ''}`}
          action={<Tag>规则 {due.rule}</Tag>}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="本规则集未规定退出期限；请收取本人书面申请"
        />
      )}
      {state.plan.nominationMode === 'direct' && (
        <Typography.Paragraph>
          {next
            ? `退出后按得票多少依次补足：由 ${next.name}（${next.votes ?? 0} 票）递补（B-5）。`
            : '排名中已无可递补的人员，退出后该职位候选人可能不足差额要求（D-2）。'}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="reason"
        label="书面退出申请（摘要）"
        rules={[{ required: true, message: '请填写书面退出申请的内容' }]}
      >
        <Input.TextArea rows={2} maxLength={500} placeholder="如：本人因外出务工，书面申请不接受提名" />
      </Form.Item>
      <Form.Item name="withdrawnOn" label="提出日期" rules={dateRule('提出日期')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** D-8/B-6: a self-nomination for one office, in person, by the deadline. */
export function SelfNominationModal({
  village,
  state,
  people,
  onClose,
}: Base & { people: readonly ListedPerson[] }) {
  const [form] = Form.useForm<{ voterId: string; office: string; appliedOn: Dayjs }>();
  const office = Form.useWatch('office', form);
  const women = state.plan.offices.find((o) => o.id === office)?.womenOnly ?? false;
  const apply = useWriteMutation({
    mutationFn: (v: { voterId: string; office: string; appliedOn: Dayjs }) =>
      api.post(`${nominationApi(village.roundId, village.code)}/self-nominees`, {
        voterId: v.voterId,
        office: v.office,
        appliedOn: isoDay(v.appliedOn),
      }),
    invalidates: [villageKey(village)],
    success: '已登记自荐报名',
    onSuccess: onClose,
  });
  const due = state.selfNominationDue;
  const already = new Set(
    state.offices.flatMap((o) =>
      o.ranking.filter((l) => l.status !== 'withdrawn' && l.status !== 'declined').map((l) => l.voterId),
    ),
  );
  return (
    <FormModal<{ voterId: string; office: string; appliedOn: Dayjs }>
      title="登记自荐报名"
      okText="登记"
      open
      form={form}
      busy={apply.isPending}
      onCancel={onClose}
      onSubmit={(v) => apply.mutate(v)}
      initialValues={{ appliedOn: dayjs() }}
    >
      {due && (
        <Alert
          type={state.today > (due.due ?? '') ? 'error' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`报名截止：${due.due}（${due.basis}）${state.today > (due.due ?? '') ? '，已过截止日，系统将不予受理' : ''}`}
          description="本人报名，只能报名参选一个职位，不得委托他人代为报名。"
          action={<Tag>规则 {due.rule}</Tag>}
        />
      )}
      <Form.Item name="office" label="自荐职位" rules={[{ required: true, message: '请选择自荐职位' }]}>
        <Select
          options={state.plan.offices.map((o) => ({
            value: o.id,
            label: `${o.title}（应选 ${o.seats} 人）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="voterId" label="自荐人" rules={[{ required: true, message: '请选择自荐人' }]}>
        <PersonPick
          people={people}
          ariaLabel="自荐人"
          disabledReason={(p) => (already.has(p.id) ? '已报名' : women && p.sex !== 'F' ? '只限女性' : null)}
        />
      </Form.Item>
      <Form.Item name="appliedOn" label="报名日期" rules={dateRule('报名日期')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** B-6: publish the self-nominee list (stroke order) — completes the schedule step. */
export function PublishSelfListModal({ village, state, onClose }: Base) {
  const publish = useWriteMutation({
    mutationFn: (v: { publishedOn: Dayjs }) =>
      api.post(`${nominationApi(village.roundId, village.code)}/self-list/publish`, {
        publishedOn: isoDay(v.publishedOn),
      }),
    invalidates: [villageKey(village)],
    success: '已公布自荐人名单',
    onSuccess: onClose,
  });
  const due = state.selfListDue;
  return (
    <FormModal<{ publishedOn: Dayjs }>
      title="公布自荐人名单"
      okText="公布"
      open
      busy={publish.isPending}
      onCancel={onClose}
      onSubmit={(v) => publish.mutate(v)}
      initialValues={{ publishedOn: dayjs() }}
    >
      <Typography.Paragraph>
        经资格联审的自荐人按姓名笔画为序张榜公布
        {due ? `，应在${due.basis}（${due.due}）前公布（${due.rule}）` : ''}
        。请先打印名单张贴，再登记公布日期。
      </Typography.Paragraph>
      <Form.Item name="publishedOn" label="公布日期" rules={dateRule('公布日期')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
