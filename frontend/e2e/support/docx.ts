import { inflateRawSync } from 'node:zlib';

/**
 * The text of a Word document: word/document.xml taken out of the .docx (a zip, read through its
 * central directory) with the markup dropped, one line per paragraph.
 */
export function docxText(bytes: Buffer): string {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = bytes.readUInt16LE(offset + 10);
    const size = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const skip = nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === 'word/document.xml') {
      const local = bytes.readUInt32LE(offset + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      const xml = (method === 0 ? data : inflateRawSync(data)).toString('utf8');
      return xml
        .replace(/<\/w:p>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    }
    offset += 46 + skip;
  }
  throw new Error('not a Word document: no word/document.xml');
}

/** Runs of Latin letters left once URLs and the given names are taken out. */
export function latinOutside(text: string, ...names: string[]): string[] {
  let rest = text.replace(/https?:\/\/\S+/g, ' ');
  for (const name of names) rest = rest.split(name).join(' ');
  return rest.match(/[A-Za-z]+/g) ?? [];
}
