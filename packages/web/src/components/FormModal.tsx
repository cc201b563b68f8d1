import type { FormInstance } from 'antd';
import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> {
  title: string;
  okText?: string;
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (values: T) => void;
  initialValues?: Partial<T>;
  form?: FormInstance<T>;
  children: ReactNode;
}

/** A modal holding one vertical form; the form is rebuilt each time it opens so old input never lingers. */
export function FormModal<T extends object>(props: Props<T>) {
  const [ownForm] = Form.useForm<T>();
  const form = props.form ?? ownForm;
  return (
    <Modal
      title={props.title}
      open={props.open}
      okText={props.okText ?? '确定'}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<T>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={props.initialValues}
        onFinish={props.onSubmit}
        style={{ marginTop: 16 }}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
