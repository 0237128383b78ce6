// The built site works from any path a host answers with index.html, and from a sub-folder when it
// is built for one (BASE_PATH=/sub/ npm run build), under `vite preview` and under a plain static
// server that knows nothing about the app.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

async function expectWorkingApp(page: Page) {
  const list = page.getByRole('list', { name: 'Events' });
  await expect(list.getByRole('button').first()).toBeVisible();
  await list.getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
}

test('a deep path that the server answers with index.html shows the app', async ({ page }) => {
  await page.goto('/foo/bar/');
  await expectWorkingApp(page);
});

test.describe('built for a sub-folder, served by a plain static server', () => {
  let dir = '';
  let server: Server;
  let origin = '';

  test.beforeAll(() => {
    test.setTimeout(120_000);
    dir = mkdtempSync(path.join(tmpdir(), 'sub-folder-site-'));
    execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, BASE_PATH: '/sub/' },
      stdio: 'pipe',
    });
    // Files under /sub/, anything else under /sub/ falls back to index.html, the rest is 404.
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith('/sub/')) return void response.writeHead(404).end();
      const file = path.join(dir, decodeURIComponent(url.pathname.slice('/sub/'.length)));
      const found = file.startsWith(dir) && statSync(file, { throwIfNoEntry: false })?.isFile();
      const served = found ? file : path.join(dir, 'index.html');
      const type = served.endsWith('.js') ? 'text/javascript' : served.endsWith('.css') ? 'text/css' : '';
      response.writeHead(200, type ? { 'content-type': type } : {}).end(readFileSync(served));
    });
    return new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve();
      }),
    );
  });

  test.afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const at of ['/sub/', '/sub/some/deep/link/']) {
    test(`works at ${at}`, async ({ page }) => {
      await page.goto(`${origin}${at}`);
      await expectWorkingApp(page);
    });
  }
});
