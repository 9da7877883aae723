import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/http';
import type { NoticeFormat, SupervisionJob, SupervisionJobRequest } from '../../api/types';
import { DOCX_TYPE, fileNameOf, saveBlob, XLSX_TYPE } from '../../utils/download';
import { supervisionKeys } from './keys';

/** How often a running job is asked for its progress. */
export const JOB_POLL_MS = 1000;

/** A job is done when it SUCCEEDED or FAILED (a job left running by a stopped instance FAILS). */
export function isFinished(job: SupervisionJob | undefined): boolean {
  return job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
}

/** The progress bar's state for a job. */
export function progressStatus(job: SupervisionJob): 'success' | 'exception' | 'active' {
  if (job.status === 'SUCCEEDED') return 'success';
  if (job.status === 'FAILED') return 'exception';
  return 'active';
}

const DOWNLOAD_TYPES: Record<NoticeFormat, string> = {
  HTML: 'text/html',
  PDF: 'application/pdf',
  DOCX: DOCX_TYPE,
  XLSX: XLSX_TYPE,
};

/**
 * Starts a supervision job and follows it: the job is polled (refetchInterval) until it
 * SUCCEEDED or FAILED. `job` is the latest state of the job started last; `onSucceeded` runs once
 * per job when it succeeds.
 */
export function useSupervisionJob(onSucceeded: (job: SupervisionJob) => void) {
  const [id, setId] = useState<number>();
  const start = useMutation({
    mutationFn: (body: SupervisionJobRequest) =>
      unwrap(api.POST('/api/v1/supervision/jobs', { body })),
    onSuccess: (job) => setId(job.id),
  });
  const poll = useQuery({
    queryKey: supervisionKeys.job(id ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/supervision/jobs/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : JOB_POLL_MS),
  });
  const job = id !== undefined ? (poll.data ?? start.data) : undefined;
  const handled = useRef<number>(undefined);
  useEffect(() => {
    if (job?.status === 'SUCCEEDED' && handled.current !== job.id) {
      handled.current = job.id;
      onSucceeded(job);
    }
  }, [job, onSucceeded]);
  return {
    start: (body: SupervisionJobRequest) => start.mutate(body),
    starting: start.isPending,
    job,
    running: start.isPending || (job !== undefined && !isFinished(job)),
    reset: () => {
      setId(undefined);
      start.reset();
    },
  };
}

/** The HTML of a finished notice job (for the sandboxed preview). */
export async function jobText(job: SupervisionJob): Promise<string> {
  const { data } = await api.GET('/api/v1/supervision/jobs/{id}/file', {
    params: { path: { id: job.id } },
    parseAs: 'text',
    headers: { Accept: `${DOWNLOAD_TYPES.HTML}, application/problem+json` },
  });
  return data ?? '';
}

/** Saves the file of a finished notice job under the name the API gives it. */
export async function saveJobFile(job: SupervisionJob, format: NoticeFormat): Promise<void> {
  const { data, response } = await api.GET('/api/v1/supervision/jobs/{id}/file', {
    params: { path: { id: job.id } },
    parseAs: 'blob',
    headers: { Accept: `${DOWNLOAD_TYPES[format]}, application/problem+json` },
  });
  if (!data) throw new Error('下载失败');
  saveBlob(
    data,
    fileNameOf(
      response.headers.get('content-disposition'),
      job.fileName ?? `通报.${format.toLowerCase()}`,
    ),
  );
}
