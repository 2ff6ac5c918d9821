/**
 * The only sites Netra reads. The manifest's host permissions and content-script matches come
 * from this list, so a platform added here is added everywhere at once.
 */
export const HOST_PATTERNS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.linkedin.com/*',
  'https://www.threads.com/*',
  'https://www.threads.net/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
  'https://bsky.app/*',
  'https://mastodon.social/*',
  'https://mastodon.online/*',
  'https://mstdn.social/*',
  'https://web.whatsapp.com/*',
];

