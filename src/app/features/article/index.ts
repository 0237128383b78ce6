// The article feature's public API: the app shell imports from here, not from the files inside.
export { ArticlePanel } from './article-panel.tsx';
export type { ArticlePanelProps } from './article-panel.tsx';
export { splitParagraphForHighlight } from './split-paragraph-for-highlight.ts';
export type { TextSegment, TextSpan } from './split-paragraph-for-highlight.ts';
