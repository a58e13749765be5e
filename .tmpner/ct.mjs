import nlp from 'compromise';
import fs from 'fs';
const t = fs.readFileSync('/work/shared/seed/article.txt','utf8');
const d = nlp(t);
console.log(JSON.stringify(d.people().json({offset:true}).slice(0,2)).slice(0,600));
let txt = ''; const lines = fs.readFileSync('/work/shared/corpus/dev/gum-dev.jsonl','utf8').trim().split('\n').slice(0,10);
for (const l of lines) txt += JSON.parse(l).text + '\n';
const words = txt.split(/\s+/).length;
for (let k=0;k<2;k++){ const t0=performance.now(); const doc=nlp(txt); doc.people().json({offset:true}); doc.organizations().json({offset:true}); doc.places().json({offset:true}); const ms=performance.now()-t0; console.log(words, ms, words/ms*1000); }
