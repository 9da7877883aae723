import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { todayInShanghai } from '../../utils/dates';
import { JobProgress } from '../supervision/notice';
import { useSupervisionJob } from '../supervision/jobs';
import { supervisionKeys } from '../supervision/keys';
import { QUARTER_PATTERN, quarterOf } from './values';

interface CreateValues {
  quarter: string;
  seed?: number | null;
}

/**
 * 发起本级抽查 (CITY_ADMIN for the city, SUPERVISOR for their county, Art 32.2): draws the quarter's sample as a job (progress shown) and opens the check
 * it created. Without a seed the API draws one, stores it and shows it.
 */
export function SpotCheckCreateDialog({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const jobs = useSupervisionJob((job) => {
    void queryClient.invalidateQueries({ queryKey: supervisionKeys.spotChecks() });
    if (job.spotCheckId) void navigate(`/supervision/spot-checks/${job.spotCheckId}`);
  });
  const failed = jobs.job?.status === 'FAILED';

  return (
    <Modal
      open
      title="发起本级季度抽查"
      okText={failed ? '重新抽样' : '抽样'}
      cancelText="关闭"
      confirmLoading={jobs.running}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="按随机种子对本辖区正常运行账号分层抽样：市级抽查每个县（市、区）及园区至少 1 个，县级抽查每个直属单位至少 1 个，合计不少于 10%。种子保存并公示，同一种子、同一总体样本相同。"
      />
      <Form<CreateValues>
        form={form}
        name="spot-check"
        layout="vertical"
        disabled={jobs.running}
        initialValues={{ quarter: quarterOf(todayInShanghai()) }}
        onFinish={(values) =>
          jobs.start({
            kind: 'SPOT_CHECK_SAMPLE',
            quarter: values.quarter.trim(),
            seed: values.seed ?? undefined,
          })
        }
      >
        <Form.Item
          name="quarter"
          label="季度"
          extra="格式如 2026-Q4；2019 年起、不晚于本季度；本单位每个季度抽查一次"
          rules={[
            { required: true, whitespace: true, message: '请填写季度' },
            { pattern: QUARTER_PATTERN, message: '格式应为 2026-Q4' },
          ]}
        >
          <Input maxLength={7} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="seed" label="随机种子" extra="可不填：由系统随机生成">
          <InputNumber min={0} max={Number.MAX_SAFE_INTEGER} precision={0} style={{ width: 240 }} />
        </Form.Item>
      </Form>
      {jobs.job && <JobProgress job={jobs.job} />}
    </Modal>
  );
}
