import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppShell } from './shell/app-shell.tsx';
import { DatasetGate } from './shell/dataset-gate.tsx';

export function App() {
  // One client per mounted app (not module-level), so tests get a fresh cache each.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#event-list">
        Skip to event list
      </a>
      <header className="app-header">
        <h1>Diplomacy Timeline</h1>
        <p className="tagline">US–Israel–UN diplomacy, event by event, from the news.</p>
      </header>
      <main id="main">
        <DatasetGate>{(index) => <AppShell index={index} />}</DatasetGate>
      </main>
    </QueryClientProvider>
  );
}
