import type { Segment } from './highlight';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/** Tags that end a line of text. */
const LINE_END = /^<(\/(p|h\d|li|blockquote)\b|br\b)/i;

/**
 * The segments of an HTML body as a reader sees them: tags taken out (a paragraph ends a line),
 * entities decoded. The findings' offsets are offsets into the stored HTML, so the body is cut
 * first and each piece read as text after.
 */
export function visibleSegments(segments: Segment[]): Segment[] {
  let tag: string | undefined;
  return segments.map((segment) => {
    let text = '';
    for (const char of segment.text) {
      if (tag !== undefined) {
        tag += char;
        if (char === '>') {
          if (LINE_END.test(tag)) text += '\n';
          tag = undefined;
        }
      } else if (char === '<') tag = '<';
      else text += char;
    }
    return {
      ...segment,
      text: text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e),
    };
  });
}
