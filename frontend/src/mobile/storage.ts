import type { SubmissionReceipt } from './api';

/** A receipt kept on this phone (我的提交): what the citizen needs to follow the submission. */
export interface SavedReceipt {
  trackingNumber: string;
  queryToken?: string;
  title: string;
  targetName?: string;
  submittedAt: string;
  replyDueOn: string;
}

const KEY = 'govmedia.m.receipts';

export function savedReceipts(): SavedReceipt[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as SavedReceipt[]) : [];
  } catch {
    return [];
  }
}

export function savedReceipt(trackingNumber: string): SavedReceipt | undefined {
  return savedReceipts().find((receipt) => receipt.trackingNumber === trackingNumber);
}

/** Keeps the receipt (newest first); a duplicate answer keeps the token saved earlier. */
export function saveReceipt(
  receipt: SubmissionReceipt,
  title: string,
  targetName?: string,
): SavedReceipt {
  const earlier = savedReceipt(receipt.trackingNumber);
  const saved: SavedReceipt = {
    trackingNumber: receipt.trackingNumber,
    queryToken: receipt.queryToken ?? earlier?.queryToken,
    title,
    targetName,
    submittedAt: receipt.submittedAt,
    replyDueOn: receipt.replyDueOn,
  };
  const others = savedReceipts().filter((item) => item.trackingNumber !== saved.trackingNumber);
  try {
    localStorage.setItem(KEY, JSON.stringify([saved, ...others].slice(0, 50)));
  } catch {
    // private mode: the receipt page still shows it once
  }
  return saved;
}

export function forgetReceipt(trackingNumber: string): void {
  const rest = savedReceipts().filter((item) => item.trackingNumber !== trackingNumber);
  localStorage.setItem(KEY, JSON.stringify(rest));
}
