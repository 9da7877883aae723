import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../api/http';

export interface ApiMutationOptions<TData, TVariables> {
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** shown once the API has accepted the change */
  success?: string | ((data: TData) => string | undefined);
  /** the query keys whose data the change makes stale */
  invalidates?: readonly QueryKey[];
  onSuccess?: (data: TData, variables: TVariables) => unknown;
  onError?: (error: unknown) => unknown;
}

/**
 * A change sent to the API: on success the message, the stale lists refetched, then `onSuccess`.
 * A failure is shown by the one error handler (react-query's mutation cache); a 409 means someone
 * else changed the object first, so its queries are refetched too.
 */
export function useApiMutation<TData = unknown, TVariables = void>({
  mutationFn,
  success,
  invalidates = [],
  onSuccess,
  onError,
}: ApiMutationOptions<TData, TVariables>) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refetch = () =>
    Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  return useMutation({
    mutationFn,
    onSuccess: async (data, variables) => {
      const text = typeof success === 'function' ? success(data) : success;
      if (text) void message.success(text);
      await refetch();
      await onSuccess?.(data, variables);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) await refetch();
      await onError?.(error);
    },
  });
}
