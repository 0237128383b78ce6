// UI state that is not worth sharing in a link: which article is open in the reader and
// what the live region last announced. Everything shareable lives in the URL instead.
import { create } from 'zustand';

export interface ArticleView {
  readonly articleId: string;
  /** The sentence to highlight, as a span of the article's original text. */
  readonly highlight: { readonly start: number; readonly end: number } | null;
}

interface UiState {
  readonly articleView: ArticleView | null;
  readonly announcement: string;
  openArticle(view: ArticleView): void;
  closeArticle(): void;
  announce(message: string): void;
}

export const useUiStore = create<UiState>()((set) => ({
  articleView: null,
  announcement: '',
  openArticle: (articleView) => set({ articleView }),
  closeArticle: () => set({ articleView: null }),
  announce: (announcement) => set({ announcement }),
}));
