/**
 * The columns of the household-register sheet (issue 4 item 1), in template order. The
 * template, the importer and the rejected-rows sheet all read this one list.
 */
export type ColumnKey =
  | 'name'
  | 'sex'
  | 'idNumber'
  | 'birthDate'
  | 'householdNo'
  | 'relationToHead'
  | 'groupName'
  | 'hukou'
  | 'residence'
  | 'awayTo'
  | 'phone'
  | 'ethnicity'
  | 'politicalStatus'
  | 'education'
  | 'note';

export interface Column {
  key: ColumnKey;
  header: string;
  /** always required; 出生日期 is required only when there is no ID number (checked separately) */
  required: boolean;
  /** the only accepted values, when the column is a choice */
  allowed?: readonly string[];
  maxLength: number;
  help: string;
}

export const SEX_VALUES = ['男', '女'] as const;
export const HUKOU_VALUES = ['户籍在本村', '户籍不在本村'] as const;
export const RESIDENCE_VALUES = ['在本村居住', '外出'] as const;

export const COLUMNS: readonly Column[] = [
  { key: 'name', header: '姓名', required: true, maxLength: 40, help: '与户口簿一致' },
  {
    key: 'sex',
    header: '性别',
    required: true,
    allowed: SEX_VALUES,
    maxLength: 1,
    help: '填“男”或“女”，须与身份证号码一致',
  },
  {
    key: 'idNumber',
    header: '公民身份号码',
    required: false,
    maxLength: 18,
    help: '18位，末位可为X；请将单元格设为文本格式。无身份证号码的可不填，但须填出生日期',
  },
  {
    key: 'birthDate',
    header: '出生日期',
    required: false,
    maxLength: 10,
    help: '无身份证号码时必填，格式 YYYY-MM-DD（以户籍登记为准）；填写身份证号码的可不填，填写的须与号码一致',
  },
  {
    key: 'householdNo',
    header: '户号',
    required: true,
    maxLength: 40,
    help: '户口簿上的户号，同一户填相同户号',
  },
  {
    key: 'relationToHead',
    header: '与户主关系',
    required: false,
    maxLength: 20,
    help: '如：户主、配偶、子、女、父、母、孙子',
  },
  { key: 'groupName', header: '村民小组', required: true, maxLength: 40, help: '如：第一村民小组' },
  {
    key: 'hukou',
    header: '户籍状态',
    required: true,
    allowed: HUKOU_VALUES,
    maxLength: 10,
    help: '填“户籍在本村”或“户籍不在本村”',
  },
  {
    key: 'residence',
    header: '居住状态',
    required: true,
    allowed: RESIDENCE_VALUES,
    maxLength: 10,
    help: '填“在本村居住”或“外出”',
  },
  {
    key: 'awayTo',
    header: '外出去向',
    required: false,
    maxLength: 100,
    help: '外出的，填写去向（如：杭州市西湖区）',
  },
  {
    key: 'phone',
    header: '联系电话',
    required: false,
    maxLength: 30,
    help: '手机或固定电话，只能含数字、“-”和空格',
  },
  { key: 'ethnicity', header: '民族', required: false, maxLength: 20, help: '如：汉族、畲族' },
  {
    key: 'politicalStatus',
    header: '政治面貌',
    required: false,
    maxLength: 20,
    help: '如：中共党员、共青团员、群众',
  },
  {
    key: 'education',
    header: '文化程度',
    required: false,
    maxLength: 20,
    help: '如：小学、初中、高中、大专、本科',
  },
  { key: 'note', header: '备注', required: false, maxLength: 200, help: '其他需要说明的情况' },
];

/** The column appended to the rejected-rows sheet. */
export const REASON_HEADER = '错误原因';

/** A data row as read from the sheet: the text of each known column, and its 1-based row number. */
export interface SheetRow {
  row: number;
  cells: string[];
}
