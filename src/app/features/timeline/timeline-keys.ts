// Keyboard shortcuts of the focused timeline. Modified keys (Ctrl/Cmd/Alt) are left to the
// browser so Ctrl + and Ctrl − still zoom the page; Shift is allowed because "+" needs it.
export type TimelineCommand = 'zoom-in' | 'zoom-out' | 'move-left' | 'move-right' | 'fit' | 'clear-selection';

const COMMANDS_BY_KEY: Readonly<Record<string, TimelineCommand>> = {
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  ArrowLeft: 'move-left',
  ArrowRight: 'move-right',
  '0': 'fit',
  Home: 'fit',
  Escape: 'clear-selection',
};

export function getKeyCommand(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}): TimelineCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return Object.hasOwn(COMMANDS_BY_KEY, event.key) ? (COMMANDS_BY_KEY[event.key] ?? null) : null;
}

/** One line for screen readers and sighted users alike, linked with aria-describedby. */
export const KEYBOARD_HELP =
  'Keys: + and − zoom, ← and → move, 0 or Home fits all, Esc clears the selection.';
