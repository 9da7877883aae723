import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TitleField } from '../../components/fields';
import type { IncidentDetail, IncidentGrade, IncidentKind } from '../../api/types';
import { FormModal } from '../../components/kit';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { INCIDENT_GRADE_LABELS, INCIDENT_KIND_LABELS } from '../../locales/incident';
import { optionsOf } from '../../locales/zh-CN';
import { incidentKeys, recordIncident } from './queries';

interface RecordValues {
  hostOrganizationId: number;
  kind: IncidentKind;
  grade: IncidentGrade;
  title: string;
  description: string;
  discoveredAt: Dayjs;
}

/** 登记事件: the grade sets the deadlines; the person on duty at the unit is named on it. */
export function RecordDialog({
  onClose,
  onRecorded,
}: {
  onClose: () => void;
  onRecorded: (id: number) => void;
}) {
  return (
    <FormModal<RecordValues, IncidentDetail>
      title="登记事件"
      name="incident"
      width={640}
      initialValues={{ discoveredAt: dayjs(), grade: 'GENERAL' }}
      success="事件已登记"
      invalidates={[incidentKeys.all]}
      submit={({ discoveredAt, ...incident }) =>
        recordIncident({ ...incident, discoveredAt: discoveredAt.toISOString() })
      }
      onSuccess={(detail) => onRecorded(detail.incident.id)}
      onClose={onClose}
    >
      <Form.Item
        name="hostOrganizationId"
        label="发生单位"
        rules={[{ required: true, message: '请选择单位' }]}
      >
        <OrganizationTreeSelect aria-label="发生单位" placeholder="选择单位" />
      </Form.Item>
      <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
        <Select aria-label="事件类型" options={optionsOf(INCIDENT_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="grade" label="级别" rules={[{ required: true, message: '请选择级别' }]}>
        <Select aria-label="事件级别" options={optionsOf(INCIDENT_GRADE_LABELS)} />
      </Form.Item>
      <TitleField />
      <Form.Item
        name="description"
        label="情况"
        rules={[{ required: true, message: '请填写事件情况' }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item
        name="discoveredAt"
        label="发现时间"
        rules={[{ required: true, message: '请选择发现时间' }]}
      >
        <DatePicker
          showTime
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
    </FormModal>
  );
}
