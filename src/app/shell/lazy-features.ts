// Features the first view does not show are loaded on demand, so the first view downloads
// only the timeline, the list and the filters. Each loader is also started once the page is
// idle (preloadLazyFeatures), so opening a panel later does not wait for the network.
import { lazy } from 'react';

const loaders = {
  event: () => import('../features/event/index.ts'),
  actor: () => import('../features/actor/index.ts'),
  article: () => import('../features/article/index.ts'),
  export: () => import('../features/export/index.ts'),
};

export const EventPanel = lazy(() => loaders.event().then((m) => ({ default: m.EventPanel })));
export const ActorPanel = lazy(() => loaders.actor().then((m) => ({ default: m.ActorPanel })));
export const ArticlePanel = lazy(() => loaders.article().then((m) => ({ default: m.ArticlePanel })));
export const ExportMenu = lazy(() => loaders.export().then((m) => ({ default: m.ExportMenu })));

export function preloadLazyFeatures(): () => void {
  const start = () => Object.values(loaders).forEach((load) => void load());
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(start, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(start, 500);
  return () => window.clearTimeout(handle);
}
