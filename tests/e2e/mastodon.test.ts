import { platformFlows } from './platform-flows';

platformFlows({
  id: 'mastodon',
  url: 'https://mastodon.social/home',
  fixture: 'mastodon',
  composer: 'form.compose-form textarea',
  submit: 'form.compose-form button[type="submit"]',
  key: 'Control+Enter',
  field: true,
});
