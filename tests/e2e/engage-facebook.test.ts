import { engageFlows } from './engage-flows';

const post = (id: string, label: string) => `[data-post="${id}"] div[role="button"][aria-label="${label}"]`;
const REACT = (label: string) => `div[role="dialog"][aria-label="Reaksi"] div[role="button"][aria-label="${label}"]`;
const SHARE = 'Kirim ini ke teman atau posting di profil Anda.';

engageFlows({
  id: 'facebook',
  url: 'https://www.facebook.com/',
  fixture: 'facebook-engage',
  held: [
    { name: 'Suka on a vote call', press: post('p-campaign', 'Suka'), log: 'like:p-campaign', undo: { press: post('p-campaign', 'Hapus Suka'), log: 'unlike:p-campaign' } },
    { name: 'Super from the reactions bar on a vote call', hover: post('p-campaign', 'Suka'), press: REACT('Super'), log: 'react-super:p-campaign' },
    { name: 'Bagikan of a vote call', press: post('p-campaign', SHARE), log: 'share:p-campaign' },
    { name: "Ikuti on a campaign team's Page", url: 'https://www.facebook.com/timhendra', press: 'div[role="button"][aria-label="Ikuti"]', log: 'follow:timhendra', undo: { press: 'div[role="button"][aria-label="Mengikuti"]', log: 'unfollow:timhendra' } },
    { name: 'Gabung ke grup of a winning team', url: 'https://www.facebook.com/groups/relawanratnamenang', press: 'div[role="button"][aria-label="Gabung ke grup"]', log: 'join:relawanratnamenang' },
  ],
  free: [
    { name: 'Suka on neutral news', press: post('p-news', 'Suka'), log: 'like:p-news' },
    { name: 'Peduli from the reactions bar on an ordinary post', hover: post('p-plain', 'Suka'), press: REACT('Peduli'), log: 'react-peduli:p-plain' },
    { name: 'Bagikan of an ordinary post', press: post('p-plain', SHARE), log: 'share:p-plain' },
    { name: 'Ikuti Bawaslu', url: 'https://www.facebook.com/bawaslu.ri', press: 'div[role="button"][aria-label="Ikuti"]', log: 'follow:bawaslu.ri' },
    { name: 'Gabung ke grup of an office group', url: 'https://www.facebook.com/groups/infoasnsleman', press: 'div[role="button"][aria-label="Gabung ke grup"]', log: 'join:infoasnsleman' },
  ],
  keys: [{ focus: '[data-post="p-campaign"] div[role="button"][aria-label="Suka"]', key: 'Enter', log: 'like:p-campaign' }],
});
