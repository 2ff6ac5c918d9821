// @vitest-environment happy-dom
/** The Draft.js adapters (X, TikTok) on static copies of the platforms' DOM shape. */
import { expect, test } from 'vitest';
import tiktok from '../src/sites/tiktok';
import x from '../src/sites/x';

const matching = (sel: readonly string[]) => [...document.querySelectorAll(sel.join(','))];

test('x: only the editable matches, never the tweetTextarea_N wrappers that share its prefix', () => {
  document.body.innerHTML = `
    <div role="dialog">
      <label data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root">
        <div class="public-DraftEditorPlaceholder-root">What is happening?!</div>
        <div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0" id="a"></div></div>
      </div></div></label>
      <label data-testid="tweetTextarea_1_label"><div data-testid="tweetTextarea_1RichTextInputContainer"><div class="DraftEditor-root">
        <div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_1" id="b"></div></div>
      </div></div></label>
      <div data-testid="toolBar"><button data-testid="tweetButton">Post all</button></div>
    </div>`;
  expect(matching(x.composers).map((e) => e.id)).toEqual(['a', 'b']);
  expect(matching(x.submits)).toHaveLength(1);
  expect(document.querySelector('#a')!.closest(x.scopes!.join(','))).toBe(document.querySelector('#b')!.closest(x.scopes!.join(',')));
  const editor = x.editor as (el: Element) => string;
  expect(editor(document.querySelector('#a')!)).toBe('draftjs');
});

test('x: the narrow layout textarea is a composer read as a field', () => {
  document.body.innerHTML = `<main><div data-testid="tweetTextarea_0"><textarea aria-label="Post text" id="t"></textarea></div></main>`;
  expect(matching(x.composers).map((e) => e.id)).toEqual(['t']);
  expect((x.editor as (el: Element) => string)(document.querySelector('#t')!)).toBe('textarea');
});

test('tiktok: Enter posts in a comment box but stays a line break in the Studio caption', () => {
  document.body.innerHTML = `
    <div data-e2e="caption_container"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" id="caption"></div></div></div>
    <button data-e2e="post_video_button">Post</button>
    <div data-e2e="comment-input"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" id="comment"></div></div></div>
    <div data-e2e="comment-post" role="button">Post</div>`;
  expect(matching(tiktok.composers).map((e) => e.id)).toEqual(['caption', 'comment']);
  expect(matching(tiktok.submits)).toHaveLength(2);
  const enter = tiktok.keys.enter as (el: Element) => boolean;
  expect(enter(document.querySelector('#comment')!)).toBe(true);
  expect(enter(document.querySelector('#caption')!)).toBe(false);
  expect(tiktok.keys.modEnter).toBeFalsy();
});
