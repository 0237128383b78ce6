import { processArticle } from './src/pipeline/process-article.ts';
const [published, ...paras] = process.argv.slice(2);
const r = processArticle({ file: 'x.txt', text: `Diplomacy\n\n${paras.join('\n\n')}\n`, published: published!, outlet: null, url: null, title: null } as never);
for (const e of r.events) console.log(`${e.date} ${e.type}${e.status ? '(' + e.status + ')' : ''} [${e.agentIds.join(',')}] <- ${e.sources[0]!.text.slice(0, 90)}`);
