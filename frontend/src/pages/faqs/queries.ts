import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';

export interface FaqQuery {
  q?: string;
  organizationId?: number;
  page: number;
  size: number;
}

export const faqKeys = {
  all: ['faqs'] as const,
  list: (query: FaqQuery) => [...faqKeys.all, 'list', query] as const,
};

export function useFaqs(query: FaqQuery) {
  return useQuery({
    queryKey: faqKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/faqs', { params: { query } })),
  });
}
