import { SafetyOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useApiMutation } from '../../components/kit';
import { canVerify, verifyInclusionProof } from './merkle';
import { fetchInclusionProof } from './queries';

async function check(id: number) {
  const proof = await fetchInclusionProof(id);
  return { proof, ...(await verifyInclusionProof(proof)) };
}

/** 验证收录: asks for the event's audit path and checks it, and the tree head's signature, in the browser. */
export function InclusionCheck({ eventId }: { eventId: number }) {
  const verification = useApiMutation({ mutationFn: () => check(eventId) });
  const result = verification.data;
  if (!result)
    return (
      <Button
        size="small"
        icon={<SafetyOutlined />}
        disabled={!canVerify()}
        loading={verification.isPending}
        onClick={() => verification.mutate()}
      >
        验证收录
      </Button>
    );
  const { included, signed, proof } = result;
  const where = `第 ${proof.leafIndex + 1} 条，树头 ${proof.treeHead.treeSize} 条，审计路径 ${proof.auditPath.length} 个哈希`;
  return included && signed ? (
    <Tooltip title={where}>
      <Tag color="success">已收录，验证通过</Tag>
    </Tooltip>
  ) : (
    <Tag color="error">{included ? '树头签名不成立' : '收录证明不成立'}</Tag>
  );
}
