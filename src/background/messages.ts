/** Background work is small: opening extension pages for content scripts that cannot, and passing pictures on. */
import { browser } from 'wxt/browser';
import { handlePicture, warmUpPictures } from './pictures';
import type { PictureRequest } from '../images/types';

export function handleBackgroundMessage(msg: unknown): Promise<unknown> | undefined {
  const m = msg as { type?: string; id?: string };
  if (m?.type === 'netra:open-guideline') {
    const hash = m.id && /^[a-z0-9-]+$/.test(m.id) ? `#${m.id}` : '';
    return browser.tabs.create({ url: browser.runtime.getURL(`/guidelines.html${hash}` as '/guidelines.html') });
  }
  if (m?.type === 'netra:picture') return handlePicture(msg as PictureRequest);
  if (m?.type === 'netra:picture-warm-up') return warmUpPictures().then(() => true, () => false);
  return undefined;
}
