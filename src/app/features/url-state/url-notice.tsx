// Tells people which parts of a shared link were ignored. Everything is rendered as text by React (never as
// HTML), and each value sits in <bdi> so right-to-left text in it cannot reorder the sentence around it.
import { useState } from 'react';
import type { UrlProblem } from './url-state.ts';

/** More than this many lines are summarised as "…and N more". */
const MAX_LINES_SHOWN = 8;

export interface UrlNoticeProps {
  readonly problems: readonly UrlProblem[];
  /** Extra plain-text lines from the app, e.g. 'No event with id "x" exists'. */
  readonly messages?: readonly string[];
  readonly onDismiss?: () => void;
}

type Line = { readonly problem: UrlProblem } | { readonly message: string };

export function UrlNotice({ problems, messages = [], onDismiss }: UrlNoticeProps) {
  // Keyed by content, not identity: callers may build `messages` afresh on every render, and a dismissed
  // notice should come back only when the link's problems actually change (e.g. after Back).
  const contentKey = JSON.stringify([problems, messages]);
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  if ((problems.length === 0 && messages.length === 0) || dismissedKey === contentKey) return null;

  const lines: readonly Line[] = [
    ...problems.map((problem) => ({ problem })),
    ...messages.map((message) => ({ message })),
  ];
  const hidden = lines.length - MAX_LINES_SHOWN;

  return (
    <div role="status" className="url-notice">
      <p>Parts of this link could not be used:</p>
      <ul>
        {lines.slice(0, MAX_LINES_SHOWN).map((line, index) => (
          <li key={index}>{'problem' in line ? <ProblemText problem={line.problem} /> : line.message}</li>
        ))}
        {hidden > 0 && <li>…and {hidden} more</li>}
      </ul>
      <button
        type="button"
        onClick={() => {
          setDismissedKey(contentKey);
          onDismiss?.();
        }}
      >
        Dismiss
      </button>
    </div>
  );
}

/** `actors`: “John Kerry” is not a valid id … */
function ProblemText({ problem }: { readonly problem: UrlProblem }) {
  return (
    <>
      <code>{problem.key}</code>: “<bdi>{problem.value}</bdi>” {problem.reason}
    </>
  );
}
