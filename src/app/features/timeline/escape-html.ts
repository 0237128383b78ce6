// vis-timeline writes item content, group labels and tooltips with innerHTML (after its own
// XSS filter, which keeps harmless tags). Dataset text must show as text, so every string we
// hand it is escaped first: "<b>" → "&lt;b&gt;", shown as the four characters "<b>".
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
