import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { FaqResponse } from '../../api/types';
import { faqBody, type FaqValues } from './values';

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

/** Adds an entry, or replaces `faq`. */
export function saveFaq(values: FaqValues, faq: FaqResponse | undefined) {
  const body = faqBody(values, faq);
  return faq
    ? unwrap(api.PUT('/api/v1/faqs/{id}', { params: { path: { id: faq.id } }, body }))
    : unwrap(api.POST('/api/v1/faqs', { body }));
}

export function deleteFaq(faq: FaqResponse) {
  return unwrap(
    api.DELETE('/api/v1/faqs/{id}', {
      params: { path: { id: faq.id }, query: { version: faq.version } },
    }),
  );
}
