import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../api/http';
import { complaintKeys } from './queries';

/** A 409 means someone else moved the submission on: the error is shown, the page refetched. */
export async function refetchOnConflict(queryClient: QueryClient, error: unknown): Promise<void> {
  if (error instanceof ApiError && error.status === 409)
    await queryClient.invalidateQueries({ queryKey: complaintKeys.all });
}

/**
 * A step of the 互动 workflow: shows `success`, refreshes every complaint query and calls `onDone`;
 * failures go to the shared error handler (and a stale version refetches).
 */
export function useComplaintStep<T>(
  send: (values: T) => Promise<unknown>,
  success: string,
  onDone: () => void,
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      void message.success(success);
      await queryClient.invalidateQueries({ queryKey: complaintKeys.all });
      onDone();
    },
    onError: (error) => refetchOnConflict(queryClient, error),
  });
}
