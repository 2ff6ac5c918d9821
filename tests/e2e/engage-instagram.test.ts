import { engageFlows } from './engage-flows';

const icon = (id: string, label: string) => `article[data-post="${id}"] div[role="button"]:has(> svg[aria-label="${label}"])`;

engageFlows({
  id: 'instagram',
  url: 'https://www.instagram.com/',
  fixture: 'instagram-engage',
  held: [
    { name: 'Suka on a vote call', press: icon('p-campaign', 'Suka'), log: 'like:p-campaign', undo: { press: icon('p-campaign', 'Batal Suka'), log: 'unlike:p-campaign' } },
    { name: 'Bagikan of a vote call', press: icon('p-campaign', 'Bagikan'), log: 'share:p-campaign' },
    { name: "Ikuti on a campaign team's profile", url: 'https://www.instagram.com/timhendra/', press: 'header button.ig-follow', log: 'follow:timhendra', undo: { press: 'header button.ig-follow', log: 'unfollow:timhendra' } },
  ],
  free: [
    { name: 'Suka on neutral news', press: icon('p-news', 'Suka'), log: 'like:p-news' },
    { name: 'Suka on an ordinary post', press: icon('p-plain', 'Suka'), log: 'like:p-plain' },
    { name: 'Ikuti KPU', url: 'https://www.instagram.com/kpu_ri/', press: 'header button.ig-follow', log: 'follow:kpu_ri' },
  ],
});
