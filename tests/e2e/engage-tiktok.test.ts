import { engageFlows } from './engage-flows';

const item = (id: string, sel: string) => `[data-video="${id}"] ${sel}`;
const LIKE = 'button:has([data-e2e="like-icon"])';
const SHARE = 'button:has([data-e2e="share-icon"])';

engageFlows({
  id: 'tiktok',
  url: 'https://www.tiktok.com/',
  fixture: 'tiktok-engage',
  held: [
    { name: 'like of a campaign video', press: item('v-campaign', LIKE), log: 'like:v-campaign', undo: { press: item('v-campaign', LIKE), log: 'unlike:v-campaign' } },
    { name: 'share of a campaign video', press: item('v-campaign', SHARE), log: 'share:v-campaign' },
    { name: "follow on a campaign team's profile", url: 'https://www.tiktok.com/@timhendra', press: 'button[data-e2e="follow-button"]', log: 'follow:timhendra', undo: { press: 'button[data-e2e="follow-button"]', log: 'unfollow:timhendra' } },
  ],
  free: [
    { name: 'like of neutral news', press: item('v-news', LIKE), log: 'like:v-news' },
    { name: 'follow of an ordinary account from the feed', press: item('v-plain', 'button[data-e2e="feed-follow"]'), log: 'follow:sriwahyuni' },
    { name: 'follow of Bawaslu', url: 'https://www.tiktok.com/@bawaslu_ri', press: 'button[data-e2e="follow-button"]', log: 'follow:bawaslu_ri' },
  ],
});
