// "Share": copying the link to this view and the three downloads of the events shown, in one menu.
// The copy's outcome is announced beside the button (and, if the clipboard refuses, the link is
// shown selected in a field).
import type { DiplomaticEvent } from '../../domain/dataset-schema.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { useEffect } from 'react';
import { getExportActions, preloadExportFormats } from '../features/export/index.ts';
import { CopyLinkFeedback, useCopyLink } from '../features/url-state/index.ts';
import { Menu } from '../ui/index.ts';

export interface ShareMenuProps {
  readonly events: readonly DiplomaticEvent[];
  readonly index: DatasetIndex;
}

export function ShareMenu({ events, index }: ShareMenuProps) {
  const { copyLink, copy, inputRef } = useCopyLink();
  // The downloads' formatters arrive in idle time, so they work offline later.
  useEffect(preloadExportFormats, []);
  const downloads = getExportActions({
    events,
    actorsById: index.actorsById,
    articlesById: index.articlesById,
  }).map((action) => ({ label: action.label, onSelect: action.save, disabled: events.length === 0 }));
  const noun = events.length === 1 ? 'event' : 'events';
  return (
    <span className="share">
      <Menu
        className="share__menu"
        trigger="Share"
        label={`Share this view or download its ${events.length} ${noun}`}
        items={[{ label: 'Copy link', onSelect: () => void copyLink() }, ...downloads]}
      />
      <CopyLinkFeedback copy={copy} inputRef={inputRef} />
    </span>
  );
}
