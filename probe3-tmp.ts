import { processArticle } from './src/pipeline/process-article.ts';
const [published, ...paras] = process.argv.slice(2);
const r = processArticle({ file: 'x.txt', text: `Diplomacy\n\n${paras.join('\n\n')}\n`, published: published!, outlet: null, url: null, title: null } as never) as any;
console.log(JSON.stringify(r.actors ?? r.discovered ?? Object.keys(r), null, 0).slice(0, 3000));
