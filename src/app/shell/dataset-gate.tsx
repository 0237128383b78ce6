// Loads the dataset and shows the loading, error (with retry) or empty state; the rest of
// the app only renders once a valid dataset is in hand.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { datasetQueryOptions } from '../dataset/dataset-query.ts';

export function DatasetGate({ children }: { readonly children: (index: DatasetIndex) => ReactNode }) {
  const query = useQuery(datasetQueryOptions());
  if (query.isPending) {
    return (
      <p role="status" className="state-message">
        Loading the dataset…
      </p>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="state-message state-message--error">
        <h2>The timeline could not be loaded</h2>
        <p>{query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
  if (query.data.events.length === 0) {
    return (
      <div role="status" className="state-message">
        <h2>No events yet</h2>
        <p>
          The dataset has {query.data.dataset.articles.length} article
          {query.data.dataset.articles.length === 1 ? '' : 's'} but no dated events. Add articles to the input
          folder and rebuild.
        </p>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
