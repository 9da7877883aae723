import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Collapse, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { saveBlob } from '../../utils/download';
import { useAccountChoices } from '../accounts/queries';
import { IMPORT_COLUMNS, importKindOf, importTemplate, type RowErrorLine } from './importFile';
import { importPublications, publicationKeys, type ImportOutcome } from './queries';

/** 错误报告: every bad row of a refused import (行 / 字段 / 原因). */
export function ImportErrorReport({ detail, rows }: { detail: string; rows: RowErrorLine[] }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="error" showIcon title={detail} data-testid="import-refused" />
      {rows.length > 0 && (
        <Table<RowErrorLine>
          aria-label="错误报告"
          rowKey="key"
          size="small"
          pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          dataSource={rows}
          columns={[
            { title: '行', dataIndex: 'line', width: 70, render: (line?: number) => line ?? '—' },
            { title: '字段', dataIndex: 'column', width: 110 },
            { title: '原因', dataIndex: 'reason' },
          ]}
        />
      )}
    </Space>
  );
}

function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === 'refused')
    return <ImportErrorReport detail={outcome.detail} rows={outcome.rows} />;
  const { rows, imported, duplicates } = outcome.report;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="import-report"
      title="导入完成"
      description={`共 ${rows} 行：新增 ${imported} 条，已登记过的 ${duplicates} 条已跳过`}
    />
  );
}

/** The accounts the caller may import for, with the IDs the file needs. */
function AccountIds() {
  const accounts = useAccountChoices();
  return (
    <Table
      size="small"
      rowKey="id"
      loading={accounts.isLoading}
      pagination={false}
      scroll={{ y: 200 }}
      dataSource={accounts.data ?? []}
      columns={[
        { title: '账号ID', dataIndex: 'id', width: 80 },
        { title: '账号名称', dataIndex: 'name' },
        {
          title: '平台',
          dataIndex: 'platform',
          width: 110,
          render: (value: string) => labelOf(PLATFORM_LABELS, value),
        },
      ]}
    />
  );
}

/** 导入发布记录: pick a .csv or .xlsx file, send it, show the counts or the error report. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [wrongType, setWrongType] = useState(false);
  const mutation = useMutation({
    mutationFn: importPublications,
    onSuccess: async (outcome) => {
      if (outcome.kind === 'imported')
        await queryClient.invalidateQueries({ queryKey: publicationKeys.all });
    },
  });

  return (
    <Modal
      open
      title="导入发布记录"
      width={720}
      okText="导入"
      cancelText="关闭"
      okButtonProps={{ disabled: !file }}
      confirmLoading={mutation.isPending}
      onOk={() => file && mutation.mutate(file)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          支持 UTF-8 编码的 .csv 文件或 Excel .xlsx 文件（第一个工作表）。首行为表头：
          <Typography.Text code>{IMPORT_COLUMNS.join(',')}</Typography.Text>
          ；发布时间如 2026-11-27
          09:30，类型填“原创”或“转载”，转载须填写来源（《办法》第二十一条）。
          有任何一行出错时不导入任何记录；已登记过的链接自动跳过。
          <Button
            type="link"
            icon={<DownloadOutlined />}
            onClick={() =>
              saveBlob(
                new Blob([importTemplate()], { type: 'text/csv;charset=utf-8' }),
                '发布记录导入模板.csv',
              )
            }
          >
            下载模板
          </Button>
        </Typography.Paragraph>
        <Collapse
          size="small"
          items={[{ key: 'ids', label: '账号ID 对照表', children: <AccountIds /> }]}
        />
        <Upload.Dragger
          accept=".csv,.xlsx"
          maxCount={1}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          beforeUpload={(picked) => {
            const accepted = importKindOf(picked) !== undefined;
            setWrongType(!accepted);
            setFile(accepted ? picked : undefined);
            mutation.reset();
            return false;
          }}
          onRemove={() => {
            setFile(undefined);
            mutation.reset();
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入要导入的文件（.csv 或 .xlsx）</p>
        </Upload.Dragger>
        {wrongType && <Alert type="warning" showIcon title="请选择 .csv 或 .xlsx 文件" />}
        {mutation.data && <ImportResult outcome={mutation.data} />}
      </Space>
    </Modal>
  );
}
