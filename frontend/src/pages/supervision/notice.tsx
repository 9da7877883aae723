import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Input, Modal, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import type { NoticeFormat, SupervisionJob, SupervisionJobRequest } from '../../api/types';
import { JOB_STATUS_LABELS } from '../../locales/supervision';
import { labelOf } from '../../locales/zh-CN';
import { jobText, progressStatus, saveJobFile, useSupervisionJob } from './jobs';

/** The progress of a supervision job: percent, current step, or why it failed. */
export function JobProgress({ job }: { job: SupervisionJob }) {
  const failed = job.status === 'FAILED';
  return (
    <div data-testid="job-progress" aria-live="polite">
      <Progress percent={job.progress} status={progressStatus(job)} />
      <Typography.Text type={failed ? 'danger' : 'secondary'}>
        {failed
          ? `${labelOf(JOB_STATUS_LABELS, job.status)}：${job.errorDetail ?? job.errorCode ?? '未知原因'}`
          : job.step}
      </Typography.Text>
    </div>
  );
}

const ACTIONS: { format: NoticeFormat; label: string; icon: typeof EyeOutlined }[] = [
  { format: 'HTML', label: '预览', icon: EyeOutlined },
  { format: 'PDF', label: '下载 PDF', icon: DownloadOutlined },
  { format: 'DOCX', label: '下载 Word（可编辑）', icon: DownloadOutlined },
  { format: 'XLSX', label: '下载 Excel', icon: DownloadOutlined },
];

/**
 * 通报 (Art 32, 33): renders the notice as a job and previews it (HTML in a sandboxed frame: no
 * scripts, no same origin) or downloads it (PDF, Word, Excel) once the job has succeeded. The
 * PDF and Word files are laid out as an official document (GB/T 9704) under the 发文字号 given.
 */
export function NoticeActions({
  title,
  request,
}: {
  title: string;
  request: Omit<SupervisionJobRequest, 'format' | 'documentNumber'>;
}) {
  const [format, setFormat] = useState<NoticeFormat>();
  const [documentNumber, setDocumentNumber] = useState('');
  const [preview, setPreview] = useState<string>();
  const deliver = useMutation({
    mutationFn: async (job: SupervisionJob) => {
      if (format === 'HTML') setPreview(await jobText(job));
      else await saveJobFile(job, format ?? 'PDF');
    },
  });
  const { mutate } = deliver;
  const jobs = useSupervisionJob(mutate);

  return (
    <Card size="small" title={`通报：${title}`}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input
          aria-label="发文字号"
          addonBefore="发文字号"
          placeholder="如 通政办〔2026〕12号；不填则留空待填"
          maxLength={40}
          showCount
          value={documentNumber}
          onChange={(e) => setDocumentNumber(e.target.value)}
          style={{ maxWidth: 480 }}
        />
        <Space wrap>
          {ACTIONS.map((action) => (
            <Button
              key={action.format}
              icon={<action.icon />}
              disabled={jobs.running || deliver.isPending}
              loading={format === action.format && (jobs.running || deliver.isPending)}
              onClick={() => {
                setFormat(action.format);
                jobs.start({
                  ...request,
                  format: action.format,
                  documentNumber: documentNumber.trim() || undefined,
                });
              }}
            >
              {action.label}
            </Button>
          ))}
        </Space>
        {jobs.job && <JobProgress job={jobs.job} />}
      </Space>
      <Modal
        open={preview !== undefined}
        title={`预览：${title}`}
        footer={null}
        width={900}
        onCancel={() => setPreview(undefined)}
        destroyOnHidden
      >
        <iframe
          title={`${title}预览`}
          sandbox=""
          srcDoc={preview}
          style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }}
        />
      </Modal>
    </Card>
  );
}
