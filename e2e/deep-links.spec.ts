import { expect, test } from '@playwright/test';
import { loadDataset } from './dataset.ts';

test.describe('deep links', () => {
  test('a shared link opens the same view in a fresh page', async ({ browser, page, request }) => {
    const dataset = await loadDataset(request);
    const event = dataset.events.find((e) => e.actorIds.length > 0)!;
    const actorId = event.actorIds[0]!;
    await page.goto(`./?event=${event.id}&actors=${actorId}&from=2000-01-01&to=2025-01-01`);
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: event.title }),
    ).toBeVisible();
    const url = page.url();

    const fresh = await browser.newPage();
    await fresh.goto(url);
    await expect(
      fresh.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: event.title }),
    ).toBeVisible();
    const expected = dataset.events.filter((e) => e.actorIds.includes(actorId)).length;
    await expect(fresh.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(expected);
    await expect(fresh).toHaveURL(/from=2000-01-01&to=2025-01-01/);
    await fresh.close();
  });

  test('back and forward step through selections', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const [first, second] = dataset.events;
    await page.goto('./');
    const list = page.getByRole('list', { name: 'Events' });
    const details = page.getByRole('region', { name: 'Event details' });
    await list
      .getByRole('button', { name: new RegExp(escape(first!.title)) })
      .first()
      .click();
    await expect(details.getByRole('heading', { name: first!.title })).toBeVisible();
    await list
      .getByRole('button', { name: new RegExp(escape(second!.title)) })
      .first()
      .click();
    await expect(details.getByRole('heading', { name: second!.title })).toBeVisible();
    await page.goBack();
    await expect(details.getByRole('heading', { name: first!.title })).toBeVisible();
    await page.goBack();
    await expect(details).toHaveCount(0);
    await page.goForward();
    await expect(details.getByRole('heading', { name: first!.title })).toBeVisible();
  });

  test('an unknown event id shows a polite notice and the page still works', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    await page.goto('./?event=no-such-event');
    await expect(page.getByRole('status').filter({ hasText: 'no-such-event' })).toBeVisible();
    // The list is virtualised: every row states the full count it belongs to.
    await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem').first()).toHaveAttribute(
      'aria-setsize',
      String(dataset.events.length),
    );
  });

  test('a hostile value is shown as text and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(
      `./?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&event=${encodeURIComponent('"><script>alert(2)</script>')}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Diplomacy Timeline' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'event' }).first()).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
