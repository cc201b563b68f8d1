import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Progress,
  Result,
  Row,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ImportProgress } from '../../components/registration/ImportProgress.js';
import { canRegister, type Voter, villageApi, villagePage } from '../../components/registration/model.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { uploadRegister, useImportJob, useVoters } from '../../hooks/useRegistration.js';

const TEMPLATE_COLUMNS =
  '姓名、性别、公民身份号码、出生日期（无身份证号时填写）、户号、与户主关系、村民小组、户籍状态、居住状态、外出去向、联系电话、民族、政治面貌、文化程度、备注';

function RegisteredTwice({ roundId, code }: { roundId: string; code: string }) {
  const twice = useVoters({ roundId, code }, { twice: 'true', page: 1, pageSize: 200 });
  const items = twice.data?.items ?? [];
  if (twice.isPending || items.length === 0) return null;
  return (
    <Card
      size="small"
      title={`重复登记（${twice.data?.total ?? 0} 人也登记在其他村）`}
      style={{ marginTop: 16 }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title="同一公民身份号码已登记在其他村的选民名单上（规则 A-3）。请与对方村核实，由其中一村除名并写明原因。"
      />
      <Table<Voter>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (n: string, v) => <Link to={`${villagePage(roundId, code)}/voters/${v.id}`}>{n}</Link>,
          },
          { title: '公民身份号码', dataIndex: 'idNumber', render: (id: string | null) => id ?? '—' },
          { title: '村民小组', dataIndex: 'groupName' },
        ]}
      />
    </Card>
  );
}

export function ImportPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [commitValid, setCommitValid] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const job = useImportJob(ref, importId);
  const j = job.data;
  const running = uploading || (importId !== null && (!j || j.status === 'running'));
  const finished = j && j.status !== 'running' ? j : null;
  const step = finished ? 2 : running ? 1 : 0;
  const api = villageApi(roundId, code);

  async function start(withValid: boolean) {
    if (!file) return;
    setUploading(true);
    try {
      const { id } = await uploadRegister(ref, file, withValid);
      setImportId(id);
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setUploading(false);
    }
  }

  const committedId = finished?.status === 'committed' ? finished.id : null;
  useEffect(() => {
    if (!committedId) return;
    // the list, the households and the person pages now read differently
    for (const part of ['voters', 'voter', 'households'])
      void queryClient.invalidateQueries({ queryKey: ['registration', roundId, code, part] });
  }, [committedId, queryClient, roundId, code]);

  if (!canRegister(user)) {
    return <Result status="403" title="无权导入" subTitle="观察员只能查看选民名单。" />;
  }

  const fileMessage = finished?.rejections.find((r) => r.row === 0)?.reasons[0];
  const rows = finished?.rejections.filter((r) => r.row > 0) ?? [];

  return (
    <>
      <Steps
        size="small"
        current={step}
        orientation={isPhone ? 'vertical' : 'horizontal'}
        style={{ marginBottom: 16 }}
        items={[{ title: '选择文件' }, { title: '检查并导入' }, { title: '导入结果' }]}
      />
      {step === 0 && (
        <Card size="small">
          <Typography.Paragraph>
            第一步：下载导入模板，按户籍登记簿逐人填写（每人一行）。模板各列：{TEMPLATE_COLUMNS}。
          </Typography.Paragraph>
          <Button
            icon={<DownloadOutlined />}
            href={`/api${api}/voters/template`}
            download="选民登记导入模板.xlsx"
          >
            下载导入模板
          </Button>
          <Typography.Paragraph style={{ marginTop: 16 }}>
            第二步：上传填好的 Excel（.xlsx）或 CSV
            文件。每一行都会检查身份证号（校验码、出生日期）、性别与身份证号是否一致、必填项和文件内重复的身份证号；再次导入同一人时按身份证号更新，不会重复登记。
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖动文件到这里</p>
            <p className="ant-upload-hint">支持 .xlsx 和 .csv，最大 64 MB</p>
          </Upload.Dragger>
          <Checkbox
            checked={commitValid}
            onChange={(e) => setCommitValid(e.target.checked)}
            style={{ marginTop: 12 }}
          >
            有错误的行先跳过，导入其余各行（不勾选时，只要有一行有错就不导入任何数据）
          </Checkbox>
          <div style={{ marginTop: 16 }}>
            <Button type="primary" disabled={!file} loading={uploading} onClick={() => start(commitValid)}>
              开始导入
            </Button>
          </div>
        </Card>
      )}
      {step === 1 && <ImportProgress job={j} fileName={file?.name ?? ''} uploading={uploading} />}
      {finished && (
        <>
          <Card size="small">
            {finished.status === 'committed' ? (
              <Alert
                type={rows.length > 0 ? 'warning' : 'success'}
                showIcon
                title={rows.length > 0 ? `已导入，另有 ${rows.length} 行未通过检查未导入` : '导入完成'}
              />
            ) : (
              <Alert type="error" showIcon title={fileMessage ?? '导入失败，未写入任何数据'} />
            )}
            <Progress
              percent={100}
              status={finished.status === 'committed' ? 'success' : 'exception'}
              style={{ marginTop: 8 }}
            />
            <Row gutter={16} style={{ marginTop: 8 }}>
              <Col xs={12} sm={6}>
                <Statistic title="读取行数" value={finished.rowsTotal} />
              </Col>
              <Col xs={12} sm={6}>
                <Statistic title="新导入" value={finished.imported} />
              </Col>
              <Col xs={12} sm={6}>
                <Statistic title="更新" value={finished.updated} />
              </Col>
              <Col xs={12} sm={6}>
                <Statistic
                  title="未通过"
                  value={finished.rejected}
                  styles={{ content: finished.rejected > 0 ? { color: '#cf1322' } : undefined }}
                />
              </Col>
            </Row>
            <Space wrap style={{ marginTop: 16 }}>
              {rows.length > 0 && (
                <Button
                  icon={<DownloadOutlined />}
                  href={`/api${api}/voters/imports/${finished.id}/rejections`}
                >
                  下载错误行（含错误原因）
                </Button>
              )}
              {finished.status === 'failed' &&
                rows.length > 0 &&
                rows.length < finished.rowsTotal &&
                file && (
                  <Button type="primary" onClick={() => start(true)} loading={uploading}>
                    跳过错误行，导入其余 {finished.rowsTotal - rows.length} 行
                  </Button>
                )}
              <Button
                onClick={() => {
                  setImportId(null);
                  setFile(null);
                }}
              >
                重新选择文件
              </Button>
              <Link to={`${villagePage(roundId, code)}/voters`}>
                <Button>查看选民名单</Button>
              </Link>
            </Space>
          </Card>
          {rows.length > 0 && (
            <Card size="small" title={`未通过检查的行（${rows.length}）`} style={{ marginTop: 16 }}>
              <Table
                rowKey="row"
                size="small"
                dataSource={rows}
                pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 72, render: (r: number) => <Tag>第 {r} 行</Tag> },
                  {
                    title: '错误原因',
                    dataIndex: 'reasons',
                    render: (reasons: string[]) => reasons.join('；'),
                  },
                ]}
              />
            </Card>
          )}
          {finished.status === 'committed' && <RegisteredTwice roundId={roundId} code={code} />}
        </>
      )}
    </>
  );
}
