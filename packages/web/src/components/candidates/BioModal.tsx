import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Flex, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import {
  CANDIDATE_INVALIDATES,
  type Candidate,
  candidatesApi,
  EDUCATIONS,
  POLITICAL_STATUSES,
} from './model.js';

interface Values {
  education?: string;
  politicalStatus?: string;
  currentPost?: string;
  experience?: { from?: Dayjs; to?: Dayjs | null; what?: string }[];
  plans?: string;
  photoNote?: string;
}

const ym = (d: Dayjs) => d.format('YYYY-MM');

/** The one-page introduction (简历) printed for each candidate: what the form fills in. */
export function BioModal({
  village,
  candidate,
  onClose,
}: {
  village: VillageRef;
  candidate: Candidate;
  onClose: () => void;
}) {
  const isPhone = useIsPhone();
  const b = candidate.bio;
  const save = useWriteMutation({
    mutationFn: (v: Values) =>
      api.put(`${candidatesApi(village.roundId, village.code)}/${candidate.id}/bio`, {
        education: v.education ?? '',
        politicalStatus: v.politicalStatus ?? '',
        currentPost: v.currentPost ?? '',
        plans: v.plans ?? '',
        photoNote: v.photoNote ?? '',
        experience: (v.experience ?? [])
          .filter((e) => e.from && e.what?.trim())
          .map((e) => ({
            from: ym(e.from as Dayjs),
            to: e.to ? ym(e.to) : null,
            what: (e.what ?? '').trim(),
          })),
      }),
    invalidates: CANDIDATE_INVALIDATES,
    success: `${candidate.name}的简历已保存`,
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title={`${candidate.name}（${candidate.officeTitle}候选人）简历`}
      okText="保存"
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{
        education: b.education,
        politicalStatus: b.politicalStatus,
        currentPost: b.currentPost,
        plans: b.plans,
        photoNote: b.photoNote,
        experience: (b.experience ?? []).map((e) => ({
          from: dayjs(`${e.from}-01`),
          to: e.to ? dayjs(`${e.to}-01`) : null,
          what: e.what,
        })),
      }}
    >
      <Typography.Paragraph type="secondary">
        {candidate.sex === 'M' ? '男' : '女'}，{candidate.birthDate?.slice(0, 7) ?? '出生日期不详'}出生，
        {candidate.groupName ?? ''}。性别、出生年月取自选民登记；文化程度、政治面貌未填时取登记册中的记录。
      </Typography.Paragraph>
      <Flex gap={12} vertical={isPhone}>
        <Form.Item name="education" label="文化程度" style={{ flex: 1 }}>
          <AutoComplete options={EDUCATIONS.map((value) => ({ value }))} placeholder="如高中" />
        </Form.Item>
        <Form.Item name="politicalStatus" label="政治面貌" style={{ flex: 1 }}>
          <AutoComplete options={POLITICAL_STATUSES.map((value) => ({ value }))} placeholder="如中共党员" />
        </Form.Item>
      </Flex>
      <Form.Item name="currentPost" label="现任职务" rules={[{ max: 60, message: '不超过 60 字' }]}>
        <Input placeholder="如村经济合作社社员、某合作社负责人；无则留空" />
      </Form.Item>
      <Typography.Text>主要经历</Typography.Text>
      <Form.List name="experience">
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={6} align="start" wrap={isPhone}>
                <Form.Item name={[f.name, 'from']} rules={[{ required: true, message: '起始年月' }]}>
                  <DatePicker
                    picker="month"
                    placeholder="起"
                    aria-label={`经历${i + 1}起始年月`}
                    style={{ width: 110 }}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'to']}>
                  <DatePicker
                    picker="month"
                    placeholder="至今"
                    aria-label={`经历${i + 1}终止年月`}
                    style={{ width: 110 }}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'what']}
                  rules={[{ required: true, whitespace: true, message: '经历内容' }]}
                  style={{ flex: 1, minWidth: 160 }}
                >
                  <Input placeholder="在何处任何职、做何事" aria-label={`经历${i + 1}内容`} maxLength={80} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label="删除该行"
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add()}
              block
              disabled={fields.length >= 12}
              style={{ marginBottom: 16 }}
            >
              增加一行经历
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item name="plans" label="履职设想" rules={[{ max: 800, message: '不超过 800 字' }]}>
        <Input.TextArea rows={4} placeholder="当选后打算为村里做哪些事（见面会上介绍）" />
      </Form.Item>
      <Form.Item name="photoNote" label="照片说明" rules={[{ max: 40, message: '不超过 40 字' }]}>
        <Input placeholder="照片另贴；可注明如“照片由本人提供”" />
      </Form.Item>
    </FormModal>
  );
}
