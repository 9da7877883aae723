import { Empty, Space, Tag, Typography } from 'antd';
import type { ContentFinding } from '../../../api/types';
import { labelOf } from '../../../locales/zh-CN';
import {
  CONTENT_FINDING_TYPE_LABELS,
  SEVERITY_COLORS,
  SEVERITY_LABELS,
} from '../../../locales/review';
import { visibleSegments } from './bodyHtml';
import { segmentsOf } from './highlight';

/** The body, read-only, with every BODY finding wrapped in <mark> (coloured by severity). */
export function HighlightedBody({
  body,
  findings,
  html = false,
}: {
  body: string;
  findings: readonly ContentFinding[];
  /** the body is rich text: shown as its text, tags left out */
  html?: boolean;
}) {
  const segments = segmentsOf(body, findings);
  return (
    <div
      data-testid="body-preview"
      style={{
        whiteSpace: 'pre-wrap',
        padding: 12,
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        background: '#fafafa',
        minHeight: 48,
      }}
    >
      {(html ? visibleSegments(segments) : segments).map((segment, index) =>
        segment.finding ? (
          <mark
            key={index}
            title={segment.finding.message}
            style={{
              background: SEVERITY_BACKGROUNDS[segment.finding.severity],
              padding: 0,
            }}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}

const SEVERITY_BACKGROUNDS: Record<ContentFinding['severity'], string> = {
  BLOCKER: '#ffccc7',
  WARNING: '#ffe7ba',
  INFO: '#bae0ff',
};

/** The findings of the automatic content check. */
export function FindingList({ findings }: { findings: readonly ContentFinding[] }) {
  if (!findings.length)
    return <Empty description="未发现问题" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul data-testid="findings" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {findings.map((finding, index) => (
        <li key={index} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Space orientation="vertical" size={2}>
            <Space wrap>
              <Tag color={SEVERITY_COLORS[finding.severity]}>
                {labelOf(SEVERITY_LABELS, finding.severity)}
              </Tag>
              <Tag>{labelOf(CONTENT_FINDING_TYPE_LABELS, finding.type)}</Tag>
              <span>{finding.message}</span>
            </Space>
            {finding.text && (
              <Typography.Text type="secondary">
                原文：<Typography.Text code>{finding.text}</Typography.Text>
              </Typography.Text>
            )}
            {finding.suggestion && (
              <Typography.Text type="secondary">建议：{finding.suggestion}</Typography.Text>
            )}
          </Space>
        </li>
      ))}
    </ul>
  );
}
