import { platformFlows } from './platform-flows';

// TikTok Studio: the upload caption posts by its button only.
platformFlows({
  id: 'tiktok-studio',
  url: 'https://www.tiktok.com/tiktokstudio/upload',
  fixture: 'tiktok',
  composer: '[data-e2e="caption_container"] .public-DraftEditor-content',
  submit: 'button[data-e2e="post_video_button"]',
  key: null,
});

// A video's comment box: Enter posts.
platformFlows({
  id: 'tiktok-comments',
  url: 'https://www.tiktok.com/@pemkab.sleman/video/7412345678901234567',
  fixture: 'tiktok-comments',
  composer: '[data-e2e="comment-input"] [contenteditable="true"]',
  submit: '[data-e2e="comment-post"]',
  key: 'Enter',
});
