import {
  derToRaw,
  fromHex,
  leafHash,
  toHex,
  verifyInclusion,
  verifyInclusionProof,
  verifyTreeHead,
} from './merkle';
import { mth, path, signedHead } from './testLog';

describe('audit log checks in the browser', () => {
  it('the empty-entry leaf hash is the RFC 9162 test vector', async () => {
    expect(toHex(await leafHash(new Uint8Array()))).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
  });

  it('accepts every audit path of trees up to 20 leaves and refuses a wrong leaf', async () => {
    const leaves = await Promise.all(
      Array.from({ length: 20 }, (_, i) => leafHash(new TextEncoder().encode(`event ${i}`))),
    );
    for (let size = 1; size <= 20; size++) {
      const root = await mth(leaves.slice(0, size));
      for (let m = 0; m < size; m++) {
        const proof = await path(m, leaves.slice(0, size));
        expect(await verifyInclusion(m, size, leaves[m], proof, root)).toBe(true);
        expect(await verifyInclusion(m, size, leaves[(m + 1) % 20], proof, root)).toBe(false);
      }
    }
  });

  it('verifies a DER signature made like the server makes it, and not after a change', async () => {
    const { head, raw } = await signedHead(3, 'ab'.repeat(32));
    expect(await verifyTreeHead(head)).toBe(true);
    expect(await verifyTreeHead({ ...head, treeSize: 4 })).toBe(false);
    expect(toHex(derToRaw(Uint8Array.from(atob(head.signature), (c) => c.charCodeAt(0))))).toBe(
      toHex(raw),
    );
  });

  it('checks a whole proof: the event is in the signed tree', async () => {
    const eventHashes = ['01', '02', '03'].map((b) => b.repeat(32));
    const leaves = await Promise.all(eventHashes.map((h) => leafHash(fromHex(h))));
    const { head } = await signedHead(3, toHex(await mth(leaves)));
    const auditPath = (await path(1, leaves)).map(toHex);
    const proof = { eventHash: eventHashes[1], leafIndex: 1, auditPath, treeHead: head };
    expect(await verifyInclusionProof(proof)).toEqual({ included: true, signed: true });
    expect(await verifyInclusionProof({ ...proof, eventHash: eventHashes[0] })).toEqual({
      included: false,
      signed: true,
    });
  });
});
