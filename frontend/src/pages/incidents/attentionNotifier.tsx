import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { Incident } from '../../api/types';
import { INCIDENT_ALERT_LABELS } from '../../locales/incident';

/**
 * Tells whoever is signed in (in practice the person on duty, Art 29.2) of each incident that newly
 * passes a deadline or waits for their acknowledgement, once per incident and alert, with a link to it.
 */
export function AttentionNotifier({ overdue }: { overdue: Incident[] | undefined }) {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const told = useRef(new Set<string>());

  useEffect(() => {
    for (const incident of overdue ?? []) {
      const fresh = incident.alerts.filter((alert) => !told.current.has(`${incident.id}:${alert}`));
      if (fresh.length === 0) continue;
      fresh.forEach((alert) => told.current.add(`${incident.id}:${alert}`));
      notification.warning({
        title: `事件提醒：${incident.title}`,
        description: `${incident.hostOrganizationName} · ${fresh.map((a) => INCIDENT_ALERT_LABELS[a]).join('、')}`,
        duration: 0,
        onClick: () => void navigate(`/incidents/${incident.id}`),
      });
    }
  }, [overdue, notification, navigate]);

  return null;
}
