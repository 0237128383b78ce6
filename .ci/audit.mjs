#!/usr/bin/env node
// Fails when a production dependency has a known high or critical advisory (`npm audit --omit=dev`).
// When the registry cannot be asked (no network, or a mirror without npm's audit endpoint), it says so in
// one line starting "SKIPPED:" and exits 0: nothing was audited, and the line says why, so a log never
// reads as a pass. Set AUDIT_REQUIRED=1 to make that case fail instead (on a CI that can reach npmjs.org).
import { spawnSync } from 'node:child_process';

const LEVELS = ['high', 'critical'];

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
const report = parseJson(run.stdout);
const counts = report?.metadata?.vulnerabilities;

if (!counts) {
  // npm prints the failed request as JSON ({ message, statusCode, … }) when the audit endpoint fails.
  const reason =
    report?.message ?? report?.error?.summary ?? (run.error?.message || lastLine(run.stderr) || 'no report');
  const hint =
    report?.statusCode === 405 || report?.statusCode === 404 ? ' (the registry has no audit endpoint)' : '';
  console.log(`SKIPPED: npm audit could not run here, so nothing was audited: ${reason}${hint}.`);
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => LEVELS.includes(v.severity));
if (serious.length > 0) {
  const noun = serious.length === 1 ? 'dependency has' : 'dependencies have';
  console.log(`npm audit: ${serious.length} production ${noun} high or critical advisories:`);
  for (const v of serious) {
    const titles = v.via.map((via) => (typeof via === 'string' ? `via ${via}` : via.title)).join('; ');
    console.log(
      `  ${v.name} (${v.severity}, ${v.range}): ${titles}${v.fixAvailable ? ' — fix available' : ''}`,
    );
  }
  process.exit(1);
}
const minor = counts.total ?? 0;
console.log(`npm audit: no high or critical advisories in production dependencies (${minor} lower).`);

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function lastLine(text) {
  return (text ?? '').trim().split('\n').filter(Boolean).at(-1) ?? '';
}
