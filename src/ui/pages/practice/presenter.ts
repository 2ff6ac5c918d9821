/**
 * Presenter mode enlarges the whole practice tab the way the browser's own zoom does, so the
 * composer, the badge beside it and the pre-post dialog grow together and stay aligned (the
 * dialog lives in a closed shadow root that page CSS cannot reach). Zoom is set for this tab
 * only; other Netra pages keep their size.
 */
import { browser } from 'wxt/browser';

export const PRESENTER_ZOOM = 1.5;

export async function setPresenterZoom(on: boolean): Promise<void> {
  document.body.classList.toggle('presenter-body', on);
  try {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('not in a tab');
    await browser.tabs.setZoomSettings(tab.id, { mode: 'automatic', scope: 'per-tab' });
    // 0 restores the browser's default zoom.
    await browser.tabs.setZoom(tab.id, on ? PRESENTER_ZOOM : 0);
    document.body.classList.remove('presenter-large-text');
  } catch {
    // No per-tab zoom in this browser: larger text on the page only. CSS zoom would also scale
    // the badge's position and lose its place beside the box, so it is not used.
    document.body.classList.toggle('presenter-large-text', on);
  }
}
