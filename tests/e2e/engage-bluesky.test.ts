import { engageFlows } from './engage-flows';

const post = (id: string, control: string) => `[data-post="${id}"] button[data-testid="${control}"]`;

engageFlows({
  id: 'bluesky',
  url: 'https://bsky.app/',
  fixture: 'bluesky-engage',
  held: [
    { name: 'like on a vote call', press: post('p-campaign', 'likeBtn'), log: 'like:p-campaign', undo: { press: post('p-campaign', 'likeBtn'), log: 'unlike:p-campaign' } },
    { name: 'repost of a vote call', press: post('p-campaign', 'repostBtn'), log: 'repost-menu:p-campaign' },
    { name: "follow on a campaign team's profile", url: 'https://bsky.app/profile/timhendra.bsky.social', press: '[data-testid="followBtn"]', log: 'follow:timhendra.bsky.social', undo: { press: '[data-testid="unfollowBtn"]', log: 'unfollow:timhendra.bsky.social' } },
  ],
  free: [
    { name: 'like of neutral news', press: post('p-news', 'likeBtn'), log: 'like:p-news' },
    { name: 'repost of neutral news', press: post('p-news', 'repostBtn'), log: 'repost-menu:p-news' },
    { name: 'follow of KPU', url: 'https://bsky.app/profile/kpu.bsky.social', press: '[data-testid="followBtn"]', log: 'follow:kpu.bsky.social' },
  ],
});
