import { processArticle } from './src/pipeline/process-article.ts';
const sentences = process.argv.slice(2);
for (const s of sentences) {
  const r = processArticle({ file: 'x.txt', text: `Diplomacy\n\n${s}\n`, published: '2024-02-21', outlet: null, url: null, title: null } as never);
  const out = r.events.map((e) => `${e.date} ${e.type}${e.status ? '(' + e.status + ')' : ''} [${e.agentIds.join(',')}]`);
  console.log(out.length ? '!!' : 'ok', s, '=>', out.join(' ; '));
}
