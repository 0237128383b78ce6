// What the reader shows until the article's text is in hand: a polite "loading", or the reason it
// could not be loaded with a Retry button. The header above (title, outlet, date) comes from the
// index and shows at once either way.

export function ArticleTextLoading() {
  return (
    <p role="status" className="article-panel__note">
      Loading the article’s text…
    </p>
  );
}

export interface ArticleTextFailureProps {
  readonly message: string;
  readonly retrying: boolean;
  readonly onRetry: () => void;
}

export function ArticleTextFailure({ message, retrying, onRetry }: ArticleTextFailureProps) {
  return (
    <div role="alert" className="article-panel__note article-panel__note--error">
      <p className="article-panel__error-message">{message}</p>
      <button type="button" className="panel__button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
