import { Alert, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Incident, IncidentDetail, IncidentEvent, IncidentEventKind } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { BackTitle } from '../../components/BackTitle';
import {
  ACCOUNTABILITY_MEASURE_LABELS,
  FORWARD_TARGET_LABELS,
  INCIDENT_GRADE_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  INCIDENT_STEP_LABELS,
} from '../../locales/incident';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { AccountabilityDialog } from './accountabilityDialog';
import { useIncident } from './queries';
import { StepDialog } from './stepDialog';
import { AlertTags, GradeTag } from './tags';
import { PersonName } from '../../components/PersonName';

/** The steps the incident's state allows now, in the order they usually come. */
function nextSteps(incident: Incident, canAcknowledge: boolean): IncidentEventKind[] {
  if (incident.status === 'CLOSED') return [];
  const steps: IncidentEventKind[] = [];
  if (incident.status === 'OPEN') steps.push('ESCALATED');
  if (incident.status === 'ESCALATED' && !incident.acknowledgedAt && canAcknowledge)
    steps.push('ACKNOWLEDGED');
  if (incident.kind === 'HARMFUL_CONTENT' && !incident.takenDownAt) steps.push('TAKEN_DOWN');
  steps.push('GRADED', 'FORWARDED', 'TICKET_LINKED', 'PROGRESS', 'CLOSED');
  return steps;
}

function eventText(event: IncidentEvent): string {
  const parts = [
    event.grade && event.kind === 'GRADED' ? `调整为${INCIDENT_GRADE_LABELS[event.grade]}` : '',
    event.forwardedTo
      ? `转交${FORWARD_TARGET_LABELS[event.forwardedTo]}（回执 ${event.receiptNo}）`
      : '',
    event.ticketId ? `审核工单 #${event.ticketId}` : '',
    event.notifiedPerson ? `已通知值班人员 ${event.notifiedPerson}` : '',
    event.onTime === false ? '超过时限' : event.onTime ? '在时限内' : '',
    event.note ?? '',
  ];
  return parts.filter(Boolean).join('；');
}

