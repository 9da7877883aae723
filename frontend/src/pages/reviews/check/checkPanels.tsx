import { Alert, Button, Space, Typography } from 'antd';
import type { ContentCheckResult, ContentFinding } from '../../../api/types';
import type { SubmitProblem } from './problems';
import { FindingList, HighlightedBody } from './findings';

/** Why 提交审核 was refused: blockers to fix, or warnings that can be acknowledged and resubmitted. */
export function SubmitProblemAlert({
  problem,
  acknowledging,
  onAcknowledge,
}: {
  problem: SubmitProblem;
  acknowledging: boolean;
  onAcknowledge: () => void;
}) {
  return (
    <Alert
      data-testid="submit-problem"
      type={problem.warnings ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      title={problem.detail}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problem.messages.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {problem.warnings && (
            <Button danger loading={acknowledging} onClick={onAcknowledge}>
              确认提示并提交
            </Button>
          )}
        </Space>
      }
    />
  );
}

/** The automatic check's result: counts, findings and the body with the findings highlighted. */
export function CheckSummary({
  check,
  findings,
  body,
  html = false,
}: {
  check: ContentCheckResult | undefined;
  findings: ContentFinding[];
  body: string;
  html?: boolean;
}) {
  if (!check) {
    return (
      <Typography.Text type="secondary">
        点击“检查”对标题和正文做自动检查（禁用词、敏感词、个人信息、转载来源等）
      </Typography.Text>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {check.sensitiveTopic && (
        <Alert type="warning" showIcon title="涉及敏感话题，已按重大敏感分级" />
      )}
      <Typography.Text type="secondary">
        共 {findings.length} 个问题：{check.blockers} 个必须修改，{check.warnings} 个需确认
      </Typography.Text>
      <FindingList findings={findings} />
      <Typography.Text strong>正文预览</Typography.Text>
      <HighlightedBody body={body} findings={findings} html={html} />
    </Space>
  );
}
