import { leafHash, nodeHash, signedText, toHex } from './merkle';

/** MTH and PATH of RFC 6962 §2.1, written recursively from the RFC. */
export async function mth(leaves: Uint8Array[]): Promise<Uint8Array> {
  if (leaves.length === 1) return leaves[0];
  const k = 2 ** Math.floor(Math.log2(leaves.length - 1));
  return nodeHash(await mth(leaves.slice(0, k)), await mth(leaves.slice(k)));
}

export async function path(m: number, leaves: Uint8Array[]): Promise<Uint8Array[]> {
  if (leaves.length <= 1) return [];
  const k = 2 ** Math.floor(Math.log2(leaves.length - 1));
  return m < k
    ? [...(await path(m, leaves.slice(0, k))), await mth(leaves.slice(k))]
    : [...(await path(m - k, leaves.slice(k))), await mth(leaves.slice(0, k))];
}

/** r‖s (WebCrypto) to ASN.1 DER (what the server's Java signer writes). */
function rawToDer(raw: Uint8Array): Uint8Array {
  const integer = (half: Uint8Array) => {
    let value = half;
    while (value.length > 1 && value[0] === 0 && !(value[1] & 0x80)) value = value.subarray(1);
    if (value[0] & 0x80) value = Uint8Array.of(0, ...value);
    return Uint8Array.of(2, value.length, ...value);
  };
  const r = integer(raw.subarray(0, 32));
  const s = integer(raw.subarray(32));
  return Uint8Array.of(0x30, r.length + s.length, ...r, ...s);
}

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

export async function signedHead(treeSize: number, rootHash: string) {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const head = {
    treeSize,
    rootHash,
    signedAt: '2026-12-05T02:00:00.123Z',
    keyId: '9f'.repeat(32),
    algorithm: 'ECDSA_P256_SHA256',
    publicKey: base64(new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey))),
    signature: '',
  };
  const raw = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    keys.privateKey,
    new TextEncoder().encode(signedText(head)),
  );
  head.signature = base64(rawToDer(new Uint8Array(raw)));
  return { head, raw: new Uint8Array(raw) };
}

/** A signed log of `count` events and the proof of event `index`, made as the server makes them. */
export async function signedLog(count: number, index: number) {
  const eventHashes = Array.from({ length: count }, (_, i) =>
    (i + 1).toString(16).padStart(2, '0').repeat(32),
  );
  const leaves = await Promise.all(eventHashes.map((h) => leafHash(fromHexForTest(h))));
  const { head } = await signedHead(count, toHex(await mth(leaves)));
  const auditPath = (await path(index, leaves)).map(toHex);
  return {
    head,
    proof: {
      eventId: index + 1,
      eventHash: eventHashes[index],
      leafIndex: index,
      auditPath,
      treeHead: head,
    },
  };
}

function fromHexForTest(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (byte) => parseInt(byte, 16));
}
