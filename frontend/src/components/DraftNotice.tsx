import { Alert, Button } from 'antd';
import dayjs from 'dayjs';
import type { Draft } from './useDraft';

/** Above a form whose unsaved values were put back: says so, and offers to throw them away. */
export function DraftNotice({ draft }: { draft: Draft }) {
  if (!draft.restored) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title="已恢复您上次未保存的内容"
      description={`暂存于 ${dayjs(draft.restored.savedAt).format('YYYY-MM-DD HH:mm')}，仅保存在本机浏览器中。`}
      action={
        <Button size="small" onClick={draft.discard}>
          放弃恢复的内容
        </Button>
      }
    />
  );
}
