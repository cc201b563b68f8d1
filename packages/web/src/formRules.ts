// Form rules shared by the modal forms; the server validates again and names the field.
import type { FormRule as Rule } from 'antd';

export const required = (field: string): Rule => ({
  required: true,
  whitespace: true,
  message: `请填写${field}`,
});

export const villageCodeRules: Rule[] = [
  required('区划代码'),
  { pattern: /^\d{12}$/, message: '区划代码应为 12 位数字' },
];

export const reasonRules: Rule[] = [required('调整原因'), { max: 500, message: '调整原因不能超过 500 字' }];

export const nameRules = (field: string): Rule[] => [
  required(field),
  { max: 40, message: `${field}不能超过 40 字` },
];
