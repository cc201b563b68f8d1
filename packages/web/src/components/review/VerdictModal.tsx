import { Alert, Button, DatePicker, Descriptions, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, request } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { REVIEW_KEY } from '../../hooks/useReview.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { isoDay } from '../registration/model.js';
import { type ConditionList, conditionOptions, type Department, type Reviewee, reviewApi } from './model.js';

interface Values {
  verdict: 'pass' | 'fail';
  conditionItemId?: string;
  note?: string;
  decidedOn: Dayjs;
}

/** What a verdict changes besides the review: the slate (nomination) and the candidate list. */
export const VERDICT_INVALIDATES = [[REVIEW_KEY], ['candidates'], ['nomination'], ['registration']];

/**
 * Records one department's verdict on one nominee, on the department's behalf: 通过, or 不通过 with the
 * condition item failed and the circumstances. A verdict already given is shown and can be changed
 * or withdrawn while the nominee has not failed.
 */
export function VerdictModal({
  village,
  nominee,
  department,
  lists,
  onClose,
}: {
  village: VillageRef;
  nominee: Reviewee;
  department: Department;
  lists: ConditionList[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const verdict = Form.useWatch('verdict', form);
  const given = nominee.verdicts[department.id];
  const final = nominee.reviewStatus === 'failed';
  const path = `${reviewApi(village.roundId, village.code)}/${nominee.id}/verdicts/${department.id}`;

  const save = useWriteMutation({
    mutationFn: (v: Values) =>
      api.put<{ nominee: { reviewStatus: string } }>(path, {
        verdict: v.verdict,
        ...(v.verdict === 'fail' && { conditionItemId: v.conditionItemId }),
        ...(v.note?.trim() && { note: v.note.trim() }),
        decidedOn: isoDay(v.decidedOn),
      }),
    invalidates: VERDICT_INVALIDATES,
    success: '联审意见已录入',
    onSuccess: onClose,
  });
  const withdraw = useWriteMutation({
    mutationFn: () => request('DELETE', path),
    invalidates: VERDICT_INVALIDATES,
    success: '已撤回该部门的意见',
    onSuccess: onClose,
  });

  return (
    <Modal
      title={`${department.name}联审意见 · ${nominee.name}（${nominee.officeTitle}）`}
      open
      okText="保存"
      onOk={() => form.submit()}
      okButtonProps={{ disabled: final }}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {given && !final && (
            <Button danger loading={withdraw.isPending} onClick={() => withdraw.mutate(undefined)}>
              撤回意见
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      {given && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }} bordered>
          <Descriptions.Item label="已录入">
            {given.verdict === 'pass' ? '通过' : `不通过：${given.conditionText ?? ''}`}
          </Descriptions.Item>
          {given.note && <Descriptions.Item label="说明">{given.note}</Descriptions.Item>}
          <Descriptions.Item label="录入">
            {given.recordedByName}，{dayjs(given.recordedAt).format('YYYY-MM-DD HH:mm')}（部门意见日期{' '}
            {given.decidedOn}）
          </Descriptions.Item>
        </Descriptions>
      )}
      {final ? (
        <Alert type="warning" showIcon title="该人员已联审不通过，已按得票依次递补，意见不能再更改（D-9）" />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) => save.mutate(v)}
          initialValues={{
            verdict: given?.verdict ?? 'pass',
            conditionItemId: given?.conditionItemId ?? undefined,
            note: given?.note ?? undefined,
            decidedOn: dayjs(),
          }}
        >
          <Form.Item name="verdict" label="意见">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'pass', label: '通过' },
                { value: 'fail', label: '不通过' },
              ]}
            />
          </Form.Item>
          {verdict === 'fail' && (
            <>
              <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
                不符合资格条件的，不能确定为候选人；一个部门不通过即为联审不通过，并按得票依次递补（D-9）。
              </Typography.Paragraph>
              <Form.Item
                name="conditionItemId"
                label="不符合的条件"
                rules={[{ required: true, message: '请选择不符合的资格条件' }]}
              >
                <Select
                  options={conditionOptions(lists)}
                  placeholder="选择条件清单中的条目"
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </>
          )}
          <Form.Item
            name="note"
            label="说明"
            rules={[
              { required: verdict === 'fail', whitespace: true, message: '不通过时请写明具体情况' },
              { max: 500, message: '说明不超过 500 字' },
            ]}
          >
            <Input.TextArea
              rows={3}
              placeholder={verdict === 'fail' ? '具体情况，如判决文书、处理决定' : '可不填'}
            />
          </Form.Item>
          <Form.Item
            name="decidedOn"
            label="部门意见日期"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
