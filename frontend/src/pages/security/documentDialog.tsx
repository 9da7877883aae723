import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SecurityDocument, SecurityDocumentKind } from '../../api/types';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { FormModal } from '../../components/kit';
import { optionsOf } from '../../locales/zh-CN';
import { SECURITY_DOCUMENT_KIND_LABELS } from '../../locales/security';
import { toIsoDate } from '../../utils/dates';
import { addSecurityDocument, reviseSecurityDocument, securityKeys } from './queries';

interface DocumentValues {
  organizationId?: number;
  kind?: SecurityDocumentKind;
  title: string;
  versionLabel: string;
  approvedOn: Dayjs;
  nextReviewOn: Dayjs;
}

/** 登记 / 修订 a document: a revision keeps the unit and kind and needs the version read. */
export function DocumentDialog({
  document,
  organizationId,
  onClose,
}: {
  document?: SecurityDocument;
  organizationId?: number;
  onClose: () => void;
}) {
  const initialValues = document
    ? {
        title: document.title,
        versionLabel: document.versionLabel,
        approvedOn: dayjs(document.approvedOn),
        nextReviewOn: dayjs(document.nextReviewOn),
      }
    : { organizationId };
  return (
    <FormModal<DocumentValues>
      title={document ? `修订：${document.title}` : '登记安全管理文件'}
      name="security-document"
      initialValues={initialValues}
      success={document ? '文件已修订' : '文件已登记'}
      invalidates={[securityKeys.all]}
      submit={({ approvedOn, nextReviewOn, ...values }) => {
        const body = {
          ...values,
          approvedOn: toIsoDate(approvedOn)!,
          nextReviewOn: toIsoDate(nextReviewOn)!,
        };
        return document
          ? reviseSecurityDocument(document.id, { ...body, version: document.version })
          : addSecurityDocument(body);
      }}
      onClose={onClose}
    >
      {!document && (
        <>
          <Form.Item
            name="organizationId"
            label="单位"
            rules={[{ required: true, message: '请选择单位' }]}
          >
            <OrganizationTreeSelect aria-label="文件单位" placeholder="选择单位" />
          </Form.Item>
          <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select aria-label="文件类别" options={optionsOf(SECURITY_DOCUMENT_KIND_LABELS)} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="title"
        label="名称"
        rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
      >
        <Input maxLength={200} showCount />
      </Form.Item>
      <Form.Item
        name="versionLabel"
        label="版本"
        rules={[{ required: true, whitespace: true, message: '请填写版本' }]}
      >
        <Input maxLength={30} placeholder="如：V2.0" />
      </Form.Item>
      <Form.Item
        name="approvedOn"
        label="批准日期"
        rules={[{ required: true, message: '请选择批准日期' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="nextReviewOn"
        label="下次复审日期"
        extra="复审日期前 30 天（默认）起提醒"
        rules={[{ required: true, message: '请选择下次复审日期' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
