import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { VoterSelect } from '../registration/VoterSelect.js';
import {
  BODIES_KEY,
  type Body,
  type BodyMember,
  bodiesApi,
  POST_OPTIONS,
  type RecordedPost,
} from './model.js';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 登记成员: a person from the register and an office of the body. */
export function AddMemberModal({
  village,
  body,
  onClose,
}: {
  village: VillageRef;
  body: Body;
  onClose: () => void;
}) {
  const save = useWriteMutation({
    mutationFn: (v: { voterId: string; office: string; since: Dayjs }) =>
      api.post(`${bodiesApi(village.roundId, village.code)}/${body.electionId}/members`, {
        voterId: v.voterId,
        office: v.office,
        since: day(v.since),
      }),
    invalidates: [[BODIES_KEY]],
    success: `已登记${body.title}成员`,
    onSuccess: onClose,
  });
  return (
    <FormModal<{ voterId: string; office: string; since: Dayjs }>
      title={`登记${body.title}成员`}
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ office: body.offices.at(-1)?.id, since: dayjs() }}
    >
      <Form.Item name="voterId" label="成员" rules={[{ required: true, message: '请选择成员' }]}>
        <VoterSelect village={village} />
      </Form.Item>
      <Form.Item name="office" label="职务" rules={[{ required: true, message: '请选择职务' }]}>
        <Radio.Group options={body.offices.map((o) => ({ value: o.id, label: o.title }))} />
      </Form.Item>
      <Form.Item name="since" label="任职日期" rules={[{ required: true, message: '请选择任职日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** 登记离任: resignation or termination, with the date and the reason. */
export function EndMemberModal({
  village,
  member,
  title,
  onClose,
}: {
  village: VillageRef;
  member: BodyMember;
  title: string;
  onClose: () => void;
}) {
  type V = { status: 'resigned' | 'terminated'; endedOn: Dayjs; reason: string };
  const save = useWriteMutation({
    mutationFn: (v: V) =>
      api.post(
        `${bodiesApi(village.roundId, village.code)}/${member.electionId}/members/${member.voterId}/end`,
        {
          status: v.status,
          endedOn: day(v.endedOn),
          reason: v.reason,
        },
      ),
    invalidates: [[BODIES_KEY]],
    success: '已登记离任',
    onSuccess: onClose,
  });
  return (
    <FormModal<V>
      title={`${member.name}离任（${title}${member.officeTitle}）`}
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ status: 'resigned', endedOn: dayjs() }}
    >
      <Form.Item name="status" label="离任方式">
        <Radio.Group
          options={[
            { value: 'resigned', label: '辞职（H-9）' },
            { value: 'terminated', label: '职务终止（H-4、H-5）' },
          ]}
        />
      </Form.Item>
      <Form.Item name="endedOn" label="离任日期" rules={[{ required: true, message: '请选择离任日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="原因"
        rules={[{ required: true, whitespace: true, message: '请写明原因' }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** 登记村级职务 (J2-3). */
export function AddPostModal({ village, onClose }: { village: VillageRef; onClose: () => void }) {
  type V = { voterId: string; post: RecordedPost };
  const save = useWriteMutation({
    mutationFn: (v: V) => api.post(`${bodiesApi(village.roundId, village.code)}/posts`, v),
    invalidates: [[BODIES_KEY]],
    success: '已登记村级职务',
    onSuccess: onClose,
  });
  return (
    <FormModal<V>
      title="登记村级职务"
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
    >
      <Form.Item name="voterId" label="任职人员" rules={[{ required: true, message: '请选择任职人员' }]}>
        <VoterSelect village={village} />
      </Form.Item>
      <Form.Item name="post" label="职务" rules={[{ required: true, message: '请选择职务' }]}>
        <Select options={POST_OPTIONS} />
      </Form.Item>
    </FormModal>
  );
}
