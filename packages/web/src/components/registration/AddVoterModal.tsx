import { AutoComplete, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay, type Voter, villageApi, villagePage } from './model.js';

interface Values {
  name: string;
  sex: 'M' | 'F';
  idNumber?: string;
  birthDate?: Dayjs;
  householdNo: string;
  relationToHead?: string;
  groupName: string;
  hukouInVillage: boolean;
  livesInVillage: boolean;
  awayTo?: string;
  phone?: string;
  note?: string;
}

/** Registers one person by hand (a newcomer, or someone the household register missed). */
export function AddVoterModal({
  village,
  groups,
  onClose,
}: {
  village: VillageRef;
  groups: string[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const create = useWriteMutation({
    mutationFn: ({ birthDate, ...v }: Values) =>
      api.post<Voter>(`${villageApi(village.roundId, village.code)}/voters`, {
        ...v,
        birthDate: birthDate ? isoDay(birthDate) : null,
      }),
    invalidates: [['registration']],
    success: '已登记',
    onSuccess: (v) => {
      onClose();
      navigate(`${villagePage(village.roundId, village.code)}/voters/${v.id}`);
    },
  });
  return (
    <FormModal<Values>
      title="新增登记"
      okText="登记"
      open
      busy={create.isPending}
      onCancel={onClose}
      onSubmit={(v) => create.mutate(v)}
      initialValues={{ sex: 'M', hukouInVillage: true, livesInVillage: true }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="sex" label="性别" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'M', label: '男' },
                { value: 'F', label: '女' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="idNumber" label="公民身份号码">
            <Input maxLength={18} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="birthDate" label="出生日期（无身份证号时必填）">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="householdNo" label="户号" rules={[{ required: true, message: '请填写户号' }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="relationToHead" label="与户主关系">
            <Input maxLength={20} placeholder="如：户主、配偶、子" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="groupName"
            label="村民小组"
            rules={[{ required: true, message: '请填写村民小组' }]}
          >
            <AutoComplete
              options={groups.map((g) => ({ value: g }))}
              placeholder="选择或输入，如：第一村民小组"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="hukouInVillage" label="户籍状态">
            <Radio.Group
              options={[
                { value: true, label: '户籍在本村' },
                { value: false, label: '不在本村' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="livesInVillage" label="居住状态">
            <Radio.Group
              options={[
                { value: true, label: '在本村居住' },
                { value: false, label: '外出' },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label="备注">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
