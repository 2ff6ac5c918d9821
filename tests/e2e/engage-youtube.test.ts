import { engageFlows } from './engage-flows';

const W = 'https://www.youtube.com/watch?v=';
const LIKE = 'like-button-view-model button';
const SUB = 'ytd-subscribe-button-renderer button';

engageFlows({
  id: 'youtube',
  url: `${W}kampanye01`,
  fixture: 'youtube-engage',
  held: [
    { name: 'like of a campaign video', press: LIKE, log: 'like:kampanye01', undo: { press: LIKE, log: 'unlike:kampanye01' } },
    { name: 'share of a campaign video', press: 'button[aria-label="Bagikan"]', log: 'share:kampanye01' },
    { name: "subscribe to a campaign team's channel", url: `${W}tim01`, press: SUB, log: 'subscribe:timhendra', undo: { press: SUB, log: 'unsubscribe:timhendra' } },
  ],
  free: [
    { name: 'like of neutral news', url: `${W}berita01`, press: LIKE, log: 'like:berita01' },
    { name: 'subscribe to a news channel', url: `${W}berita01`, press: SUB, log: 'subscribe:kabarharian' },
  ],
});
