import { Alert, Card, Space, Typography } from 'antd';
import type { TicketVersion } from '../../../api/types';
import { formatTime } from '../../../utils/dates';
import { FindingList } from './findings';
import { PersonName } from '../../../components/PersonName';

/**
 * 提交时的自动检查: what the check found when the latest submitted version went into review, and who confirmed its
 * warnings, so reviewers and signers judge with the same findings the author saw.
 */
export function SubmittedCheck({ versions }: { versions: readonly TicketVersion[] }) {
  const checked = [...versions].reverse().find((version) => version.checkedAt);
  if (!checked) return null;
  const findings = checked.checkFindings ?? [];
  const warnings = findings.filter((finding) => finding.severity === 'WARNING').length;
  return (
    <Card title={`提交时的自动检查（第 ${checked.number} 版）`} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {checked.warningsConfirmedBy && (
          <Alert
            type="warning"
            showIcon
            title={
              <>
                作者 <PersonName username={checked.warningsConfirmedBy} /> 于{' '}
                {formatTime(checked.warningsConfirmedAt)} 确认了 {warnings} 个提示后提交
              </>
            }
          />
        )}
        <FindingList findings={findings} />
        <Typography.Text type="secondary">
          检查时间：{formatTime(checked.checkedAt)}
        </Typography.Text>
      </Space>
    </Card>
  );
}
