import type { Middleware } from 'openapi-fetch';
import { lazyClient } from '../api/lazyClient';
import { ApiError as PublicApiError, readProblem } from '../api/problem';
import type { components } from '../api/schema';

/**
 * The public (公众端) app's one door to the API: only /api/public/**, no login. The API's origin comes from
 * /config.json (`apiBase`, empty: this origin) like the admin app's, but the identity provider is not needed here.
 */

type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type FieldViolation = Schemas['FieldViolation'];
export type AccountVerification = Schemas['AccountVerification'];
export type AccountMatch = Schemas['Match'];
export type SubmitComplaintRequest = Schemas['SubmitComplaintRequest'];
export type ComplaintKind = SubmitComplaintRequest['kind'];
export type Platform = Schemas['Suspect']['platform'];
export type SubmissionReceipt = Schemas['SubmissionReceipt'];
export type ComplaintPhoto = Schemas['PhotoInfo'];
export type ComplaintStatusView = Schemas['ComplaintStatusView'];
export type PublicFaq = Schemas['PublicFaq'];
export type PublicRebuttal = Schemas['PublicRebuttal'];
export type ClosureAnnouncement = Schemas['ClosureAnnouncement'];
export type PublicNotice = Schemas['PublicNotice'];
export type PublicNoticeDetail = Schemas['PublicNoticeDetail'];

/** An organization of the public directory (GET /api/public/v1/directory/organizations). */
export type DirectoryOrganization = Schemas['PublicOrganization'];
/** A live account of one organization (GET /api/public/v1/directory/organizations/{id}/accounts). */
export type DirectoryAccount = Schemas['PublicAccount'];

/** A failed request: the API's problem (RFC 9457), or a made-up one for a network failure. */
export { PublicApiError };

const FALLBACK_TITLES: Record<number, string> = {
  0: '网络不可用，请稍后再试',
  400: '填写的内容有误',
  404: '没有找到',
  413: '照片或内容太大',
  422: '无法受理',
  429: '操作太频繁，请稍后再试',
  500: '服务暂时出错，请稍后再试',
  502: '服务暂不可用',
  503: '服务暂不可用',
};

export function toPublicApiError(response: Response): Promise<PublicApiError> {
  return readProblem(response, FALLBACK_TITLES);
}

/** The message to show for any error. */
export function errorMessage(error: unknown): string {
  if (error instanceof PublicApiError) {
    const { title, detail } = error.problem;
    return detail && detail !== title ? `${title}：${detail}` : (title ?? error.message);
  }
  return FALLBACK_TITLES[0];
}

let apiBase = '';

/** Reads `apiBase` from /config.json; a missing or unusable file means this origin. */
export async function loadApiBase(url = '/config.json'): Promise<string> {
  try {
    const response = await fetch(url, {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (response.ok && (response.headers.get('content-type') ?? '').includes('json')) {
      const body = (await response.json()) as { apiBase?: unknown };
      if (typeof body.apiBase === 'string' && /^https?:\/\//.test(body.apiBase)) {
        apiBase = body.apiBase.replace(/\/+$/, '');
      }
    }
  } catch {
    // same origin
  }
  return apiBase;
}

/** For tests. */
export function setApiBase(base: string): void {
  apiBase = base;
  client.reset();
}

export function apiBaseUrl(): string {
  return apiBase || window.location.origin;
}

const DEVICE_KEY = 'govmedia.m.deviceId';

function randomId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A random id of this browser, kept in localStorage; sent with submissions (rate limiting). */
export function deviceId(): string {
  try {
    let id = localStorage.getItem(DEVICE_KEY);
    if (!id) {
      id = randomId();
      localStorage.setItem(DEVICE_KEY, id);
    }
    return id;
  } catch {
    return randomId();
  }
}

/** A fresh key for one submit attempt (a retry of the same attempt reuses it). */
export function newIdempotencyKey(): string {
  return randomId();
}

const problems: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('Accept') || request.headers.get('Accept') === '*/*')
      request.headers.set('Accept', 'application/json, application/problem+json');
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await toPublicApiError(response);
    return undefined;
  },
  onError({ error }) {
    if (error instanceof PublicApiError) return error;
    return new PublicApiError(
      { title: FALLBACK_TITLES[0], detail: error instanceof Error ? error.message : String(error) },
      0,
    );
  },
};

/** The typed client, made on first use (after /config.json has loaded). */
const client = lazyClient(apiBaseUrl, problems);
export const api = client.api;

/** A plain fetch with the same error handling: multipart bodies and image bytes. */
export async function publicFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  let response: Response;
  try {
    response = await globalThis.fetch(
      new Request(new URL(path, apiBaseUrl()), { ...init, headers }),
    );
  } catch (error) {
    throw new PublicApiError(
      { title: FALLBACK_TITLES[0], detail: error instanceof Error ? error.message : String(error) },
      0,
    );
  }
  if (!response.ok) throw await toPublicApiError(response);
  return response;
}

/** Photos: JPEG, PNG or WebP, at most 5 MB each, at most 3 (checked here and by the API). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MAX_COUNT = 3;

/** Why this photo cannot be attached, or undefined. */
export function photoProblem(file: File, alreadyAttached: number): string | undefined {
  if (alreadyAttached >= PHOTO_MAX_COUNT) return `最多上传 ${PHOTO_MAX_COUNT} 张照片`;
  if (!PHOTO_TYPES.includes(file.type)) return '只能上传 JPEG、PNG 或 WebP 格式的照片';
  if (file.size > PHOTO_MAX_BYTES) return '每张照片不能超过 5 MB';
  return undefined;
}

/** POST /api/public/v1/complaints, or …/with-photos (multipart) when photos are attached. */
export async function submitComplaint(
  body: SubmitComplaintRequest,
  photos: File[],
  idempotencyKey: string,
): Promise<SubmissionReceipt> {
  const headers = { 'Idempotency-Key': idempotencyKey, 'X-Device-Id': deviceId() };
  if (photos.length === 0) {
    const { data } = await api.POST('/api/public/v1/complaints', {
      params: { header: headers },
      body,
    });
    return data!;
  }
  const form = new FormData();
  form.append('submission', new Blob([JSON.stringify(body)], { type: 'application/json' }));
  for (const photo of photos) form.append('photos', photo, photo.name);
  const response = await publicFetch('/api/public/v1/complaints/with-photos', {
    method: 'POST',
    headers,
    body: form,
  });
  return (await response.json()) as SubmissionReceipt;
}

/** One photo of a submission, as an object URL (the query token goes in a header, so no <img src>). */
export async function fetchComplaintPhoto(
  trackingNumber: string,
  token: string,
  photoId: number,
): Promise<Blob> {
  const response = await publicFetch(
    `/api/public/v1/complaints/${encodeURIComponent(trackingNumber)}/photos/${photoId}`,
    { headers: { 'X-Query-Token': token, Accept: 'image/*' } },
  );
  return response.blob();
}
