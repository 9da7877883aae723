import { Button } from 'antd';
import { useNavigate } from 'react-router';
import type { Draft } from './useDraft';

/** 取消 on a form that keeps a draft: forgets the draft and goes back where the user came from. */
export function DraftCancelButton({ draft }: { draft: Pick<Draft, 'clear'> }) {
  const navigate = useNavigate();
  return (
    <Button
      onClick={() => {
        draft.clear();
        void navigate(-1);
      }}
    >
      取消
    </Button>
  );
}
