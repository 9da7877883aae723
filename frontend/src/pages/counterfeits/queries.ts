import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/http';
import type {
  CounterfeitLeadRequest,
  CounterfeitResponse,
  ReferralAgency,
  VerdictRequest,
} from '../../api/types';
import { fileNameOf, saveBlob } from '../../utils/download';
import { complaintKeys } from '../complaints/queries';

export interface CounterfeitQuery {
  status?: CounterfeitResponse['status'];
  source?: CounterfeitResponse['source'];
  takedownOverdue?: boolean;
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

export function useReferrals(id: number) {
  return useQuery({
    queryKey: complaintKeys.counterfeits({ referralsOf: id }),
    queryFn: () =>
      unwrap(api.GET('/api/v1/counterfeits/{id}/referrals', { params: { path: { id } } })),
  });
}

/** A public report's verdict is given on its submission; a staff lead's on the investigation. */
export type VerdictTarget = { complaintId: number } | { leadId: number };

export function sendVerdict(target: VerdictTarget, body: VerdictRequest) {
  return 'leadId' in target
    ? unwrap(
        api.POST('/api/v1/counterfeits/{id}/verdict', {
          params: { path: { id: target.leadId } },
          body,
        }),
      )
    : unwrap(
        api.POST('/api/v1/complaints/{id}/counterfeit-verdict', {
          params: { path: { id: target.complaintId } },
          body,
        }),
      );
}

/** 新建线索: a fake staff found themselves (Art 30). */
export function openLead(body: CounterfeitLeadRequest) {
  return unwrap(api.POST('/api/v1/counterfeits', { body }));
}

export interface ReferralValues {
  agency?: ReferralAgency;
  requestedOn?: Dayjs;
  request?: string;
}

export function addReferral(id: number, values: ReferralValues) {
  return unwrap(
    api.POST('/api/v1/counterfeits/{id}/referrals', {
      params: { path: { id } },
      body: {
        agency: values.agency ?? 'CYBERSPACE_ADMINISTRATION',
        requestedOn: values.requestedOn?.format('YYYY-MM-DD') ?? '',
        request: values.request?.trim() ?? '',
      },
    }),
  );
}

export function recordOutcome(
  id: number,
  referralId: number,
  version: number,
  values: { outcome?: string; outcomeOn?: Dayjs },
) {
  return unwrap(
    api.PUT('/api/v1/counterfeits/{id}/referrals/{referralId}/outcome', {
      params: { path: { id, referralId } },
      body: {
        outcome: values.outcome?.trim() ?? '',
        outcomeOn: values.outcomeOn?.format('YYYY-MM-DD') ?? '',
        version,
      },
    }),
  );
}

export function setTakedownDeadline(investigation: CounterfeitResponse, deadline?: Dayjs) {
  return unwrap(
    api.PUT('/api/v1/counterfeits/{id}/takedown-deadline', {
      params: { path: { id: investigation.id } },
      body: { deadline: deadline?.format('YYYY-MM-DD') ?? '', version: investigation.version },
    }),
  );
}

export function confirmTakedown(
  investigation: CounterfeitResponse,
  values: { confirmedOn?: Dayjs; note?: string },
) {
  return unwrap(
    api.PUT('/api/v1/counterfeits/{id}/takedown-confirmation', {
      params: { path: { id: investigation.id } },
      body: {
        confirmedOn: values.confirmedOn?.format('YYYY-MM-DD') ?? '',
        note: values.note?.trim() ?? '',
        version: investigation.version,
      },
    }),
  );
}

/** Saves the letter to the platform (PDF) of a confirmed fake, by its report or by the investigation. */
export async function downloadLetter(
  target: { complaintId?: number; investigationId?: number },
  reference: string,
) {
  const { data, response } =
    target.investigationId !== undefined
      ? await api.GET('/api/v1/counterfeits/{id}/letter.pdf', {
          params: { path: { id: target.investigationId } },
          parseAs: 'blob',
          headers: { Accept: 'application/pdf, application/problem+json' },
        })
      : await api.GET('/api/v1/complaints/{id}/letter.pdf', {
          params: { path: { id: target.complaintId ?? 0 } },
          parseAs: 'blob',
          headers: { Accept: 'application/pdf, application/problem+json' },
        });
  if (!data) throw new Error('下载失败');
  saveBlob(
    data,
    fileNameOf(response.headers.get('content-disposition'), `关停函-${reference}.pdf`),
  );
}
