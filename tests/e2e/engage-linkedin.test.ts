import { engageFlows } from './engage-flows';

const post = (id: string, button: string) => `[data-post="${id}"] ${button}`;
const LIKE = 'button.react-button__trigger';
const REPOST = 'button.social-reshare-button';

engageFlows({
  id: 'linkedin',
  url: 'https://www.linkedin.com/feed/',
  fixture: 'linkedin-engage',
  held: [
    { name: 'like on a vote call', press: post('p-campaign', LIKE), log: 'like:p-campaign', undo: { press: post('p-campaign', LIKE), log: 'unlike:p-campaign' } },
    { name: 'repost of a vote call', press: post('p-campaign', REPOST), log: 'repost-menu:p-campaign' },
    { name: "follow of a vote call's author", press: post('p-campaign', 'button.follow'), log: 'follow:p-campaign' },
    { name: "follow on a campaign team's company page", url: 'https://www.linkedin.com/company/timhendra/', press: '.org-top-card button.follow', log: 'follow:timhendra', undo: { press: '.org-top-card button.follow', log: 'unfollow:timhendra' } },
  ],
  free: [
    { name: 'like of neutral news', press: post('p-news', LIKE), log: 'like:p-news' },
    { name: 'repost of neutral news', press: post('p-news', REPOST), log: 'repost-menu:p-news' },
    { name: 'follow of KPU', url: 'https://www.linkedin.com/company/kpu-ri/', press: '.org-top-card button.follow', log: 'follow:kpu-ri' },
  ],
});
