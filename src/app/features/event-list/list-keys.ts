// Which row a key moves focus to, or null for keys the list leaves alone.
//   ("ArrowDown", 4, 10, 5) → 5;  ("End", 4, 10, 5) → 9;  ("PageDown", 8, 10, 5) → 9;  ("a", …) → null

export function getTargetRow(key: string, from: number, count: number, pageRows: number): number | null {
  if (!Number.isInteger(from) || count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(from + pageRows, last);
    case 'PageUp':
      return Math.max(from - pageRows, 0);
    default:
      return null;
  }
}
