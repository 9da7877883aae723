import { Space, Tag } from 'antd';
import type { Incident, IncidentGrade } from '../../api/types';
import {
  INCIDENT_ALERT_LABELS,
  INCIDENT_GRADE_COLORS,
  INCIDENT_GRADE_LABELS,
} from '../../locales/incident';

export function GradeTag({ grade }: { grade: IncidentGrade }) {
  return <Tag color={INCIDENT_GRADE_COLORS[grade]}>{INCIDENT_GRADE_LABELS[grade]}</Tag>;
}

/** The deadlines passed now; an awaiting acknowledgement is a wait, not a breach. */
export function AlertTags({ incident }: { incident: Incident }) {
  if (incident.alerts.length === 0) return <>—</>;
  return (
    <Space size={[4, 4]} wrap>
      {incident.alerts.map((alert) => (
        <Tag key={alert} color={alert === 'AWAITING_ACKNOWLEDGEMENT' ? 'gold' : 'red'}>
          {INCIDENT_ALERT_LABELS[alert]}
        </Tag>
      ))}
    </Space>
  );
}
