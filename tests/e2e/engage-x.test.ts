import { engageFlows } from './engage-flows';

const post = (id: string, control: string) => `article[data-post="${id}"] [data-testid="${control}"]`;

engageFlows({
  id: 'x',
  url: 'https://x.com/home',
  fixture: 'x-engage',
  held: [
    { name: 'like on a vote call', press: post('p-campaign', 'like'), log: 'like:p-campaign', undo: { press: post('p-campaign', 'unlike'), log: 'unlike:p-campaign' } },
    { name: 'repost of a vote call', press: post('p-campaign', 'retweet'), log: 'repost-menu:p-campaign' },
    { name: 'follow of a campaign team from Who to follow', press: '[data-testid="1701-follow"]', log: 'follow:timhendra', undo: { press: '[data-testid="1701-unfollow"]', log: 'unfollow:timhendra' } },
    { name: "follow on a campaign team's profile", url: 'https://x.com/timhendra', press: '[data-testid="placementTracking"] [data-testid="1701-follow"]', log: 'follow:timhendra' },
  ],
  free: [
    { name: 'like of neutral news about candidates', press: post('p-news', 'like'), log: 'like:p-news' },
    { name: 'repost of neutral news', press: post('p-news', 'retweet'), log: 'repost-menu:p-news' },
    { name: 'like of an ordinary post', press: post('p-plain', 'like'), log: 'like:p-plain' },
    { name: 'follow of KPU', press: '[data-testid="1702-follow"]', log: 'follow:KPU_ID' },
  ],
  keys: [
    { focus: 'article[data-post="p-campaign"]', key: 'l', log: 'like:p-campaign' },
    { focus: 'article[data-post="p-campaign"]', key: 't', log: 'repost-menu:p-campaign' },
  ],
});
