// UI state that is not worth sharing in a link: what the live region last announced. Everything
// shareable (selection, filters, window, the article open in the reader) lives in the URL instead.
import { create } from 'zustand';

interface UiState {
  readonly announcement: string;
  announce(message: string): void;
}

export const useUiStore = create<UiState>()((set) => ({
  announcement: '',
  announce: (announcement) => set({ announcement }),
}));
