import type { FormInstance } from 'antd';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { AuthContext } from 'react-oidc-context';
import { claimsOf } from '../auth/oidc';
import {
  draftKey,
  readDraft,
  removeDraft,
  sameValues,
  writeDraft,
  type StoredDraft,
} from '../utils/drafts';

/** How long typing pauses before the values are written. */
export const DRAFT_WRITE_DELAY_MS = 500;

export interface DraftOptions {
  /** Which form: review, rumour, filing-open, … */
  name: string;
  /** The object edited; undefined for a new one. */
  id?: string | number;
  /** False while the form is not rendered yet (its object still loading). */
  ready?: boolean;
}

export interface Draft {
  /** Values of an earlier visit were put back into the form (and not discarded since). */
  restored: StoredDraft | undefined;
  /** For the form's onValuesChange (and after setting values in code): writes the values soon. */
  remember: () => void;
  /** Puts the form back to its initial values and forgets the draft. */
  discard: () => void;
  /** Forgets the draft: call it once the values are saved. */
  clear: () => void;
}

interface Target {
  key: string;
  owner: string;
}

/** The signed-in user's name, or undefined outside a login (then nothing is stored). */
function useOwner(): string | undefined {
  const auth = useContext(AuthContext);
  return claimsOf(auth?.user).preferred_username || undefined;
}

/**
 * Keeps a form's unsaved values in localStorage for the signed-in user (govmedia.draft.<user>.<name>.<id|new>):
 * written shortly after each change, put back when the form opens again, forgotten once saved.
 */
export function useDraft<T>(
  form: FormInstance<T>,
  { name, id, ready = true }: DraftOptions,
): Draft {
  const owner = useOwner();
  // found once, when the form first opens; later keys (a new object saved) are only written
  const [restored, setRestored] = useState(() =>
    owner ? readDraft(draftKey(owner, name, id), owner) : undefined,
  );
  const target = useRef<Target | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // the values as opened (or last saved): a form changed back to them needs no draft
  const baseline = useRef<object | undefined>(undefined);
  const applied = useRef(false);
  const snapshot = useCallback(() => ({ ...(form.getFieldsValue(true) as object) }), [form]);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  const write = useCallback(() => {
    const to = target.current;
    if (!to) return;
    const values = form.getFieldsValue(true) as object;
    if (baseline.current && sameValues(values, baseline.current)) removeDraft(to.key);
    else writeDraft(to.key, to.owner, values);
  }, [form]);

  /** Writes what is waiting now, under the key it was typed for. */
  const flush = useCallback(() => {
    if (timer.current === undefined) return;
    cancel();
    write();
  }, [cancel, write]);

  useEffect(() => {
    target.current = owner ? { key: draftKey(owner, name, id), owner } : undefined;
    // on a change of user or object, or on leaving, what was typed so far belongs to the old one
    return flush;
  }, [owner, name, id, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  useEffect(() => {
    if (!ready || applied.current) return;
    applied.current = true;
    baseline.current = snapshot();
    if (restored) form.setFieldsValue(restored.values as Parameters<typeof form.setFieldsValue>[0]);
  }, [ready, restored, form, snapshot]);

  const remember = useCallback(() => {
    if (!target.current) return;
    cancel();
    timer.current = setTimeout(() => {
      timer.current = undefined;
      write();
    }, DRAFT_WRITE_DELAY_MS);
  }, [cancel, write]);

  const clear = useCallback(() => {
    cancel();
    if (target.current) removeDraft(target.current.key);
    baseline.current = snapshot();
    setRestored(undefined);
  }, [cancel, snapshot]);

  const discard = useCallback(() => {
    cancel();
    if (target.current) removeDraft(target.current.key);
    form.resetFields();
    baseline.current = snapshot();
    setRestored(undefined);
  }, [cancel, form, snapshot]);

  return { restored, remember, discard, clear };
}
