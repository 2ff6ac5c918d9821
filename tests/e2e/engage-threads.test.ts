import { engageFlows } from './engage-flows';

const icon = (id: string, label: string) => `[data-post="${id}"] div[role="button"]:has(svg[aria-label="${label}"])`;

engageFlows({
  id: 'threads',
  url: 'https://www.threads.com/',
  fixture: 'threads-engage',
  held: [
    { name: 'Suka on a vote call', press: icon('p-campaign', 'Suka'), log: 'like:p-campaign', undo: { press: icon('p-campaign', 'Batal suka'), log: 'unlike:p-campaign' } },
    { name: "Ikuti on a campaign team's profile", url: 'https://www.threads.com/@timhendra', press: '.th-follow', log: 'follow:timhendra', undo: { press: '.th-follow', log: 'unfollow:timhendra' } },
  ],
  free: [
    { name: 'Posting ulang of neutral news', press: icon('p-news', 'Posting ulang'), log: 'repost-menu:p-news' },
    { name: 'Ikuti KPU', url: 'https://www.threads.com/@kpu_ri', press: '.th-follow', log: 'follow:kpu_ri' },
  ],
});
