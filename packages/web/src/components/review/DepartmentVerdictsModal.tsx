import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { isoDay } from '../registration/model.js';
import { type Department, type Reviewee, reviewApi } from './model.js';
import { VERDICT_INVALIDATES } from './VerdictModal.js';

interface Values {
  nomineeIds: string[];
  note?: string;
  decidedOn: Dayjs;
}

/**
 * One department's reply entered at once: the department's letter says the nominees it lists meet the
 * conditions, and each of them gets that department's 通过 (the same verdict a cell records, one per
 * nominee, audited one by one). A nominee the department does not pass is left unticked and recorded
 * through its cell, with the condition item (D-9).
 */
export function DepartmentVerdictsModal({
  village,
  nominees,
  departments,
  onClose,
}: {
  village: VillageRef;
  nominees: Reviewee[];
  departments: Department[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const waitingOn = (d: string) =>
    nominees.filter((n) => n.reviewStatus === 'pending' && n.waitingOn.includes(d));
  const [departmentId, setDepartmentId] = useState(
    () => departments.find((d) => waitingOn(d.id).length > 0)?.id ?? departments[0]?.id ?? '',
  );
  const department = departments.find((d) => d.id === departmentId);
  const waiting = waitingOn(departmentId);
  const ticked = Form.useWatch('nomineeIds', form) ?? [];

  const save = useWriteMutation({
    mutationFn: async (v: Values) => {
      const body = {
        verdict: 'pass',
        ...(v.note?.trim() && { note: v.note.trim() }),
        decidedOn: isoDay(v.decidedOn),
      };
      // One verdict per nominee, in turn: each is the same write (and audit entry) as a cell's.
      for (const id of v.nomineeIds)
        await api.put(`${reviewApi(village.roundId, village.code)}/${id}/verdicts/${departmentId}`, body);
      return v.nomineeIds.length;
    },
    invalidates: VERDICT_INVALIDATES,
    success: `${department?.name ?? ''}联审意见已录入`,
    onSuccess: onClose,
  });

  return (
    <Modal
      title="录入一个部门的联审意见"
      open
      okText={`${ticked.length} 人通过`}
      okButtonProps={{ disabled: ticked.length === 0 }}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => save.mutate(v)}
        initialValues={{ nomineeIds: waiting.map((n) => n.id), decidedOn: dayjs() }}
        style={{ marginTop: 16 }}
      >
        <Form.Item label="联审部门">
          <Select
            aria-label="联审部门"
            value={departmentId}
            onChange={(d: string) => {
              setDepartmentId(d);
              form.setFieldValue(
                'nomineeIds',
                waitingOn(d).map((n) => n.id),
              );
            }}
            options={departments.map((d) => ({
              value: d.id,
              label: `${d.name}（待审 ${waitingOn(d.id).length} 人）`,
            }))}
          />
        </Form.Item>
        {waiting.length === 0 ? (
          <Alert type="success" showIcon title={`${department?.name ?? ''}已无待审人员`} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
              勾选该部门审查通过的人员。不通过的请取消勾选，在表格中逐人录入不符合的条件（D-9）。
            </Typography.Paragraph>
            <Form.Item
              name="nomineeIds"
              label="审查通过"
              rules={[{ required: true, message: '请勾选审查通过的人员' }]}
            >
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={waiting.map((n) => ({ value: n.id, label: `${n.name}（${n.officeTitle}）` }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 字' }]}>
          <Input.TextArea rows={2} placeholder="可不填，如部门复函文号" />
        </Form.Item>
        <Form.Item name="decidedOn" label="部门意见日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
