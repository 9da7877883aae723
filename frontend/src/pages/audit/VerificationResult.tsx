import { Alert } from 'antd';
import type { AuditVerification } from '../../api/types';

/** The server's check of the whole log, in words. */
export function VerificationResult({ result }: { result: AuditVerification }) {
  const late = result.unsealedLate
    ? `另有 ${result.unsealedLate} 条事件超过 1 秒仍未封存，请检查封存任务。`
    : '';
  if (result.intact)
    return (
      <Alert
        type={late ? 'warning' : 'success'}
        showIcon
        title="审计日志完整"
        description={`已校验 ${result.checked} 条审计事件及 ${result.treeSize} 条日志树叶，根哈希与已签名树头一致，签名有效，未发现篡改。${late}`}
      />
    );
  const reasons = [
    result.firstBrokenId != null && `第一条被改动或删除的事件编号为 ${result.firstBrokenId}`,
    !result.rootIntact && '由日志树叶重算的根哈希与已签名树头不一致',
    !result.signatureValid && '最新树头的签名不成立',
  ].filter(Boolean);
  return (
    <Alert
      type="error"
      showIcon
      title="审计日志已被篡改"
      description={`已校验 ${result.checked} 条：${reasons.join('；')}。${late}`}
    />
  );
}
