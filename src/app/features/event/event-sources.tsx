// Every source an event rests on: where it was published and the exact sentence, quoted as text.
import type { Article, Source } from '../../../domain/dataset-schema.ts';
import { formatIsoDay } from '../../../domain/format-date.ts';
import { getSafeUrl } from '../../../domain/safe-url.ts';

/** The outlet's name, or that the article names none (never presented as if it were a name). */
function OutletName({ outlet }: { readonly outlet: string | null }) {
  if (outlet === null)
    return <span className="event-panel__outlet event-panel__outlet--none">No outlet named</span>;
  return (
    <span className="event-panel__outlet">
      <bdi>{outlet}</bdi>
    </span>
  );
}

export interface EventSourcesProps {
  readonly sources: readonly Source[];
  readonly articlesById: ReadonlyMap<string, Article>;
  readonly onOpenSource: (source: Source) => void;
}

export function EventSources({ sources, articlesById, onOpenSource }: EventSourcesProps) {
  return (
    <>
      <h3 className="event-panel__section-heading">{sources.length === 1 ? 'Source' : 'Sources'}</h3>
      <ol className="event-panel__sources">
        {sources.map((source) => (
          <li key={`${source.articleId}:${source.start}:${source.end}`} className="event-panel__source">
            <SourceItem
              source={source}
              article={articlesById.get(source.articleId)}
              onOpenSource={onOpenSource}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

interface SourceItemProps {
  readonly source: Source;
  /** Undefined when the caller's map lacks the article; the quote is still shown. */
  readonly article: Article | undefined;
  readonly onOpenSource: (source: Source) => void;
}

function SourceItem({ source, article, onOpenSource }: SourceItemProps) {
  const url = getSafeUrl(article?.url);
  return (
    <>
      {article ? (
        <p className="event-panel__source-meta">
          <OutletName outlet={article.outlet} />
          {' · '}
          <cite>
            <bdi>{article.title}</bdi>
          </cite>
          {' · '}
          <time dateTime={article.published}>{formatIsoDay(article.published)}</time>
        </p>
      ) : (
        <p className="event-panel__source-meta">Unknown article</p>
      )}
      <blockquote className="event-panel__quote">
        <bdi>{source.text}</bdi>
      </blockquote>
      {article && (
        <p className="event-panel__source-actions">
          {/* The name starts with the visible text (WCAG 2.5.3) and says which article opens. */}
          <button
            type="button"
            className="panel__button"
            aria-label={`Read in article “${article.title}” with this sentence highlighted`}
            onClick={() => onOpenSource(source)}
          >
            Read in article
          </button>
          {url !== null && (
            <a className="event-panel__external" href={url} target="_blank" rel="noopener noreferrer">
              Original article <span className="visually-hidden">“{article.title}” (opens in a new tab)</span>
            </a>
          )}
        </p>
      )}
    </>
  );
}
