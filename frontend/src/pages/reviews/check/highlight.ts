import type { ContentFinding, FindingSeverity } from '../../../api/types';

export interface Segment {
  text: string;
  /** The finding that covers this part of the text, if any. */
  finding?: ContentFinding;
}

const RANK: Record<FindingSeverity, number> = { BLOCKER: 0, WARNING: 1, INFO: 2 };

/**
 * Cuts `text` into plain and highlighted segments: each BODY finding covers text.slice(start, end).
 * Ranges outside the text are clipped; where ranges overlap, the earlier-starting (then the more
 * severe) finding wins and the later one starts after it.
 */
export function segmentsOf(text: string, findings: readonly ContentFinding[]): Segment[] {
  const ranges = findings
    .filter((finding) => finding.field === 'BODY')
    .map((finding) => ({
      finding,
      start: Math.max(0, Math.min(finding.start, text.length)),
      end: Math.max(0, Math.min(finding.end, text.length)),
    }))
    .filter((range) => range.end > range.start)
    .sort(
      (x, y) =>
        x.start - y.start || RANK[x.finding.severity] - RANK[y.finding.severity] || y.end - x.end,
    );
  const segments: Segment[] = [];
  let position = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, position);
    if (range.end <= start) continue;
    if (start > position) segments.push({ text: text.slice(position, start) });
    segments.push({ text: text.slice(start, range.end), finding: range.finding });
    position = range.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}