function Details({ incident: i }: { incident: Incident }) {
  return (
    <Descriptions column={{ xs: 1, lg: 2 }} size="small" data-testid="incident-details">
      <Descriptions.Item label="单位">{i.hostOrganizationName}</Descriptions.Item>
      <Descriptions.Item label="类型">{labelOf(INCIDENT_KIND_LABELS, i.kind)}</Descriptions.Item>
      <Descriptions.Item label="级别">
        <GradeTag grade={i.grade} />
        {i.securityVeto && <Tag color="red">安全事件否决</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="状态">
        {labelOf(INCIDENT_STATUS_LABELS, i.status)} <AlertTags incident={i} />
      </Descriptions.Item>
      <Descriptions.Item label="发现时间">{formatTime(i.discoveredAt)}</Descriptions.Item>
      <Descriptions.Item label="报告时限">{formatTime(i.reportDueAt)}</Descriptions.Item>
      {i.responseDueAt && (
        <Descriptions.Item label="首次回应时限">{formatTime(i.responseDueAt)}</Descriptions.Item>
      )}
      {i.nextUpdateDueAt && (
        <Descriptions.Item label="下次滚动发布">{formatTime(i.nextUpdateDueAt)}</Descriptions.Item>
      )}
      {i.takedownDueAt && (
        <Descriptions.Item label="删除时限">
          {formatTime(i.takedownDueAt)}
          {i.takenDownAt && `（已于 ${formatTime(i.takenDownAt)} 删除）`}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="报告至">
        {i.escalatedToOrganizationName ?? '—'}
        {i.acknowledgedAt && (
          <>
            （<PersonName username={i.acknowledgedBy} /> 于 {formatTime(i.acknowledgedAt)} 签收）
          </>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="值班人员">{i.dutyPerson ?? '当时无人值班'}</Descriptions.Item>
      <Descriptions.Item label="登记人">
        <PersonName username={i.createdBy} />
      </Descriptions.Item>
      <Descriptions.Item label="情况" span={{ xs: 1, lg: 2 }}>
        {i.description}
      </Descriptions.Item>
      {i.cause && (
        <Descriptions.Item label="原因与措施" span={{ xs: 1, lg: 2 }}>
          {i.cause}；{i.measuresTaken}
          {i.unfounded && '（经核实不属实）'}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function Related({ detail }: { detail: IncidentDetail }) {
  return (
    <>
      <Card title="回应稿件与滚动发布" size="small">
        <Table
          rowKey="ticketId"
          size="small"
          pagination={false}
          aria-label="回应稿件"
          dataSource={detail.tickets}
          locale={{ emptyText: '尚未关联回应稿件' }}
          columns={[
            {
              title: '稿件',
              dataIndex: 'title',
              render: (title: string, row) => <Link to={`/reviews/${row.ticketId}`}>{title}</Link>,
            },
            { title: '状态', dataIndex: 'status' },
            { title: '发布时间', dataIndex: 'publishedAt', render: (v?: string) => formatTime(v) },
          ]}
        />
      </Card>
      <Card title="问责" size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          aria-label="问责记录"
          dataSource={detail.accountability}
          locale={{ emptyText: '暂无问责记录' }}
          columns={[
            { title: '对象', dataIndex: 'subjectName' },
            { title: '单位', dataIndex: 'organizationName' },
            {
              title: '措施',
              dataIndex: 'measure',
              render: (v: string) => labelOf(ACCOUNTABILITY_MEASURE_LABELS, v),
            },
            { title: '决定日期', dataIndex: 'decidedOn' },
            { title: '依据', dataIndex: 'basis' },
          ]}
        />
      </Card>
    </>
  );
}

/** 事件详情 (/incidents/:id): deadlines, the timeline and the next steps, response posts, accountability. */
export function IncidentShow() {
  const id = Number(useParams().id);
  const { access } = useCurrentUser();
  const detail = useIncident(id);
  const [step, setStep] = useState<IncidentEventKind>();
  const [accounting, setAccounting] = useState(false);

  if (detail.isLoading) return <Skeleton active />;
  if (!detail.data) return <Alert type="error" title="事件加载失败" />;
  const { incident, timeline } = detail.data;
  const steps = access.canManageIncidents ? nextSteps(incident, access.canAccountability) : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<BackTitle to="/incidents">{incident.title}</BackTitle>}
        extra={
          access.canAccountability && <Button onClick={() => setAccounting(true)}>记录问责</Button>
        }
      >
        <Details incident={incident} />
        {steps.length > 0 && (
          <Space wrap style={{ marginTop: 16 }} aria-label="处置操作">
            {steps.map((kind) => (
              <Button
                key={kind}
                type={kind === steps[0] ? 'primary' : 'default'}
                onClick={() => setStep(kind)}
              >
                {INCIDENT_STEP_LABELS[kind]}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Card title="时间线" size="small">
        <Timeline
          aria-label="时间线"
          items={timeline.map((event) => ({
            key: event.id,
            color: event.onTime === false ? 'red' : event.kind === 'CLOSED' ? 'green' : 'blue',
            children: (
              <>
                <strong>{INCIDENT_STEP_LABELS[event.kind]}</strong> · {formatTime(event.occurredAt)}{' '}
                · <PersonName username={event.recordedBy} />
                <div>{eventText(event)}</div>
              </>
            ),
          }))}
        />
      </Card>
      <Related detail={detail.data} />
      {step && <StepDialog incident={incident} kind={step} onClose={() => setStep(undefined)} />}
      {accounting && (
        <AccountabilityDialog
          incidentId={incident.id}
          organizationId={incident.hostOrganizationId}
          onClose={() => setAccounting(false)}
        />
      )}
    </Space>
  );
}
