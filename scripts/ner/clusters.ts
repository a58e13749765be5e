/**
 * Distributional word classes from UNLABELLED text (the training documents' text, labels ignored), in the
 * spirit of Brown clusters (Ratinov & Roth 2009) but fast: each frequent lowercase word gets a vector of
 * positive PMI with the words just left and right of it (the top context words only), L2-normalized, then
 * spherical k-means, two levels (TOP coarse classes, each split into SUB finer ones). The model stores, per
 * word (lowercase hash), ((top + 1) << 4) | sub: features.ts uses the whole value and the top level
 * (value >>> 4). Deterministic (fixed seed, fixed iteration counts).
 */
import { HashDict } from '../../lib/ner/hashdict';
import { hashString } from '../../lib/ner/hash';
import { tokenize } from '../../lib/ner/tokenize';
import { mulberry32 } from './random';

const VOCAB = Number(process.env.NER_CLUSTER_VOCAB ?? 30_000);
const CONTEXTS = 800;
const MIN_COUNT = 4;
const TOP = Number(process.env.NER_CLUSTER_TOP ?? 48);
const SUB = 16;
const ITERS = 12;

/** Sparse rows: indices/values of row r are idx/val[start[r]..start[r+1]). */
interface Csr { start: Uint32Array; idx: Uint16Array; val: Float32Array }

function kmeans(x: Csr, rows: number[], k: number, dim: number, seed: number): Int32Array {
  const assign = new Int32Array(rows.length).fill(-1);
  if (rows.length <= k) { rows.forEach((_, i) => { assign[i] = i; }); return assign; }
  const r = mulberry32(seed);
  const cent = new Float32Array(k * dim);
  // init: k distinct rows, chosen by a seeded shuffle
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); const t = order[i] as number; order[i] = order[j] as number; order[j] = t; }
  for (let c = 0; c < k; c++) {
    const row = rows[order[c] as number] as number;
    for (let p = x.start[row] as number; p < (x.start[row + 1] as number); p++) cent[c * dim + (x.idx[p] as number)] = x.val[p] as number;
  }
  for (let it = 0; it < ITERS; it++) {
    let changed = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      let best = 0, bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const base = c * dim;
        for (let p = x.start[row] as number; p < (x.start[row + 1] as number); p++) s += (x.val[p] as number) * (cent[base + (x.idx[p] as number)] as number);
        if (s > bestS) { bestS = s; best = c; }
      }
      if (assign[i] !== best) { assign[i] = best; changed++; }
    }
    cent.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number, base = (assign[i] as number) * dim;
      for (let p = x.start[row] as number; p < (x.start[row + 1] as number); p++) { const j = base + (x.idx[p] as number); cent[j] = (cent[j] as number) + (x.val[p] as number); }
    }
    for (let c = 0; c < k; c++) {
      let nrm = 0;
      for (let d = 0; d < dim; d++) nrm += (cent[c * dim + d] as number) ** 2;
      nrm = Math.sqrt(nrm) || 1;
      for (let d = 0; d < dim; d++) cent[c * dim + d] = (cent[c * dim + d] as number) / nrm;
    }
    if (changed === 0) break;
  }
  return assign;
}

/** Builds the cluster table (lowercase word hash → ((top + 1) << 4) | sub) from raw texts. */
export function buildClusters(texts: string[], log: (m: string) => void): HashDict {
  // pass 1: lowercase word counts
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const docs: Int32Array[] = [];
  for (const text of texts) {
    const t = tokenize(text);
    const seq = new Int32Array(t.count);
    for (let i = 0; i < t.count; i++) {
      const w = text.slice(t.starts[i], t.ends[i]).toLowerCase();
      let id = ids.get(w);
      if (id === undefined) { id = counts.length; ids.set(w, id); counts.push(0); }
      counts[id] = (counts[id] as number) + 1;
      seq[i] = id;
    }
    docs.push(seq);
  }
  const byFreq = counts.map((_, i) => i).sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
  const vocab = byFreq.slice(0, VOCAB).filter((i) => (counts[i] as number) >= MIN_COUNT);
  const row = new Int32Array(counts.length).fill(-1);
  vocab.forEach((w, r) => { row[w] = r; });
  const ctx = new Int32Array(counts.length).fill(-1);
  byFreq.slice(0, CONTEXTS).forEach((w, c) => { ctx[w] = c; });
  const dim = 2 * CONTEXTS;
  // pass 2: left/right context counts (sparse per row via maps)
  const cooc: Array<Map<number, number>> = vocab.map(() => new Map());
  const colTotal = new Float64Array(dim);
  let total = 0;
  for (const seq of docs) {
    for (let i = 0; i < seq.length; i++) {
      const r = row[seq[i] as number] as number;
      if (r < 0) continue;
      const m = cooc[r] as Map<number, number>;
      if (i > 0) { const c = ctx[seq[i - 1] as number] as number; if (c >= 0) { m.set(c, (m.get(c) ?? 0) + 1); colTotal[c] = (colTotal[c] as number) + 1; total++; } }
      if (i + 1 < seq.length) { const c = ctx[seq[i + 1] as number] as number; if (c >= 0) { const d = CONTEXTS + c; m.set(d, (m.get(d) ?? 0) + 1); colTotal[d] = (colTotal[d] as number) + 1; total++; } }
    }
  }
  // PPMI, L2-normalized, as CSR
  const start = new Uint32Array(vocab.length + 1);
  const idxL: number[] = [], valL: number[] = [];
  for (let r = 0; r < vocab.length; r++) {
    start[r] = idxL.length;
    const m = cooc[r] as Map<number, number>;
    let rowTotal = 0;
    for (const v of m.values()) rowTotal += v;
    const entries = [...m.entries()].sort((a, b) => a[0] - b[0]);
    const vals: number[] = [], ix: number[] = [];
    let nrm = 0;
    for (const [c, v] of entries) {
      const pmi = Math.log((v * total) / (rowTotal * (colTotal[c] as number) ** 0.75 * total ** 0.25));
      if (pmi <= 0) continue;
      ix.push(c); vals.push(pmi); nrm += pmi * pmi;
    }
    nrm = Math.sqrt(nrm) || 1;
    for (let k = 0; k < ix.length; k++) { idxL.push(ix[k] as number); valL.push((vals[k] as number) / nrm); }
  }
  start[vocab.length] = idxL.length;
  const x: Csr = { start, idx: Uint16Array.from(idxL), val: Float32Array.from(valL) };
  log(`clusters: ${vocab.length} words, ${idxL.length} nonzeros`);
  const all = vocab.map((_, r) => r);
  const top = kmeans(x, all, TOP, dim, 1);
  const out = new HashDict(vocab.length);
  const words = [...ids.keys()];
  for (let c = 0; c < TOP; c++) {
    const members = all.filter((r) => top[r] === c);
    const sub = kmeans(x, members, SUB, dim, 100 + c);
    members.forEach((r, k) => {
      out.set(hashString(words[vocab[r] as number] as string), ((c + 1) << 4) | (sub[k] as number));
    });
  }
  log(`clusters: ${TOP}×${SUB} classes`);
  return out;
}
