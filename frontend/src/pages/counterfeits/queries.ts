import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { CounterfeitResponse, VerdictRequest } from '../../api/types';
import { fileNameOf, saveBlob } from '../../utils/download';
import { complaintKeys } from '../complaints/queries';

export interface CounterfeitQuery {
  status?: CounterfeitResponse['status'];
  page: number;
  size: number;
}

/** The investigations belong to their complaints: a step on either refreshes both. */
export function useCounterfeits(query: CounterfeitQuery) {
  return useQuery({
    queryKey: complaintKeys.counterfeits(query),
    queryFn: () => unwrap(api.GET('/api/v1/counterfeits', { params: { query } })),
  });
}

export function sendVerdict(complaintId: number, body: VerdictRequest) {
  return unwrap(
    api.POST('/api/v1/complaints/{id}/counterfeit-verdict', {
      params: { path: { id: complaintId } },
      body,
    }),
  );
}

/** Saves the letter to the platform (PDF) of a confirmed fake. */
export async function downloadLetter(complaintId: number, trackingNumber: string) {
  const { data, response } = await api.GET('/api/v1/complaints/{id}/letter.pdf', {
    params: { path: { id: complaintId } },
    parseAs: 'blob',
    headers: { Accept: 'application/pdf, application/problem+json' },
  });
  if (!data) throw new Error('下载失败');
  saveBlob(
    data,
    fileNameOf(response.headers.get('content-disposition'), `关停函-${trackingNumber}.pdf`),
  );
}
