import type { FormRule } from 'antd';

/** A first check in the browser; the server applies the same policy and has the last word. */
export function passwordRules(field: string): FormRule[] {
  return [
    { required: true, message: `请填写${field}` },
    { min: 8, message: `${field}至少 8 位` },
    { max: 128, message: `${field}不能超过 128 位` },
    {
      pattern: /^(?=.*[A-Za-z])(?=.*\d).*$/,
      message: `${field}须同时包含字母和数字`,
    },
  ];
}
