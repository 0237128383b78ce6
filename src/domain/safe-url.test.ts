import { describe, expect, it } from 'vitest';
import { getSafeUrl } from './safe-url.ts';

describe('getSafeUrl', () => {
  it.each([
    ['http://example.org/story', 'http://example.org/story'],
    ['https://example.org/story?id=1#p2', 'https://example.org/story?id=1#p2'],
    ['HTTPS://Example.org/Story', 'https://example.org/Story'],
    ['HtTp://example.org', 'http://example.org/'],
    ['  https://example.org/padded  ', 'https://example.org/padded'],
    ['\nhttps://example.org/newline\t', 'https://example.org/newline'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
  ])('keeps %j as %j', (url, expected) => {
    expect(getSafeUrl(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '/news/story',
    'news/story',
    '//evil.example/story',
    '#top',
    'https:',
    'http://',
    '',
    '   ',
    null,
    undefined,
  ])('refuses %j', (url) => {
    expect(getSafeUrl(url)).toBeNull();
  });
});
