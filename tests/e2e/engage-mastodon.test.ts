import { engageFlows } from './engage-flows';

const bar = (id: string, button: string) => `.status[data-id="${id}"] .status__action-bar ${button}`;
const FAV = 'button.star-icon';
const BOOST = 'button:has(.icon-retweet)';

engageFlows({
  id: 'mastodon',
  url: 'https://mastodon.social/home',
  fixture: 'mastodon-engage',
  held: [
    { name: 'favourite of a vote call', press: bar('p-campaign', FAV), log: 'favourite:p-campaign', undo: { press: bar('p-campaign', FAV), log: 'unfavourite:p-campaign' } },
    { name: 'boost of a vote call', press: bar('p-campaign', BOOST), log: 'boost:p-campaign', undo: { press: bar('p-campaign', BOOST), log: 'unboost:p-campaign' } },
    { name: "follow on a campaign team's account", url: 'https://mastodon.social/@timhendra', press: '.account__header button', log: 'follow:timhendra', undo: { press: '.account__header button', log: 'unfollow:timhendra' } },
  ],
  free: [
    { name: 'favourite of neutral news', press: bar('p-news', FAV), log: 'favourite:p-news' },
    { name: 'boost of neutral news', press: bar('p-news', BOOST), log: 'boost:p-news' },
    { name: 'follow of KPU', url: 'https://mastodon.social/@kpu_ri', press: '.account__header button', log: 'follow:kpu_ri' },
  ],
});
