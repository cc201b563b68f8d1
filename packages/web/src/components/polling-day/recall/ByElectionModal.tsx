// 开始补选: the meeting that holds it (with its quorum as information, H-7), the day, how boxes are
// counted, and per vacant office the seats filled now and the candidates the committee names.
import { DatePicker, Form, InputNumber, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { FormModal } from '../../FormModal.js';
import { isoDay } from '../../registration/model.js';
import {
  byElectionApi,
  COUNT_MODE_OPTIONS,
  MEETING_TITLES,
  type Meeting,
  type RecallAnswer,
} from './model.js';
import { RECALL_KEY } from './useRecall.js';
import { VoterMultiSelect } from './VoterMultiSelect.js';

interface Values {
  meeting: Meeting;
  pollingDate: Dayjs;
  countMode: 'ballots' | 'sheets';
  seats: Record<string, number>;
  candidates: Record<string, string[]>;
}

export function ByElectionModal({
  village,
  answer,
  onClose,
}: {
  village: VillageRef;
  answer: RecallAnswer;
  onClose: () => void;
}) {
  const plan = answer.byElection;
  const vacant = plan.vacancies.filter((v) => v.vacant > 0);
  const serving = new Set(answer.members.filter((m) => m.status === 'serving').map((m) => m.voterId));
  const [form] = Form.useForm<Values>();
  const meeting = Form.useWatch('meeting', form) ?? 'villagers-meeting';
  const open = useWriteMutation({
    mutationFn: (v: Values) =>
      api.post(byElectionApi(village.roundId, village.code), {
        meeting: v.meeting,
        pollingDate: isoDay(v.pollingDate),
        countMode: v.countMode,
        offices: vacant
          .filter((o) => (v.seats?.[o.office] ?? 0) > 0)
          .map((o) => ({ id: o.office, seats: v.seats[o.office] })),
        candidates: vacant
          .filter((o) => (v.seats?.[o.office] ?? 0) > 0)
          .flatMap((o) => (v.candidates?.[o.office] ?? []).map((voterId) => ({ voterId, office: o.office }))),
      }),
    invalidates: [[RECALL_KEY], ['votes']],
    success: '补选已开始：请在“签到发票”页发放选票',
    onSuccess: onClose,
  });
  const quorum = plan.quorum[meeting];
  return (
    <FormModal<Values>
      title="开始补选"
      okText="开始补选"
      open
      busy={open.isPending}
      form={form}
      onCancel={onClose}
      onSubmit={(v) => open.mutate(v)}
      initialValues={{
        meeting: 'villagers-meeting',
        pollingDate: dayjs(),
        countMode: 'ballots',
        seats: Object.fromEntries(vacant.map((o) => [o.office, o.vacant])),
      }}
    >
      <Form.Item name="meeting" label="补选会议" rules={[{ required: true }]}>
        <Radio.Group
          options={(Object.keys(MEETING_TITLES) as Meeting[]).map((m) => ({
            value: m,
            label: MEETING_TITLES[m],
            disabled: m === 'representatives-meeting' && plan.representatives === 0,
          }))}
        />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -12 }}>
        {quorum.text}（{quorum.formula.replace('*', ' × ')}，{quorum.rule}）。
      </Typography.Paragraph>
      <Form.Item name="pollingDate" label="投票日期" rules={[{ required: true, message: '请选择投票日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="countMode" label="计票方式" rules={[{ required: true }]}>
        <Radio.Group options={COUNT_MODE_OPTIONS} />
      </Form.Item>
      {vacant.map((o) => (
        <div key={o.office}>
          <Form.Item
            name={['seats', o.office]}
            label={`${o.title}补选名额（出缺 ${o.vacant} 名，0 为本次不补选）`}
          >
            <InputNumber min={0} max={o.vacant} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name={['candidates', o.office]}
            label={`${o.title}候选人${o.womenOnly ? '（须为女性）' : ''}`}
          >
            <VoterMultiSelect village={village} exclude={serving} ariaLabel={`${o.title}候选人`} />
          </Form.Item>
        </div>
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        补选程序参照选举的规定办理，按另行选举计票：以得票多的当选，但不少于法定票数；在任成员计入亲属回避和妇女成员的审查。补选产生的成员任期到本届村民委员会任期届满时止（H-6）。
      </Typography.Paragraph>
    </FormModal>
  );
}
