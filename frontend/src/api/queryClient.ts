import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, handleApiError } from './http';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The form shows this problem itself (e.g. warnings to confirm): no error notification. */
      problemShownInForm?: (error: unknown) => boolean;
    };
  }
}

/** React-query defaults: every failed query and mutation goes through the one error handler. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleApiError }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.problemShownInForm?.(error)) return;
        handleApiError(error);
      },
    }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // client errors will not get better by retrying
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}
