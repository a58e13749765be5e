import { tokenize } from '../lib/ner/tokenize';
const t = `Turkey’s spy chief J. K. Rowling met U.S. officials, Hamas-led groups; Mr. O'Brien's "Since" 1,691 people. Jones' dog.
BREAKING NEWS FROM GAZA
Leung Kwok-hung said 3.5 😀 ok.`;
const k = tokenize(t);
const out = [];
for (let i = 0; i < k.count; i++) out.push(t.slice(k.starts[i], k.ends[i]) + '/' + k.flags[i] + (k.lineMode[i] ? 'L' + k.lineMode[i] : ''));
console.log(out.join(' '));
