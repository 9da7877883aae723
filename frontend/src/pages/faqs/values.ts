import type { FaqRequest, FaqResponse } from '../../api/types';

export interface FaqValues {
  question?: string;
  answer?: string;
  organizationId?: number;
  published?: boolean;
}

/** The body of createFaq / updateFaq (trimmed; the version only when replacing). */
export function faqBody(values: FaqValues, faq: FaqResponse | undefined): FaqRequest {
  return {
    question: values.question?.trim() ?? '',
    answer: values.answer?.trim() ?? '',
    organizationId: values.organizationId,
    published: values.published ?? true,
    version: faq?.version,
  };
}
