/**
 * Checks of the audit log made in the browser, with nothing but WebCrypto: the audit path of an event up to the
 * root of a signed tree head (RFC 9162 §2.1.3.2) and the head's ECDSA P-256 signature. The server is not trusted
 * for either answer.
 */

export interface TreeHeadFields {
  treeSize: number;
  rootHash: string;
  signedAt: string;
  publicKey: string;
  signature: string;
}

export interface InclusionFields {
  eventHash: string;
  leafIndex: number;
  auditPath: string[];
  treeHead: TreeHeadFields;
}

export function canVerify(): boolean {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined;
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
}

export function leafHash(entry: Uint8Array): Promise<Uint8Array> {
  return sha256(Uint8Array.of(0), entry);
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return sha256(Uint8Array.of(1), left, right);
}

/** RFC 9162 §2.1.3.2, with tree sizes below 2^53. */
export async function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  path: Uint8Array[],
  root: Uint8Array,
): Promise<boolean> {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && toHex(r) === toHex(root);
}

/** The text the server signs (TreeHeadSigner.signedText). */
export function signedText(head: TreeHeadFields): string {
  return `govmedia-audit-tree-head/v1\n${head.treeSize}\n${Date.parse(head.signedAt)}\n${head.rootHash}`;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** ASN.1 DER ECDSA signature (what Java and openssl write) to the r‖s form WebCrypto reads. */
export function derToRaw(der: Uint8Array): Uint8Array<ArrayBuffer> {
  const raw = new Uint8Array(64);
  let offset = der[1] & 0x80 ? 2 + (der[1] & 0x7f) : 2;
  for (const half of [0, 32]) {
    const length = der[offset + 1];
    let value = der.subarray(offset + 2, offset + 2 + length);
    while (value.length > 32 && value[0] === 0) value = value.subarray(1);
    raw.set(value, half + 32 - value.length);
    offset += 2 + length;
  }
  return raw;
}

export async function verifyTreeHead(head: TreeHeadFields): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey(
      'spki',
      fromBase64(head.publicKey),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      derToRaw(fromBase64(head.signature)),
      new TextEncoder().encode(signedText(head)),
    );
  } catch {
    return false;
  }
}

/** Both checks: the event is in the tree, and the tree's head is the one the log's key signed. */
export async function verifyInclusionProof(
  proof: InclusionFields,
): Promise<{ included: boolean; signed: boolean }> {
  const leaf = await leafHash(fromHex(proof.eventHash));
  const [included, signed] = await Promise.all([
    verifyInclusion(
      proof.leafIndex,
      proof.treeHead.treeSize,
      leaf,
      proof.auditPath.map(fromHex),
      fromHex(proof.treeHead.rootHash),
    ),
    verifyTreeHead(proof.treeHead),
  ]);
  return { included, signed };
}
