// The url-state feature's public API: the app shell imports from here, not from the files inside.
export { CopyLinkButton, CopyLinkFeedback, useCopyLink } from './copy-link-button.tsx';
export type { CopyLink, CopyLinkButtonProps } from './copy-link-button.tsx';
export { UrlNotice } from './url-notice.tsx';
export type { UrlNoticeProps } from './url-notice.tsx';
export { emptyUrlState, LANE_GROUPINGS, parseUrlState, serializeUrlState } from './url-state.ts';
export type { LaneGrouping, ParsedUrlState, UrlProblem, UrlState } from './url-state.ts';
export { MAX_ID_LENGTH, MAX_LIST_ITEMS, MAX_QUERY_LENGTH } from './url-values.ts';
export type { QuoteSpan } from './url-values.ts';
export { navigateUrlState, useUrlState } from './use-url-state.ts';
export type { Navigate, NavigateOptions, UrlStateHandle } from './use-url-state.ts';
