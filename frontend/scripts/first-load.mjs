// `npm run size`: the gzip'd bytes the admin app fetches from the login callback to its first page (the entry, the
// lazily loaded App with the 工作台 page `/` opens, and everything they import), from the build's manifest.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const path = ['index.html', 'src/App.tsx'];

const chunks = new Set();
const visit = (key) => {
  if (chunks.has(key)) return;
  if (!manifest[key]) throw new Error(`${key} is not in the build's manifest`);
  chunks.add(key);
  (manifest[key].imports ?? []).forEach(visit);
};
path.forEach(visit);

const files = [...chunks].flatMap((key) => [manifest[key].file, ...(manifest[key].css ?? [])]);
const bytes = files.map((file) => gzipSync(readFileSync(new URL(file, dist))).length);
const total = bytes.reduce((sum, n) => sum + n, 0);
console.log(
  `first load (login → 工作台 page): ${files.length} files, ${(total / 1024).toFixed(0)} kB gzip (target 350 kB)`,
);
