/**
 * Judgement by class (issue 11): exceptions that cover only what they explain, targets from data
 * and from context, stance in everyday words, reporting. Each case stands for a class of
 * expressions, not for one post.
 */
import { describe, expect, test } from 'vitest';
import { isFlagged } from '../../src/engine/finding';
import { oneEditApart } from '../../src/engine/targets';
import { engine } from '../helpers';

const flagged = (text: string, date?: string) => isFlagged(engine.check(text, date ? { date } : undefined));
const targetsOf = (text: string) => engine.explain(text).targets.map((t) => ({ text: text.slice(t.start, t.end), kind: t.kind, id: t.id }));

describe('an exception silences only what it explains', () => {
  test.each([
    'Besok jangan lupa datang ke TPS dan coblos nomor 2 ya',
    'Datang ke TPS ya warga Sukamaju, menangkan Paslon 02',
    'Gunakan hak pilih, jangan golput — pilih 01!',
    'Saya netral kok, tapi ayo menangkan paslon 3',
    'Menurut survei Prabowo unggul, ayo coblos 02!',
    'ASN memang dilarang kampanye, tapi coblos 02 ya',
    'Jangan lupa ke TPS besok, jangan pilih nomor 2 pokoknya',
    // A turn ("tapi") after a reminder of the rules makes what follows the writer's own words.
    'Ingat ASN harus netral, tapi kerjanya nyata di Solo. Layak banget jadi wapres!',
    'Ingat ASN harus netral, tapi salam dari Semarang, GP 4Presiden',
  ])('a vote call next to a civic call, a disclaimer, a survey or the rules stays: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
  test.each([
    'Gunakan hak pilihmu, jangan golput, pilih sesuai hati nurani.',
    'Siapa pun yang menang, semoga amanah.',
    'KPU menetapkan nomor urut 2 untuk pasangan Prabowo-Gibran.',
    'Menurut survei LSI, Prabowo unggul di Jawa Timur.',
    'Saya tidak mendukung siapa pun, saya ASN.',
    'Contoh yang dilarang untuk ASN: pakai kaos partai dan ikut deklarasi.',
    // The rule named again after the turn: a training's examples stay examples.
    'ASN boleh memilih, tapi dilarang kampanye. Contoh pelanggaran: pasang twibbon \'Coblos 02\'.',
  ])('what the exception explains stays silent: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
  test.each([
    // Somebody else's support covers its own words only; the writer's own call stays.
    'Ulama dukung Anies, saya juga dukung Anies',
    'Yang dukung 02 ayo merapat!',
    'Warga Cibiru, dukung cabup nomor urut 3 ya',
    'Pak Budi, dukung 02 ya!',
    // A contest named elsewhere does not excuse an election call; only a named contest does.
    'Ayo coblos 02, pasti juara!',
    // A result told as done does not cover the cheer in the writer's own clause.
    'Anies sudah jadi gubernur, tapi Anies presidenku!',
    'Prabowo sudah pasti jadi presiden!',
    // A prayer's "amin" is not the ticket; a wish for the ticket still is.
    'Ya Allah, semoga AMIN menang!',
  ])('a scoped exception leaves the writer\'s own call: %s', (text) => {
    expect(flagged(text, '2024-01-10')).toBe(true);
  });
  test.each([
    'Demokrat dukung Prabowo-Gibran, padahal dulu berseberangan.',
    'Tetangga pasang baliho caleg di pagarnya, itu haknya.',
    'Contoh pelanggaran: ASN menulis "ayo coblos paslon 2" di status WA. Jangan ditiru.',
    'Vote nomor 3 ya, itu video kelompok anakku di lomba sekolah',
    'Prabowo jadi presiden, Gibran wapres, sekarang tinggal kita lihat kerjanya.',
    'Ya Allah lancarkan ujian anak-anak kami. AMIN',
  ])('somebody else\'s act, a quoted example, a contest, a result or a prayer: %s', (text) => {
    expect(flagged(text, '2024-01-10')).toBe(false);
  });
  test('the reasoning shows the span an exception covered', () => {
    const text = 'Menurut survei LSI, Prabowo unggul di Jawa Timur.';
    const x = engine.explain(text);
    const s = x.silenced.find((q) => q.by === 'reported');
    expect(s?.cover && text.slice(s.cover.start, s.cover.end)).toContain('Prabowo unggul');
  });
});

describe('targets from data and from context', () => {
  test('a handle written @First_Last or in camel case names the person', () => {
    expect(targetsOf('Mantap @Anies_Baswedan!')).toContainEqual(expect.objectContaining({ id: 'anies-baswedan' }));
    expect(targetsOf('Keren @GanjarPranowo')).toContainEqual(expect.objectContaining({ id: 'ganjar-pranowo' }));
  });
  test('a name misspelt by one letter is found, an ordinary word is not', () => {
    expect(targetsOf('Ayo pilih Prabowoo di pilpres')).toContainEqual(expect.objectContaining({ id: 'prabowo-subianto' }));
    expect(targetsOf('Harga beras naik lagi minggu ini')).toEqual([]);
    expect(targetsOf('Ganjr paling keren')).toContainEqual(expect.objectContaining({ id: 'ganjar-pranowo' }));
    // Two edits apart, though each loses a letter to the same word: "ngajar" is teaching, not Ganjar.
    expect(targetsOf('Rindu suasana ngajar di sekolah lama')).toEqual([]);
    expect(oneEditApart('prabowo', 'prabwoo')).toBe(true);
    expect(oneEditApart('ganjar', 'ngajar')).toBe(false);
  });
  test('a sentence\'s first word that no one knows is a name; a known word opening a sentence is not', () => {
    expect(targetsOf('Darsimin-lovers tuh kalo dikritik langsung baper')).toContainEqual(expect.objectContaining({ kind: 'camp', text: 'Darsimin-lovers' }));
    expect(targetsOf('Wirandoko for governor? No way.')).toContainEqual(expect.objectContaining({ kind: 'candidate', text: 'Wirandoko for governor' }));
    expect(targetsOf('Kopi-lovers pasti suka kafe baru ini')).toEqual([]);
    expect(targetsOf('Semangat for the exam tomorrow, guys!')).toEqual([]);
    // A draft in one case has no capitals to read: "darsimin-lovers" is no name.
    expect(targetsOf('darsimin-lovers tuh kalo dikritik langsung baper')).toEqual([]);
  });
  test('names inside a hashtag, and known campaign hashtags', () => {
    expect(targetsOf('Siap! #PrabowoGibran2024')).toContainEqual(expect.objectContaining({ kind: 'hashtag' }));
    expect(targetsOf('#AniesBaswedan lagi')).toContainEqual(expect.objectContaining({ id: 'anies-baswedan' }));
  });
  test('candidates no list knows, by context', () => {
    expect(targetsOf('Pak Yusuf Hadi cawalkot kita')).toContainEqual(expect.objectContaining({ kind: 'candidate' }));
    expect(targetsOf('cabup nomor urut 3 itu')).toContainEqual(expect.objectContaining({ kind: 'candidate' }));
    expect(targetsOf('Dukung terus Partai Maju Jaya!')).toContainEqual(expect.objectContaining({ kind: 'party' }));
    // Named with an honorific, a person is only a weak target: it counts in a draft about an election.
    expect(targetsOf('Pak Yusuf Hadi guru kelas 5 di sekolah kami')).toEqual([expect.objectContaining({ kind: 'named', text: 'Pak Yusuf Hadi' })]);
    expect(targetsOf('Pak Guru datang pagi ini')).toEqual([]);
  });
  test('a name that is also an ordinary word needs capitals, an honorific or a hashtag', () => {
    expect(targetsOf('Pas banget buat sarapan')).toEqual([]);
    expect(targetsOf('Hati-hati di jalan, aman sampai rumah')).toEqual([]);
  });
  // A handle no list knows names a person; an institution's or a newsroom's is read in its parts
  // (rules/language.yml `institution_handles`), never searched for letters inside.
  const handleTargets = (text: string) => targetsOf(text).filter((t) => t.text.startsWith('@')).map((t) => t.text);
  test.each(['@KPU_RI', '@bawaslu_ri', '@HumasPemkotBdg', '@pemkabbogor', '@kemenag', '@DivHumas_Polri', '@detikcom', '@kompascom', '@tempodotco', '@tvOneNews', '@Metro_TV', '@TRIBUNnewsBogor', '@okezonenews', '@infopemilu', '@bpbd_official', '@humas_resmi'])(
    'an institution\'s or a newsroom\'s handle is no target: %s',
    (handle) => {
      expect(handleTargets(`Soal pilkada kemarin, saya sudah lapor ke ${handle} ya`)).toEqual([]);
    },
  );
  // "official" closes a candidate's or an artist's account as often as a club's: by itself it marks nothing.
  test.each(['@steven_tvl', '@rinfoto', '@Mediana_Putri', '@harianto', '@nusantara_ku', '@TVXQ', '@kpuspita', '@rinaldi_official', '@bangjoni.official'])(
    'a person\'s handle with an institution\'s letters inside is a target: %s',
    (handle) => {
      expect(handleTargets(`Soal pilkada kemarin, saya sudah lapor ke ${handle} ya`)).toEqual([handle]);
    },
  );
  test('a reply answers its first @mention; the thread\'s other mentions are not what it is about', () => {
    expect(targetsOf('@budi @prabowo @gibran_tweet semangat buzzer')).toEqual([]);
  });
});

describe('stance in everyday words', () => {
  test.each([
    'Pak Yusuf Hadi cawalkot kita paling paham soal pasar.',
    'Bu Rina calon bupati paling tegas.',
    'Mas Gibran tenang banget di debat, bikin lawan kelabakan.',
    'Kang Dedi mah bageur pisan, Jabar butuh beliau.',
    'Ganjar itu jujur, gak pernah neko-neko.',
    'Kalau dia menang, negara bakal hancur. Anies jangan sampai berkuasa!',
    'Bu Risma gampang marah, gimana mau mimpin.',
    'Prabowo the GOAT 🔥',
    'Semoga Pak Anies terpilih, aamiin.',
  ])('a side taken toward a target: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
  test.each([
    'Prabowo dan Gibran menghadiri rapat kabinet pagi ini.',
    'Apakah Anies akan jadi presiden?',
    'Pengamat: debat semalam Ganjar lebih banyak bicara data.',
    'Gekira Dukung Prabowo Gibran Jadi Presiden, Optimistis ...',
    'Terima kasih Pak Gubernur atas bantuan untuk sekolah kami.',
    'Influencer A dukung 01, influencer B dukung 03, timeline jadi medan perang tiap malam',
  ])('reporting, a question, thanks for public work or someone else\'s support: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('English drafts', () => {
  test.each(['Vote for 02 on the 14th!', 'Anies is the only candidate who actually understands education.', 'Prabowo is a liar and a puppet.', 'I voted for Ganjar and I am proud of it.', "Don't forget to vote for number 2 tomorrow!"])('partisan: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
  test.each(['Whoever wins, please vote on the 14th.', 'Civil servants must stay neutral during the campaign.', 'The debate starts at 7 pm tonight.', 'I will not be voting for 02 or anyone else in public; please do vote.'])('not partisan: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('camps, offices and regional numbers', () => {
  test.each([
    ['a camp made of a name, mocked', 'Para jokowers belum move on juga ternyata 😂'],
    ['a camp named by its ballot number, mocked', 'Fans 01 pada ngamuk lihat hasil hitung cepat 🤭'],
    ['an official urged to run', 'Pak Wali harus nyalon lagi periode depan, warga masih butuh beliau.'],
    ['a number in Betawi', 'Nomor tige kite menangin!'],
    ['01–03 said aloud', 'Pokoknya kosong satu, satu putaran!'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text)).toBe(true);
  });
  test.each([
    ['an animal that is also a camp name, outside politics', 'Anak-anak nangkap cebong di sawah, ngakak semua 😂'],
    ['stepping forward in a room', 'Pak Kadis, silakan maju lagi ke depan untuk foto bersama.'],
    ['a word with a camp ending that names no one', 'Para lovers kopi pasti ngakak lihat ini 😂'],
    ['an official praised for public work', 'Pak Bupati hebat, jalan desa kami sudah mulus.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('the user\'s profile', () => {
  const profile = { jobTitle: 'Analis Kebijakan Ahli Muda', agency: 'Badan Riset Kota Sukamaju' };
  const own = (text: string) => engine.check(text, { profile }).filter((f) => f.ruleId === 'jabatan.profil').map((f) => f.text);
  test('the user\'s own title and agency are job-title words in a partisan draft', () => {
    expect(own('Sebagai analis kebijakan  ahli muda di Badan Riset Kota Sukamaju, saya ajak coblos nomor 2!')).toEqual(['analis kebijakan  ahli muda', 'Badan Riset Kota Sukamaju']);
  });
  test('not in a draft that takes no side, and not inside longer words', () => {
    expect(own('Badan Riset Kota Sukamaju membuka lowongan magang.')).toEqual([]);
    expect(own('Badan Riset Kota Sukamajuan, ayo coblos nomor 2!')).toEqual([]);
  });
  test('a profile entry is text, never a pattern', () => {
    expect(() => engine.check('Ayo coblos nomor 2 (a+)+$', { profile: { jobTitle: '(a+)+$', agency: '[' } })).not.toThrow();
  });
});

describe('hashtags of names only', () => {
  test.each(['Arus lalu lintas di Jalan Sudirman dialihkan karena ada kegiatan #AniesSandi #InfoJakarta', 'Prabowo bilang programnya dimulai Januari, anggarannya dibahas DPR #PrabowoGibran'])('tag news: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
  test.each(['#GanjarMahfud', 'Semangat terus! #PrabowoGibran', 'Siap berangkat! #PrabowoGibran2024'])('cheer alone, beside an evaluation, or with the election year: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('classes added for posts nobody tuned for (issue 11, item 7)', () => {
  test.each([
    ['a rhetorical question that closes the sentence', 'Yang jujur cuma paslon 3. Kalau bukan 03, siapa lagi?'],
    ['a tag asking to agree', 'Bu Khofifah presiden 2029, sepakat gak?'],
    ['"X for president" written as one word', 'Salam dari Tegal. GP 4Presiden'],
    ['a quality noun with a possessive ending', 'Ketegasannya Pak Anies bikin saya yakin.'],
    ['a fault noun', 'Kebohongan Gibran makin kelihatan.'],
    ['a regional "no other" after a ballot number', 'Pilgub iki nomer loro, ora ono liyane.'],
    ['a Batak emphatic after a ballot number', 'Nomor tolu do, horas!'],
    ['a replacement call against the incumbent', 'Lima tahun gak ada perubahan, saatnya ganti gubernur!'],
    ['a camp slur that exists only in election talk', 'Dasar kadrun, apa-apa dibilang curang.'],
    ['a taunting question at a camp', 'Termul mana suaranya?'],
    ['gloating at a fall', 'Akhirnya Prabowo kena batunya.'],
    ['"sok" with a virtue', 'Gibran sok merakyat, padahal cuma gimik.'],
    ['belittling', 'Cak Imin cuma pelengkap di pasangan itu.'],
    ['trust in a figure', 'Saya percaya Pak Ganjar, yang lain belum tentu.'],
    ['a predicted lead', 'Abis debat, Anies makin di atas angin.'],
    ['"no" right before a name', 'Yang lain terserah, pokoknya no Anies.'],
    ['a call to defeat a side', 'Warga sini sepakat tumbangkan paslon 1.'],
    ['the writer\'s confidence in a side', 'Kami yakin bahwa Pak Ganjar mampu membawa perubahan.'],
    ['Sundanese "all talk, no work"', 'Cagub nomer dua mah loba omong, gawéna euweuh.'],
    ['Minang closeness to the people', 'Partai Gerindra paliang dakek jo rakyat.'],
    ['the best of the field', 'Pak Ganjar paling jujur dari semua capres.'],
    ['praise in apposition to a name', 'Ganjar Mahfud, pelopor perubahan di daerah. Pilpres nanti ingat itu.'],
    ['a decision declared final', 'Pilihan saya sudah bulat ke Prabowo-Gibran.'],
    ['a province claimed for a side', 'Jawa Timur tetap milik Bu Khofifah!'],
    ['the country claimed for a number', 'Indonesia milik nomor 2, titik.'],
    ['carrying a side into its seat of office', 'Yuk antarkan Bu Risma ke Grahadi!'],
    ['English: a win predicted by a verb of beating', 'Anies is gonna crush them in Jakarta.'],
    ['English: sending a side to the palace', "Let's send Ganjar to the palace."],
    ['an unnamed side pointed at by looks', 'Pokoknya besok coblos yang berpeci, ingat ya.'],
    ['an unnamed candidate described and claimed', 'Cabup yang sering turun ke sawah itu jagoan saya.'],
    ['a threat to whoever stays away (the negation names who, not the threat)', 'Yang tidak hadir kampanye akbar besok, TPP-nya dipotong.'],
    ['a threat in the active voice', 'Pegawai yang absen di deklarasi paslon nanti, tunjangannya kami tinjau.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2024-01-10')).toBe(true);
  });
  test.each([
    ['a real question, the tag in the middle', 'Kamu setuju gak kalau Ganjar jadi presiden?'],
    ['"no" as the abbreviation of nomor', 'Capres no urut 2 Prabowo hadir di acara diskusi petani.'],
    ['terms change as a matter of course', 'Setiap lima tahun kita ganti presiden, itu biasa dalam demokrasi.'],
    ['a campaign event named as an event', 'Kapan acara Desak Anies digelar di Papua?'],
    ['"terkesan" meaning "seems"', 'Pidato Prabowo terkesan terburu-buru, kata pengamat.'],
    ['a claim reported in a relative clause', 'Ada pengamat yang menyebut Muhaimin tidak akan menang di Jatim.'],
    ['a named figure\'s endorsement reported', 'Jokowi dukung Prabowo, itu haknya sebagai warga.'],
    ['poll movement', 'Elektabilitas Prabowo-Gibran naik, Ganjar-Mahfud turun.'],
    ['a curse with no camp', 'Dasar kampret, motorku dicolong orang.'],
    ['a neighbourhood queue', 'Antrean nomor 3 tidak ada yang datang, langsung nomor 4.'],
    ['"anti" before an ordinary word', 'Anies bilang programnya anti korupsi, kata berita tadi.'],
    ['two candidates facing each other', 'Debat malam ini Anies lawan Prabowo soal pertahanan.'],
    ['a sports call to defeat', 'Timnas harus kalahkan Vietnam nanti malam.'],
    ['every candidate at once', 'Semua capres punya program unggulan masing-masing.'],
    ['a colleague described in apposition', 'Pak Hadi Mulyadi, guru olahraga teladan kami, pensiun hari ini.'],
    ['a province that owns a building', 'Gedung itu milik Pemprov Jatim sejak dulu.'],
    ['a city that belongs to its people', 'Jakarta milik semua warga, bukan satu golongan.'],
    ['an escort reported', 'Paspampres antar Prabowo ke Istana usai kunjungan kerja.'],
    ['English: a question about who will win', 'Will Prabowo beat Anies? Analysts are split.'],
    ['English: sport', 'Indonesia will beat Vietnam tonight.'],
    ['a virtue, not a person', 'Pilih yang jujur dan amanah, siapa pun orangnya.'],
    ['advice on clothes', 'Buat foto wisuda pilih yang pakai kebaya saja.'],
    ['a negation after the job title', 'Saya ASN, saya tidak mendukung siapa pun di pilkada ini.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2024-01-10')).toBe(false);
  });
});

describe('classes from the second blind set (written by new authors)', () => {
  test.each([
    ['a keycap digit standing alone is a ballot number', 'Pilihan saya tetap 3️⃣ 💛'],
    ['a keycap digit in a claimed territory', 'Jateng tetap milik 2️⃣!'],
    ['vowel-less texting of a vote verb', 'Tmn2 kantor, cblos nmr 2 y'],
    ['a pair jargon in capitals after a ballot verb, with the election date', 'COBLOS RIDO 27 NOVEMBER'],
    ['a loyalty declared with "selalu"', 'Sejak 2014 saya selalu Ganjar.'],
    ['a decision announced as settled, then named', 'Keputusan saya sudah bulat: Pak Andra Soni.'],
    ['"final answer" with a name', 'Final answer: Ganjar. Titik.'],
    ['a regional election call beside a village head', 'Pilkada nanti coblos nomor 2 ya, kades kita juga dukung.'],
    ['English: winning against the odds', 'Hoping Anies pulls off the upset this time 🙏'],
    ['the writer describing themselves as a supporter', 'Kalau Pak Anies nyapres 2029, saya orang pertama yang dukung.'],
    // A kades holds public office: a side in a village-head election is taken like any other (tenth session).
    ['a village head election', 'Pemilihan kades bulan depan, coblos nomor 2 ya warga.'],
    ['a village head election with praise', 'Pilkades nanti coblos nomor 2, Pak Darto orangnya amanah.'],
    ['a claim closed by asking who agrees', 'Pak Sekda cocok maju pilbup, ada yang setuju?'],
    ['a name beside the next election year, with certainty', 'Dedi Mulyadi 2029 pasti!'],
    ['the next election year before a name', '2029 Ganjar lagi!'],
    ['a second term in Minang', 'Pak Wali harus duo periode, Padang makin rancak.'],
    ['"pak gub" as the governor', 'D.U.A P.E.R.I.O.D.E pak gub!'],
    ['"Bung" as an honorific', 'Kalau Bung Edy maju lagi, saya ikut lagi. Sumut butuh dia.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(true);
  });
  test.each([
    ['a numbered list of keycaps', '1️⃣ Bawa KTP 2️⃣ Datang ke TPS 3️⃣ Coblos sesuai hati nurani'],
    ['a school election named in the draft', 'Besok pemilihan ketua OSIS. Coblos nomor 2 ya, Kak Dita siap kerja!'],
    ['a campus election', 'Pemira tinggal 2 hari, pilih paslon BEM nomor 1 biar kantin buka sampai malam.'],
    ['a vote for a piece of work', 'Rekan kantor, vote nomor 4 di voting video HUT kabupaten ya, itu karya tim kita.'],
    ['a contest call with "dukungan"', 'Mohon dukungannya, foto saya masuk final lomba foto, vote nomor 7 ya.'],
    ['English: a quote attributed to a report', '"Vote for change," Anies told supporters, according to a Reuters report.'],
    ['English: a poll reported', 'A new poll puts Dedi Mulyadi ahead in 2029 preferences, with Anies second.'],
    ['a chant reported by an outlet', 'Massa meneriakkan "satu putaran" saat Prabowo naik panggung, lapor Antara.'],
    ['a fact-check', 'Cek fakta: video \'paslon 2 dilarikan ke RS\' adalah hoaks, kata Kominfo.'],
    ['thanks for public work, told by its result', 'Makasih Pak Pramono, KJP anak saya cair tepat waktu 🙏'],
    ['thanks for a road repaired', 'Terima kasih Pak Gubernur Dedi Mulyadi atas perbaikan jalan di desa kami.'],
    ['a fixed term, not a verdict', 'Tks Pak Lurah, bantuan rumah tidak layak huni buat Mbah Sarmi sudah jadi.'],
    ['a decision that is not a vote', 'Keputusan saya sudah final: pindah ke Bandung tahun depan.'],
    ['a programme\'s deadline', 'Target Prabowo 2029 swasembada pangan, kata menteri.'],
    ['a question about a candidacy', 'Ada yang setuju kalau jam kerja dimajukan?'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(false);
  });
});

describe('more classes from the second blind set', () => {
  test.each([
    ['English: a prediction of office', 'Calling it now: Anies will be president by 2029.'],
    ['English: a wish for a party\'s loss', 'I really hope Golkar gets wiped out next time.'],
    ['English: "do not vote for" a numbered candidate', 'Tomorrow, do NOT vote for the mayor candidate number 1.'],
    ['Minang: winning again', 'Mahyeldi pasti manang baliak!'],
    ['a keycap number opening the only line', '2️⃣ bakal juara di Jabar, liat aja nanti'],
    ['"juara" cheering a number', 'Nomor 3 mah juara, ayo menangkan!'],
    ['Javanese: "wonge teges"', 'Bu Khofifah iku wonge teges, cagub sing paling kendel.'],
    ['a virtue beside a local candidate', 'Bu Wati Sembiring caleg DPRD kita itu orangnya telaten.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(true);
  });
  test.each([
    ['a child\'s prize', 'Anak saya juara 1 lomba mewarnai, nomor 2 temannya.'],
    ['English: a school committee', 'Please don\'t vote for a committee chair who skips meetings.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(false);
  });
});

describe('office, party and coercion classes from the second blind set', () => {
  test.each([
    ['a short party name after a step told as done', 'Hari ini saya resmi masuk PAN, mohon doanya.'],
    ['a number held in the heart', 'PKB rumahnya orang NU. Nomor 1 tetap di hati 💚'],
    ['a twibbon named "Bersama <name>"', 'Sudah pasang twibbon \'Bersama Hadi Santoso\', kalian juga ya.'],
    ['English: contracts reviewed after the election', 'Reminder: contracts for next year will be reviewed after the election.'],
    ['budget spent on a candidate\'s stickers', 'Sisa anggaran kegiatan kita pakai cetak stiker sosialisasi ibu calon.'],
    ['a grant handed to a side\'s supporters', 'Dana hibah kita salurkan ke kelompok yang sudah jelas dukung pak bupati.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(true);
  });
  test.each([
    ['English: a breach reported', 'Reported a village official who used the office hall for a campaign meeting. Bawaslu replied in two days.'],
    ['asking whether a relative\'s banner counts', 'Izin tanya: kalau keluarga saya pasang baliho caleg di pagar rumah, saya kena juga gak?'],
    ['an official event\'s twibbon', 'Ayo pasang twibbon HUT Korpri bersama Pak Bupati.'],
    ['a grant for everyone', 'Dana hibah pokmas sudah cair ke semua kelompok tani.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(false);
  });
});

describe('unnamed candidates and camps (second blind set)', () => {
  test.each([
    ['an office pointed at, Minang', 'Cagub tu indak bisa dipacayo.'],
    ['the other side\'s candidate', 'Capres sebelah itu cuma jago ngomong.'],
    ['a camp named after a nickname, gloated over', 'Anak abah belum move on juga ternyata 🤣'],
    ['a camp pitied as ridicule', 'Kasian deh anak abah, kalah lagi.'],
    ['English: a camp slur with ridicule', 'The buzzeRp army is working overtime today lmao'],
    ['praise with a neighbour agreeing in the next clause', 'Pak Anies hebat, tetangga saya juga setuju.'],
    ['a place on the ballot instead of a name', 'Besok coblos yang paling kanan ya.'],
    ['a volunteer handle with dots', 'Admin akun @sahabat.pakhadi nih, follow ya, jangan lupa nyalain notif.'],
    ['"soal" meaning "about" does not make a quiz of a vote call', 'Jangan percaya hoaks soal paslon, lalu coblos nomor 2 ya.'],
    ['congratulations with a wish for the next election', 'Selamat Pak Dedi Mulyadi, semoga menang pilpres 2029.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(true);
  });
  test.each([
    ['an office word in an everyday phrase', 'Calon menantu itu orangnya baik.'],
    ['a candidate seen, reported', 'Cagub itu datang ke pasar pagi ini, kata warga.'],
    ['a grandfather\'s child', 'Kasian anak abah saya, sakit sejak kemarin.'],
    ['a namesake told by who they are to the writer', 'Selamat ulang tahun Pak Anies tetangga saya yang baik hati.'],
    ['a child who shares a name', 'Gibran anakku hebat, juara kelas.'],
    ['a campaign team of a contest', 'Tim pemenangan lomba desa wisata kabupaten kami rapat malam ini.'],
    ['choosing the middle cake', 'Pilih yang di tengah aja kuenya, lebih murah.'],
    ['an office is not a name', 'Semoga Bu Menteri sehat selalu dan sukses programnya.'],
    ['congratulations on an inauguration', 'Selamat Pak Dedi Mulyadi atas pelantikannya jadi gubernur, semoga amanah.'],
  ])('%s: %s', (_cls, text) => {
    expect(flagged(text, '2026-12-05')).toBe(false);
  });
});

describe('the reading of a judgement (sixth session)', () => {
  const ruleIds = (text: string) => engine.check(text).filter((f) => f.severity !== 'info').map((f) => f.ruleId);
  test.each([
    'Anies tidak layak jadi presiden',
    'Gibran belum siap jadi wapres',
    'Prabowo Anies nggak punya prestasi',
  ])('a denied praise word is read as an attack, never as praise: %s', (text) => {
    const ids = ruleIds(text);
    expect(ids).toContain('sikap.serangan');
    expect(ids.filter((id) => /pujian|sorak|layak-jabatan/.test(id))).toEqual([]);
  });
  test.each(['Gibran kurang tegas', 'Pak Anies gak bakal jadi presiden'])('found wanting is an attack: %s', (text) => {
    expect(ruleIds(text)).toContain('sikap.serangan');
  });
  test.each(['Prabowo layak jadi presiden', 'Pak Anies bukan cuma pintar tapi juga jujur'])('praise stays praise: %s', (text) => {
    expect(ruleIds(text).some((id) => /pujian|sorak|layak/.test(id))).toBe(true);
  });
  test.each([
    'Insyallah Anis Muhaimin MENANG Satu Putaran',
    'Prabowo Gibran Menang Satu Putaran Wkwk',
    'Anies Si Capres Penipu Tidak Layak Jadi Presiden..!!',
  ])('title case in the writer\'s own voice (a prayer, laughter, doubled marks) is no headline: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
  test.each([
    'Prabowo Gibran Menang Satu Putaran Versi Survei LSI',
    'Komunitas E-Sport Gaspoll Bro Dukung Pemimpin Peduli Prabowo-Gibran',
  ])('a headline shared as-is stays reporting: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
  test.each(['Anakku belum siap masuk SD', 'Stok beras kurang, belum siap dibagikan', 'Anak saya tidak mau jadi dokter, maunya jadi pilot.'])(
    'everyday "belum siap", "tidak … jadi" stays quiet: %s',
    (text) => {
      expect(flagged(text)).toBe(false);
    },
  );
});

describe('classes from the third blind set (sixth session)', () => {
  test.each([
    // A push to run, whoever is pushed, in Javanese, Sundanese and Indonesian.
    'Mas Wisnu, panjenengan kudu maju dadi walikota, warga wis siap ndukung.',
    'Kang Asep, mangga atuh nyalonkeun deui jadi bupati.',
    'Bu Khofifah harus maju capres, udah waktunya',
    'Anies 2029, harus maju lagi pokoknya!',
    // The writer's side as a team; a vote told in English.
    "Proud ASN, and yes I'm team Ganjar",
    'I voted RIDO and I am proud of it.',
    // Hearts in a party's colour beside a name or party.
    'Nasdem restorasi Indonesia 💙',
    // English praise and attacks.
    "Prabowo's debate energy was unmatched",
    'PKS = hypocrites in suits, never again',
    'I really hope PSI flops again next election',
    // Camps mocked as a crowd; supporters named by a figure.
    'Cebong mah gitu, apa aja dibela',
    'Pendukung Prabowo isinya bocil semua ya',
    // State means for a weak name's team; an official account in English.
    'Used the office projector for the Anies volunteer meetup, worked great',
    "Our kelurahan's official Instagram will post daily updates from Bu Herlina's campaign tour.",
    // The incumbent as a side; an attendance list the writer checks.
    'So please support paslon petahana ya, for your own good',
    'Mohon setiap sekolah mengirim 20 guru dengan kaos Pak Darmanto, daftar hadir saya cek langsung.',
    // Not letting one pointed at win; foretold wins of people no list knows.
    'Calon walikota itu pernah tersandung kasus, jangan sampai dia kepilih lagi.',
    'Calon bupati sing siji kuwi mung pinter janji. Aja nganti wong kaya ngono mimpin.',
    'Delengen wae, Mas Wisnu bakal menang, wong kabeh kampung wis ngomong ngono.',
    'Partai Ombak Biru pasti tembus parlemen 2029, liat aja',
    'Mas Pram pasti kepilih lagi 2029',
    // Parties grown, guarded or joined, in Javanese and Minang; a post in a party body claimed.
    'PKB kuwi omahe wong NU, ayo dijogo bareng',
    'Partai Cahaya Desa iko partai urang ketek, ayo dukuang basamo',
    'Foto bareng DPD PKS abis pelantikan pengurus baru (saya bendaharanya)',
    // Praise by a denied fault, closeness to the little people, Sundanese superlatives.
    'Pak Anies gak pernah panik kalo didebat, kelas!',
    'Pak Ganjar iku pancen ngerti wong cilik, ora mung pencitraan',
    // Campaign material passed on; Minang and Batak spellings; paid accounts of a side.
    'Iki video kampanyene Pak Luthfi, tulung disebar nang grup RT',
    "RT this: Anies-Imin's full plan for jobs, link in bio",
    'Kantua camat dipakai untuak posko pamanangan calon bupati tu',
    'Pilit ma Inang Marlina Simatupang, calon bupati ta on!',
    'Buzzer istana lagi lembur nih, kasian',
    // A reply opened by a figure's handle speaks to them.
    '@ganjarpranowo siap pak, kami tetap di barisan',
    // The writer's own figures are a forecast, not a survey.
    'Feeling saya Bu Khofifah tembus 60%, gak ada lawan di Jatim',
    // A colour told to all and tied to polling day; an office named by what is wrong with it.
    'Tanggal 27 nanti semua harus biru muda ya, jangan ada yang belok',
    'TOLAK cagub titipan oligarki, Jakarta bukan milik konglomerat',
    'Dukung Partai Gema Desa, satu-satunya yg pro petani',
    // A party pointed at; nothing to show; posing, in English.
    'Nek partai kuwi menang maneh, rakyat cilik bakal soyo sengsara, percoyo aku',
    'Cabup nomor 1 itu modalnya cuma baliho, kerjanya nol besar',
    'PSI is a party of rich kids cosplaying as reformers. Do not fall for it.',
    // A favour to remember, told in the passive; a career put in doubt.
    'Rekan PPPK yang kontraknya mau diperpanjang, tolong diingat siapa yang memperjuangkan kalian. Tgl 27 jangan salah pilih ya.',
    // A jeer set after a comma; a leader pointed at; angry all the time; the Betawi pointer first.
    'Ulah percaya ka cagub eta, tukang bohong ti baheula, ngan wani di baliho',
    'Capres boneka, disetir dari belakang. Masa mau dipimpin orang begitu lagi di 2029',
    'Risma dulu marah-marah terus di depan kamera, mau jadi gubernur apa jadi artis sinetron',
    'Ntu calon kagak ngarti Jakarte, rumahnye aje di Bandung, ngapain dipilih',
    // A local team's account; 'plh' before a number; a family's vote; a party by its number.
    'Jgn lupa ke TPS tgl 27 yaa, dan follow juga akun tim Bu Wulan biar update info kegiatannya',
    'gw tetep plh 03 sih, gk ush dbhs lg',
    'Keluarga besar kami insyaallah ke Pak Subagyo, cabup nomor 3.',
    'Partai nomor 8, partai dakwah, sampai ke Senayan insyaAllah',
    // The seat of government as a set; English state means; a feared win of someone named by it.
    'Video testimoni dukungan buat paslon 03 kita syuting di lobby Balai Kota aja',
    'Official vehicle plates swapped today so we can drive the candidate around the regency',
    'Kalau Bu Hj. Salmah menang jadi bupati, semua honorer dinas dipecat.',
    // A pair's jargon that is also a word, made a campaign tag by a year.
    'Mugia janten budak soleh. #RIDO2024 #JakartaBaru',
    // A one-word cheer right after the sentence that ends with the name; an office sought, "kita", a name.
    'Diserang kanan kiri tetep senyum, itulah Mas Pram. Negarawan.',
    'Bacaleg kita Pak Hendra semoga dapat nomor urut bagus dan lolos ke DPRD',
    // A ballot number spelt as a word and chanted, in a draft about polling day.
    'Loro, loro, loro! Jateng ojo nganti salah pilih',
  ])('flags: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
  test.each([
    'Gol nomor 2 tadi keren bgt sih, tendangan kaki kiri',
    'Megawati Hangestri spike-nya gacor parah 🏐',
    'Pilih nama bayi: Anies, Alya, atau Aisyah? bantu dong',
    'Vote yuk untuk video desa kami di lomba Desa Wisata provinsi! Caranya like videonya. Pilih nomor 3, Desa Karangrejo 😊',
    'Terima kasih Pak Eri Cahyadi, taman kota Surabaya makin adem',
    'Mau tanya, kalau ASN diundang ke nikahan anak caleg, boleh datang nggak ya? Takutnya ada foto yang disalahartikan.',
    'Quick tip: twibbon paslon di foto profil = risk buat ASN, skip aja',
    'Using an official car for a campaign event is misuse of state facilities and carries a heavy penalty.',
    'Anies, Prabowo dan Ganjar semua direstui untuk maju sebagai capres.',
    'Pendukung Prabowo memadati GBK sore ini.',
    'Lari pagi bareng keluarga 💙',
    'Aku tim bubur diaduk, suami tim bubur nggak diaduk.',
    'Jangan sampai dia jadi korban hoaks pemilu, ajari orang tua cek fakta.',
    'Pak Budi pasti menang lomba catur',
    'Pilih menu nomor 2 di drive thru, burger dobel keju, mantap',
    'Selamat ulang tahun ke-4 Gibran sayang, tumbuh jadi anak soleh ya nak',
    'Menurut artikel itu, beberapa tim pemenangan bahkan merekrut ratusan content creator lokal.',
    'Jangan lupa bayar PKB motor, jaga kendaraan tetap sehat',
    'Anakku gak pernah panik kalau ujian',
    'Rapat RT jam 8, share ke grup ya',
    'Arisan RT kemarin seru, saya bendaharanya',
    'Murid kelas 3 tetap di barisan saat upacara',
    'Buzzer jualan skincare makin banyak',
    'Saya baca survei LSI: Prabowo unggul 45%, Anies 25%.',
    'Tgl 14 kita ke Bandung, jangan ada yang belok ke mall',
    'Tanggal 27 semua harus pakai batik ya, ada kunjungan dari provinsi.',
    'Dukung Partai Politik yang bersih dari korupsi, siapa pun itu.',
    'Yang mau pindah ke Jakarta, pikir ulang kariernya dulu',
    'Partai itu menggelar rapat kerja di hotel',
    'Never again will I eat at that restaurant',
    // Explaining the rules: quoted examples, sanctions, training material, English law.
    "Kalimat seperti 'Ayo menangkan Paslon 1' di grup kantor itu contoh ajakan yang dilarang.",
    "Contoh status WA yang bermasalah: 'Nomor 2 pasti menang'.",
    'Jadi anggota partai politik itu bagi PNS bisa berujung pemberhentian tidak dengan hormat.',
    'Under UU 20/2023, civil servants must stay free of party influence. Being a party member is grounds for dismissal.',
    // Fixed terms and spoken forms that look like attacks or names.
    'Terima kasih Gubernur Dedi Mulyadi atas bantuan perbaikan jembatan gantung di kampung kami.',
    'Pengajian malem Jemuah mau mbahas sabar.',
    'Antre di Samsat dapat nomor 2, senangnya luar biasa! Sepuluh menit sudah beres.',
    'Bos saya marah-marah terus hari ini, deadline laporan maju.',
    'Kalau aku menang lomba, hadiahnya dibagi ke teman sekelas.',
    'Rapat koordinasi di aula Balai Kota jam 9, bawa laptop.',
    'Semoga Allah meridhoi #Rido',
    'Hatur nuhun Kang Dedi, sakola urang geus dibenerkeun',
    'Selamat wisuda Anies, sepupuku yang paling sabar ngerjain skripsi! Bangga banget',
    'Satu, dua, tiga, empat: anak-anak belajar berhitung sebelum tanggal 14.',
    'Para warga, mbesuk Minggu ana kerja bakti resik-resik makam lan kali. Ayo dukung bareng-bareng.',
    'Rangkuman debat: Andika-Hendi dan Luthfi-Yasin sama-sama membahas lapangan kerja.',
    'If you have elderly neighbours, help them check their voter registration. No one should lose their vote over paperwork.',
  ])('stays quiet: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

/**
 * A class of expressions: the drafts it must flag and the near misses it must leave alone.
 * (The classes of the seventh session, and later ones, are written this way.)
 */
/**
 * `knownAlarms`: harmless drafts of the class the shipped scorer still flags, written down rather
 * than dropped. Each runs as `test.fails`: the suite says so the day one of them stays quiet.
 */
function judgementClass(name: string, flags: string[], quiet: string[], knownAlarms: string[] = []) {
  describe(name, () => {
    if (flags.length) test.each(flags)('flags: %s', (text) => expect(flagged(text)).toBe(true));
    if (quiet.length) test.each(quiet)('stays quiet: %s', (text) => expect(flagged(text)).toBe(false));
    if (knownAlarms.length) test.fails.each(knownAlarms)('known false alarm, still flagged: %s', (text) => expect(flagged(text)).toBe(false));
  });
}

judgementClass(
  'a question answered',
  [
    // A short question puts a run or a win up for judgement; the next sentence judges it.
    'Anies nyapres lagi? Ogah, orangnya cuma pencitraan.',
    'Mas Pram nyalon lagi? Gas, orangnya amanah.',
    'Khofifah maju lagi? Alhamdulillah, beliau amanah.',
  ],
  [
    // The question is about no run, or the answer judges something else.
    'Prabowo ke Jepang minggu ini? Di sana lagi musim dingin, jalanan licin dan macet parah.',
    'Ganjar jadi pembicara seminar? Saya cuma dengar rekamannya, kualitas suaranya jelek.',
    'Siapa yang maju pilgub tahun depan? Jalan di desa kami rusak parah.',
    'Anies nyapres lagi? Menurut berita tadi pagi, belum ada keputusan.',
  ],
);

judgementClass(
  'campaign material and the request to pass it on',
  [
    // The request in a sentence of its own, the material named in the next or the one before.
    'Sebarkan ya! Ini visi misi lengkap Bu Ratna calon bupati nomor 2.',
    'Video orasi Kang Asep semalam sudah di kanal relawan. Wajib tonton, gaes.',
  ],
  [
    // A debate of all the candidates is no one side's material.
    'Debat capres malam ini jam 7, wajib tonton ya biar kenal semua calonnya.',
    'Video debat Anies vs Prabowo semalam, tonton deh.',
    // Nothing of a candidate's in the draft.
    'Resep rendang Bu Sari sudah saya tulis lengkap. Bagikan ya!',
    'Final Piala Presiden nanti malam. Wajib nonton bareng!',
  ],
);

describe('praise denied is an attack (seventh session)', () => {
  test.each([
    ['Pak Anies gak tegas, gampang disetir.', 'sikap.serangan'],
    ['Ganjar bukan pemimpin sejati.', 'sikap.serangan'],
    ['PKB kurang konsisten soal koalisi.', 'sikap.serangan'],
    ['Prabowo is not honest, period.', 'sikap.serangan'],
  ])('reads an attack, not praise: %s', (text, rule) => {
    const ids = engine.check(text).map((f) => f.ruleId);
    expect(ids).toContain(rule);
    expect(ids.some((id) => id.includes('pujian'))).toBe(false);
  });
  test.each([
    // A denial that tells the writer's own state, or no target.
    'Gak sabar nunggu libur panjang, mau mudik.',
    'Anak saya kurang sopan sama gurunya, harus saya tegur.',
  ])('stays quiet: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

judgementClass(
  'a reply speaks to the account it answers',
  [
    // A copied header before the handle; the body's first sentence, or a clause that says "you".
    'Replying to @aniesbaswedan\nAbah kalau bicara selalu pakai data, beda kelas sama capres lain',
    'Membalas @ganjarpranowo\nBapak paling tegas, saya yakin bapak menang.',
  ],
  [
    'Replying to @prabowo\nPak, jalan di desa kami rusak parah, mohon diperhatikan',
    'Membalas @dinkes_kota\nJadwal imunisasi bulan depan kapan ya, bu?',
  ],
);

judgementClass(
  'working life and replies that look partisan',
  [
    // What the writer says of themself after an attribution is theirs.
    'Menurut survei, saya dukung Anies.',
    'Kata berita semalam, saya sudah resmi masuk tim pemenangan Pak Anies.',
  ],
  [
    'Kuis pelatihan: seorang camat memakai mobil dinas untuk mengantar tim sukses. Pelanggaran apa?',
    'Tadi ada pegawai komen "coblos 02" di grup ini. Itu melanggar, tolong dihapus.',
    'Pemilu sebentar lagi. Beda pilihan boleh, kerukunan tetap nomor satu.',
    'Terima kasih Pak Menteri, program makan bergizi sangat membantu siswa di sekolah kami.',
    'Bawaslu menjatuhkan sanksi ke dua ASN yang ikut deklarasi. Semoga jadi pelajaran buat kita.',
    'Selamat ulang tahun Pak Kasek, semoga sehat selalu dan makin bijak memimpin kami.',
    'Menurut berita tadi pagi, seorang mantan camat bergabung dengan tim pemenangan salah satu calon.',
    'Pelatihnya layak lanjut, mainnya makin rapi musim ini.',
    'Pilihen grup marawis sekolahku yo, nomer 4',
  ],
);

judgementClass(
  'favours repaid at the ballot, goals and candidates by their run',
  [
    'Sembako ini titipan Bu Wiwik Lestari, ingat beliau nanti di TPS ya.',
    'Beasiswa ini dari Pak Darmo. Jangan lupa balas kebaikan beliau di bilik suara.',
    'Target suara paslon nomor 2 di tiap kelurahan minimal 60%, laporan tiap malam.',
    'Kumpulkan fotokopi KTP ke bagian umum sebelum Jumat, untuk data relawan Bu Ratna.',
    'Pak Darmo harus nyalon lagi, kampung kita sudah maju.',
    'Bu Ratna deserves another term, honestly.',
  ],
  [
    'Jangan lupa datang ke TPS tanggal 27, cek nama di DPT.',
    'Target vaksinasi minimal 90% di tiap kelurahan sebelum akhir bulan.',
    'Siapkan fotokopi KTP dan KK untuk tim pendataan BPS yang datang besok.',
    'My contract runs for another term of two years.',
  ],
  // The scorer retrained with the twenty-fourth set reads "maju" after a name as a run for office
  // (0.94 against its 0.93); no rule finds anything here.
  ['Pak Darmo maju ke depan untuk menerima piagam.'],
);

judgementClass(
  'numbers, fingers and unknown names in election words',
  [
    'Nomor urut 2 untuk Karanganyar yang lebih maju!',
    'Dua jari untuk Jabar! Salam dari kantor.',
    'Kami siap mengawal kemenangan Bu Ratna Dewi!',
    'Pro Pak Darmo sampai menang!',
    'Mugi-mugi Mas Galang kepilih, wonge jujur.',
    'Setuju 👍 Ayo warga Kecamatan Sukamaju, pilih Kang Ujang Hidayat jadi bupati!',
  ],
  [
    'Lima jari untuk Budi, tiga jari untuk Sari: aturan main tebak angka.',
    'Selamat atas kemenangan Pak Budi di lomba catur antarkantor.',
    'Dukung Prabowo Gibran, Perangkat Desa Langgar Aturan?',
  ],
);

judgementClass(
  'rules talk and thanks for public work, written fresh',
  [
    // Praise of a name for the same work, framed as a candidacy, is still praise of a candidate.
    'Salut untuk Pak Ganjar yang turun cek banjir, capres paling peduli!',
    'Terima kasih Pak Bupati atas bantuannya, lanjut dua periode!',
  ],
  [
    'Jangan sampai kita ikut menyebarkan video kampanye Bu Ratna di grup kantor ya, Bapak Ibu.',
    "Quiz: Pak Budi (PNS) me-retweet postingan capres 'Indonesia Maju bersama 02'. Melanggar atau tidak?",
    'Apresiasi untuk Ibu Gubernur yang sudah meresmikan gedung puskesmas baru kami kemarin.',
    'Bangga sekali sekolah kami dikunjungi Pak Wapres hari ini. Terima kasih atas perhatiannya.',
    'Terima kasih Pak Presiden, gaji guru honorer akhirnya naik. Semoga berkah.',
    'Salut untuk Pak Wali Kota yang turun langsung cek drainase di kelurahan kami.',
  ],
);

judgementClass(
  'how a draft is written does not decide its reading',
  [
    // A tag asking the readers' view closes the writer's own claim: still the writer's.
    'Mas Pram kalem banget, cocok jadi gubernur gimana menurut kalian?',
    'Bu Khofifah paling pantas jadi gubernur lagi, menurut kalian gimana?',
    // A writer who never uses capitals: names asked in capitals count beside political words.
    'pks mah partai paling bener, mari dukung',
    'kalau rk nyapres 2029 aku orang pertama yang dukung',
  ],
  [
    // Honesty as a turn of talk is no praise.
    'Wkwk jujur aja ya, Presiden Prabowo meresmikan bendungan di Sulawesi Selatan pagi ini',
    'Kalau boleh jujur, Pak Jokowi kemarin hadir di nikahan anak temannya di Solo.',
    // An agreement signed (PKS, perjanjian kerja sama) in a lower-case draft.
    'pks dgn kampus lokal udah diteken, magang mulai januari',
    'Apakah Anies akan maju lagi? Gimana menurut kalian?',
  ],
);

judgementClass(
  'a draft in one case',
  [
    'ayo dukung pak darmawan saputra jadi bupati, orangnya jujur',
    'PILIH BU RATNA WULANDARI JADI BUPATI, PALING PEDULI!',
    'torang samua pilih om fredy jo, calon walikota paling bae',
  ],
  [
    'AMIN, SEMOGA CEPAT SEMBUH YA BU',
    'SEMOGA DIMUDAHKAN SEGALA URUSAN, AMIN YA RABBAL ALAMIN',
    'ayo dukung pak guru kita di lomba guru teladan tingkat provinsi',
    'selamat ulang tahun bu dokter, semoga sehat selalu',
  ],
);

judgementClass(
  'a question without its mark',
  [
    // A heading that says why is no question.
    'Thread: kenapa Gibran gak layak jadi wapres. Usianya diakali lewat putusan MK.',
  ],
  [
    'Izin tanya admin kalau keluarga saya pasang baliho caleg di pagar rumah saya kena juga gak',
    'Apakah Anies akan jadi presiden lagi',
  ],
);

judgementClass(
  'kin named before a name',
  [
    // "kakek gemoy" is still a nickname.
    'Ada kakek gemoy curhat soal usahanya, cuma pencitraan.',
  ],
  [
    'Tante Risma datang dari Malang bawa apel segar sekeranjang anak-anak langsung rebutan',
    'Mbah Mahfud ulang tahun ke-75 masih rajin ke sawah tiap pagi',
  ],
);

judgementClass(
  'given names in a draft in one case',
  [
    'tolong dukung bu dewi jadi bupati ya',
    'ayo datang ke tps dan jangan lupa pilih bu wulan, pemimpin yang peduli asn',
  ],
  [
    'di warung kopi tadi bapak-bapak debat soal capres 2029, saya cuma senyum terus pulang.',
    'mbah kakung wis milih mulih kampung, jare neng kutho rame',
    'selamat ulang tahun bu dokter, semoga sehat selalu',
  ],
);

judgementClass(
  'a name and the next election year',
  [
    'Prabowo 2029!',
    'Kang Dedi Mulyadi 2029! Jabar sudah, sekarang Indonesia.',
    'Anies 2029',
  ],
  [
    'Prabowo targetkan swasembada pangan 2029.',
    'Rencana kerja Pak Gubernur sampai 2029 dipaparkan di DPRD hari ini.',
  ],
);

judgementClass(
  'chat abbreviations',
  [
    'sy dkng pk Gunawan jd bupati, fix',
    'Tlg bntu pilih Pk Darmo ya, sbg warga yg peduli',
  ],
  [
    // "Plh" stays the acting head of an office.
    'Plh Kepala Dinas Pendidikan membuka acara hari ini.',
  ],
);

// Eighth session: classes read in the sixth and seventh sets' dev splits (drafts here are new).
judgementClass(
  'anyone named with an honorific, in a draft about an election',
  [
    'Datuk Rasyid tu rancak bana mamimpin, patuik jadi bupati.',
    'Pilkada nanti Kaka Yulius pasti menang, kampung-kampung su ikut semua.',
    'Puang Baso itu tegas ki, calon bupati kayak begitu mi yang kita butuh.',
    'Om Herman untuk wali kota, torang so sepakat!',
    'Saya yakin Haji Darmin menang besar di pilbup nanti.',
  ],
  [
    // A colleague, a neighbour or an elder in an everyday draft; kin honorifics are no candidate.
    'Pak Darsono guru kelas 5 di sekolah kami, orangnya sabar dan tegas.',
    'Mbah Sarni nangis bahagia, rumahnya sudah dibedah. Terima kasih Pak Kades.',
    'Jangan sampai kita ikut menyebarkan video kampanye Bu Lestari di grup kantor ya.',
    'Dikutip dari harian setempat, Mas Hendro mengaku belum memutuskan apakah akan maju pada pilwalkot.',
  ],
);

judgementClass(
  'ballot numbers chanted, hashtags built for a person, parties praised',
  [
    'Nomer papat, nomer papat! Kutha iki kudu ganti.',
    'Nomor urut lima, lima, lima! Saatnya berubah.',
    'Pasang di story ya: #KangDodiLanjut',
    '#Uni_Sari_Untuk_Agam 🔥',
    'Partai Lintang Jaya mah partéy nu ngartos ka rahayat leutik.',
    'Golkar is still the party of the common people.',
  ],
  [
    'Antrean nomor 12, nomor 13, lalu nomor 14 dipanggil ke loket.',
    'Selamat Hari Guru! #PakGuruHebat',
    'Kalau ada ASN pasang tagar seperti #PakBudiMenang, laporkan ke Bawaslu.',
  ],
);

judgementClass(
  'camps, predictions and English own votes',
  [
    'Kampret mah kalah sakali gé ngamuk.',
    'Cebong 2029 udah deket, siap-siap nangis lagi.',
    'Om Stenly pasti dapa kursi, torang so itung suara.',
    'I ticked Ganjar-Mahfud at the embassy and I still stand by it.',
    'Civil servant by day, and proud to back Gibran for 2029.',
  ],
  [
    'Kampret, aku kalah main catur lagi sama bapak.',
    'Pasti dapat kursi di depan kalau datang pagi.',
    "I'm backing Persija all the way this season.",
  ],
);

judgementClass(
  'thanks for a service that now reaches people, rules talk by what a post leads to, a registration reported',
  [],
  [
    'Terima kasih Pak Pram, rute bus sekarang sampai ke kampung kami.',
    'Big thanks to Kang Dedi Mulyadi for the village road programme.',
    'Menulis "Coblos nomor 3!" di status WA pun bisa jadi temuan Bawaslu.',
    'PSA: "c*blos 02" in a comment is still campaigning even with the asterisk.',
    'Foto wisuda si sulung, pose dua jari kayak biasa.',
    // A registration told as done is news.
    'Bu Sulastri Wahab resmi mendaftar sebagai bakal calon bupati di KPU pagi ini, diantar pendukungnya.',
  ],
);

judgementClass(
  'an account no list knows, in the body of a draft about an election',
  [
    'Sudah kuputuskan, suaraku untuk @RinaWulandari_ di pilbup. Cuma dia yang turun ke pasar.',
    'Wah hebat ya, caleg @Hendra_Saputra bagi sembako pas mau pemilu doang 👏👏',
  ],
  [
    // Who a reply answers, and an institution's account, are no side.
    '@budi_santoso kamu itu capek sendiri, pilpres sudah lewat, lambemu mencla mencle',
    'Pilkada kemarin petugasnya arogan sekali, tolong ditindak @KPU_ID',
  ],
);

judgementClass(
  'a candidacy urged, in words of running',
  [
    'Ayo Kang Dodi, jangan ragu maju. Warga sudah siap di belakangmu.',
    'Saya dukung Pak Sekda maju jadi cabup tahun depan.',
    'Bu Kadis kita cocok jadi calon wakil bupati, kita dorong rame-rame.',
  ],
  ['Jangan ragu maju ke depan kelas, Nak.', 'Bu Kadis kita cocok jadi pembina pramuka tahun ini.'],
);

judgementClass(
  'a hashtag built on a name no list knows',
  [
    // A hashtag part no rule and no root word knows is a name: given to a place, or backed by a
    // campaign word, it is a local candidate's tag.
    'Rapat selesai, pulang dulu. #SuhartonoUntukLembahHijau',
    'Pagi yang cerah #MenangBersamaWidarti',
    'Gaspol terus! #KusnadiDPRD',
  ],
  [
    // A known word first is a cause or an event; a name beside "juara" can be a child's prize.
    'Galang dana untuk korban banjir #PeduliUntukSesama',
    'Anak saya menang lomba mewarnai #WidartiJuara',
    'Selamat ulang tahun, Nak #Suhartono17',
  ],
);

judgementClass(
  "someone's words in quotes, attributed",
  [
    // No word of saying outside the quotes, or the writer is the one who says it.
    'Pokoknya "pilih nomor 2" titik!',
    'Saya meminta warga "pilih nomor 1" besok.',
    'Caption: "ASN Sukamaju untuk Bu Ratna 2029" ✊',
  ],
  [
    'Dalam orasinya, Pak Darmo meminta warga "pilih nomor 1 demi perubahan", menurut harian lokal.',
    'Seorang juru kampanye berteriak "coblos Gema, coblos oranye!" di acara partai itu.',
    'Hoaks: "PPPK wajib ikut apel relawan." BKN sudah membantah.',
  ],
);

judgementClass(
  'near the line: a warning, a queue, a blessing, a name beside the others',
  [
    'Ayo daftarkan Pak Suroto jadi bakal calon bupati!',
    'Pilih Bu Ratna, jangan calon lain!',
  ],
  [
    'Akun @tim_menang_sari jangan di-follow ya rekan ASN, itu akun pemenangan.',
    'Alhamdulillah nomor 2 di antrean poli gigi, cepat pulang.',
    'Semoga Allah ganjar kebaikan Ibu dengan kesehatan.',
    'Bu Ratna atau calon lain, pilih sesuai hati nurani ya.',
    'Kartu anggota perpustakaan sudah jadi, resmi anggota sekarang.',
  ],
);

judgementClass(
  'a sentence with a few capitalised place names is no headline',
  [
    // English with a place and a name built of Indonesian words: not title case.
    'Say what you want, but Bu Ratna is the only one in Lembah Hijau politics who answers with numbers. Another term, easily.',
    // A next term refused, and English words of scorn.
    'Honestly Pak Darsono itu overrated. Jangan kasih dia periode kedua.',
  ],
  [
    // A headline in title case is still news.
    'Gerindra Targetkan Prabowo Menang Pilpres Satu Putaran',
    'Petani Sukamaju Panen Raya, Bupati Ikut Turun ke Sawah',
  ],
);

judgementClass(
  'a next term by its year, a camp by its person, ballot numbers in Roman figures',
  [
    'Terima kasih Pak Darsono, jalan sudah mulus semua, pokoknya 2029 lanjut lagi ya Pak!',
    'Indonesia aman kalau Bapak Darsono terus memimpin sampai 2034.',
    'Reminder: the department is backing Mayor Hartono for re-election.',
    'Pendukung Bu Sulastri itu isinya tukang fitnah semua.',
    'Pokoknya paslon II, jangan yang lain.',
  ],
  [
    'Program ini lanjut sampai 2029 sesuai RPJMN.',
    'Bab II halaman 5 sudah saya revisi.',
    'Pak Darsono terus memimpin rapat sampai sore.',
  ],
);

judgementClass(
  'a leader of the kind just described, and regional pronouns',
  [
    'Pak Darsono hafal semua data desa. Bupati begini harus dipertahankan.',
    'Matur nuwun Pak Darsono. Pemimpin sing kaya ngene kudu dipilih maneh.',
    'Denggan do roha ni Pak Sitorus, ibana do na pantas gabe bupati.',
  ],
  [
    'Orang begini harus dijauhi, jangan kasih pinjaman.',
    'Guru begini harus dipertahankan di sekolah kami.',
  ],
);

judgementClass(
  'ready for 2029, a camp that cannot move on, a party register',
  [
    'Replying to @PKSejahtera saya kader dari Depok pak, siap turun 2029',
    'Urang Prabowo mah teu bisa move on ti 2024, unggal dinten ngeluh wae.',
    'Saya sudah terdaftar di Gerindra, nama saya ada di Sipol.',
  ],
  [
    'Kantor kami siap jalan 2029 dengan sistem baru.',
    'PDIP, Gerindra, Golkar all recalculating for 2029. Fascinating to watch.',
    'Nama saya tercatat di Sipol sebagai anggota partai, padahal saya tidak pernah daftar.',
  ],
);

judgementClass(
  "a camp named after a figure whose name is also a word",
  ['Ganjarist pada kepanasan wkwk', 'Watching the Ganjarist crowd cope is my favourite hobby 😂'],
  ['Semoga Allah ganjar kesabaranmu, Nak.'],
);

judgementClass(
  'a rules lesson that gives its example',
  [
    // The example is no shield for the writer's own side after the lesson.
    'Contoh pelanggaran: foto dengan paslon. Tapi kalau saya sih tetap pilih 02.',
    'Jangan lupa: coblos 02!',
    'Buya Hasan dukung Anies, saya juga dukung!',
    'My uncle backs Ganjar, and so do I.',
  ],
  [
    // A clause that names what is not allowed and ends in a colon introduces the example.
    'Contoh yang tidak boleh: PNS menulis status Pak Anies paling cerdas, pilih dia.',
    'Yang dilarang: tepuk tangan sambil bawa poster Ridwan Kamil.',
    // A breach told by what it cost someone, or named a breach after it is told.
    'Kemarin ada guru di Garut diperiksa karena upload foto bareng Kang Dedi Mulyadi pakai salam jempol.',
    'Teman saya yang PNS kena teguran karena foto dengan kaos bergambar Anies.',
    'Catatan pelatihan: "Pak Bupati hebat, dua periode!" itu contoh pelanggaran paling sering.',
    // A concession that opens the sentence is no turn: the lesson after it is the point.
    'Walaupun kamu kagum sama Bu Khofifah, sebagai ASN jangan tulis pujian untuk beliau di masa kampanye.',
    // Someone else's support, told with hearsay or an honorific of faith.
    'Pak Lurah katanya dukung Ganjar.',
    'Saya lihat video Ustaz Hanan dukung Anies.',
    // Everyday things named with an insult word.
    'Pak Lurah resmikan bank sampah di RW 05.',
  ],
);

judgementClass(
  "a relative's or a friend's politics",
  [
    // The writer's own side after the relative's stays the writer's.
    'Adik saya jadi saksi paslon 01, saya juga dukung 01.',
    'My uncle is a Golkar cadre and I vote Golkar too.',
  ],
  [
    // "saya" after a kinship noun says whose relative, not who acts.
    'Adik saya jadi saksi paslon 01 di TPS kemarin, saya sendiri di rumah saja karena PNS.',
    'Om saya nyalon DPRD lagi tahun 2029, doakan beliau sehat ya. Saya tidak ikut kampanye.',
    'Paman saya maju pilkades, saya bantu doa saja karena saya ASN.',
    'Suami saya kader Golkar, saya PNS. Di rumah kami sepakat tidak bahas politik.',
  ],
);

judgementClass(
  'a chant for a next term in a sentence of its own',
  [
    // Whoever the sentence before names is whom the chant is for.
    'Pak Anas meresmikan jembatan desa kami. Lanjut dua periode!',
    'Terima kasih Pak Bobby, jalan sekarang mulus. Pilih lagi 2029!',
    'Bangga punya bupati seperti Pak Anas, pelayanan publiknya cepat. Lanjut dua periode!',
  ],
  [
    // Thanks or pride for public work, with no term or race in it.
    'Terima kasih Bu Risma, taman kota sekarang indah sekali.',
    'Bangga punya bupati seperti Pak Anas, pelayanan publiknya cepat dan ramah.',
    // A win in a game is no chant for a term.
    'Pak Anas main badminton tadi. Menang telak!',
  ],
);

judgementClass(
  "others' choices, namesakes and numbers that are no ballot",
  [
    // The writer's own side next to the crowd's stays the writer's.
    'Sebagian warga pilih 02, saya sih tetap pilih 01 sampai kapan pun.',
    'Anak saya namanya Gibran. Pak Gibran juga hebat, lanjut 2029!',
  ],
  [
    // Part of a crowd, counted, is news of their choice.
    'Sebagian om mendukung pasangan ini, sebagian pasangan itu, dan seorang sepupu malah tidak memilih.',
    'Setiap Senin kita pilih menu. Minggu ini mayoritas pilih nomor 2, rendang.',
    // A name given as a name is a namesake, whatever "dia" does after it.
    'Keponakan saya namanya Ganjar, umurnya 7 tahun, dan hari ini dia dapat hadiah juara kelas.',
    // Whom the writer votes for, left untold.
    'Saya ASN, jadi tidak akan bilang pilih siapa.',
    // A shade, a street number, a class's practice election, a named outlet as the source.
    'shade 02 paling cocok kulit sawo matang',
    'Lokasi di Jalan Pahlawan nomor 12, pelayanannya cepat.',
    'Pelajaran PPKn hari ini praktik pemilu. Partai Lapangan Bersih menang 17 suara.',
    'Haji Anang mengajak pedagang "pilih yang sudah terbukti", menurut laporan Kabar Sungai Kalang.',
  ],
);

judgementClass(
  'short posts as people type them',
  [
    // A word nobody knows after a vote verb, in a post about an election, is whom the vote is for.
    'keluarga kami semua pilih tenri 2029',
    // A candidate claimed as one's own.
    'jgn fitnah calon kita, pak jito org baik',
    // One term not enough; a try again by a year; a party past a share, foretold.
    'Lanjutkan Pak Bupati, 1 periode kurang',
    'ridwan kamil coba lg 2029 kang',
    'psi tembus 4% liat aja',
    // A camp's name spelt out; membership said in Javanese.
    'halo kadal gurun 🦎',
    'aku saiki anggota PKB, resmi',
    'ganjr gk bakal laku lg',
    'gerindra makin di depan 🦅',
    'target 50 suara per pegawai, ajak keluarga masing2',
    'ini flyer bang oji, bantu viralin',
  ],
  [
    'pilih rendang aja',
    'Siapa pun calon kita nanti, semoga amanah.',
    'Survei LSI: PSI tembus 4%',
    'Harga cabai tembus 50 ribu',
    'Produk ini gak bakal laku',
    'Antrean saya makin di depan',
    'Target 50 suara per TPS tercapai, kata KPU.',
    'Video kucing lucu, bantu viralin ya',
  ],
);

judgementClass(
  'long posts: the side in one sentence, and regional and English forms',
  [
    // Threats over a vote: a name off an aid list, a warning of what follows, in Javanese too.
    'Penyaluran beras lancar. Yang tidak ikut memilih Pak Sugeng di pilkada, namanya akan saya tinjau ulang dari daftar penerima.',
    'Orang tua yang tidak ikut mendukung Pak Harjuno jangan heran kalau anaknya susah dapat rekomendasi SMP favorit.',
    'Lan kelingan, sing ora melu kampanye Pak Sugeng ora oleh tunjangan sasi ngarep.',
    // A name's campaign tags.
    'pagi2 ngopi dulu #JitoLagi',
    '#LanjutkanJito 🔥',
    'Libur akhir pekan di kebun teh. #KoncoHarjuno',
    // Regional superlatives and vote verbs; English endorsements.
    'Eta Kang Hilman teh calon bupati anu pang bageurna, pantes mingpin Leuwi Sari.',
    'Uda Zulhendri tu calon nan paliang rancak, paham jo masalah petani.',
    'Molo pilkada annon, ahu mamillit Lae Parulian do.',
    'If you want a party that actually shows up for rural people, Gerindra is the one.',
    "I'll say it once: my vote in 2029 is going to Dedi Mulyadi.",
  ],
  [
    'Jangan heran kalau jalan macet, ada kampanye Pak Harjuno hari ini.',
    '#MudikLagi',
    '#KopiPasti',
    'Messi is the one.',
  ],
);

judgementClass(
  'a call in a long post beside a contest, a running mate, support as a noun',
  [
    // The call's own sentence names an election: a contest named elsewhere is not what it is about.
    'Kalau mau desa tetap adem, coblos lagi Pak Harjuno di pemilihan berikutnya. SD kami juara dua lomba kebersihan.',
    // A name and its running mate are one subject.
    'Yakin deh, pilkada nanti Pak Anang dan wakilnya menang di semua kecamatan.',
    'Saya tegaskan dukungan saya kepada Pak Budi untuk memimpin kabupaten ini.',
    // "dulu" as "for now" is no former membership.
    'Sambil menunggu, saya pamer dulu KTA Partai Arus Baru saya yang baru jadi.',
  ],
  [
    'Ayo dukung desa kami di lomba Desa Wisata provinsi! Pilih nomor 3 ya.',
    'Terima kasih atas dukungan Bapak kepada sekolah kami.',
    'Dulu saya kader Golkar, sekarang PNS.',
  ],
);

judgementClass(
  'well-wishes to someone who is no candidate today',
  [
    // The wish's clause is covered; a next term in another clause is not.
    'Sukses selalu Pak Anies, 2029 pasti menang!',
    'Semangat Pak Prabowo, lanjutkan perjuangan!',
  ],
  [
    'Sehat selalu Pak Jokowi, terima kasih untuk 10 tahunnya.',
    'Tetap semangat Pak Ahok, terima kasih atas semua yang Bapak berikan untuk Jakarta.',
  ],
);

judgementClass(
  'a push for a candidacy spoken to a bare honorific',
  [
    // The post being answered names them; the reply only addresses them.
    'lanjutkan pak, 1 periode kurang',
    '2029 maju lagi ya Bu!',
    'Lanjut 2 periode pak!',
  ],
  [
    // The writer of themself; an honorific that names someone or many.
    'Bu, periode depan saya cuti panjang.',
    'Pak RT mau maju lagi jadi ketua RT.',
    'Di warung kopi tadi bapak-bapak debat soal capres 2029.',
  ],
);

judgementClass(
  'set apart from the rest of the field, or pointed at with no noun',
  [
    'tenri tuh tegas, gk kyk calon yg lain',
    'She is honest, unlike the other candidates.',
    'yg kyk gini hrs jd presiden',
  ],
  [
    'Anaknya rajin, gak kayak anak yang lain',
    'Yang kayak gini enak buat sarapan',
    'Yang begini nih yang bikin macet',
  ],
);

judgementClass(
  'a chat "plh" is a vote; "Plh" with a capital is the acting official',
  [
    'bsk plh nmr 4 y, jgn lp',
    'gaes plh bu wulan y bsk',
  ],
  [
    'Plh Kepala Dinas Bu Ratna membuka apel pagi, ayo kita sambut.',
    'PLH Sekda memimpin rapat koordinasi pagi ini.',
  ],
);

judgementClass(
  "a pair's acronym in capitals run into a campaign word of its hashtag",
  [
    'Pagi yang cerah #SEJAHTERAuntukKaliurang',
    'Ngopi dulu #BERKAHmenang2029',
  ],
  [
    // A cause in the tag's own case, and an acronym the last capital of which begins the word.
    'Donor darah di kantor hari ini #SehatUntukSemua',
    'Rapat evaluasi #2024PDIPOposisi dibahas di kanal berita.',
  ],
);

judgementClass(
  "a volunteer group's event, a platform with words before its owner, a share asked by where",
  [
    'Semalam hadir di deklarasi Balad Suryana, ramai sekali.',
    'Bagikan: program 100 hari Bu Wulan untuk petani kopi.',
    'Ini janji kerja Uda Rustam untuk Koto Baru. Sebarkan ke grup kaum kita!',
  ],
  [
    'Semalam hadir di syukuran Bu Lurah, ramai sekali.',
    'Resep rendang sudah saya tulis di blog. Bagikan ke grup arisan ya!',
  ],
);

judgementClass(
  "a party's animal turned on its supporters; a local name to win again",
  [
    'Banteng ketaton lagi ngamuk di grup, kalah kok nggak terima.',
    'Mbesuk Pak Darto menang maneh, percaya aku.',
  ],
  [
    'Di kandang ada banteng ngamuk, peternak kewalahan.',
    'Pak Darto menang lagi di lomba burung berkicau.',
  ],
);

judgementClass(
  'news and analysis that report: a count and the facts set beside it, a speaker named after the words, a party naming its candidate',
  [
    // The writer's own vote after the report stays theirs.
    'Menurut KPU, pasangan 01 unggul di Jateng, sedangkan saya tetap pilih 02.',
    'Gerindra resmi mengusung Pak Budi Santoso, pilihan terbaik untuk kita!',
  ],
  [
    'Menurut rekap KPU 2024, pasangan 01 unggul di Jateng, sedangkan pasangan 02 unggul di Aceh.',
    'Belum ada nama yang mendaftar ke KPU, ujar pengurus partai.',
    'Partai Demokrat mengumumkan Pak Budi Santoso sebagai bakal calon bupati pada Mei 2024.',
    'Numutkeun aturan, ASN teu kenging janten anggota partai politik.',
    'Petahana memikul beban evaluasi kinerja, penantang harus membangun nama dari nol.',
    'Terima kasih Pak Wali, banjir di RW kami surut setelah pompa dipasang.',
  ],
);

judgementClass(
  "a camp's name that ends in a kin word, followed by the writer's own 'saya', is family",
  ['Anak abah nangis lagi wkwk, quick count cuma 24 persen.'],
  ['Kasian anak abah saya, sakit sejak kemarin.', 'Selamat Pak Dedi Mulyadi atas pelantikannya jadi gubernur, semoga amanah.'],
);

judgementClass(
  'news that names who said it: a campaign body aiming, a speaker named in full before the words',
  ['Tim kampanye menargetkan menang, dan saya siap coblos nomor 2!'],
  [
    'TKD Jabar targetkan kemenangan pasangan nomor 2 di Bandung Raya.',
    'Wakil ketua tim kampanye, Ahmad Suryadi menyebutkan, pihaknya yakin kemampuan Pak Budi Santoso tidak diragukan.',
  ],
);

judgementClass(
  "a party no list knows, after 'partai' in a one-case draft; a vote withheld",
  [
    'partai sinar harapan paling peduli petani, layak masuk senayan',
    'whatever you do in 2029, do not give your vote to psi again.',
  ],
  [
    'asn dilarang jadi anggota partai politik',
    'partai politik wajib lapor dana kampanye ke kpu',
    'Jangan berikan suaramu untuk calon yang korup.',
  ],
);

judgementClass(
  'reports with their source: a witness, a count that is out',
  ['hasil quick count udh keluar, 02 unggul, ayo kawal terus sampai menang!'],
  [
    'hasil quick count udh keluar, 03 unggul',
    'Pak Harun terlihat mengambil formulir pendaftaran di kantor partai, menurut saksi mata.',
  ],
);

judgementClass(
  'rules lessons: a specimen quoted, a consequence, what is not permitted, any side',
  ['Contohnya pemimpin seperti ini: jujur dan merakyat, ayo dukung Bu Rina jadi bupati!'],
  [
    'Contohnya kalimat seperti ini: Ayo dukung Bu Rina jadi bupati! Kalau ditulis ASN, bisa kena sanksi.',
    'Guru yang pasang stiker paslon di motor pribadi saat jam dinas tetap bisa dipersoalkan.',
    'Jangan sampai kita, ASN, ikut menyebarkan video kampanye paslon mana pun di grup keluarga.',
    'Bapak ibu guru, ingat: menjadi saksi paslon di TPS tidak diperbolehkan bagi ASN.',
    'Reminder: civil servants may vote, but must not campaign, post support for candidates, or wear campaign shirts.',
  ],
);

judgementClass(
  "family posts: a public figure's favourite place, an elder's advice retold, thanks for a shorter trip",
  ['Rumah makan ini milik tim sukses, jadi ayo pilih Pak Jokowi lagi!'],
  [
    'Liburan keluarga ke Solo, mampir ke rumah makan favorit Pak Jokowi dulu.',
    'Kakek saya veteran, beliau selalu bilang pilihlah pemimpin yang jujur, siapa pun dia.',
    'Terima kasih Pak Jokowi, jalan tol ini memangkas waktu mudik kami.',
  ],
);

judgementClass(
  'news of a count and a platform: where a count put someone ahead, a version of the count, a promise',
  ['Pak Darto menang di 12 kecamatan, ayo kawal sampai pelantikan, coblos lagi 2029!'],
  [
    'Prabowo menang di 36 provinsi versi rekapitulasi KPU.',
    'Dedi Mulyadi dan Erwan Setiawan unggul di 27 kabupaten kota di Jawa Barat.',
    'Paslon nomor 1 berjanji menggratiskan biaya sekolah jika terpilih.',
  ],
);

judgementClass(
  'a sentence of nothing but handles belongs to the sentence before it',
  ['Bocil songong!!! @gibran_tweet', 'Pemimpin yang merakyat. @ganjarpranowo'],
  ['Selamat pagi semua! @kompascom', 'Hujan deras sore ini. @bmkgjateng'],
);

judgementClass(
  'a run put as a question and granted at once is no question',
  ['Ganjar 2029, kenapa tidak?', 'Puan for 2029? Honestly, why not.'],
  ['Apakah Ganjar akan maju 2029? Belum ada kepastian.', 'Ganjar maju 2029? Kenapa tidak ada yang tanya partainya dulu.'],
);

judgementClass(
  'a win wished beside an election named; regional honorifics name a person',
  ['Insyaallah pilpres nanti Abah menang.', 'Julak Hamdani tu bungas, caleg nang paduli lawan banua.', 'Ceu Popong memang pantas jadi gubernur.'],
  ['Semoga pemilu nanti damai, siapa pun yang menang.', 'Semoga timnas menang, pilpres juga lancar.'],
);

judgementClass(
  "a camp mocked for its temper, its noise or its pay; the animals themselves are not",
  ['Kampret makin berisik di kolom komentar.', 'Cebong kalau idolanya dikritik langsung ngambek.', 'Buzzer 02 lagi lembur malem ini, cuan cuan'],
  ['Anak-anak menangkap cebong di sawah, suara kodoknya berisik sekali.', 'Kampret di gua itu berisik sekali kalau malam.'],
);

judgementClass(
  "a listed person's name word in a tag is a name; a titled place in a tag stays whole",
  ['Kota ini butuh wajah baru. #GraceUntukManado', 'Tiga bulan keliling kampung. #FauziUntukKota'],
  ['Ayo donor darah minggu ini. #DonorDarahUntukSesama', 'Festival kuliner akhir pekan. #JelajahManado'],
);

judgementClass(
  'an office before a name, or the one in office now, urged to a second term; praise of the work stays quiet',
  ['Bupati Retno jangan dikasih periode kedua.', 'Gubernur yang sekarang pantas dua periode.', 'Bupati Retno kudu lanjut periode kaping kalih.'],
  ['Bupati Retno hebat, jalannya mulus sekarang.', 'Terima kasih Bupati Retno atas jembatan barunya.', 'Bupati Retno meresmikan jembatan desa kemarin.'],
);

judgementClass(
  'a seat in a council or parliament deserved; a jury or a school council is none',
  ['Bu Endang memang paling peduli, pantas duduk di dewan!', 'Mas Rizky sregep, ora kakehan omong. Pantes dadi dewan.'],
  ['Pak Darto pantas jadi dewan juri lomba tahun depan.', 'Bu Sari cocok masuk dewan guru tahun ini.'],
);

judgementClass(
  "a frame named for a supporters' group or the office sought; a rules lesson about it in Javanese",
  ['Yuk pasang twibbon "Sahabat Endang 2029" di foto profil!', 'just changed my profile frame to the nadia for mayor twibbon. join me!'],
  ['Pasang twibbon Hari Guru 2029 ya bapak ibu.', 'Kanca ASN, masang twibbon "Sedulur Rahmat" neng foto profil kuwi ora oleh.'],
);

judgementClass(
  'own votes in English, Bugis and Minang forms of the vote words, a threat with "akan"',
  ['My vote still goes to Ci Meiske. Period.', 'Pilei Puang Syam nomor 3, aja lupa!', 'Jamaah yang tidak hadir kampanye Pak Haryo tidak akan dapat jatah daging kurban.'],
  ['My vote counts as much as anyone else\'s, so please check your name on the voter list.', 'Jamaah yang tidak hadir pengajian minggu lalu tidak akan dapat jatah snack, kehabisan.'],
);

judgementClass(
  "campaign tags: a name for a place in English, an office to become, a call with an honorific between, a party's acronym with a cheer",
  ['Choir practice moved to Thursday. #YoelForManado', 'Wis wayahe! #RizkyDadiDewan', '#LanjutkanPakGeng', 'Rumah Rakyat, Rumah Kita! #PERAKMenang'],
  ['Sampai jumpa di Manado! #ExploreManado', 'Kuliah lanjut terus. #LanjutS2', 'Harga perak naik lagi minggu ini. #PerakMurni'],
);

judgementClass(
  "party membership told in English, in Bugis, or as one's standing as a cadre; health cadres are none",
  ['Officially a card-carrying member of PDIP.', 'Proud to be the new secretary of the Kupang branch of PDIP.', "Iyya' anggota partai Golkar.", 'Walaupun PNS, saya tetap kader setia partai ini.'],
  ['Saya kader setia Posyandu, tiap bulan nimbang balita.', 'Walaupun sudah pensiun, saya tetap kader sejati Pramuka.', 'Sambel bawang buatane Bu Narti nomer siji ning pasar.'],
);

judgementClass(
  '"no contest" is an idiom, a named contest is a contest',
  ['Pilkada Rawa Kencana? Mas Bayu menang lah, no contest.'],
  ['Vote nomor 3 ya, video anakku di photo contest kantor.', 'Our app made the final of the provincial innovation contest! Voting is open: choose entry number 3.'],
);

judgementClass(
  'a refusal in the passive pointing back to a member, a candidate or a party named by role',
  ['Dewan dapil telu kuwi mung teka nek arep pemilu. Aja dipilih maneh.', 'Caleg nu éta ngan ukur bisa ngomong. Ulah dipilih deui.', 'Caleg kayak gitu kok mau nyaleg lagi, jangan kasih suara!'],
  ['Caleg yang bagi-bagi uang jangan dipilih, laporkan ke Bawaslu.', 'Pilih menu yang sehat, yang gorengan jangan dipilih dulu. Anggota keluarga harus sehat.'],
);

judgementClass(
  'made the office holder again, in Sundanese and Batak Toba',
  ['Kang Dadan mah pangartos pisan kana masalah petani, pantes dijantenkeun deui.', 'na burju do bu mei, cocok gabe bupati'],
  ['Pak Budi pantas dijadikan contoh bagi guru muda.', 'Batik ini cocok gabe hadiah.'],
);

judgementClass(
  'rules lessons and news: an invitation turned down, a pose warned against, observers and respondents judging',
  ['Ayo gabung grup relawan Pak Budi, link di bio!', 'Saya menilai Anies unggul dalam debat, pilih dia!'],
  [
    'Tadi ada yang undang saya ke grup relawan Pak Budi, langsung saya tolak karena saya PNS.',
    'Hati-hati berpose salam satu jari di foto kegiatan kantor, itu bisa dibaca sebagai dukungan ke paslon 01.',
    'Pengamat menilai Anies unggul dalam debat soal pendidikan.',
    'Dalam survei terbaru, Ganjar disebut paling merakyat oleh mayoritas responden.',
  ],
);

judgementClass(
  'a jersey or a level is chosen, not a candidate; posters taken down by the authorities',
  ['Pilih nomor 10, Pak Budi calon bupati kita!'],
  ['Pilih jersey nomor 10 untuk adikmu, itu idola semua anak.', 'Baliho caleg di depan sekolah sudah diturunkan Satpol PP, terima kasih.'],
);

judgementClass(
  'a question asking what to do is no order; "is it okay for …" asks about the rules',
  ['Semua staf harus pilih Bu Ratna, gimana lagi.'],
  [
    'Mau tanya, kalau kepala sekolah menyuruh guru ikut deklarasi calon, guru PNS harus bagaimana?',
    'Is it okay for a PNS teacher to attend a party event if invited by a relative?',
  ],
);

judgementClass(
  '"itulah"/"inilah" point back to whoever was just described; the leader "we need" is praise',
  ['Anies datang ke pasar pagi ini. Itulah pemimpin yang kita butuhkan.', 'Prabowo meresmikan waduk. Inilah sosok pemimpin sejati.'],
  ['Pemimpin yang kita butuhkan adalah yang jujur dan peduli, siapa pun dia.', 'Itulah sebabnya rapat diundur ke hari Senin.'],
);

judgementClass(
  'three capitalised words among English words are names and places, not a headline',
  ['Calling it now: Budi takes Giri Amerta by a landslide.'],
  ['Prabowo Kunjungi Jepang', 'Budi visited Giri Amerta by train last weekend.'],
);

judgementClass(
  'English candidacy: wanted on the ballot, going national; being on the ballot is a fact',
  ['Retweet if you want Dedi Mulyadi on the 2029 ballot.', 'Really hope Sherly goes national in 2029.', 'Good. Now vote them out in 2029.'],
  ["KPU printed 200 million ballots; Prabowo's name is on the ballot as number 2.", 'The Persib brand went national this year.', 'They voted out the old committee at the RT meeting.'],
);

judgementClass(
  "a party's seats foretold (lost, gained, into parliament); the next elections' year is no seat number",
  ['Partai Jangkar bakal kehabisan kursi 2029, udah gak laku.', 'PKB di bawah Cak Imin akan terjun bebas di 2029.', 'Saya yakin Partai Arus Baru lolos Senayan.'],
  ['Harga cabai akan terjun bebas minggu depan.', 'Sembilan partai lolos parlemen menurut hasil rekapitulasi KPU.', 'Kursi 12 di gerbong 3 masih kosong, nomor 2 juga.'],
);

judgementClass(
  "someone else's support told after a turn, a supporter asked for reasons, others set to support as told",
  ['Tapi saya dukung 02.', 'Ayo kita gerakkan warga untuk mendukung Pak Budi!', 'Alasan saya dukung Pak Budi: dia jujur.'],
  [
    'Tapi Demokrat dukung Prabowo Gibran, musuh berat anda?',
    'Yang dukung Prabowo-Gibran ini asli gua pengen nanya dah. Alasan dukung paslon ini tuh apa?',
    'Wakil menteri mengkoordinir bawahannya untuk mendukung Prabowo Gibran, musti dicek.',
  ],
);

judgementClass(
  'rules lessons that quote what one must not write, a quoted sentence judged by who writes it, common examples listed',
  ["Jangan lupa tulis 'Pilih Pak Budi' di status kalian ya!", 'ASN must vote for Pak Budi!'],
  [
    'Jangan tulis "pilih Bang Roni" di grup kantor, walau bercanda.',
    'Netralitas itu artinya kita tidak menulis "dukung Bu Ratih" atau "jangan pilih Pak Wisnu" di medsos.',
    'Kalimat "Pak Darto layak jadi bupati" kalau ditulis ASN di media sosial, itu sudah kampanye.',
    'In training we showed a post like "Vote for Bu Sari, she\'s the best" and explained why an ASN must not write it.',
    'Contoh yang sering muncul: like dan share video kampanye, foto dua jari bareng calon.',
  ],
);

judgementClass(
  "associations choosing their chairs, pageants, a pageant contestant's official account",
  ['Pak Yusuf Hadi, cawalkot kita yang asli putra daerah, pantas dua periode!'],
  [
    'Pemilihan ketua PGRI kecamatan kemarin, Pak Slamet terpilih lagi dua periode. Selamat!',
    "Congratulations to Pak Budi, elected chair of the teachers' association for a second term!",
    'Dukung Mbak Sinta di Putri Pariwisata, nomor urut 9, caranya like foto di akun resmi.',
  ],
);

judgementClass(
  'a post a body chose someone for, told as done',
  ['Semoga Puan terpilih kembali sebagai ketua umum, dia hebat!'],
  ['Puan Maharani terpilih kembali sebagai Ketua DPR periode 2024-2029.'],
);

judgementClass(
  "a camp mocked as mindless, paid or unable to argue; people named by their party's symbol; supporters of a name no list holds",
  [
    'Simpatisan partai banteng emang gitu, disuruh apa aja mau asal ada kaos.',
    'Wong banteng kok diajak mikir, mung iso nggeruduk.',
    'Barisan sakit hati caleg gagal dapil 2 masih aja nyinyir sampe sekarang.',
    'Pilkada makin dekat, fans garis keras Cahaya Bangsa itu kalo dikritik dikit langsung ngegas.',
  ],
  [
    'Anak saya kalau disuruh apa aja mau, asal dijanjikan es krim.',
    'Pendukung Persib kalau timnya kalah langsung ngegas di kolom komentar.',
    'Banteng di kebun binatang itu kalau didekati langsung ngamuk.',
  ],
);

judgementClass(
  "someone's vision, platform or plan passed on in a draft about an election",
  ["Sharing Pak Yoel's 2029 vision for our city, please pass it on 🙏", 'Pilkada tinggal setahun. Bagikan visi misi Bu Ratna Sari ke grup keluarga ya.'],
  ['Bagikan visi misi sekolah kita ke grup wali murid ya.'],
  // The scorer trained with a dead zone (twentieth session) reads it at 0.935, over its 0.93.
  ["Sharing Bu Ani's lesson plan for the new semester, feel free to use it."],
);

judgementClass(
  'a common given name that is also a word, inside a campaign hashtag',
  ['Hayu urang babarengan! #DadanDeui', 'Sukses terus buat acara reuni SMA kita 🎉 #EndangUntukRakyat'],
  ['Selamat ulang tahun #RatnaCantik', 'Liburan keluarga ke Bali #JokoTravel', 'Bunga di taman kantor mekar semua #BungaUntukIbu'],
);

judgementClass(
  'a ballot number to remember or not to forget',
  ['Ingat nomor urut 2 ya bapak ibu.', 'Remember: number 6 on the DPRD ballot.', 'Pilkada tinggal sebulan, jangan lupa nomor empat ya.'],
  ['Ingat nomor antrean kalian, nanti dipanggil petugas.', 'Jangan lupa nomor rumah saya 4, cat hijau.', 'Ingat ya, ASN tidak boleh mengajak orang memilih nomor urut 2.'],
);

judgementClass(
  "a named person's win foretold in Minang, Banjar, Manado or Javanese words",
  ['Pasti Uda Hendri nan manang, indak ado lawan nan sabandiang.', 'Bu Ratih mesthi menang maneh, wong desa-desa wis padha kenal.', 'kita so yakin ibu grace mo manang. manado butuh dia.'],
  ['Pasti Uda Hendri nan manang lomba catua bisuak.', 'Bu Ratih mesthi menang lomba masak maneh.'],
);

judgementClass(
  'a vote for one and no other; the imperative "cobloslah"; a household\'s or an unlisted party\'s vote',
  [
    'Pokoknya Pilkada nanti jangan pilih yang lain selain beliau.',
    "Next election, don't vote for anyone but Rusdi.",
    'Datang ke TPS dan cobloslah Pak Dar.',
    'Apapun kata orang, suaraku tetap untuk Partai Cahaya Bangsa.',
    'Terserah survei bilang apa, suara saya dan istri tetap ke Pak Thomas.',
  ],
  ['Jangan pilih yang lain selain aku, kata lagu dangdut itu.', 'Pemilihan ketua RT: jangan pilih yang lain selain Pak Darto, dia paling rajin ronda.', 'Suara saya dan istri sudah habis karena karaoke semalam.'],
);

judgementClass(
  'a party post of the writer\'s own after a vocative "teman-teman"; a party branch named before "branch"; a tag asking only for a nod',
  [
    'Sekadar info teman-teman, saya sekarang dipercaya jadi sekretaris DPC Partai Samudra Raya. Mohon doanya.',
    "FYI everyone, I've just been appointed treasurer of the Samudra Raya party branch.",
    'Liat nih fotoku pake seragam kader Partai Cahaya Bangsa pas rakerda kemarin, gagah kan?',
  ],
  ['Teman saya sekarang jadi sekretaris DPC Partai Samudra Raya.', 'Tetangga saya dilantik jadi pengurus ranting Golkar.', 'Apakah Partai Cahaya Bangsa akan ikut pemilu 2029?'],
);

judgementClass(
  'a party named and called "the party" a country needs, or worth a vote; a camp paid cheaply',
  ['Sharing this because Cahaya Bangsa is the party Indonesia needs.', 'Gema Pertiwi is the only party that actually shows up for Posyandu. Proud to back them.'],
  ['Indonesia needs more teachers in remote schools, says the minister.', 'Our school needs more teachers next semester.'],
);

judgementClass(
  "the registry's own ID-card service, Sundanese thanks, an entertainer's support told, a question about one's own past act or what to do",
  ['Pelayanan KTP-el hari ini diprioritaskan untuk warga yang bawa kartu relawan Bu Wiwik.'],
  [
    'Apresiasi buat Bupati Lokon Raya, Om Benny, atas layanan KTP keliling. Nenek saya akhirnya punya KTP baru.',
    'Hatur nuhun Pak Lurah kana bantosan banjir kamari. Warga kacida bungahna.',
    'Liat nih ss dari grup, ternyata pelawak itu dukung Bu Wulan ya. Baru tau.',
    'Aku kemarin repost video kampanye tanpa sadar, sekarang udah dihapus. Masih bisa kena sanksi gak ya?',
    'Nek ana kanca kantor ngirim poster calon ning grup dinas, aku kudu piye?',
  ],
);

judgementClass(
  'a role noun ("calon", "sosok") pointing back to the person named just before',
  ['Kenduri ruwahan lancar, matur nuwun Mas Haryo sing wis nyumbang. Pancen calon pemimpin sing ngayomi.', 'Om Roy itu nda lupa kampung, rajin ka gereja. Calon bupati paling pas.'],
  ['Pilihlah calon pemimpin yang peduli rakyat kecil.', 'Pak Budi guru kami pensiun hari ini. Sosok yang sederhana dan sabar.', 'Pemilu 2029 masih lama. Pilihlah calon pemimpin yang jujur.'],
);

judgementClass(
  'team sports named as a contest: a captain for two terms is no candidate',
  ['Pak Darto harus maju lagi dua periode, sampai 2029, jadi bupati kita!'],
  ['Pak Darto dipercaya jadi kapten tim voli kantor dua periode, sampai 2029. Servisnya memang maut.'],
);

judgementClass(
  'campaign tags: a name going forward, together or first; a cheer before an honorific; Minang "basamo"',
  ['Reshare ajah, biar rame: #BasriMaju', 'Hari Jumat, pakai batik. #FikriBasamo', 'Ulang tahun si bungsu #MenyalaPakDar 🔥', 'Yuk pasang twibbonnya, #SobatWulan2029'],
  ['Semangat pagi warga! #KotaMaju', 'Ayo #LanjutKuliah', 'Malam ini bulan indah sekali #WulanPurnama'],
);

judgementClass(
  "public aid dressed in a person's picture or handed over in a person's name",
  ['Pupuk subsidi dibagikan minggu ini atas nama Pak Bas, bilang ke petani ini perhatian beliau.', 'PMT bulan ini dibungkus pakai plastik bergambar Pak Harun ya, sudah disiapkan tim.'],
  ['Bantuan beras dari Dinsos sudah diterima atas nama Bu Sari, penerima di RT 3.', 'Bantuan beras dari Dinsos dibagikan atas nama Pemkab hari ini.'],
);

judgementClass(
  "those who miss a named person's or a party's gathering struck off a list, or left to bear it",
  ['KPM PKH yang tidak datang ke acara Bang Darwis, namanya kami coret dari data.', 'Minggu muka ada ibadah syukur calon bupati Om Roy. Sapa nda datang, tanggung sandiri.'],
  ['Peserta yang tidak datang ke pelatihan hari Senin namanya dicoret dari daftar sertifikat.', 'Yang tidak datang arisan minggu ini tanggung sendiri ya, kuenya habis.'],
);

judgementClass(
  'the incumbent named by that alone',
  ['Mudah-mudahan petahana kalah, biar dinas kita nggak diobok-obok lagi.'],
  ['Juara bertahan kalah di final tadi.', 'Bawaslu mengingatkan petahana agar tidak memakai fasilitas negara.'],
);

judgementClass(
  'rules texted short ("dlrg"), "tidak pernah jadi tim kampanye" as a condition, a Dharma Wanita election',
  ['Saya tidak jadi ikut rapat, tapi tetap dukung Pak Budi cabup nomor 2!'],
  [
    'Ingt: ASN dlrg jd saksi paslon & ikut kmpye.',
    'Anggota KPPS boleh dari ASN, asal bukan anggota partai dan tidak pernah jadi tim kampanye.',
    'Pemilihan ketua Dharma Wanita unit kerja berjalan lancar. Selamat Bu Endang, amanah ya.',
  ],
);

judgementClass(
  "one's side's win told as one's own; a victory parade; Madurese 'Ra' as an honorific",
  ['Ambo mangucapkan tahniah untuak Uda Hendri, kito manang!', 'Ambo ikuik arak-arakan kamanangan Uda Hendri, rami bana.', 'Lagguna ka TPS, pele Ra Fauzan, oreng se bender.'],
  ['Alhamdulillah kita menang lomba voli antar-dinas tadi sore.', 'Ikut arak-arakan pengantin Pak Budi tadi sore, rame.', 'Aku ra Seneng karo cuaca iki.'],
);

judgementClass(
  "in English, a named person's campaign volunteered for, a ballot that goes to a name",
  ["signed up as a volunteer for Kinanti's 2029 campaign today.", 'not me already knowing my 2029 ballot goes to Kinanti Puspa.'],
  ["signed up as a volunteer for the city's marathon today.", 'my ballot paper for the office lottery goes to the box by the door.'],
);

judgementClass(
  'the count and the re-vote as election words; news from a named body in Javanese',
  ['Gugatan ke MK itu cuma cari sensasi. Real count sudah jelas, Pak Yudhistira menang bersih!'],
  ['Kabar saka KPU: rekapitulasi PSU Lembah Hijau wis rampung, Bu Ratna unggul 1.204 swara.'],
);

judgementClass(
  'the writer\'s champion named by the office sought; "nomor urutnya"',
  ['Alhamdulillah paslon jagoan saya unggul di TPS saya.', 'Ingat ya, 2029 nanti nomor urutnya 2 lagi.'],
  ['Jagoan saya di final badminton tadi kalah tipis.', 'Nomor urutnya 2 di antrean poli gigi.'],
);

judgementClass(
  'a name alone beside the office it would hold or run for',
  ['kalo sampe Ito Parulian jadi gubernur, siap-siap aja tunjangan kita dipangkas semua.', 'ayo tanda tangan petisi minta Ito Parulian maju cagub!'],
  ['Selamat untuk Kota Malang jadi kota terbersih.', 'Anak saya Budi jadi ketua kelas.'],
);

judgementClass(
  'a party\'s supporters named by "partai" and its name, mocked as paid',
  ['pendukung Partai Suar Nusa tuh akun bot semua, digaji nasi bungkus 😂'],
  ['Pendukung Persib tadi malam digaji? Nggak lah, mereka datang sendiri.', 'Kader posyandu digaji dari dana desa tiap bulan.'],
);

judgementClass(
  'a name alone called the candidate outright',
  ['menurutku secara akademis Arya Wiradana capres paling layak.'],
  ['Arya Wiradana, teman sekelas saya, sekarang jadi dosen.'],
);

judgementClass(
  'a capitalised name written with digits, in a draft that writes letters with digits',
  ['P1l1h M4ngg4l4 b3s0k, j4ng4n s4mp3 s4l4h c0bl0s!', 'T0g4r P4rul14n p4st1 j4di bup4t1, y4k1n 100%'],
  ['Rapat di Gedung B2 lantai 3, bawa laptop.', 'S4l4m d4r1 R0m4, k4r1n4 l4g1 d1n4s l4ur.'],
);

judgementClass(
  'an English vote call for a name, the election named in another sentence',
  ['Polls open at seven. Vote Mangala Sitepu before noon.', 'Your ballot matters. Please vote Ruslan Hakim today.'],
  ['Vote Mangala Sitepu for the best teacher award!', 'The polls on the intranet close Friday. Vote for your favourite canteen menu.'],
);

judgementClass(
  'a camp named after a name no list holds, mocked as toxic, blind or brainless',
  ['Pilkada makin panas, Sitepuholic tuh toxic banget.', 'Pilkada kemarin bikin jelas: Mangala lovers otaknya ditaruh di dengkul.'],
  ['Lingkungan kerja toxic bikin resign.', 'Aremania konvoi ke stadion, jalan macet.', 'Pilkada 2029 nanti, jangan bucin ke calon mana pun ya.'],
);

judgementClass(
  'one candidate or party called the only one who gets it right; pushed to run, in English',
  ['Menurutku Sari satu-satunya cagub yang paham soal nelayan.', 'Honestly Partai Suar is the only party that cares about honorary teachers.', 'Togar should run for mayor next year.'],
  ['Dia satu-satunya kandidat yang lolos seleksi beasiswa tahun ini.', 'Anyone who wants to be mayor has to run for office through a party.', 'Nobody should run for president twice.'],
);

judgementClass(
  'rules told in Javanese; asking whether one must; a party officer quoted; a neighbour\'s party post; league football',
  ['Mobil dinas dinggo nganter massa kampanye Pak Darto, sing penting menang.', 'Semua staf harus ikut kampanye Pak Budi, tidak ada alasan.'],
  [
    'laptop kantor ora oleh dinggo nggawe poster kampanye, iku nglanggar.',
    'kalau PNS ikut grup WA yang isinya kampanye, harus keluar atau tidak?',
    'Ketua DPD Partai Suar Nusa menyatakan partainya menolak kenaikan tarif air, kata dia kepada wartawan.',
    'Pak RW kami ternyata jadi sekretaris ranting sebuah partai. Ya dia bukan ASN.',
    'Persikota menang lagi! #PersikotaJuara Lanjutkan di laga tandang minggu depan!',
    'foto keluarga pas lebaran, adikku pose ✌️ terus',
  ],
);

judgementClass(
  '"golput" as an election word; a bet offered on a forecast',
  ['jgn golput ya, toh bu sinta jg pasti menang kok', 'pilkada 2029 satu putaran buat pak darto, taruhan?'],
  ['Jangan golput ya, pilih sesuai hati nurani.', 'Mau taruhan? Besok pasti hujan.'],
);

judgementClass(
  'a regional honorific is no headline word; long live a party; a party wished no seat',
  ['Pilihlah Uda Rahmat, supayo pasa Koto Gadang tambah rancak.', 'Hidup Partai Suar Nusa! Nelayan sejahtera!', 'Semoga Partai Suar Nusa nol kursi 2029.'],
  ['Biaya hidup Partai kecil itu besar, kata bendaharanya.', 'Partai Suar Nusa dapat nol kursi di DPRD kota, kata KPU.'],
);

judgementClass(
  'ballot numbers in Minang, Banjar and Batak; stan talk for a number in English',
  ['Nomor ampek untuak nagari nan labiah rancak!', 'Nomor tolu ma pilihonta, asa denggan dalan di huta.', 'paslon 3 supremacy, no debate.', 'Pilkada is coming. Go number 2!'],
  ["We're number one in customer service!", 'Go number 1 seed, win the final!'],
);

judgementClass(
  'joined a party, in English; the office wished for, then a name; told to run with an urging particle',
  ['Officially a member of PSI now, card arrived today!', 'Bupati 2029 idaman: Harun Wibisono. Tegas dan jujur.', 'Om Roy, maju jo jadi walikota. Torang siap bantu.'],
  ['My uncle is officially a member of Partai Cahaya Umat.', 'Pemimpin idaman: Jujur, Tegas, Merakyat.', 'Kalau mau maju aja jadi bupati, daftar lewat partai.'],
);

judgementClass(
  'chat skeletons of election and office words; the office car in one word',
  ['mobdin kmrn dipake antar relawan cbup Harun, aman2 aja.', 'br aj dftr jd kdr prtai suar nusa, doain y'],
  ['mobdin kmrn dipake antar obat ke posyandu, aman2 aja.', 'br aj dftr jd anggota koperasi kntr, doain y'],
);

judgementClass(
  'harmless: dishes counted then one by number; an outlet named by its kind; a symbol "counted as" support; a trick named; whether an ASN may; a contest vote for a clinic',
  ['Dari 3 paslon, nomor 2 paling tegas.', 'Foto keluarga Lebaran, salam dua jari, nomor 2 menang!'],
  [
    'Ketupate tak gawe 3 panci, nomer loro sing paling mateng',
    'Kabar Pesisir memberitakan open house Bu Ratna, bakal calon bupati, dihadiri 2.000 warga.',
    'Foto Lebaran dengan dua jari itu wajar, tapi kalau keterangannya "nomor 2 menang" di musim pilkada, itu sudah masuk simbol keberpihakan.',
    'Modus baru: tulis "c0bl0s n0m0r 3" pakai angka biar lolos sensor. Tetap pelanggaran bagi ASN.',
    "Can a PPPK teacher attend a candidate's town hall as a private citizen?",
    'Vote foto posyandu kami di lomba Hari Kesehatan Nasional, nomor 12 ya! Like dan share.',
  ],
);

judgementClass(
  'the writer\'s vote given to whoever was just named; "sukseskan" a person; carried to a region\'s first seat; public funds, boats and buses for a named person',
  [
    'Tadi silaturahmi ke rumah Pak Darto. Makin yakin, suara saya buat beliau nanti.',
    'Mari kita sukseskan Pak Darto menuju Lembah Hijau 1.',
    'Dana nagari dipakai untuak baliho Hari Rayo Uda Rahmat.',
    'Bus mudik gratis Dishub ditempeli stiker cabup nomor 2.',
  ],
  ['Suara saya buat Bu Sari jadi ketua arisan.', 'Mari sukseskan acara Pak Camat besok.', 'Pak Andi menuju Lantai 1 untuk rapat.', 'Bus mudik gratis Dishub berangkat jam 7 dari terminal.'],
);

judgementClass(
  'a name after an honorific is no headline word; "duit" and school funds for a campaign',
  ['PPL Kecamatan Rengas Hulu siap menangkan Haji Mahmud!', 'Duit BOS sedikit gasan baju kampanye Pak Darto, kada papa ai.'],
  ['Haji Mahmud Resmikan Masjid Baru Di Rengas Hulu', 'Duit BOS cair minggu ini, buat beli buku perpustakaan.'],
);

judgementClass(
  'campaign tags of a name and a regional cheer, or twice; common given names in tags; tags cut by dots',
  ['otw kantor ☕ #WahyuNyengkuyung', 'Pasa baru alah buka. #TigorBaliak', 'Hatur nuhun ka sadaya. #Dadan.Bupati.2029', 'Ikut repost: #Lanjut.Rusdi.2029'],
  ['Latihan pagi #TimVoliBersatu', 'Liburan seru #Bali.Trip. Besok pulang.', 'Rapat selesai #kerja.Besok libur.'],
);

judgementClass(
  'harmless: fandom votes at music awards; the election officers\' own tags',
  ['Pilkada 2029 nanti #DarmajiMenyala, gas!', 'Anies keok di debat #DEBAT'],
  ['vote bias kalian di award show malem ini!! jangan sampe kalah #VoteForOurBias', 'streaming and voting until our boys win daesang 🏆', 'daftar jadi KPPS 2029 yuk! seru dan dapet honor #KPPS2029'],
);

judgementClass(
  'harmless: a hand sign in a family photo or for a child\'s age',
  ['Foto keluarga besar pose ✌️, dukung 02!'],
  ['Foto keluarga pakai pose dua jari ✌️, adik yang maksa.', 'anakku ultah ke 2 hari ini, "dua" katanya sambil pose jari ✌️'],
);

judgementClass(
  'harmless: rooms, houses and neighbours by number; a how-to\'s steps; sports weeks and team sports cheered',
  ['Pilkada nanti, nomor 2 di hati, coblos nomor 2!', 'Tim sukses Pak Darto: dukung terus nomor 2!'],
  [
    'Meeting jam 3 di ruang rapat nomor 1, bring your laptop.',
    'Omahku ning Gang Mawar, nomer loro saka pojok.',
    'Cara nyoblos: 1️⃣ bawa undangan, 2️⃣ antre, 3️⃣ coblos pilihan Anda sendiri. Ayo ke TPS!',
    'Dukung terus nomor sepuluh kita di Porprov!',
    'Gas terus tim voli RT 04, juara!',
  ],
);

judgementClass(
  'passing a person\'s material on, in Javanese',
  ['Iki video ucapan riyaya saka Pak Darto, tulung diterusne nang grup RT ben kabeh ngerti programe'],
  ['Iki undangan rapat RT, tulung diterusne nang grup.'],
);

judgementClass(
  'a ballot number settled with a Minang or Banjar particle',
  ['Nomor tiga haja pang, dangsanak!', 'Nomor tigo sajo, dunsanak, indak usah ragu.'],
  ['Menu nomor 3 haja, Acil, yang nasi kuning.', 'Nomor 2, Pak Budi, silakan masuk ruang periksa.'],
);

judgementClass(
  'a camp slur and a candidacy registration, as chats and wishes write them',
  ['kdrn lg kumat tuh di grup RT hadeh', 'Semoga Pak Bupati sudah resmi daftar lagi di KPU. Lanjutkan!'],
  ['kdr posyandu lg rapat di balai desa', 'Semoga anak saya daftar lagi di kampus tahun depan.'],
);

judgementClass(
  'a profile\'s parts after its bars: the writer\'s own labels, not a headline',
  [
    'Perawat RSUD | ASN | Relawan Darmaji 2029',
    'sekdes cipanengah | relawan kang ujang | ngopi enjoyer',
    'NIP 19870312 | Guru SMK | Kader Partai Lumbung Nusantara',
    'guru SD negeri 4 | pendukung setia bu nur aini 💚',
    'Guru SMK · ASN · Kader PKB',
  ],
  [
    'Perawat RSUD | ASN | Relawan PMI | pecinta kopi',
    'Guru SMK | ayah dua anak | pendukung setia Persib',
    'Relawan Darmaji Bagikan Sembako di Pasar | Warta Sanggar',
  ],
);

judgementClass(
  'harmless: volunteers of a public service, or volunteers asked for, beside state aid',
  ['Relawan Pak Harun bagi beras bantuan dinsos di balai desa.', 'PMT posyandu dibungkus plastik bergambar Pak Harun ya.'],
  ['Relawan posyandu dicari untuk bulan depan.', 'Posko banjir butuh relawan, bantuan beras dari dinsos sudah datang.', 'Kami butuh relawan untuk pembagian BLT di balai desa.'],
);

judgementClass(
  'pushed to run in a verb that names the office, or to put oneself forward',
  ['Saya pribadi netral. Tapi Rendra Danuswara harus nyapres 2029, titik.', 'Uda Nofrizal harus mancalonkan diri, urang kampuang mandukuang'],
  ['Syarat nyapres harus diusung partai atau gabungan partai.', 'Anak saya harus mencalonkan diri jadi ketua OSIS kata gurunya.'],
);

judgementClass(
  'the writer\'s vote told by the booth, the race, or an eastern possessive',
  ['Saya sih netral ya di kantor. Tapi di bilik nanti tetap Bu Nirma, titik.', 'Kalo boleh jujur nih, torang pe pilihan so jelas dari awal: Om Jemmy', 'Guru PPPK nih, tapi kalo soal capres 2029 ya tetep Prabowo'],
  ['Di TPS nanti tetap pakai masker ya.', 'Ikut lomba #perajinkata minggu ini, doakan ya.'],
);

judgementClass(
  'threats: marks cut, a contract not renewed, a place\'s result, help kept for one side\'s voters',
  [
    'Yang nggak datang kampanye Mas Gilang, nilai kinerjanya saya kurangi.',
    'Kanca-kanca staf, sing ora teko kampanye Mas Gilang, DP3 ne tak kurangi',
    'RT yang wilayahnya kalah suara, bansosnya kita evaluasi. Paham ya?',
    'Bantuan cuma buat warga yang dukung 3️⃣, yang lain nanti aja.',
  ],
  ['Bantuan cuma buat warga yang rumahnya rusak, yang lain nanti aja.', 'Kontrak honorer yang nilainya kurang ga diperpanjang tahun depan.', 'Timnas kalah suara penonton, pelatih dievaluasi.'],
);

judgementClass(
  'a win foretold: Javanese "mesti", every district swept',
  ['Mas Bimo mesti menang, ora ono lawane', 'Mark my words: Om Jemmy sweeps every district'],
  ['Mas Bimo mesti mangan sik, lagi luwe.', 'Our team sweeps every district in the quiz.'],
);

judgementClass(
  'tags: a name given to a place with the regions\' "for", and given names the root list holds as rare words',
  ['Pagi semua #Bimo_Kanggo_Sendangwarih', 'Rapat koordinasi hari ini lancar #KemalUntukMenara', '#RendraPikeunCibodas pokoknya'],
  ['Doa terbaik #DoaKanggoBangsa', 'Sehat selalu #SehatUntukSemua', 'Panen raya #PanganGasanBanua'],
);

judgementClass(
  'tags: a name and the campaign\'s promise of what it brings',
  ['lembur nyusun LKPD sampe subuh... #Lestiani_Berdaya', 'Horas ma di hita saluhutna! #BinsarHorasi'],
  ['Pelatihan kader PKK #PerempuanBerdaya', 'Bazar produk lokal #UMKMBerdaya', 'Musrenbang hari ini #DesaMembangun'],
);

judgementClass(
  'camps: a crowd said to be paid in boxed rice, and a slur mocked in the next sentence',
  ['Pasukan nasi kotak Bu Lestiani dateng lagi di kolom komentar, ahaha', '"Kami rasional," kata cebong. Iya, rasional nunggu nasi kotak 🤭'],
  ['Panitia siapkan nasi kotak buat pasukan kebersihan.', 'Anak-anak nangkap cebong di sawah. Terus makan nasi kotak bareng.'],
);

judgementClass(
  'chat skeletons of the office car and of campaign words',
  ['pk mbl dns aj bwt kmpny Pak Zulham, irit', 'bsk rpt tmses di kntr abis plkd'],
  ['server dns kantor lagi down', 'mbl dns lg diservis, rapat pakai mobil pribadi'],
);

judgementClass(
  '"aman" asks only with a particle between: "aman lah asal ga ketahuan" asks nothing',
  ['Halaman Puskesmas dipinjem buat panggung kampanye Uda Rizal, aman lah asal ga ketahuan'],
  ['Halaman Puskesmas dipinjem buat panggung kampanye Uda Rizal, aman nggak sih buat ASN?'],
);

judgementClass(
  'fear of a win: what people lose, and English goodbyes',
  ['If Pak Zulham wins, say goodbye to our forest. Just saying.', 'Kalau Pak Sahrul menang, bansos bakal dihapus semua.'],
  ['If it rains, the match is finished.', 'Kalau kantor pindah, warung depan bakal ditutup.'],
);

judgementClass(
  'a named person called the best choice',
  ['Saya tidak berkampanye. Saya hanya menyampaikan: Pak Zulham adalah pilihan terbaik.'],
  ['Bu Sari adalah pilihan terbaik untuk ketua panitia 17an.', 'Paket B adalah pilihan terbaik buat keluarga.'],
);

judgementClass(
  'harmless: accounts, cards and gates by number; a written call read as one, in a lesson',
  ['Pintu nomor 4 untuk rakyat, coblos nomor 4!'],
  ['Rekening nomor 1 buat gaji, nomor 2 buat tabungan, aman', 'Pintu tol nomor 4 lagi ditutup, lewat pintu 5 ya', 'Tulisan "c0bl0s n0m0r 3" dengan angka tetap terbaca sebagai ajakan, jadi tetap melanggar.'],
);

judgementClass(
  'to lead and a leader in Sundanese and Minang',
  ['Kang Ocid mah jelema bageur, pantes mingpin urang', 'Kang Dedi mah bageur tur nyaah. Pantes pisan jadi pamingpin deui.'],
  ['Rapat PKK minggu payun dipingpin ku Teh Rina.', 'Pamingpin kudu sabar, ceuk guru ngaji.'],
);

judgementClass(
  '"if not X, who else?", for a listed candidate, a ballot number or a party, and for someone no list knows in an election draft',
  ['Kalau bukan Prabowo siapa lagi yang bisa?', 'Siapa lagi kalau bukan PKB', 'Pilkada nanti: kalau bukan Bu Nirma, siapa lagi?'],
  ['Kalau bukan kita, siapa lagi? Ayo jaga kebersihan kampung.', 'Kalau bukan Pak Joko, siapa lagi yang bisa benerin printer kantor?', 'Kalau bukan nomor 2, siapa lagi yang dipanggil? Oh ternyata aku, antrean BPJS 😂'],
);

judgementClass(
  'a candidate\'s jingle, march or manifesto is campaign material',
  ['Bagikan ya lagu jingle Mas Gilang, enak banget buat di mobil'],
  ['Bagikan ya mars PGRI buat upacara', 'Lagu Mas Gilang yang baru enak banget, bagikan ya!'],
);

judgementClass(
  'English: a person named bare whose given name the root list also holds as a word',
  ['Honestly Surya Danuatmaja is the only 2029 hopeful with a real plan for teacher salaries. We need him.', 'Mark my words: Galih Prasetya wins Lembah Waru next time, by a landslide.'],
  ['Surya Danuatmaja presented the Q3 budget report to the board today.', 'Galih Prasetya won the chess tournament at school.'],
);

judgementClass(
  'votes handed over ("berikan suara kalian untuk …")',
  ['Berikan suara kalian untuk Bu Ratih', 'PSU kali ini kesempatan kedua. Pastikan suara kalian buat Bu Ratih, jangan kasih celah.'],
  ['Pastikan suara kalian terdaftar di DPT, cek lewat situs KPU.', 'Berikan suara kalian untuk Lesti di Indonesian Idol!'],
);

judgementClass(
  'harmless: songbird contests, buses by number, a speech\'s call reported, news forwarded from an outlet, asking in Javanese krama',
  ['Bus kampanye nomor 2 berangkat, coblos nomor 2!', 'Pak Bisri dalam orasinya mengajak massa pilih nomor 2, dan saya setuju, coblos nomor 2!'],
  [
    'Gantangan nomor 4 juara lagi 🐦',
    'Bus ke lokasi outbound nomor 2️⃣ ya bapak ibu, jangan salah naik.',
    'Berita yang dishare di grup: dalam pidatonya, Pak Rusdi mengajak warga "pilih yang peduli desa," demikian dilaporkan Kabar Lembah.',
    'Nyuwun pirsa, menawi dipunundang syukuran caleg, angsal rawuh mboten nggih?',
  ],
);

judgementClass(
  '"Info:" opens the writer\'s own announcement; a number given to a place with the regions\' "for"',
  ['Info: seluruh perangkat desa sudah terdaftar di SIPOL sebagai anggota Gerindra, mksh kerjasamanya', 'Tilu! Nomer tilu keur Pualam!'],
  ['Info dari KPU: Gerindra dapat nomor urut 2.', 'Nomer tilu keur antrean BPJS, mangga lebet.'],
);

judgementClass(
  'threats: aid moved away from places that lost, renewals tied to the count',
  ['RT yg suaranya kalah di TPS nanti, bantuan RTLH tahun depan kita alihkan ke RT lain.', 'Bapak ibu PPPK, ingat perpanjangan kontrak tahun depan tergantung hasil suara di TPS masing2. Paham kan.', 'PPPK yang kontraknya habis Desember, kalau mau diperpanjang tau lah harus pilih nomor berapa 😉'],
  ['Bantuan RTLH tahun ini dialihkan ke desa yang kena banjir.', 'Perpanjangan kontrak PPPK tergantung hasil evaluasi kinerja tahunan.'],
);

judgementClass(
  'a candidate called a puppet; the best, in Sundanese',
  ['Pengumuman posyandu minggu ini libur. NB: Pak Bisri itu calon boneka, jangan ketipu ya ibu2.', 'Kang Ohim mah bageur pisan, calon nu pangsaéna pikeun kabupatén urang.'],
  ['Calon pengantin wajib ikut bimbingan, jangan ketipu calo.'],
  // The whole scorer of the twentieth session (no weight pruned) reads it just over its 0.94.
  ['Teh Rini mah juru masak nu pangsaéna di lembur urang.'],
);

judgementClass(
  'corruption as what a party is made of',
  ['Golkar 🌳 beringinnya udah lapuk, akarnya korupsi semua'],
  ['KPK berantas korupsi semua lini', 'Pohon beringin di alun-alun akarnya lapuk semua.'],
);

judgementClass(
  'the best of the parties makes a shared acronym a party',
  ['P A N partai paling amanah, ayo besarkan', 'PAN PAN PAAAN! Partai paling asik se-Indonesiaaa 🥳'],
  ['Partai final paling seru malam ini.', 'Pan baru ini paling awet, partai besar di toko grosir.'],
);

judgementClass(
  'joining a campaign team, fingers given to a person, party officers and candidates typed short',
  ['Ikut tim sukses kecamatan, tugasnya ngitung target 2.500 suara buat 4 jari', 'Sekdes Sukamulih, PPPK: mari bersama 2 jari untuk Bang Sarbini', 'Abdi ayeuna pangurus PAC Padi Emas, kartu tos aya'],
  ['Tepuk dua jari untuk Pak Guru!', 'Pak RW dengar2 jadi tim sukses salah satu calon, ya beliau bukan ASN jadi bebas.', 'Aturannya jelas, ASN kada bulih jadi tim sukses.'],
);

judgementClass(
  'to make win and will win, in Banjar and Minang',
  ['Pambakal Desa Tatah Layap siap mamanangkan Julak Ijai', 'Uda Harmaini ka manang, indak ado nan bisa maalangan'],
  ['Uda Harmaini ka pasa, ka manjua lado', 'Tim voli RT siap mamanangkan piala bupati cup.'],
);

judgementClass(
  'passing a person\'s material on, in Javanese krama and Banjar',
  ['Ikam sabarakan video Julak Ijai ni ka grup RT, supaya urang tahu programnya'],
  ['Jadwal posyandu, mangga dipunsebar dateng grup dusun.', 'Sabarakan info vaksin ni ka grup RT.'],
);

judgementClass(
  'camp slurs made plural with "2"',
  ['Kampret2 di dinas masih belum move on dari 2019 🤣', 'Admin mohon maaf, yg termul2 di grup ini harap tahu diri ya 😂', 'pasukan omon2 mulai berisik'],
  ['banteng2 di kebun binatang lagi makan', 'Kampret2 di gua itu berisik sekali kalau malam.'],
);

judgementClass(
  'the office\'s paid online tools lent to a campaign',
  ['Zoom berbayar kantor dipake buat rapat pemenangan Partai Obor malem ini, linknya sama'],
  ['Zoom kantor dipakai buat rapat koordinasi vaksinasi', 'Server kantor dipakai buat aplikasi antrean puskesmas.'],
);

judgementClass(
  'Roman numbers four to eight, and four as a tally',
  ['Paslon IIII gaspol, yang lain minggir', 'Coblos nomor IV!'],
  ['Bab IV halaman 3 dibaca di rumah.', 'Kelas VI SD Negeri 2 juara lomba.'],
);

judgementClass(
  'a win foretold as the writer\'s own hunch, shares and all',
  ['Menurut survei sih ketat, tp feeling gw Pak Tamsir menang 70% lebih, dari obrolan di kantin aja udah keliatan'],
  ['Survei LSI: Pak Bisri unggul 52%, feeling warga beragam.', 'Feeling saya hujan deras nanti sore, bawa payung.'],
);

judgementClass(
  'English election words: voter registration, the mayoral race',
  ['Please check your voter registration, everyone. And while you\'re at it: #BayuUntukRawaKencana, because our city deserves better.', 'Banyu Anyar friends: when the mayoral race comes round again, vote Laras Pitaloka.'],
  ['Check your voter ID before Sunday.', 'The school race is on Sunday, vote for the best poster at the gate.'],
);

judgementClass(
  'a hashtag typed with spaces, a name with its colour or number, a name with its promise',
  ['yuk ramein tagar # Haris Dua Periode biar trending lagi', 'Pagi cerah. # Sarbini Oranye Menang', '#Hermawan.Empat.Jari', 'Laporan bulanan sudah dikirim. #BisriBangunTirta'],
  ['Vote foto nomor 9 ya # Lomba Foto Dispar 2026', 'Kerja bakti seluruh warga hari ini # Rawajati Bersatu', 'Selamat ulang tahun ke-5, Nayla! #Nayla5Tahun'],
);

judgementClass(
  'the rules\' own duties and calls said to be written some way are talked about, not ordered',
  ['Wajib cuti dulu, terus coblos 02 ya', 'ASN wajib netral, tapi coblos 02 ya', 'Pilih nomor 2, ditulis besar di spanduk'],
  [
    'Kalau suami mencalonkan diri, ASN yang mau ikut kampanyenya wajib cuti di luar tanggungan negara.',
    'Cuti di luar tanggungan negara wajib kalau ikut kampanye pasangan. Cek pasalnya.',
    'Akun resmi kantor tidak boleh repost konten calon mana pun.',
    'c0bl0s n0m0r 3 ditulis pakai angka pun tetap pelanggaran kalau ASN yang posting.',
  ],
);

judgementClass(
  'a profile\'s part that names a campaign team or a party supported; a next step to vote is no headline',
  ['Guru SMP | Tim suara Bu Rahmi | link di bawah', 'PNS Dinkes | mama of 2 | proud supporter Partai Bintang Desa', 'Watch the clip. Then vote Hamid Rusli, number 3, for Tanjung Rawi.'],
  ['Guru | tim voli Pak Darto', 'Guru | proud supporter of Persib', 'Then Vote Counting Starts In Tanjung Rawi, Officials Say'],
);

judgementClass(
  'someone else\'s vote or party post told, and words that insult only as whose tool',
  ['Gibran itu budak oligarki', 'Bu Rina calon bupati itu cuma wayang, yang ngatur suaminya'],
  ['Pak RT bilang di grup dia dukung nomor 2. Itu pilihan dia.', 'Om Joko sekarang pengurus partai di kabupaten, makanya sibuk', 'Hatur nuhun Pak Gubernur, sakola budak abdi tos dibenerkeun', 'Nonton wayang semalam suntuk di balai desa'],
);

judgementClass(
  'a writer\'s own "I stay neutral" covers nothing said after it; neutrality as a duty still explains the rules',
  ['Saya ASN tetap netral ya teman2 😊 #SarmanLanjut', 'Aku tetap ASN netral ya, cuma minjemin genset kantor buat panggung kampanye Pak Darmo'],
  ['ASN wajib netral, genset kantor jangan dipakai buat panggung kampanye.', 'PNS harus bersikap netral dan tidak ikut kampanye calon mana pun.'],
);

judgementClass(
  'an omen read from a match or an arisan draw for a named ballot, and a number sure to be elected',
  ['Arisan bulan ini yang narik no 2, pertanda paslon nomor 2 bakal menang wkwk', 'n0m0r 1 p4st1 jad1, kelu4rg4 k1ta b3rsatu'],
  ['Lomba 17an: tim nomor 2 menang tarik tambang', 'Rumah nomor 3 pasti jadi dibangun tahun ini', 'Arisan bulan ini yang narik nomor 2, Bu Tini.'],
);

judgementClass(
  'a date\'s numbers are no ballot numbers; a neighbour\'s billboard told',
  ['Coblos 02 tanggal 14.02.2029!', 'Tetangga depan pasang baliho caleg, aku juga pasang baliho Pak Darto di pagar'],
  ['Save the date: 02.02.2027 nikahan kami, doakan lancar', 'Tetangga depan pasang baliho caleg gede banget di pagarnya. Itu hak dia.'],
);

judgementClass(
  'taking someone\'s side in Javanese, Sundanese and slang ("mbela", "ngabela", "belain")',
  ['Aku iki mantri kesehatan PNS, lan aku mbela Mas Wikan.', 'Gue sih belain Bang Zainul, calon paling jujur'],
  ['Aku mbela anakku sing diomeli gurune.', 'Kakak selalu belain adiknya kalau dimarahi.'],
);

judgementClass(
  '"pls" asks as "please" does: a call, never a headline',
  ['pls vote Kemal Fahlevi for mayor, Teluk Menara deserves a leader'],
  ['pls share info lowongan ini ke grup kantor ya', 'Pls Note: Office Closed On Friday For Maintenance'],
);

judgementClass(
  'a side praised as a class apart; a name made the leader in a tag',
  ['Paslon II memang beda kelas, hidup II.', 'Gen Z for Rizal 💜 #RizalGenZLeader'],
  ['Kopi di sini beda kelas sama yang lain', 'Pelatihan kepemimpinan angkatan 3 #LatsarLeader'],
);

judgementClass(
  'a candidate\'s achievements passed on are campaign material',
  ['Pesan berantai: sebarkan prestasi Pak Darto selama jadi wakil bupati ke grup keluarga'],
  ['Sebarkan capaian imunisasi puskesmas ke grup RT ya'],
);

judgementClass(
  'an English win told in the election\'s words (a landslide, one round); English matches are contests',
  ['Calling it now: Haji Mahmud wins Rengas in one round.', 'Calling it now: Togar by a landslide in \'29.'],
  ['Pak Budi won the chess match in one round', 'The landslide closed the road to the village'],
);

judgementClass(
  'English superlatives of a side ("the strongest", "the cleanest")',
  ['FYI: PKB has the strongest village programme of any party. Worth your support.'],
  ['Our office is the cleanest in the district, proud of the team'],
);

judgementClass(
  'tags against a name: anyone but, reject, remember the sins of, never again (#AsalBukanX, #TolakX)',
  ['Semangat Senin, kerja kerja kerja #AsalBukanSuparmin', 'Lima tahun sudah cukup #TolakGunadi', 'Pilkada sebentar lagi #SuparminOut'],
  ['Nelayan menolak proyek itu #TolakReklamasi', 'Kalah tiga kali berturut-turut #PelatihOut', '#StopBullying di sekolah kita'],
);

judgementClass(
  'a threat after the support it punishes, and a side\'s group joined as the condition',
  ['Honorer yang dukung paslon 3 kontraknya tidak diperpanjang tahun depan', 'Pegawai yang join grup telegram Bu Nining siap-siap dimutasi'],
  ['Honorer yang kontraknya tidak diperpanjang bisa ikut seleksi PPPK', 'Yang tidak aktif di grup kantor, TPP dipotong bulan ini'],
);

judgementClass(
  'a kinsman\'s or neighbour\'s party post told, in the regions\' words too',
  ['Saya sekarang jadi bendahara DPC Partai Cahaya Desa, mohon doanya'],
  ['Uwak kuring ayeuna jadi pengurus DPC Partai Golkar di Garut.', 'Tetangga sebelah mundur dari kepengurusan Partai Garuda.'],
);

judgementClass(
  'words chanted or said from a stage, quoted by an observer in single quotes',
  ["Pokoknya 'coblos nomor 3!' titik"],
  ["Di lapangan terdengar seruan 'Menang satu putaran!' dari massa.", "Juru kampanye itu bilang dari panggung, 'Pilih nomor 2, pasti sejahtera!'"],
);

judgementClass(
  'a reporter named as the teller, and a channel said not to be the place for campaigning',
  ['Grup WA dinas kita pakai buat berbagi materi kampanye Pak Hartono'],
  ['Reporter: massa pendukung paslon 2 memadati lapangan.', 'Grup WA dinas bukan tempat berbagi materi kampanye ya.', 'Reminder to civil servants: no campaign stickers on official cars.'],
);

judgementClass(
  'thanks to an office holder for help to the public ("bantu evakuasi warga")',
  ['Terima kasih Pak Hartono, calon bupati kita, yang bantu warga. Pilih dia!'],
  ['Makasih Pak Camat yang turun langsung bantu evakuasi warga semalam.'],
);

judgementClass(
  'an everyday notice (a job opening, a lost wallet, a recipe) naming someone only by honorific is no political target',
  ['Lowongan relawan tim pemenangan Pak Hartono, bagikan ya'],
  ['Lowongan staf gudang di toko material milik Koh Ahong, minimal SMK, area Bantul. Tolong bantu sebarkan ya kawan-kawan.', 'Dicari: kucing oranye milik Bu Warsih hilang sejak Senin di perumahan Griya Asri. Bantu share ya.'],
);

judgementClass(
  'a loss said outright in English, keeping one\'s work as the condition, a student\'s thesis held back',
  ['Team, anyone who shows up at Rudi\'s rally will lose their allowance.', 'Honorer jangan like postingan Bu Sri kalau masih mau tetap kerja di sini', 'Mahasiswa yang repost konten Pak Hartono, skripsinya saya tahan dulu'],
  ['Kalau mau tetap kerja di sini, rajin-rajin ikut pelatihan.', 'Pegawai yang telat apel tiga kali kena SP1.', 'If you want to keep your job, stop being late.'],
);

judgementClass(
  'an election-only camp slur beside a contest word is still a camp',
  ['Termul tiap ada kuis berhadiah langsung nyerbu kolom komen'],
  ['Tiap ada kuis berhadiah, grup kantor langsung ramai komen'],
);

judgementClass(
  'the one party that truly cares, the party as everyone\'s home, joining it and its register, one\'s own vote withheld for good',
  ['Cuma Partai Lentera Bahari yg beneran mikirin nelayan', 'Only Partai Lentera Bahari cares about teachers', 'Hayu gabung ka Partai Lentera Bahari', 'Kulo sampun dados kader Partai Lentera Bahari', 'Aku gak bakal nyoblos PKB lagi'],
  ['Saya tidak akan memilih jurusan teknik', 'Kulo sampun dados anggota koperasi'],
  // The whole scorer of the twentieth session (no weight pruned) reads it just over its 0.94.
  ['Cuma Bu Sri yang beneran peduli murid'],
);

judgementClass(
  'a candidate called by a virtue at once, in the regions\' words too ("calon sing jujur tenan")',
  ['Pak Darman iku calon sing jujur tenan', 'Bu Rina emang calon yg ngerti petani'],
  ['Calon mahasiswa yang cerdas sudah daftar ulang'],
  // The scorer of the nineteenth session reads it just over its threshold of 0.94.
  ['Bu Rina calon menantu yang pintar masak'],
);

judgementClass(
  'a dish or a shop known by its owner\'s name; thanks for a service that is now fast',
  ['Pak Darman tetap juara, yang lain lewat'],
  ['Bakso Pak Min tetap juara, yang lain lewat', 'Terima kasih Bu Camat, urus izin usaha sekarang cepat.'],
);

judgementClass(
  'dharma winning over adharma, the meaning of Galungan, is no candidate winning',
  ['Semoga Pak Dharma menang pilkada tahun depan'],
  ['Selamat Galungan, semoga dharma selalu menang melawan adharma', 'Semoga kebaikan selalu menang'],
);

judgementClass(
  'a refusal pairs with the object after its verb; a room by its number is not refused a vote',
  ['Warga RT 05, jangan pilih nomor 2', 'Bapak ibu RW 3, jangan coblos paslon 1'],
  ['Kamar nomor 4 di kos itu lembap, jangan sampai dipilih'],
);

judgementClass(
  'a giveaway or a quiz held by a candidate\'s volunteers is campaign engagement, not a contest',
  ['Ikut kuis berhadiah relawan Pak Darman, tinggal tag 3 teman'],
  ['Lomba voli antar relawan PMI se-kabupaten, seru banget'],
);

judgementClass(
  'a ballot number flooded into the comments ("komen 02 sebanyak-banyaknya")',
  ['Spam 03 di kolom komentar live Pak Darman ya', 'Komen angka 01 yang banyak biar rame'],
  ['Yang hadir di kelas daring komen 1 ya'],
);

judgementClass(
  'an election body explaining is reporting ("Bawaslu jelasin: …")',
  ['Pasang twibbon Pak Darman ya, besok kampanye akbar'],
  ['Bawaslu jelasin: julukan merendahkan untuk kubu tertentu (cebong, kadrun) termasuk ujaran kebencian'],
);

judgementClass(
  'a full name with the next elections\' year, as a campaign writes it ("Hendrik Tambunan 2029")',
  ['Satu putaran untuk Hendrik Tambunan 2029. Catat.'],
  ['SEA Games 2029, Indonesia pasti juara umum!', 'Timnas harus lolos Piala Dunia 2030, gas terus!'],
);

judgementClass(
  'Eastern Malay "pili" (pilih) and Javanese "kae", "liyane" pointing at a candidate',
  ['Beta su putus, beta pili Bung Markus. Sapa mau bilang apa', 'Calon liyane kuwi mung ngapusi, aja nganti dadi bupati'],
  ['Calon mantu kae pinter masak, ibune seneng', 'Beta pili baju biru sa, lebe bagus'],
);

judgementClass(
  'the regions\' own "I" and "we" make a call the writer\'s own (Eastern Malay "kotong"); Sasak "Mamiq" is an honorific',
  ['Kotong orang Alor pili Bung Yopi sa, dia su kasi bukti', 'Brosur Mamiq Rusdi niki, tulung sebar ke grup nggih'],
  ['Tiang listrik di depan rumah miring, tolong dicek PLN', 'Mamiq Rusdi sakit, mohon doanya semeton'],
);

judgementClass(
  'joining, after a party\'s branch, is the writer\'s invitation as often as news of the branch',
  ['Saya pengurus DPC Hanura, yang mau gabung jadi kader hubungi saya'],
  ['Kader PPP Sukamaju merapat ke paslon 2, katanya'],
);

judgementClass(
  'Sundanese "rahayat leutik" is "rakyat kecil": a party of the little people',
  ['Ngan Partai Sinar Desa nu jadi partai rahayat leutik'],
  ['Pasar leutik di desa urang rame pisan, rahayat resep'],
);

judgementClass(
  'a church council, a school committee or a youth group choosing its chair is a community election, for the scorer too; dharma over adharma is Galungan',
  ['Pemilihan ketua RT sudah selesai. Besok coblos Pak Darto jadi bupati ya'],
  [
    'Pemilihan majelis jemaat so selesai, Om Hendrik menang, Tuhan berkati',
    'Ketua karang taruna baru terpilih, Mas Joko. Orangnya rajin, lanjutkan program kerja bakti',
    'Selamat hari raya Galungan, semeton. Dharma pasti menang melawan adharma',
  ],
);

judgementClass(
  'a seat, a dish or a room chosen by its number is no vote ("pilih meja nomor 1")',
  ['Pilih nomor 2 di pilkada besok, Pak Darto dan Bu Sri'],
  ['Pilih meja nomor 1 aja, dekat jendela', 'Di warung itu pilih menu nomor 3, ayam bakar madu'],
);

judgementClass(
  'what a paper says, in the regions\' words too ("Jarene koran, …"); the camps\' labels named as words to drop',
  ['Pak Darto arep maju DPRD, mesti menang!', 'Dasar kadrun, stop pakai logika dengkul'],
  ['Jarene koran, Pak Darto arep maju DPRD. Durung resmi', 'Stop pakai label cebong kampret kadrun, kita semua warga'],
);

judgementClass(
  'more regional ambassador pageants are contests (Jegeg Bagus, Uda Uni, Nyong Nona, …)',
  ['Coblos nomor 5 di pilkada Buleleng, Bli Komang pasti menang'],
  ['Vote nomor 2 di final Uda Uni Padang ya, adik ambo', 'Final Jegeg Bagus Buleleng malam ini, coblos nomer 5 di voting online'],
);

judgementClass(
  'a place in a queue in the regions\' words ("nomer opat dina antrian", "nomer loro ning antrian")',
  ['Bansos posyandu khusus warga yang pilih nomor 2 ya'],
  ['Kula angsal nomer loro ning antrian posyandu, alhamdulillah cepet'],
);

judgementClass(
  'a dare is no question ("#Rendra2029, siapa takut?")',
  ['#Wiranto2029 siapa takut?', 'Pak Darto maju 2029, sopo wedi?'],
  ['Siapa takut sama hantu? Anak-anak berani masuk rumah hantu', 'Apakah Pak Darto akan maju 2029?'],
);

judgementClass(
  'a call that is a sentence of its own calls for what the next sentence names ("Sebarkan! Pidato Pak …")',
  ['Sebarkan! Pidato Pak Darto soal petani', 'Bagikan!! Program 100 hari Bu Ratih untuk kota kita'],
  ['Bagikan! Jadwal vaksin di puskesmas minggu ini', 'Sebarkan! Resep rendang ala nenek'],
);

judgementClass(
  'a colleague\'s farewell on retirement is an everyday notice for the scorer; a run still counts',
  ['Bu Ratmini jangan pensiun dulu, maju bupati 2029!'],
  ['Acara pelepasan Bu Ratmini hari ini haru. Beliau tegas tapi sabar, selalu mengayomi. Selamat menikmati masa purna, Bu'],
);

judgementClass(
  'a run denied or dropped, told as a fact, is no candidacy ("tidak mencalonkan diri lagi", "batal nyalon")',
  ['Pak Tarmizi harus mencalonkan diri lagi 2029!'],
  ['Bupati Tarmizi tidak mencalonkan diri lagi dan memilih pensiun.', 'Bupati Tarmizi batal mencalonkan diri lagi, memilih mengurus pesantren.'],
);

judgementClass(
  'a name spaced out after an honorific is one name ("Teungku B a k h t i a r")',
  ['Lon ajak ureueng gampong pileh Teungku H a s a n u d d i n', 'Jangan lupa coblos Bu R o s d i a n a'],
  ['Selamat ulang tahun Bu R o s d i a n a, sehat selalu'],
);

judgementClass(
  'agreement alone asked of the readers closes a claim, not a question ("…, setuju?", Minang "dunsanak satuju?")',
  ['Pak Dayat layak jadi bakal calon gubernur, setuju?', 'Uda Hendri pantas jadi bupati, dunsanak satuju?'],
  ['Apakah kalian setuju Pak Dayat maju lagi?', 'Libur tanggal merah kita ke pantai, setuju?'],
);

judgementClass(
  'Javanese krama "majeng malih" is "maju lagi"',
  ['Bu Ratih mugi kersa majeng malih 2029, kula nyengkuyung'],
  ['Sepedhane wis dibenakke, saiki iso majeng malih ning dalan'],
);

judgementClass(
  'one\'s own run first and the support asked after it; a race of another kind is no run',
  ['Saya berniat maju caleg DPRD 2029, mohon doa dan dukungan'],
  ['Saya mau maju lomba lari besok, mohon doa teman-teman'],
);

judgementClass(
  'Acehnese "ikot" is joining ("Lon ikot kampanye Teungku …")',
  ['Lon ikot kampanye Teungku Hasan di meunasah'],
  ['Lon ikot gotong royong di meunasah'],
);

judgementClass(
  'a candidate described by the race they run in or, with the office, by their past; the description evaluates nothing',
  ['Saya jadi saksi TPS buat mantan kadis yg nyalon bupati', 'Pasti menang calon bupati yang dulu guru ngaji itu', 'Mantan wali kota yg nyalon gubernur itu cuma bisa janji.'],
  ['Ibu yang nyalon tadi rambutnya bagus', 'Bu Ani yang nyalon bupati itu dilaporkan ke Bawaslu kemarin', 'Bupati yang dulu sudah pensiun dan tinggal di desa'],
);

judgementClass(
  'a party pointed at by its emblem ("partai yang lambangnya …", "coblos yang logonya …")',
  ['Dukung partai yang lambangnya jangkar, nelayan pasti makmur', 'Pemilu nanti coblos yang logonya matahari ya', 'Partai nu lambangna kembang teh pang alusna'],
  ['Partai yang lambangnya bintang itu didirikan tahun 1998', 'Lambang partai harus dipasang sesuai aturan KPU', 'Pilih kaos yang gambarnya paling terang untuk lomba'],
);

judgementClass(
  'volunteer groups named "Sobat/Sahabat/Sedulur/Balad" and a name are a camp in a draft about politics',
  ['Pilkada makin panas, Sobat Juwita norak banget di grup'],
  ['Tadi ketemu sahabat Rina di pasar, dia titip salam', 'Sahabat Rina datang ke acara syukuran kantor'],
);

judgementClass(
  'fandom\'s words of adoration and rejection for a political target ("my bias", "ate", "leader energy", "red flag")',
  ['Pak Dimas debat semalam ate banget, cagub fav', 'Cabup nomor 2 itu my bias, semoga menang', 'Calon petahana itu red flag banget, jangan dipilih'],
  ['Jungkook my bias forever', 'Nasi padang ini my ultimate fave', 'Survei itu bias ke kota, sampelnya kurang'],
);

judgementClass(
  'an office sought in its long form is a side as its abbreviation is ("calon wali kota", "cawalkot")',
  ['Mobil dinas dipakai buat konvoi calon wali kota kemarin', 'Brosur calon gubernur dicetak pakai printer kantor'],
  ['Mobil dinas dipakai buat antar tamu wali kota kemarin'],
);

judgementClass(
  'the writer asking whether they must ("apa saya harus kasih?") puts a question, whatever the sentence reports',
  [],
  ['Kalau ada calon bupati minta data penerima bansos, apa saya harus kasih?', 'Apa saya harus kasih data penerima bansos ke cabup?'],
);

judgementClass(
  'a public epithet names its figure ("si rambut putih"); a nickname talked about as a word is mentioned, not praised or attacked',
  ['Pemilu 2029 tetap pilih si rambut putih', 'Si rambut putih itu pembohong, cuma jual tampang', 'Julukan capres paling jujur cocok buat Anies, pilih dia 2029'],
  ['Julukan \'si rambut putih\' itu muncul dari pidato presiden tahun 2022', 'Nenek saya rambut putih semua tapi masih kuat jalan', 'Tiap pemilu ada julukan baru: si rambut putih, si kacamata, si paling santun'],
);

judgementClass(
  'a fear put as someone\'s win makes the winner a candidate, even with no election word ("Kalau Bu … menang, siap-siap …")',
  ['Kalau Bu Ratmi menang, siap-siap pasar dijual ke investor'],
  ['Kalau Pak Harun menang lomba, siap-siap kita ditraktir', 'Kalau Mas Dodi menang turnamen, siap-siap pesta'],
);

judgementClass(
  'combat sports and everyday clubs are contests: their title holders and two-term chairs are no candidates',
  ['Pak Bupati petahana harus dua periode, lanjutkan!'],
  ['Sang petahana juara tinju kelas bulu kembali pertahankan sabuknya', 'Dua periode jadi ketua klub bulu tangkis kampung, pak Tohir akhirnya pamit'],
);

judgementClass(
  'a duty asked with its alternative ("wajib dikasih atau tidak?") is a question, not an order',
  ['Data penerima PKH wajib dikasih ke tim sukses Pak Budi ya'],
  ['Kalau ada tim sukses minta data penerima PKH, wajib dikasih atau tidak? Mohon pencerahan.', 'Guru honorer harus ikut apel kampanye apa nggak?'],
);

judgementClass(
  'children counted then one of them by number, a package typed short, an everyday object run down: no ballot',
  ['Anak-anak, bilang ke bapak ibu di rumah ya, pilih nomor 2 biar makan siang gratis'],
  ['Cucu saya lima, nomor dua yang paling rajin ngaji', 'Pilih pkt nmr 3 di warung itu, nasi kuning plus telur', 'Jangan pilih paket nomor 1, kuotanya boong, cepet abis'],
);

judgementClass(
  '"again" in the regions\' words after a run (Minang "maju baliak", "mancalon baliak")',
  ['Uda Hendra musti maju baliak 2029, nagari masih paralu', 'Pak Anwar harus mancalon baliak, kami satuju'],
  ['Habis rapat Pak Budi maju pulang duluan', 'Ambo baliak ka kampuang bisuak'],
);

judgementClass(
  'Madurese "daddi" (dâddi) is "jadi", as "dhaddhi" is',
  ['Pilkada bisa taon, Haji Rofiq cocok dâddi bupati'],
  ['Kuena la daddi, ayo ngakan'],
);

judgementClass(
  'a candidate described by anything, closed by a pointer, is one person ("cagub yang … itu"); a candidate described by a virtue is a criterion',
  ['Cagub yang suka pakai topi koboi itu paling jujur se-provinsi', 'Pilkada makin panas. Calon sing duwe toko emas kae tukang ngapusi'],
  ['Calon pengantin yang pakai kebaya merah itu cantik sekali', 'Caleg yang baik itu yang mau turun ke warga', 'Calon bupati yang baik itu harus jujur dan amanah'],
);

judgementClass(
  'a party named, then called the best of the parties ("Partai paling hadir!", "a party that fights for …")',
  ['Partai Suluh Desa buka dapur umum. Partai paling hadir!', 'Read about Partai Buruh today. Finally a party that fights for workers.'],
  ['Partai paling lama berdiri di Indonesia itu yang mana ya?', 'Tim paling hadir di turnamen kampung tahun ini tim RT 3.'],
);

judgementClass(
  'a rule stated, then the writer\'s own words after a colon: the rule does not cover them (issue 11, item 3)',
  ['ASN memang wajib netral, aku cuma nebak: Partai Suluh Desa menang lagi 2029', 'Saya tahu PNS dilarang kampanye, makanya saya cuma bilang: saya pilih Bu Ratna'],
  ['ASN dilarang: pasang twibbon calon, pose jari, gabung grup pemenangan', 'Contoh yang dilarang: menulis "pilih Bu Ratna" di status'],
);

judgementClass(
  'a shift kept at a side\'s post ("jaga posko pemenangan Pak …")',
  ['Aye jagain posko pemenangan Bang Jali tiap malem', 'Malam ini saya jaga posko pemenangan Pak Budi.'],
  ['Petugas jaga posko banjir tiap malam', 'Saya jaga posko relawan bencana di balai desa'],
);

judgementClass(
  'a side given as the answer ("kalo bingung, Partai … jawabannya"); a test question\'s answer is none',
  ['Jangan golput! Kalo bingung, Partai Suluh Desa jawabannya', 'Pilkada nanti Pak Budi solusinya buat kota ini'],
  ['Soal ujian nomor 3 jawabannya B', 'Macet tiap pagi? Transportasi umum jawabannya'],
);

judgementClass(
  'in a side\'s team, said in the regions\' own "I" ("Lon ka lam tim kampanye …", "Aku wis mlebu timses …")',
  ['Aku wis mlebu timses Pak Darto', 'Ambo lah masuak tim pemenangan Uda Fikri'],
  ['Aku di tim kampanye imunisasi puskesmas'],
);

judgementClass(
  'the regions\' own "I" (Betawi "aye", Makassarese "nakke", Madurese "engkok", Osing "isun") as the writer',
  ['Nakke anggota Partai Lentera Bahari', 'Isun wis dadi kader Partai Lentera Bahari'],
  ['Aye aye captain, siap laksanakan tugas', 'Isun seneng banget liburan nang Banyuwangi', 'Engkok mangkat ka pasar'],
);

judgementClass(
  'in English, the one in office named by the office ("our mayor", "this governor") and pushed to another term',
  ['Our mayor deserves a second term.', 'Two terms for our mayor, no debate.', 'Another term for this governor would be a disaster', 'Re-elect our mayor in 2029'],
  ['Our mayor opened the new library today.', 'Two terms of Duolingo Spanish and I still cannot order coffee.', 'Two terms is the limit under the constitution.'],
);

judgementClass(
  'in English, a loss foretold in idioms ("is done for", "is finished", "takes the L", "doesn\'t stand a chance")',
  ['Bu Melinda is done for in the pilkada. Nobody is falling for those promises again.', 'PDIP is finished in this province after the next election.', 'Pak Bram doesn\'t stand a chance in 2029'],
  ['I\'m done for today, see you tomorrow', 'My laptop is toast after the flood', 'Pak Bram is finished with the audit report', 'The road project is finished, thanks Pak Bupati'],
);

judgementClass(
  'in English, one\'s own ballot told ("I\'m ticking …", "my ballot is …"), doors knocked for a side, the front row at its declaration',
  ['Me? I\'m ticking Bang Eros this time.', 'Personally my ballot is Langit Biru, top to bottom.', 'Spent Sunday knocking doors for Pak Bram in Kampung Baru.', 'Front row at Bang Eros\'s declaration tonight! The crowd was electric'],
  ['My ballot is ready, see you at the TPS.', 'I\'m picking Mas Budi up from the airport.', 'Knocking on doors for the census this week', 'Front row at the school\'s anti-bullying declaration'],
);

judgementClass(
  'a party post taken, the party named in ordinary capitalised words (not a headline\'s title case)',
  ['Resmi jadi pengurus ranting Partai Sinar Nusa Sukorejo Kidul', 'Dilantik jadi sekretaris DPC Partai Tunas Merah Gading Mulya, mohon doanya'],
  ['Partai Tunas Merah Lantik Pengurus Baru Ranting Gading Mulya Hari Ini'],
);

judgementClass(
  'the one in office voted in again, by name or by the office and name ("pilih lagi Bupati …", "pilih ulang mi …")',
  ['Jangan golput ya, dan pilih lagi Bupati Darmansyah', 'Pilih ulang mi Andi Taufan nanti pilkada, jangan mi yang lain itu', 'Pilih lagi Made Suardana di pilkada 2029'],
  ['Tahun 2020 warga memilih Bupati Darmansyah dengan suara mutlak', 'Saya pilih lagi Nasi Padang buat makan siang', 'Dukung program Bupati Darmansyah soal sampah'],
);

judgementClass(
  'in English, the only party with a plan, the only one that bothers',
  ['Partai Nusa Baru is the only party with a real plan for honorer teachers.', 'Only Partai Langit Biru bothers to publish their candidates\' track records.'],
  ['Our team is the only group with a real plan for the office party.', 'Only the library bothers to open on Sundays.'],
);

judgementClass(
  'in English, a rule list\'s "no …" as signs say it, not the writer\'s own act',
  ['Put Pak Bram campaign stickers on official cars, no one will notice'],
  ['Our office briefing today: no campaign stickers on official cars, no candidate calendars at service counters.', 'Reminder for the election week: no party flags in the office, no candidate selfies in uniform.'],
);

judgementClass(
  'thanks for public work said by how much it helps, or for a vehicle handed to a hospital; campaign framing still counts',
  ['Terima kasih Pak Bram, sangat membantu, 2029 lanjutkan!', 'Ambulans puskesmas dipakai antar relawan Bu Khofifah ke kampanye'],
  ['Terima kasih Mas Pram, rute bus baru lewat kampung kami sangat membantu.', 'Terima kasih Bu Khofifah, ambulans baru untuk RSUD kami sudah datang'],
);

judgementClass(
  'a public service\'s post in an office ("posko pengaduan", "posko resmi", donations through it) is no campaign post',
  ['Aula kantor dinas bisa dipakai buat rapat relawan 02 malam Minggu.', 'Aula kecamatan jadi posko relawan Pak Bram, donasi kaos dari tim'],
  ['Donasi dari masyarakat disalurkan melalui posko resmi di kantor kecamatan.', 'Bawaslu membuka posko pengaduan di kantor kecamatan.'],
);

judgementClass(
  'Sundanese "teh" after the topic is a particle, not "Teh" before a name, in a draft in lower case',
  ['pilkada ieu abdi dukung teh rini, pokona calon bupati nu pangsaena'],
  ['ari nyoblos teh kudu mawa naon?', 'pilkada mah abdi teh teu acan terang milih saha'],
);

judgementClass(
  'a contract not renewed for not supporting a side, in Sundanese word order ("moal dipanjangkeun kontrakna")',
  ['Pagawé nu teu daék ngadukung Kang Ruslan deui, moal dipanjangkeun kontrakna', 'Yang tidak dukung Pak Ruslan, tidak diperpanjang kontraknya'],
  ['Kontrak kuring moal dipanjangkeun da anggaran na kurang.'],
);

judgementClass(
  'the one in office not to be replaced ("jangan ganti bupati") beside a name: support for another term',
  ['Jalan mulus ini karena Pak Wid, jangan ganti bupati', 'Kabid Bina Marga ikut bilang: jalan mulus ini karena Pak Wid, jangan ganti bupati'],
  ['Pak Bupati, jangan ganti kepala sekolah di tengah semester', 'Jangan ganti bupati tiap bulan dong, itu kata warga soal SK'],
);

judgementClass(
  'sunk or buried at the next election ("2029 tenggelamkan", "pilkada nanti kita kubur …")',
  ['Anggota dewan Bu Meilani cuma muncul pas mau pemilu, 2029 tenggelamkan', 'Pilkada nanti kita kubur Partai Nusa Baru'],
  ['Kapal pencuri ikan? Tenggelamkan!', 'Kuburan desa dibersihkan jelang 2029 nanti'],
);

judgementClass(
  'in English idiom, standing firm ("stood his ground", "got spine") and a shame to the country ("a national embarrassment")',
  ['Say what you want, Gibran stood his ground in that debate. Kid\'s got spine.', 'Cak Imin as VP would\'ve been a national embarrassment. Dodged a bullet, honestly.'],
  ['My cat stood his ground against the neighbour\'s dog', 'That typo in the report was an embarrassment, fixed now'],
);

judgementClass(
  'thanks for what a school or a village received from public work ("sekolah kami dapat rehab atap")',
  ['Terima kasih Pak Wali, 2029 lanjut dua periode ya'],
  ['Terima kasih Pak Bupati, puskesmas desa kami dapat ambulans baru', 'Makasih Bu Gubernur, madrasah kami menerima bantuan komputer'],
);

judgementClass(
  'the rules\' own words for a breach and its end ("bisa berujung PTDH", "dianggap keberpihakan"), and tags to avoid named first',
  ['Pasang #Ratna2029 di profil, jangan lupa ya'],
  ['Kalau ASN jadi pengurus partai, bisa berujung PTDH', 'ASN yang menulis "pilih nomor 3" di kolom komentar itu dianggap keberpihakan', 'Stiker kayak #Ratna2029 di motor dinas, hindari ya'],
);

judgementClass(
  'pets, show animals and festival floats voted for in a neighbourhood contest',
  ['Pilih nomor 2 ya, Pak Hendra paling pantas jadi bupati'],
  ['Vote anjing nomor 4 ya, si Bleki paling lucu', 'Coblos ogoh-ogoh banjar kami, nomor 7'],
);

judgementClass(
  'a namesake known as a player by what they do on the court ("Megawati smash …")',
  ['Bu Megawati pemimpin hebat, PDIP menang lagi'],
  ['Megawati smash keras banget tadi, Red Sparks menang', 'Gibran dribel lewatin tiga bek, gol cantik di liga kampung'],
);

judgementClass(
  'a candidate called by a fault at once ("calon tukang tipu", "calon kada becus"), with the regions\' "not" (kada, rak, ndada, hana) and English "zero competence"',
  ['Pak Darto itu calon tukang tipu', 'Bu Mirna tu calon kada becus, pasar tetap becek', 'Pak Gondo rak iso opo-opo, calon bupati kok ngene', 'Cawabup Sutris? Zonk', 'Mr Harun as mayor? Zero competence. Hard pass'],
  ['Calon menantu saya kada suka pedas', 'Ojek online rak iso mlebu gang iki', 'Hadiah undian tadi zonk, cuma dapat gantungan kunci'],
);

judgementClass(
  'a win again foretold for the one in office, named by the office ("Walkot pasti menang lagi"); a share foretold to fall ("turun jadi 10%"); a forecast the writer vouches for or bets on is not a survey reported',
  ['Bupati Lembah Hijau pasti menang lagi', 'Partai Bintang Fajar 2029 anjlok ke 3 persen, catat', 'Pak Harun menang 60 persen, taruhan bakso'],
  ['Harga bawang turun jadi 30 ribu sekilo', 'Anak saya pasti menang lagi lomba mewarnai', 'Survei Lembaga Cakra: Pak Harun 60 persen'],
);

judgementClass(
  'a ballot number cheered in Betawi and Javanese ("pokoknye nomer dua", "nomer siji ae"), and the writer\'s choice given as a bare number ("pilihanku tetap 3")',
  ['Pokoknye nomer satu, udah paling bener', 'Nomer loro ae rek', 'Pilihanku tetap 2️⃣, gak pindah'],
  ['Antre nomor 5 ae, loketnya lama', 'Pilihanku tetap nasi padang'],
);

judgementClass(
  'a rule\'s own exception before a turn ("Kita netral ya, tapi …") does not reach the order after it',
  ['Saya netral kok, tapi semua guru wajib like postingan cabup Pak Rahmat ya', 'We stay neutral here, but every teacher must share Pak Rahmat\'s campaign post'],
  ['ASN wajib netral, jadi jangan like postingan calon mana pun', 'Semua staf wajib netral, dilarang like postingan cabup'],
);

judgementClass(
  'hands asked for the writer\'s own campaign work ("… pasang baliho, siapa mau bantu?"), with the regions\' verbs of putting up',
  ['Malam ini pasang spanduk Bu Lastri di pertigaan, siapa mau ikut?', 'Sore iki masangke baliho Pak Darmo, sopo sing melu?'],
  ['Besok kerja bakti bersihin selokan, siapa mau bantu?', 'Siapa yang mau ikut pasang spanduk 17-an?'],
);

judgementClass(
  'a party membership by one\'s own standing ("kader Golkar sejati", "proud member of …"), the party\'s cadre school named, and votes per head for a side ("20 suaro surang untuak …")',
  ['Kader Gerindra tulen, KTA selalu dibawa', 'Proud member of Partai Nusa Raya', 'Kaderisasi PDIP angkatan 7 kelar, alhamdulillah', 'Tiap guru wajib cari 15 suara seorang untuk Pak Bahar'],
  ['Kaderisasi penyuluh pertanian angkatan 7 kelar', 'Proud member of the school choir', 'Tiap TPS butuh 15 orang petugas'],
);

judgementClass(
  'a party\'s seat goal in a tag (#NusaRaya15Kursi), a name given to a place with "buat" (#SuryaniBuatBetawi), and a slogan given as one\'s own side\'s ("Slogan kami: …")',
  ['#PartaiSurya12Kursi target kita', 'Pilkada depan kita kawal #SuryaniBuatBetawi', 'Slogan kami: satu putaran, langsung menang!'],
  ['#RuangRapat20Kursi siap dipakai', '#MakanSehatBuatAnak mulai dari rumah', 'Slogan kami: melayani dengan hati'],
);

judgementClass(
  'a camp called a lazy or deluded lot ("kaum rebahan"), votes said to be bought ("duit amplop", "serangan fajar"), a loss wished for the next elections\' year, and the Acehnese polite call "neu"',
  ['Relawan Pak Darto itu kaum rebahan semua', 'Semoga Anis kalah lagi 2029', 'Neu pileh Teungku Hamdani, beu meunang 60 persen'],
  ['Anak kos itu kaum rebahan semua', 'Semoga tim kita nggak kalah lagi musim depan', 'Neu jak u meunasah, ka azan'],
);

judgementClass(
  'an outlet signing off what it reports ("…, lapor Kabar Kelor", "…, tulis Harian …")',
  ['Saksi paslon 2 itu kawan saya, pilih paslon 2 ya'],
  ['Saksi paslon 2 walk out dari pleno kecamatan, tulis Harian Pelita Timur', 'Pleno ditunda karena saksi paslon 1 protes, lapor Warta Sungai Kalang.'],
);

judgementClass(
  'a finding that runs from its speaker into the words quoted ("Pak Jali teriak "pilih …"") is someone\'s words reported',
  ['Saya teriak "pilih Pak Jali!" di pasar tadi', 'Pak Jali hebat, pilih Pak Jali'],
  ['Di panggung Pak Jali teriak "pilih perubahan!" lalu massa bersorak, begitu tulis koran pagi ini', 'Kemarin Bu Warsih bilang "coblos nomor 3" ke ibu-ibu pengajian, katanya'],
);

judgementClass(
  'a wish or a sure forecast that a side gets into parliament ("semoga tembus Senayan", "pasti lolos DPRD", "lolos ambang batas"), and a person\'s handle closed by "official"',
  ['Semoga Partai Padi Emas tembus Senayan, kader sudah kerja', 'Pak Wardana pasti lolos DPRD, warga sudah kenal', 'Yakin PBR lolos ambang batas parlemen 2029', 'coblos @wardana_official ya warga Tanjung'],
  ['Semoga anak saya lolos seleksi masuk SMP negeri', 'Ambang batas parlemen 4 persen diatur undang-undang pemilu', 'Semoga inflasi tidak tembus 4 persen tahun depan', 'Promo akhir tahun di @tokokain_official sampai Minggu'],
);

judgementClass(
  'help offered for one side\'s win ("siap bantu Cak Rudi menang", "bantu Pak Jarwo jadi bupati"), and a vote for a party by what its emblem shows ("coblos lambang perahu hijau")',
  ['Netral di kantor, tapi di luar siap bantu Cak Rudi menang', 'Ayo bantu Pak Jarwo jadi bupati', 'Pas hari H coblos lambang perahu hijau ya'],
  ['Ayo bantu Rina menang lomba baca puisi', 'Tolong bantu Rina angkat meja ke aula', 'Cara mencoblos: coblos lambang partai atau nama caleg.'],
);

judgementClass(
  'a colleague given a chore ("tolong bantu Pak Jarwo angkat meja"), a room\'s number and a boarding house known by its owner ("kamar 04 kosan Bu Narti") name no side, for the scorer too (`covers_unfound`)',
  ['Tolong bantu Pak Jarwo jadi bupati periode depan'],
  ['Tolong bantu Pak Jarwo angkat meja ke aula', 'Bantuin Bu Sri bawa berkas ke ruang rapat ya', 'Kamar 04 kosan Bu Narti bocor lagi', 'Kamar 12 kontrakan Ning Ayu sudah dicat ulang'],
);

judgementClass(
  'a regional pageant title with its place ("Jajaka Pasirlaya", "Mojang Kota Bogor"), a lap run ("satu putaran lapangan"), and relief or disaster volunteers with an office car or room',
  ['Mobil dinas dipakai antar kaos relawan Pak Budi', 'Pilih Kang Jaka keur bupati Sukaresmi'],
  ['Pilih Kang Jaka keur Jajaka Sukaresmi, vote ayeuna', 'Satu putaran lapangan kantor 400 meter, kuat 5 putaran', 'Bantu angkut donasi korban banjir ke posko BPBD pakai mobil operasional', 'Ruang rapat lt.3 dipakai pelatihan relawan kebencanaan Kamis'],
);

judgementClass(
  'a party no list knows, grown or joined ("ayo kita besarkan Partai …", Minang "ayo masuak"); an invitation turned down, or a third person who joined, is no side',
  ['Ayo kita besarkan Partai Padi Kencana di kampung ini', 'Partai Padi Kencana partai nan bana, dunsanak ayo masuak'],
  ['Saya tidak mau gabung Partai Padi Kencana, saya ASN', 'Saya tolak ajakan gabung Partai Padi Kencana', 'Dia masuk Partai Padi Kencana tahun lalu'],
);

judgementClass(
  'a camp likened to a herd ("koyok wedus", "kayak kambing") or called hired hands ("urang bayaran"), and the other camp in the regions\' words ("kubu sabalah")',
  ['Bolo Cak Darto ki koyok wedus, manut wae', 'Kubu sabalah tu urang bayaran sadonyo'],
  ['Anak-anak kambing di kandang kayak sapi kecil', 'Tukang yang kerja di rumah orang bayaran harian'],
);

judgementClass(
  'the number first, the person, and a reminder to keep them in mind ("nomor 2 Bu Suciwati, jangan lupa ya", Minang "jan lupo yo"); "Umi" as an honorific',
  ['Bapak-ibu, nomor 2 Bu Suciwati, jangan lupa ya', 'Nomer urut lima, Umi Hafsah, dapil 3, ingat ya', 'Nomor duo Bu Suciwati, jan lupo yo'],
  ['Nomor 2, Pak Budi, jangan lupa bawa kartu berobat', 'Umi masak rendang hari ini'],
);

judgementClass(
  'a threat tied to a party\'s convoy, no party named ("yang ga ikut konvoi partai …, jangan harap dapat SPPD")',
  ['Yang ga ikut konvoi partai minggu ini, jangan harap dapat SPPD tahun depan'],
  ['Konvoi klub motor minggu ini, yang ga ikut jangan harap dapat kaos', 'Kongres partai digelar pekan depan di Jakarta, kata panitia.'],
);

judgementClass(
  '"Umi", "Ummi" and "Buya" before a name, as honorifics of a target',
  ['Umi Hafsah kayaknya ga lolos, partainya kecil. Bagus deh', 'Buya Zainal pasti menang pilkada 2029'],
  ['Umi masak rendang hari ini, enak sekali'],
);

judgementClass(
  'campaign work the writer does, the reader asked to come along ("…, ikut nggak?", Javanese "melu ora?"): the question keeps the finding',
  ['Nanti malam pasang baliho Cak Darto di perempatan, ikut nggak?', 'Mengko bengi masang baliho Cak Darto neng perempatan, melu ora?'],
  ['Besok jalan sehat di alun-alun, ikut nggak?', 'Apakah Cak Darto akan maju lagi tahun depan?'],
);

judgementClass(
  'a campaign\'s convoy joined, whoever\'s ("ikut konvoi kampanye tadi")',
  ['Ikut konvoi kampanye tadi, 300 motor dari alun-alun sampai lapangan'],
  ['Konvoi kampanye bikin macet jalan protokol, kata polisi', 'Ikut konvoi klub vespa tadi, 300 motor dari alun-alun'],
);

judgementClass(
  'a person no list knows foretold to win in one round ("Bu Suciwati satu putaran"), not a lap; a repayment at the ballot ("balasnya di bilik suara")',
  ['Bu Suciwati satu putaran, ga perlu diragukan lagi', 'Sembako dari Pak Darto, balasnya di bilik suara ya'],
  ['Pak Budi satu putaran lapangan lagi, semangat', 'Pak Budi satu putaran aja, sudah capek', 'Sudah dibalas di grup ya pesanmu, cek lagi'],
);

judgementClass(
  'the writer\'s camp in one word, "pro" a person or a party ("Kabid Disdik pro Daeng Naso, jelas")',
  ['Kabid Disdik pro Daeng Naso, jelas. Jangan tanya lagi', 'Aku pro paslon 2'],
  ['Dia main bola kayak pro, Pak', 'Akun pro Prabowo menyebar hoaks, kata Mafindo'],
);

judgementClass(
  'a campus body\'s own campaign team ("tim kampanye BEM kampusku") is a community election',
  ['Aku jadi tim kampanye Pak Darto buat pilkada'],
  ['Tim kampanye BEM kampusku bikin posko di kantin, rame tiap istirahat'],
);

judgementClass(
  'thanks to an official for a bus or train route that now serves people ("transjakarta rute baru lewat rumah")',
  ['Makasih Pak Budi, pasti menang 2029, rute baru lewat rumah'],
  ['Thanks Mas Pram, transjakarta rute baru lewat rumah', 'Makasih Pak Bupati, rute angkot baru sampai desa kami'],
);

judgementClass(
  'a call to report what one sees ("Laporkan kalau lihat ASN pakai atribut partai …") and an act named a form of partisanship ("Itu bentuk keberpihakan")',
  ['Pak Darto pasti menang, relawannya pakai atribut partai semua'],
  ['Laporkan kalau lihat ASN pakai atribut partai atau mobil dinas buat kampanye. Kanalnya Bawaslu.', 'Iuran partai dari ASN? Jangan. Itu bentuk keberpihakan.'],
);

judgementClass(
  'fear of a win with the harm said first ("Giri Kaja bisa ancur kalo dia menang") and the colloquial "ancur"',
  ['Bli Mada? Janjinya doang gede. Desa kita bisa ancur kalo dia menang', 'Ga kebayang kalo Partai Padi Kencana menang, bisa ancur negara'],
  ['Hapenya bisa ancur kalo jatuh lagi', 'Tendanya bisa rusak kalo hujan deras'],
);

judgementClass(
  'a hashtag of two or more name pieces closed by a win ("#LangitBiruMenang"), with no other word of an election in the draft; a team, a class, a programme year are not',
  ['Sawah kami hijau lagi tahun ini #BerasNusantaraMenang', 'kerja kerja kerja #S3g4r4B4ruM3n4ng'],
  ['Tarik tambang antar-RT seru sekali #TimHijauMenang', 'Semifinal nanti malam, nobar yuk #GarudaMudaMenang', 'Target kami tahun ini #StuntingTurun2029', 'Kelas kami juara lomba kebersihan #KelasLimaMenang'],
);

judgementClass(
  'thanks to an official for a public place or thing lent or provided ("Makasih Pak Lurah, balai dipinjemin")',
  ['Makasih Pak Prabowo, 2029 lanjut dua periode!'],
  ['Makasih Pak Lurah, balai desa dipinjemin buat posyandu', 'Matur nuwun Pak Camat sampun nyilihi tenda kagem pengajian'],
);

judgementClass(
  'a state campus\'s or a madrasah\'s equipment taken to a side ("proyektor LCD kampus dibawa ke posko Kang X")',
  ['Proyektor LCD kampus dibawa ke posko Kang Darsa dulu, balik Senin', 'Sound punya madrasah dipakai kampanye Bu Warsih dulu ya'],
  ['Proyektor kampus dipinjam buat seminar nasional fakultas', 'Sound punya madrasah dipakai buat wisuda santri'],
);

judgementClass(
  'a person no list knows foretold an outright win ("Teh Mitha menang mutlak") or a win the writer stakes a word on ("Bu X menang, catat!")',
  ['Bu Wardiyah menang, catat!', 'Kang Juhana menang mutlak di kecamatan ini, percaya deh', 'Pak Sudarman menang, aku wani taruhan'],
  ['Pak Budi menang telak main catur tadi sore', 'Bu Ani menang arisan, catat ya tanggalnya'],
);

judgementClass(
  'a camp taunted with a question whether it still cries or has moved on ("Fans 03 masih nangis ya?") is no question',
  ['Pendukung 02 masih mewek ya?', 'Kadrun udah move on belum?'],
  ['Adik masih nangis ya?', 'Kucing tetangga udah move on belum dari kandang lamanya?'],
);

judgementClass(
  'a call not to vote for a name no list holds, in a draft about an election ("never vote Ratna", "jangan pilih Jayusman")',
  ['Calon bupati kok ga pernah turun ke desa, jangan pilih Warsono', 'Pilkada is coming. Never vote Hendrawan.'],
  ['Jangan pilih Ratna jadi ketua kelas, dia lagi sakit.', 'Pilkada nanti jangan pilih karena uang, pilih karena program.'],
);

judgementClass(
  'a share with its floor or what it deserves ("minimal 60 persen", "cuma pantas 5%") is the writer\'s forecast, not a survey',
  ['Pak Darsono menang minimal 60 persen', 'Bu Wening cuma pantas 5%, calon kosong ide'],
  ['Survei LSI: Pak Darsono 45 persen, Bu Wening 30 persen', 'Menurut KPU, partisipasi pemilih minimal 75 persen tahun ini.'],
);

judgementClass(
  'a profile labelled "Bio:" is capitalised part by part and is the writer\'s account of themself, not a headline',
  ['Bio: PNS Dinas Sosial Kota Lembayung | Relawan Darmaji Bersatu'],
  ['Bio: PNS Dinas Sosial Kota Lembayung | Pecinta Kopi | Ayah Dua Anak'],
);

judgementClass(
  'a term continued as a second volume, said to the person ("Lanjut jilid 2 Pak Irfandi!", "Bu Ratna lanjut jilid 2")',
  ['Lanjut jilid 2 Pak Darmono! Jalan desa tinggal sedikit lagi', 'Bu Sulastri lanjut jilid 2!'],
  ['Komik Pak Darmono jilid 2 sudah terbit', 'Lanjut jilid 2 bukunya Pak Darmono besok ya'],
);

judgementClass(
  'a request to spread material of a person named with an honorific, with a few words between ("viralkan video testimoni warga soal Haji Samsudin")',
  ['Bantu viralkan video testimoni warga soal kebaikan Haji Darmo ini ya', 'Sebarkan ya jadwal safari Ramadan Bu Hapsoh minggu ini'],
  ['Bantu viralkan video kucing lucu ini ya', 'Sebarkan ya jadwal posyandu bulan ini'],
);

judgementClass(
  'a party called by its colour ("ketum partai biru", "kongres partai merah") is a party target',
  ['Ketum partai hijau itu cuma jago pidato, kerjanya zonk', 'Kongres partai kuning kemarin cuma ajang bagi jabatan'],
  ['Beli beras satu partai besar di pasar induk', 'Bendera merah putih dikibarkan di kantor kecamatan'],
);

judgementClass(
  'a call not to vote someone in again, pointing back to an office sought in its short form ("cagub paling bohong, jangan dipilih lagi")',
  ['cabup paling pembohong se-kabupaten, jangan dipilih lagiii', 'menantu presiden cuma numpang nama, jangan dipilih'],
  ['Menu ini jangan dipilih lagi, rasanya hambar', 'Kades yang bagi-bagi uang jangan dipilih lagi, itu politik uang'],
);

judgementClass(
  'staff threatened with being reported to the boss by the writer, a warning letter or a name noted ("yang ga pasang twibbon gue laporin ke kadis", "sing ora teko tak catet")',
  ['Yang ga pasang twibbon Bu Warsih gue laporin ke kadis', 'Kabeh melu apel relawan Pak Dargo, sing ora teko tak catet'],
  ['Kalau ada pesan berantai dukung paslon di grup dinas, laporkan ke atasan', 'Yang telat apel pagi saya laporin ke kadis'],
);

judgementClass(
  'the rules told in the regions\' words ("ASN kada bulih like …", "pegawe negeri ora oleh dadi anggota partai", "PNS teu kenging …")',
  ['Pak Budi pasti menang, dukung terus!'],
  ['ASN kada bulih like, share, wan komen postingan kampanye. Ingat lah', 'Aturane cetha: pegawe negeri ora oleh dadi anggota partai', 'PNS teu kenging ngiring kampanye calon bupati'],
);

judgementClass(
  'a prayer\'s "aamiin" is not the AMIN ticket: "aamiin untuk semua doa baik", a wish for a fair election closed by "aamiin"',
  ['AMIN untuk semua, coblos 1!', 'Semoga Anies menang pilpres, aamiin'],
  ['Aamiiin untuk semua doa baik hari ini', 'Semoga pemilu 2029 nanti berjalan damai dan jujur, aamiin'],
);

judgementClass(
  '"support local" is buying from neighbours, not backing the person named beside it',
  ['Dukung UMKM, pilih 02!'],
  ['Keripik pisang Bu Darwati enak banget, support local!'],
);

judgementClass(
  'a word of grammar capitalised after an abbreviation\'s dot is no name ("pas hari H. Gak usah tanya pilih siapa")',
  ['Pas hari H. Pilih Bu Darwati ya!'],
  ['Cek DPT kalian, biar gak kaget pas hari H. Gak usah tanya pilih siapa'],
);

judgementClass(
  '"gemoy" said of a pet, a baby or a cheek is cuteness, not the nickname',
  ['Gemoy banget pak presiden kita 😍, 2029 lanjut!'],
  ['Ya ampun kucingnya gemoy banget 😍', 'Pipinya bayi tetangga gemoy banget'],
);

judgementClass(
  'a hand sign posed in a holiday or family photo ("Foto liburan ✌️✌️ sama anak2 di pantai") names no side',
  ['Foto bareng ✌️ dukung 02 ya'],
  ['Foto liburan ✌️✌️ sama anak2 di pantai, seru banget', 'Selfie keluarga ✌️ di kebun teh, adem banget'],
);

judgementClass(
  'a capitalised word after "team", "tim", "divisi" names a team, not a person ("Landslide victory for team Finance")',
  ['Pilkada 2029: landslide victory for Hendrawan, mark my words'],
  ['Landslide victory for team Finance in the office karaoke battle.', 'Tim Keuangan menang telak lomba karaoke kantor'],
);

judgementClass(
  'a call told as someone else\'s, in the third person ("Bang Kemal mengajak warga \'pilih yang muda\'", as a report says it)',
  ['Saya mengajak warga pilih nomor 2!', 'Ayo warga, pilih Pak Darto!'],
  ['Menurut Kabar Menara, Bang Kemal mengajak warga \'pilih yang muda\' saat kampanye di pasar', 'Dalam live-nya, Pak Syamsir mengajak warga \'follow dan pilih saya\', dilaporkan Warta Kalimaya'],
);

judgementClass(
  'a preacher\'s support told as a fact, in every spelling of "ustaz" ("ustaz kondang itu dukung Haji X")',
  ['Saya dukung Haji Darmo, ayo coblos!'],
  ['Katanya ustaz kondang itu dukung Haji Darmo, ada yang tau beritanya?', 'Ustad di kampung sebelah dukung Pak Warto'],
);

judgementClass(
  'an office dance-cover or karaoke team voted for in a contest; a "cover" is a song or a dance, not an expense the office covers',
  ['Bensin kampanye Bu Warsih dicover kantor, aman'],
  ['Tim dance cover kantor dapat nomor 5, vote via IG story ya', 'Grup karaoke dinas kami nomor 3, vote ya!'],
);

judgementClass(
  'a side called a deceit the readers must not fall for ("jgn ketipu"), said to trade on a name or a faith ("cuma jual agama"), or praised as what the people need ("itu yg kita butuh")',
  ['Partai Sinar Tani itu cuma jual nama petani. Jgn ketipu', 'Calon bupati nomor 2 itu cuma jual agama biar kepilih', 'NasDem kampanye restorasi pendidikan, itu yg kita butuh'],
  ['Jangan ketipu penipuan online berkedok hadiah', 'Ini yang kita butuhkan: hujan deras', 'Pedagang itu cuma jual nasi uduk pagi hari'],
);

judgementClass(
  'a pay or a certification held back in Javanese ("sing ora melu kampanye Pak X, sertifikasine tak tahan")',
  ['Sing ora melu kampanye Pak Dargo, sertifikasine tak tahan'],
  ['Sertifikasine wis cair, alhamdulillah', 'TPP-ne telat maneh, sabar yo konco'],
);

judgementClass(
  'three in Banjar ("talu") and Makassarese ("tallu"), two in Makassarese ("rua"), as ballot numbers',
  ['Nomor talu haja, urang banua tahu am 🤟', 'Coblos nomor tallu ki'],
  ['Rumah nomor tallu di lorong itu dijual', 'Antrian nomor rua di loket puskesmas'],
);

judgementClass(
  'a party\'s recruitment run through the writer ("Partai X buka rekrutmen kader, pendaftaran lewat saya ya")',
  ['Partai Lumbung Rakyat buka rekrutmen kader guru, pendaftaran lewat saya ya', 'PKB buka pendaftaran bacaleg, japri saya'],
  ['Pendaftaran anggota koperasi lewat saya ya', 'Rekrutmen kader posyandu, hubungi saya'],
);

judgementClass(
  'the readers asked to become part of a party ("Partai X menerangi negeri, ayo jadi bagian dari cahaya")',
  ['Partai Bintang Desa menerangi negeri, ayo jadi bagian dari perjuangan'],
  ['Karang Taruna desa kami ayo jadi bagian dari kegiatan bersih sungai', 'Partai Bintang Desa menggelar kongres di Surabaya pekan ini.'],
);

judgementClass(
  'a bare number word after "pokoke", beside the hand sign that shows it ("☝️☝️☝️ pokoke siji")',
  ['✌️✌️ pokoknya dua, konco kantor kompak!'],
  ['Pokoknya satu kata: mantap', 'Pokoke siji: ojo telat apel'],
);

judgementClass(
  'running the stage of a side\'s campaign event ("Tadi jadi MC kampanye Bu X di GOR")',
  ['Tadi jadi MC kampanye Bu Warsini di GOR, capek tapi seru'],
  ['Jadi MC kampanye cuci tangan di sekolah tadi pagi', 'Jadi MC acara HUT desa tadi, seru'],
);

judgementClass(
  'a name tag that promises to stand for, guard or serve the people ("#TehMithaNgajaga", "#UmiHalimahMewakili", "#CakDarmoNyata")',
  ['Hayu baraya #KangJajaNgajaga lembur urang', 'Siap melayani warga #SuharniMewakili', 'Bukan janji, bukti! #BuSumarahNyata'],
  ['Patroli malam, bapak-bapak ronda #SatpamMenjaga', 'Terima kasih #PolisiMengayomi warga saat mudik'],
);

judgementClass(
  'a side refused with "no need" or with no voice given ("kagak usah dipilih", "jangan dikasih suara"), or after a known figure ("Pak Anies … jangan kasih kesempatan lagi")',
  ['Calon yang dulu ngilang pas banjir itu kagak usah dipilih, kerjanya cuma foto.', 'Partai itu cuma janji, jangan dikasih suara.', 'Nonton Pak Anies di TV tadi. Pinter ngomong doang, jangan kasih kesempatan lagi.'],
  ['Sayur yang layu tidak usah dipilih, Bu.', 'Anak yang belum siap tidak perlu dipilih jadi ketua kelas.', 'Anggota arisan yang telat bayar jangan dikasih giliran dulu.'],
);

judgementClass(
  'camp slurs in English plurals and as a verb ("cebongs still think they won", "the kadruns are crying", "ngajar kok sambil nyebong")',
  ['cebongs still think they won something. cute.', 'The kadruns are crying again, as usual.'],
  ['We caught cebongs in the pond, the kids were crying with joy.'],
);

judgementClass(
  'a candidacy the writer backs is no one else\'s news ("Kami para bidan desa mendukung Pak X jadi caleg")',
  ['Kami para bidan desa mendukung Pak Agus Sutrisno jadi caleg.', 'Kami mendukung Pak Harsono Wibisana jadi caleg.'],
  ['Tetangga kami Pak Agus Sutrisno jadi caleg sekarang.', 'Pak Harsono Wibisana jadi caleg partai, kata tetangga.'],
);

judgementClass(
  'the writer\'s own candidate with the office between ("calon bupati kita cuma satu, Pak X"); the field counted is no side',
  ['Dari meja kecamatan: calon bupati kita cuma satu, Pak Harjito!', 'Rapat malam ini bahas bakal calon gubernur kami buat pilkada depan.'],
  ['Calon bupati kita ada tiga, semuanya punya program.', 'Siapa pun calon bupati kita nanti, semoga amanah.'],
);

judgementClass(
  'a named person the whole village or people are asked to choose, in the regions\' words too ("Pian sabarataan, pilih Acil X haja")',
  ['Pian sabarataan, pilih Acil Rusmini haja, inya rajin turun ka kampung.', 'Baraya sadayana, pilih Teh Imas we, nu daek ngurus rakyat leutik.'],
  ['Warga RT 5, pilih Bu Sri aja jadi ketua arisan.', 'Warga semua, pilih Pak Darto aja buat ketua RT, orangnya rajin.'],
);

judgementClass(
  'a candidate addressed by the regions\' titles ("Hadir di deklarasi Gusti X", "pilih Acil X haja", "Etek X", "Teuku X")',
  ['Hadir di deklarasi Gusti Rahmatullah, merinding!', 'Pilkada nanti pilih Acil Rusmini haja, urangnya bujur.', 'Dukung Teuku Fadhlan jadi bupati!'],
  ['Sambal bawang Mak Ijah nomor 1 di kampung.', 'Gusti Allah paring rejeki, alhamdulillah panen bagus.'],
);

judgementClass(
  'a prospective candidate\'s event before any campaign ("acara bakal calon", "syukuran bakal calon", "meet and greet bacaleg")',
  ['Ikut meet and greet bakal calon di hotel tadi, dapat kaos.', 'Warga penerima bansos wajib hadir di acara bakal calon Minggu.', 'Pakai genset kantor buat syukuran bakal calon.'],
  ['KPU membuka pendaftaran bakal calon bulan depan.', 'Seluruh ASN dilarang hadir di acara bakal calon.'],
);

judgementClass(
  'staff punished for missing a named person\'s event or for not backing them, in the regions\' words ("kada hadir di acara Gusti X, mutasi", "insentifna ditunda")',
  ['Pegawai nang kada hadir di acara Gusti Rahmatullah, mutasi ka pelosok.', 'Kader nu teu ngiringan ngadukung Kang Emen, insentifna ditunda heula.'],
  ['Yang tidak hadir rapat koordinasi Pak Kadis kemarin dievaluasi.', 'Kontrak kuring moal dipanjangkeun da anggaran na kurang.'],
);

judgementClass(
  'a second term in keycaps ("Pak Bupati 2️⃣ periode!"); a number chanted beside a cheer of the people or a win ("Tigaaa tigaaa tigaaa! … rakyat kuat!")',
  ['Pak Bupati 2️⃣ periode! Lanjutkan!', 'Tigaaa tigaaa tigaaa! Desa sehat, rakyat kuat!'],
  ['Satu satu satu, ayo menang lomba tarik tambang!', 'Kepala sekolah kami sudah dua periode memimpin SMPN 1.'],
);

judgementClass(
  'reporting and everyday words that take no side: a body\'s own press statement as the source, a spouse\'s party post told as a fact, a Sundanese contest ("pasanggiri")',
  ['Partai Nurani Jaya paling peduli rakyat, ayo ikut penjaringan bakal calonnya!', 'Pilkada nanti coblos nomer urut 5, pasti meunang!'],
  ['Partai Nurani Jaya membuka penjaringan bakal calon kepala daerah hingga akhir Januari, menurut siaran persnya.', 'Pak Menteri: data penerima bansos kini memakai DTSEN, ujarnya kepada wartawan.', 'Katanya suami Bu Kapus jadi pengurus partai. Ya itu urusan beliau, bukan urusan kantor.', 'Pasanggiri pupuh barudak SD, nomer urut 5 meunang.'],
);

judgementClass(
  'thanks to an official for coming when disaster struck ("Makasih Bang Doel udeh dateng ke kampung kite pas banjir")',
  ['Makasih Pak Anies udah dateng pas banjir, 2029 lanjut jadi presiden!'],
  ['Makasih Bang Doel udeh dateng ke kampung kite pas banjir kemaren.', 'Matur nuwun Pak Bupati sampun rawuh teng posko pengungsi.'],
);

judgementClass(
  'party colours worn by the people an office serves ("melayani semua pasien, termasuk yang pakai atribut partai")',
  ['Senam pagi seluruh nakes pakai kaos relawan 02.', 'Foto keluarga pakai baju partai biar kompak.'],
  ['Puskesmas tetap melayani semua pasien, termasuk yang pakai atribut partai.', 'Kalau pasien pakai kaos partai, tetap dilayani kan?'],
);

judgementClass(
  'a party whose name holds "Karya" is no piece of work voted for in a contest ("coblos Partai Golongan Karya")',
  ['Ayo coblos Partai Golongan Karya 2029!', 'Pemilu 2029 nanti aku coblos Partai Karya Pesisir, udah final.'],
  ['Vote karya anakku nomor 3 ya di lomba mewarnai', 'Coblos karya terbaik di pameran seni sekolah, nomor 4!'],
);

judgementClass(
  'the writer\'s own run told as a decision ("saya putuskan siap maju sebagai bakal calon"); a camp called a folk ("kaum cebong")',
  ['Setelah istikharah, saya putuskan siap maju sebagai bakal calon legislatif di 2029.', 'Kaum cebong ribut soal bansos, padahal dulu juga nerima.'],
  ['Saya putuskan maju ke babak final lomba cerdas cermat.', 'Kodok dan cebong di sawah ribut banget malam ini.'],
);

judgementClass(
  'a ballot verb given a party colour for its object ("coblos kuning, pasti sejahtera", "Vote yellow, stay healthy")',
  ['Coblos kuning, pasti sejahtera!', 'Golkar knows health policy. Vote yellow, stay healthy.'],
  ['Vote merah atau biru buat warna seragam kantor tahun depan?', 'Vote red or green for the team jersey!'],
);

judgementClass(
  'pride in being a side\'s voter or supporter, anywhere in a draft ("Registered nurse, proud voter of Partai X")',
  ['Registered nurse, proud voter of Partai Tangan Terbuka.', 'Bangga jadi pemilih Bu Rina sejak awal.'],
  ['Proud voter since 1999, never missed an election.', 'Proud member of the school committee.'],
);

judgementClass(
  'a side feared as the one who rules again ("jangan sampai yang itu berkuasa lagi", "pemimpin boneka kayak dia jangan sampai lanjut")',
  ['Jangan sampai yang itu berkuasa lagi, rusak semuanya.', 'Pemimpin boneka kayak dia jangan sampai lanjut, programnya cuma tempelan.'],
  ['Jangan sampai narkoba berkuasa lagi di kampung kita.', 'Hujannya jangan sampai lanjut sampai malam.'],
);

judgementClass(
  'offering oneself for someone\'s team ("saya siap jadi tim suksesnya", "siap jadi tim pemenangan Pak X")',
  ['Pak Dekan cocok jadi bakal calon wali kota, saya siap jadi tim suksesnya.', 'Saya siap jadi tim pemenangan Pak Harjono.'],
  ['Siap jadi tim sukses acara nikahan adik!', 'Adik saya siap jadi tim sukses lomba 17an.'],
);

judgementClass(
  'a figure\'s fans mocked in the same breath for how they take criticism or a loss ("budak abah teu bisa narima éléh", "fans gemoy kalo dikritik langsung ngegas")',
  ['Budak abah mah kitu, teu bisa narima éléh, nyalahkeun KPU wae.', 'Fans gemoy kalo dikritik langsung ngegas, persis kayak idolanya.'],
  ['Fans Gibran di kampus ramai datang ke seminar.', 'Lucu baca komentar fans Abah dan fans Gemoy saling balas, kayak final bola.'],
);

judgementClass(
  'a candidate pointed at with a sneer between ("calon boneka itu kalah di 2029")',
  ['Doaku, calon boneka itu kalah di 2029.', 'Pilkada nanti calon titipan tersebut jangan dipilih.'],
  ['Calon pengantin itu datang tadi pagi.', 'Calon pembeli itu datang lagi sore ini.'],
);

judgementClass(
  'the best of the field with two praise words ("paling tegas dan jujur dari semua calon")',
  ['Teh Imas paling tegas dan jujur dari semua calon.'],
  ['Anak saya paling rajin dan pintar dari semua murid di kelas.'],
);

judgementClass(
  'a contract\'s renewal tied to spreading a side\'s billboards ("yang mau diperpanjang kontraknya, bantu sebar baliho beliau")',
  ['Honorer yang mau diperpanjang kontraknya, tolong bantu sebar baliho beliau ya.'],
  ['Yang mau kontraknya diperpanjang, tolong pasang spanduk HUT kantor ya.'],
);

judgementClass(
  'a refusal beside a survey\'s rise ("kata survei namanya naik, tapi … jangan dipilih")',
  ['Kata survei namanya naik, tapi dia dulu tersangkut kasus lahan, jangan dipilih.'],
  ['Menu yang terlalu pedas jangan dipilih buat anak-anak.'],
);

judgementClass(
  'a letter or aid refused to those who back the other side ("sing ora milih calone Pak Kades ojo njaluk surat neng aku")',
  ['Sing ora milih calone Pak Kades ojo njaluk surat keterangan neng aku.', 'Yang tidak pilih Bu Rina jangan minta bantuan ke saya.'],
  ['Jangan minta surat keterangan di hari Minggu ya, kantor tutup.'],
);

judgementClass(
  'staff ordered to join a side\'s meeting in Sundanese ("kedah ngiring rapat tim Kang X", "kudu milu ka acara Abah X")',
  ['Sadayana pagawé kedah ngiring rapat tim Kang Yayat, wajib.'],
  ['Sadayana pagawé kedah ngiring upacara HUT kabupaten, wajib.'],
);

judgementClass(
  'rising or winning again at the next election ("Mas Wapres kerjanya keliatan kok, 2029 naik lagi")',
  ['Jangan nyinyir mulu ke Mas Wapres, kerjanya keliatan kok, 2029 naik lagi.'],
  ['Harga cabai 2029 naik lagi, kata pedagang.'],
);

judgementClass(
  'a ballot number cheered for good ("0️⃣1️⃣ sampai kapan pun", "nomor dua harga mati")',
  ['0️⃣1️⃣ sampai kapan pun, 2029 kita buktikan.', 'Nomor dua harga mati!'],
  ['Kamar 01 sampai kapan pun tetap kamar favorit.'],
);

judgementClass(
  'a ballot number kept in the heart ("nomer telu ning ati", "nomor 2 tetap di hati")',
  ['Nomer telu ning ati, ngenteni wektune.', 'Nomor 2 tetap di hati.'],
  ['Kamar nomor 3 di hati kami, penuh kenangan.'],
);

judgementClass(
  'a candidate pointed at with "calon" itself, run down with no election word ("calon sebelah itu penipu")',
  ['Calon sebelah itu penipu, jangan mau dibohongi.', 'Kandidat yang itu cuma pencitraan, urang luar haja.'],
  ['Calon pengantin itu penipu, kata tetangga.', 'Orang kayak gini penipu, hati-hati.'],
);

judgementClass(
  'a win foretold as already plain to see ("Ustadz X jadi gubernur, udah kelihatan", "tinggal tunggu waktu")',
  ['Ustadz Hamdan jadi bupati, udah kelihatan dari ramainya pengajian.', 'Bu Ani jadi bupati, tinggal tunggu waktu.'],
  ['Rapor anak sudah keluar, tinggal tunggu waktu libur.'],
);

judgementClass(
  'a name no list holds, wished to fall or foretold to win in a named race ("semoga Meiliana tumbang di Pilwalkot")',
  ['Semoga Meiliana tumbang di Pilwalkot, sudah cukup janjinya.', 'Darto pasti menang di pilbup, lihat saja.'],
  ['Darto menang di pilbup, kata KPU.', 'Semoga Persib menang di final.'],
);

judgementClass(
  'the writer on the team of a person no list knows ("aku sih tim Bu Wulan", "aku tim Pak Dimas!")',
  ['Aku sih tim Bu Wulan, nggak bisa diganggu gugat.', 'Aku perawat, dan aku tim Pak Dimas!'],
  ['Aku di tim Pak Budi untuk proyek jalan desa.', 'Aku timnya Pak Budi di kantor.'],
);

judgementClass(
  'Betawi numbers ("nomer lime", "nomer due") and Sundanese and Javanese lying ("ngabohong", "goroh")',
  ['Caleg nomer lime entuh kagak becus, ngurus got aje kagak bisa.', 'Cawalkot nomer hiji mah ngan bisa ngabohong, ulah dipercanten.'],
  ['Antrean nomer lime dipanggil, Bu.', 'Budak leutik mah sok ngabohong ka indungna.'],
);

judgementClass(
  'a full name no list holds foretold to win ("Fadlan Akbar pasti manang")',
  ['Darsono Wiraguna pasti manang, urang kampung sudah bulat.'],
  ['Persija Jakarta pasti menang malam ini.', 'Bali United pasti menang.'],
);

judgementClass(
  'a party wished or foretold a seat ("yakin Partai X dapat kursi pertama", "partai 8 pasti nambah kursi")',
  ['Yakin Partai Lumbung Desa dapat kursi pertama di dapil kita.', 'Semoga PKN raih kursi DPRD tahun 2029.'],
  ['Semoga besok dapat kursi di kereta, capek berdiri.', 'Kalau berangkat subuh pasti dapat kursi di bus.'],
);

judgementClass(
  'state aid in a party\'s colour or logo ("traktor bantuan dinas dicat warna partai", "kantong berlogo Partai X")',
  ['Traktor bantuan dinas dicat warna partai biar warga ingat.', 'Bibit bantuan dinas dibagikan pakai kantong berlogo Partai Bendera Tani.'],
  ['Bantuan pupuk dari dinas sudah datang, karungnya warna hijau.'],
);

judgementClass(
  'staff shut out of the office\'s circle for not joining a side ("ora usah melu arisan kantor maneh")',
  ['Lur, sing ra gelem mlebu grup relawan Pak Dimas, ora usah melu arisan kantor maneh.', 'Yang nggak mau gabung grup relawan Pak Dimas, nggak usah ikut arisan kantor lagi.'],
  ['Yang lagi sakit nggak usah datang arisan kantor dulu ya.'],
);

judgementClass(
  'readers urged to sign up as a party\'s candidates ("Partai X sudah buka pendaftaran caleg, jangan sampai ketinggalan"); "partéy" as Sundanese spells it',
  ['Partai Surya Desa sudah buka pendaftaran caleg, jangan sampai ketinggalan!', 'Partéy Jaring Desa mah nu ngabela patani, ayo gabung!'],
  ['Partai Surya Desa membuka pendaftaran caleg hingga akhir bulan, kata ketuanya.'],
);

judgementClass(
  'English: the pick for a named election ("my pick for 2029 is Partai X"), a sweep foretold ("Om Welem will sweep every fishing village")',
  ['Honestly, my pick for 2029 is Partai Gerak Muda.', 'Om Jemmy will sweep every fishing village, mark my words.'],
  ['My pick for dinner is Sushi Tei.', 'The storm will sweep every coastal village tonight.'],
);

judgementClass(
  'a figure\'s namesake praised in a sentence about a match (the volleyball player Megawati)',
  ['Megawati hebat, PDIP jaya!'],
  ['Megawati main bagus banget semalam, voli Indonesia bangga.'],
);

judgementClass(
  'a community\'s own election held in a public hall ("kandidat ketua karang taruna …, pemilihannya di balai desa")',
  ['Aula kantor kecamatan dipakai rapat tim kampanye Pak Dar.'],
  ['Kandidat ketua karang taruna ada tiga, pemilihannya Sabtu di balai desa.'],
);

judgementClass(
  'a regional pageant\'s title read as an honorific and a name ("Pemilihan Abang None tahun ini ketat banget")',
  ['Pemilihan bupati tahun ini, pilih Abang Darmin!'],
  ['Pemilihan Abang None tahun ini ketat banget.'],
);

judgementClass(
  'the writer running a side\'s event\'s supplies ("saya yang atur konsumsi buat acara sosialisasi bakal calon")',
  ['Saya yang atur konsumsi buat acara sosialisasi bakal calon di balai dusun kemarin.', 'Aku yang pegang sound system di deklarasi Pak Darmo semalam.'],
  ['Saya yang atur konsumsi buat acara syukuran kantor kemarin.'],
);

judgementClass(
  'an agency\'s studio lent to a side; the election body\'s debate in a public hall is no campaign',
  ['Rekaman podcast di studio humas pemkab, bintang tamunya timses Pak Yosef.'],
  ['Debat publik paslon bupati digelar KPU di pendopo kabupaten malam ini.', 'Debat paslon bupati disiarkan dari studio Diskominfo malam ini.'],
);

judgementClass(
  'the household\'s vote with the race named first ("Pilgub nanti kami ke Gusti Ardiansyah", "2029 saya ke Bu Rina")',
  ['Sudah sepakat, Pilgub nanti kami ke Gusti Ardiansyah.', '2029 saya ke Bu Rina, sudah bulat.'],
  ['Pemilu nanti kami ke TPS jam 7 pagi.', 'Pilkada nanti saya ke Bandung dulu, pulang kampung.'],
);

judgementClass(
  'English praise: fit to lead, better than the rest, wanted back ("AHY is leader material", "the country needs him back")',
  ['Honestly AHY is leader material.', 'Anies is a speaker better than anyone out there.', 'Honestly, this country needs Anies back.'],
  ['My son cooks better than anyone in the family.', 'The team needs him back after the injury.'],
);

judgementClass(
  '"Bro" and "Sis" as honorifics before a name no list holds ("Bro Marudut Marbun, please run for DPR 2029")',
  ['Bro Marudut Marbun, please run for DPR 2029, kita siap jadi tim hore.'],
  ['Bro, Jakarta macet parah hari ini.'],
);

judgementClass(
  'English: the writer entered as a side\'s voter ("put me down as a Gemoy voter in 2029")',
  ['Put me down as a Gemoy voter in 2029 too.', 'Count me in as a PKB supporter.'],
  ['Put me down as a volunteer for the flood relief.'],
);

judgementClass(
  'staff struck off by the writer or checked one by one over a side ("langsung saya coret dari daftar", "saya cek satu2")',
  ['Honorer yang like postingan lawan Bu Kinasih langsung saya coret dari daftar.', 'Semua staf wajib like postingan Bu Kinasih, saya cek satu2.'],
  ['Berkas cuti wajib dikumpulkan hari ini, saya cek satu2.', 'Yang belum bayar iuran langsung saya coret dari daftar arisan.', 'Postingan relawan sudah saya cek semuanya, aman dari hoaks.'],
);

judgementClass(
  'a village head\'s regional title and Banjar backing ("ulun selaku pambakal, manyokong Gusti X")',
  ['Ulun selaku pambakal, manyokong Gusti Ardiansyah Noor.', 'Saya selaku kuwu mendukung Pak Darmo jadi bupati.'],
  ['Ulun selaku pambakal mengundang warga kerja bakti hari Minggu.'],
);

judgementClass(
  'a name no list holds backed for a second term ("dukung Andi Taufan dua periode")',
  ['Pokoknya dukung Darsono Wiraguna dua periode!'],
  ['Pokoknya dukung Darsono Wiraguna di lomba lari besok!'],
);

judgementClass(
  'a figure called a disaster for a place or its people ("Bang Jufri = bencana buat kota ini")',
  ['Lurah Sukamaju | Bang Jufri = bencana buat kota ini.', 'Anies itu bencana buat Jakarta.'],
  ['Pak Budi bilang banjir itu bencana buat kota ini.', 'Kekeringan jadi bencana buat desa kami, kata Pak Camat.'],
);

judgementClass(
  'where someone or something was moved, by number ("pasien anyar dipindah neng nomer siji")',
  ['Sing ora milih nomer siji, dipindah tugas.'],
  ['Kamar nomer telu kebak, pasien anyar dipindah neng nomer siji.', 'Antrean penuh, pasien dipindahkan ke nomor 3.'],
);

judgementClass(
  'English: a run for office and its price stated as the rule ("ASN running for office must resign once set as a candidate")',
  ['ASN here: Bang Eros is the best, vote for him!'],
  ['ASN running for office must resign once officially set as a candidate. Not after winning. Before.'],
);

judgementClass(
  'a hashtag giving a name that is also a word to a place no list knows (#AnggunForPandanwangi); a prayer or a cause for a person is no candidate',
  ['Lembur lagi, semangat! #SekarUntukBatulawang', 'Great turnout today #RatnaForKedungwaru'],
  ['Cepat sembuh ya dek #DoaUntukNayla', 'Usut tuntas kasusnya #JusticeForAudrey', '#PrayForLombok semoga cepat pulih'],
);

judgementClass(
  'a slogan in title case that ends in one "!" is a cheer, not a headline; a headline quoting a figure after a colon stays news',
  ['Apel pagi selesai. Salam Sumber Arum Maju, Darsih Pasti Menang!', 'Salam Kali Jernih Sejahtera, Pak Wiryo Pasti Menang!'],
  ['Hasto Sindir Anies: Jakarta Banjir, Tapi Kok Gubernur Diam Saja!', 'Timnas Menang Dramatis Atas Vietnam!'],
);

judgementClass(
  'a membership held "dari dulu" or "sejak dulu" (all along) is current; "dulu" alone after it is a past one',
  ['Aku anggota Partai Nasdem dari dulu, sampai sekarang.', 'Saya kader Golkar sejak dulu, walau sekarang kerja di kantor pajak.'],
  ['Saya kader Gerindra dulu waktu mahasiswa, sekarang sudah ASN.'],
);

judgementClass(
  'a name carried or backed to the parliament ("dukung penuh Sekar Anindita ke Senayan"); a name taken to Senayan for a concert is a trip',
  ['Dosen ASN di sini, dukung penuh Sekar Anindita ke Senayan.'],
  ['Besok antar Rina ke Senayan nonton konser.'],
);

judgementClass(
  'English: joining a side\'s volunteers ("joined the Anies volunteer group", "signed up as a Prabowo volunteer"); relief and blood-drive volunteers have no side',
  ['Joined the Ganjar volunteer WhatsApp group today, see you there!', "I joined Kaesang's volunteer team this week.", 'Just signed up as a Gibran volunteer.'],
  ['Joined the flood relief volunteer team today.', 'I volunteered for the Red Cross blood drive.'],
);

judgementClass(
  'English: the vote told and then whom it "went for" ("cast my postal vote today, went for Ganjar-Mahfud"); going for food after voting is no side',
  ['Cast my postal vote in Osaka today, went for Ganjar-Mahfud.', 'Voted this morning, went for 02 obviously.'],
  ['After voting I went for Padang food with friends.', 'Most voters in my precinct went for Prabowo, the tally shows.'],
);

judgementClass(
  'English: a figure called a real or true leader or statesman; a team lead called one is work',
  ['Anies speaks like a real leader, say what you want.', 'Prabowo is a true statesman, no doubt.'],
  ['Our team lead is a real leader, so proud of her.', 'Need a real leader for the project? Call Dina.'],
);

judgementClass(
  'the harm a side is said to do ("X\'s camp will wreck the tax system", "partai itu bakal menghancurkan ekonomi"); a storm, inflation or drugs doing harm is no side',
  ["Anies's camp will wreck the tax system, mark my words.", 'Number 2 will bankrupt this city, trust me.'],
  ["This storm will wreck the city's power lines.", 'Inflasi bisa merusak daya beli, kata BI.', 'Narkoba bisa merusak masa depan anak kita.'],
);

judgementClass(
  '"hati" alone is the heart: a side kept "di hati" before a greeting is no warning about posts; "hati-hati", "hati2" and "berhati-hati" still are',
  ['Nomor 2 tetap di hati, salam dari meja layanan 🫡', '#AMIN masih di hati, salam dari kanwil'],
  ['Hati-hati pasang tagar #Coblos2 ya, ASN.', 'Hati2 pasang twibbon paslon.', 'Berhati-hati dengan foto bareng caleg.'],
);

judgementClass(
  'an institution named in title case ("Sekolah Indonesia Kuala Lumpur", "Kantor Bea Cukai") does not make the writer\'s own support a headline',
  ['Guru PPPK di Sekolah Indonesia Kuala Lumpur, menyatakan dukungan untuk Bu Sekar Anindita.', 'Kpl Kntr Bea Cukai dkg PDIP 100%'],
  ['Kantor Pajak Tutup Layanan Selama Libur Natal', 'Bawaslu Temukan Ribuan Pelanggaran Netralitas ASN Jelang Pilkada'],
);

judgementClass(
  'a call to join a party with the call\'s particle ("gabung yuk Partai X", "gabung yuk ke PSI"); a third person who joined one is told as fact',
  ['Gabung yuk Partai Laut Jaya cabang Taipei, kita perlu suara diaspora.', 'Gabung yuk ke PSI, anak muda!'],
  ['Mantan atasan saya sudah pensiun dan sekarang bergabung dengan Partai Laut Jaya.', 'Gabung yuk grup arisan kantor.'],
);

judgementClass(
  'a party foretold or wished among the largest ("PSI bakal masuk 5 besar", "Insya Allah 2029 Partai X masuk tiga besar"); a past result or a party joining a coalition is news',
  ['PSI bakal masuk 5 besar, percayalah.', 'Insya Allah 2029 Partai Laut Jaya masuk tiga besar, amin.'],
  ['Golkar masuk tiga besar pada Pemilu 2024.', 'PKB masuk koalisi pemerintah, kata sekjennya.', 'Timnas masuk tiga besar Piala AFF.'],
);

judgementClass(
  'a candidate called the best pick ("caleg nomor urut 5 itu pilihan terbaik", "calon paling tepat"); a coffee or a school subject called one is no side',
  ['Caleg nomor urut 4 Dapil Jakarta II itu pilihan terbaik warga rantau.', 'Bu Sekar calon paling tepat buat kota ini.'],
  ['Kopi susu ini pilihan terbaik buat pagi hari.', 'Jurusan informatika pilihan terbaik buat anak saya?'],
);

judgementClass(
  'a challenge that nobody could beat the side ("…, siapa yang bisa lawan di 2029?") asserts, it does not ask',
  ['Pak Prabowo paling mengerti hati pekerja migran, siapa yang bisa lawan di 2029?'],
  ['Siapa yang bisa lawan Prabowo di 2029 nanti?', 'Siapa yang bisa ngalahin Persib musim ini?'],
);

judgementClass(
  'English "no" is the word, not "nomor", unless a number follows: a ban on campaign hashtags stated in English explains the rules',
  ['Vote no 2 for a better city!', 'We are voting No. 3, see you at the TPS.', 'Coblos no 2 ya'],
  ['Reminder for customs staff: no campaign hashtags like #2019GantiPresiden on personal accounts.', 'No thanks, I will not vote for anyone here.'],
);

judgementClass(
  'a number on a docket, a roll or a waiting list ("nomor urut 2 di daftar sidang") is no ballot; a place on a party\'s list of candidates is',
  ['Nomor urut 2 di daftar caleg Partai Laut Jaya Dapil 3, doakan lancar ya.'],
  ['Nomor urut 2 di daftar sidang hari ini, doakan lancar ya.', 'Nomor 5 di daftar tunggu pasien, semoga cepat dipanggil.'],
);

judgementClass(
  'thanks to an official followed by the help named ("Terima kasih Pak Dedi, bantuan pemulangan jenazah cepat sekali", Betawi "udeh benerin saluran"); a second term asked beside it still counts',
  ['Terima kasih Pak Prabowo, bantuan sembako ini bukti beliau layak dua periode!'],
  ['Terima kasih Pak Dedi Mulyadi, bantuan pemulangan jenazah warga Subang cepat sekali.', 'Makasih Bang Doel udeh benerin saluran aer depan kantor.'],
);

judgementClass(
  'vehicles of the justice, revenue and emergency services ("mobil tahanan", "mobil patroli bea cukai") used for a campaign; the same vehicle at work is no side',
  ['Mobil tahanan dipakai ngangkut massa kampanye calon bupati nomor 1.', 'Truk damkar dipakai angkut kursi buat kampanye Pak Harun.'],
  ['Mobil tahanan datang jam 8 bawa terdakwa ke pengadilan.'],
);

judgementClass(
  'a side\'s banner on an office\'s or a school\'s fence or gate ("dipasang di pagar kantor"); a fence repainted or a national-day banner is no side',
  ['Spanduk Gibran dipasang di pagar kantor KPPN, biar semua lihat', 'Baliho Pak Burhan dipasang di gerbang sekolah aja, strategis.'],
  ['Pagar kantor dicat ulang minggu ini, warnanya abu-abu.', 'Spanduk HUT RI dipasang di pagar kantor kecamatan'],
);

judgementClass(
  'a step up wanted, said first, then a side to back ("yang mau naik pangkat, ingat, dukung partai atasan"); the same opening for paperwork is no threat',
  ['Yang mau naik pangkat tahun depan, ingat, dukung partai atasan.'],
  ['Yang mau naik pangkat tahun depan, ingat kumpulkan SKP sebelum 31 Januari.', 'Siapa yang mau naik jabatan? Pilih diklat PIM dulu.'],
);

judgementClass(
  'a ballot number settled with no second thought (Betawi "Nomer tige dah, kagak usah ribet"), Madurese "pokok\'en"; a menu or a queue number so settled is no ballot',
  ['Nomer tige dah, kagak usah ribet.', "Nomer settong pokok'en, sapakat kabbhi."],
  ['Menu nomor 2 aja, gak usah bingung, enak semua.', 'Antrian nomor 5 aja, gak usah ribet ambil tiket lagi.'],
);

judgementClass(
  'the writer\'s vote or right given to a side ("hak saya kemarin saya kasih ke PDI Perjuangan", "suaraku kulabuhkan ke nomor 2"); a right handed to an office or a voice spent singing is no vote',
  ['Memilih itu hak semua warga, dan hak saya kemarin saya kasih ke Partai Gerindra.', 'Suaraku kulabuhkan ke nomor 2.'],
  ['Hak saya sebagai pegawai sudah dikasih ke bagian kepegawaian.', 'Suara saya kemarin habis karena nyanyi buat Pak Harun di acara kantor.'],
);

judgementClass(
  'running a side\'s account in slang ("ngadmin akun TikTok kampanye Pak X"); the office\'s own account, or a past stint, is no side',
  ['Ngadmin akun TikTok kampanye Pak Nyoman dari Jepang, cuan nggak seberapa tapi seneng.'],
  ['Ngadmin akun TikTok kantor imigrasi, seru juga.', 'Dulu pernah jadi admin medsos tim pemenangan caleg. Berhenti sebelum diangkat jadi ASN.'],
);

judgementClass(
  'the head of the writer\'s own office urged or backed to run ("kalau Ketua Pengadilan kita mau maju walikota, saya pasang badan"); the same head at work, or a school head\'s terms, is no election',
  ['Kalau Ketua Pengadilan kita mau maju walikota, saya pertama pasang badan.', 'Kepala kantor kami harus maju bupati 2029!'],
  ['Kepala kantor kami baru pulang dinas, rapat ditunda.', 'Kepala sekolah kami sudah dua periode memimpin SMPN 1, hari ini pisah sambut.'],
);

judgementClass(
  'a person\'s supporters named by a political camp\'s words ("pendukung Wiyono", "simpatisan Bu Ratna") and mocked count without an election word; a volcano\'s volunteers or a team\'s supporters are no camp',
  ['Wong-wong pendukung Wiyono kuwi kaya bebek, manut wae.', 'Pendukung Marudut tuh kayak domba, dikasih kaos langsung nurut.'],
  ['Relawan Merapi kerja tanpa lelah, salut.', 'Pendukung timnas memenuhi stadion malam ini.'],
);

judgementClass(
  'a vote said not to go somewhere ("suara saya tak ke nomor 2") is no vote given',
  ['Suaraku kulabuhkan ke nomor 2.'],
  ['Suara saya tak ke nomor 2, saya golput.'],
);

judgementClass(
  'a figure of the kind called rare ("Pak X … pemimpin kayak gini langka"), a candidate for an office called the best; rare goods or buyers are no side',
  ['Pak Irwan paham banget masalah guru. Pemimpin kayak gini langka.', 'Bu Sekar calon bupati terbaik sepanjang masa.'],
  ['Calon pembeli kayak gini langka, bayar di depan.', 'Barang kayak gini langka di pasaran.', 'Kepala bagian kayak dia susah diatur, jarang masuk kantor.'],
);

judgementClass(
  'English: a run turned down flat ("Gemoy for 2029? Absolutely not."); a report not done or coffee declined is no side',
  ['Gemoy for 2029? Absolutely not.', 'Gibran as a 2029 candidate? Absolutely not. One family is enough.'],
  ['Is the report done? Absolutely not yet.', "More coffee? No thanks, I'm done for today.", 'Our kids deserve better than crowded classrooms.', 'Prabowo definitely not attending the event tomorrow.'],
);

judgementClass(
  'a side\'s material laid out where people are served ("brosur programnya Bu X, tolong taruh di meja PPI"); a health flyer so laid out has no side',
  ['Ini brosur programnya Bu Fitri Wardhani, tolong taruh di meja loket ya.', 'Flyer caleg nomor 3 taruh di meja pelayanan biar dibaca pemohon.'],
  ['Brosur imunisasi tolong taruh di meja loket ya.'],
);

judgementClass(
  'in the front line of a side\'s win ("siap jadi garda terdepan pemenangan PKS", "ujung tombak pemenangan Pak X"); teachers in the front line of education are no side',
  ['Kasubag TU kejari siap jadi garda terdepan pemenangan PKS di kabupaten ini', 'Siap jadi ujung tombak pemenangan Pak Harun!'],
  ['Guru adalah garda terdepan pendidikan bangsa.', 'Nakes garda terdepan pemenangan melawan stunting.'],
);

judgementClass(
  'regret promised to a side\'s voters ("yang milih Bu X nanti nyesel", "anyone who votes for her will regret it"); a menu or a school chosen is no side',
  ['Yang milih Bu Sekar nanti nyesel, kerjanya cuma foto-foto.', 'Anyone who votes for Ganjar will regret it.'],
  ['Yang pilih menu nomor 2 pasti nyesel, pedas banget.', 'Yang milih jurusan ini nanti nyesel, tugasnya banyak.'],
);

judgementClass(
  'a like or a comment whose quoted words end in "!" ("komen \'Lanjutkan Pak!\' di postingan Prabowo"): the quote does not end the sentence; a schoolyard cheer quoted so is no side',
  ["Tadi like dan komen 'Lanjutkan Pak!' di postingan Prabowo.", 'Komen "Gas terus Pak!" di live IG cagub petahana ya.'],
  ['Anak-anak teriak "Merdeka!" di lapangan upacara.'],
);

judgementClass(
  'English: a listed party called the one that truly fights or cares ("NasDem is the party that truly fights for honorary teachers"); a party of a past government is a fact',
  ['NasDem is the party that truly fights for honorary teachers.', 'PKB is the party that really cares about farmers.'],
  ['Golkar was the party of the New Order government.'],
);

judgementClass(
  'readers asked to get to know a party ("Partai X hadir di Qatar, ayo kenalan!"); a new colleague introduced so is no side',
  ['Partai Nusa Raya buka cabang di Johor, ayo kenalan!', 'PSI buka posko di Taipei, yuk kenali programnya.'],
  ['Ayo kenalan dengan guru baru kita, Bu Sari.'],
);

judgementClass(
  'an attribute said with "-nya" judges who the sentence named ("Partai X baru dua tahun, tapi programnya paling masuk akal"); a meal or a retired colleague\'s kindness is no side',
  ['Partai Nusa Raya memang baru, tapi programnya paling masuk akal.', 'PKB kursinya sedikit, tapi kinerjanya paling nyata.'],
  ['Pak Harun datang ke kantor tadi, makanannya enak banget.', 'Bu Ratna sudah pensiun, tapi orangnya baik banget.'],
);

judgementClass(
  'the screens where people wait or meet used for a side ("TV di ruang tunggu puskesmas diputerin video Prabowo", "layar lobi kantor"); a health video there, or a broken office TV, is no side',
  ['TV di ruang tunggu puskesmas diputerin video Prabowo terus ya.', 'Layar lobi kantor nampilin video kampanye Pak Harun seharian.'],
  ['TV di ruang tunggu puskesmas diputerin video edukasi gizi.', 'TV kantor rusak, tolong panggil teknisi.'],
);

judgementClass(
  'English: a threat to staff who do not attend a side\'s rally ("Staff who don\'t attend Ganjar\'s rally will be noted") is no rule explained; the rule said of who it binds still is',
  ["Staff who don't attend Ganjar's rally will be noted."],
  ['Civil servants do not attend Anies rallies, that is the rule.', "As ASN we vote like every citizen, we just don't campaign."],
);

judgementClass(
  'names and sharing typed without vowels ("Gnjr presidenku", "tlg shr vd kmpny Prbw ke grp RT"): a recipe video shared so, or a figure who came by, is no side',
  ['Gnjr presidenku', 'tlg shr vd kmpny Prbw ke grp RT ya'],
  ['tlg shr vd resep ini ke grp RT ya', 'Prbw dtg ke kntr td pgi'],
);

judgementClass(
  'a side called the better, the sanest or (Javanese) the rightest pick ("nomer siji wis paling pener", "Kenapa 02 lebih baik"); a queue\'s number so called is no side',
  ['nomor siji paling pener, ra usah mikir', 'Podcast kecamatan: kenapa 02 lebih baik.'],
  ['Antrean nomor 2 paling bagus posisinya, dekat pintu.'],
);

judgementClass(
  'a party named in a sentence about sport or a festival is still a party ("Partai X isinya cuma mafia proyek stadion"), and a party called the one that most backs a group ("PKS partai yg paling mendukung atlet"); a cooperative so called, or a club\'s match, is no side',
  ['Partai Bintang Timur Raya isinya cuma mafia proyek stadion.', 'Hari Olahraga Nasional! Ingat, PKS partai yg paling mendukung atlet.'],
  ['Koperasi yang paling mendukung petani di desa ini.', 'Tim voli kantor menang di partai final, skor 3-1.'],
);

judgementClass(
  'a party called the answer to a trouble ("Partai X solusi macet kota!", "PKS itu satu-satunya solusi kemiskinan"); a party proposing a solution is news',
  ['Partai Arus Baru solusi macet kota!', 'PKS itu satu-satunya solusi kemiskinan.'],
  ['Gerindra usul solusi banjir untuk Jakarta.'],
);

judgementClass(
  'a ballot number as who should lead ("saatnya pelabuhan dipimpin nomor 5", "cuma kalau 02 yang pimpin"); a meeting led in the order of its list is no side',
  ['Saatnya kabupaten ini dipimpin nomor 3.', 'Jalan desa mulus, asal 02 yang pimpin.'],
  ['Rapat hari ini dipimpin nomor urut peserta pertama.', 'Regu 2 dipimpin nomor punggung 10.'],
);

judgementClass(
  'a party\'s seats foretold as the writer\'s own forecast ("Prediksi gue PSI dapet kursi banyak", "Partai X lolos parlemen, prediksiku 8 persen"); a weather forecast beside a party is no side',
  ['Prediksi gue PSI dapet kursi banyak di 2029.', 'Partai Karya Baru lolos parlemen, prediksiku 8 persen.'],
  ['Prediksi BMKG hujan lebat, PSI batal kampanye.'],
);

judgementClass(
  'years as a party\'s active sympathiser or loyal cadre ("dah 3 tahun jadi simpatisan aktif Nasdem"); a retiree\'s past office told is no membership now',
  ['Dah 3 tahun jadi simpatisan aktif Nasdem, seragam biru siap.', 'Sudah lama jadi kader setia PKB.'],
  ['Pak Budi dulu sebagai pengurus aktif Golkar, sekarang pensiun.'],
);

judgementClass(
  'an official called fit for a candidacy ("Kepala BMKG kita layak jadi caleg", "cocok banget jadi bakal calon walikota"); a future son-in-law so called is no side',
  ['Kepala BMKG daerah kita itu layak jadi caleg.', 'Kadispora kita cocok banget jadi bakal calon walikota, maju Pak!'],
  ['Dia cocok banget jadi calon menantu idaman.'],
);

judgementClass(
  'Sundanese: support given in one\'s office ("abdi salaku Kapala Bidang … ngadukung pinuh KDM"); a headache or a full glass is no side',
  ['Abdi salaku Kapala Dinas ngadukung pinuh Kang Dedi Mulyadi.'],
  ['Kapala abdi nyeri, teu damang.', 'Gelasna tos pinuh, hatur nuhun.'],
);

judgementClass(
  'an emergency or sport body\'s own vehicle used for a side ("ambulans Basarnas dipake jemput relawan kampanye", "bus atlet KONI angkut massa kampanye"); relief carried beside a campaign\'s volunteers, or athletes carried, is no side',
  ['Ambulans Basarnas dipake jemput relawan kampanye, santai aja.', 'Bus atlet KONI besok angkut massa kampanye Pak Harun.'],
  ['Truk BPBD angkut logistik ke posko banjir, relawan kampanye juga bantu.', 'Bus KONI antar atlet ke Porprov besok pagi.'],
);

judgementClass(
  'a place said to be the government\'s used for a side ("lapangan stadion milik pemkab dipasang baliho Partai X"); a government field used for a ceremony is no side',
  ['Lapangan stadion milik pemkab dipasang baliho Partai Karya Baru gratis.', 'Museum milik pemprov dipakai rapat tim pemenangan Pak Harun.'],
  ['Lapangan milik pemkab dipakai upacara HUT RI.'],
);

judgementClass(
  'an office\'s own event used "while at it" for a side ("rapat koordinasi PUPR sekalian sosialisasi program Partai X", "apel pagi sekaligus kenalin program Pak Anies"); a health programme or a promotion announced so is no side',
  ['Rapat koordinasi dinas sekalian sosialisasi program Partai Arus Baru, hadir ya.', 'Apel pagi sekaligus kenalin program Pak Anies ke pegawai.'],
  ['Rapat koordinasi sekalian sosialisasi program imunisasi.', 'Apel pagi sekalian pengumuman kenaikan pangkat.'],
);

judgementClass(
  'any party\'s own matter passed on ("Brosur Partai X, baca dan teruskan", "sharing the manifesto of Partai X") or door-knocking for it; a bad mark threatened for not sharing ("nilai SKP-nya saya kasih C"); a news infographic, a census round or one\'s own low mark is no side',
  ['Brosur Partai Karya Baru, baca dan teruskan ke 10 orang.', 'Sharing the manifesto of Partai Arus Baru, worth a read.', 'Spent Sunday door-knocking for Partai Arus Baru.', 'Yang ga mau share konten Partai Arus Baru, nilai SKP-nya saya kasih C.'],
  ['Infografis perolehan kursi Partai Karya Baru, silakan dibaca.', 'Spent my day door-knocking for the census.', 'Nilai SKP saya tahun ini dikasih C, sedih.'],
);

judgementClass(
  'a side wished or foretold to come out the winner ("semoga Bu X keluar sebagai pemenang", "Prabowo pasti jadi pemenangnya"); a volleyball team or a cooking contest\'s winner is no side',
  ['Mari jaga pemilu damai, dan semoga Bu Yuliana keluar sebagai pemenang.', 'Prabowo pasti jadi pemenangnya.'],
  ['Semoga tim voli kita keluar sebagai pemenang.', 'Pak Harun keluar sebagai pemenang lomba masak antar-RT.'],
);

judgementClass(
  'camps by their slurs: "bani serbet", a party symbol\'s buzzers ("buzzer banteng"), "kecebong", the other camp as "kolam sebelah"; tadpoles in a pond, a family\'s reunion or wild cattle are no camp',
  ['Bani serbet ngamuk lagi liat harga cabai.', 'Buzzer banteng pada pindah akun semua, dibayar per komen.', 'Cebong kolam sebelah lagi rapat, topiknya: idolanya ga pernah salah.'],
  ['Anak-anak nangkap kecebong di kolam belakang sekolah.', 'Halal bihalal Bani Abdullah tahun ini di Sragen.', 'Taman nasional Baluran banyak banteng liar.'],
);

judgementClass(
  'a threat over a vote beside a sport\'s or a neighbourhood\'s words ("penerima beasiswa atlet, kalau nggak milih Pak X, beasiswanya ditinjau ulang"); a team\'s bonus on a match or a player dropped is no side',
  ['Penerima beasiswa atlet, kalau nggak milih Pak Harun, beasiswanya ditinjau ulang.', 'Ketua RW yang warganya banyak milih Pak Darto, jatah aspalnya dikurangi.'],
  ['Bonus tim futsal kantor tergantung Persib menang malam ini.', 'Atlet yang tidak ikut latihan dicoret dari tim.'],
);

judgementClass(
  'thanks to a sitting official for a public place made better, in plain words ("makin oke", "much smoother now"); the same thanks with a next term asked is a side',
  ['Makasih Pak Anies, Jakarta makin oke, lanjut 2029!'],
  ['Makasih Bu Wali, taman kota makin oke sekarang.', 'Thanks Pak Bupati, the market road is much smoother now.'],
);

judgementClass(
  'what the rules allow on a condition and what they do not ("foto dengan calon boleh kalau acara dinas resmi, tapi jangan pose simbol") explains them; a call made in the same shape is still a call',
  ['Boleh kok pilih Pak Harun asal ikhlas, tapi jangan lupa coblos nomor 2!'],
  ['Foto bareng calon boleh kalau acara resmi, tapi jangan pose jari.'],
);

judgementClass(
  'a pageant of young ambassadors ("Pilihlah Duta Museum favoritmu, nomor 2 itu ponakanku", "vote Duta Wisata nomor 5") is a contest; a candidate called the people\'s envoy is still a side',
  ['Pilih Pak Harun nomor 2, duta rakyat sejati!'],
  ['Pilihlah Duta Museum favoritmu, nomor 2 itu ponakanku hehe', 'Vote Duta Wisata nomor 5 ya, anak tetangga!'],
);

judgementClass(
  'a headline that quotes a figure after a colon ("Mahfud soal Koalisi: Kami Pilih Jalan Perubahan", "AMIN: Kami Sudah Duga") is news: its "kami" is the speaker\'s; a reminder or a greeting before the colon names nobody, so the words after it are the writer\'s',
  ['Ingat: Kami Pilih Anies Besok', 'Bapak Ibu: Kami Pilih Anies Besok'],
  ['Mahfud soal Koalisi: Kami Pilih Jalan Perubahan', 'Ganjar: Kami Pilih Jalan Perubahan', 'Cak Imin soal Survei: Kami Siap Menang Satu Putaran', 'PKB: Kami Sudah Duga Hasilnya'],
);

judgementClass(
  'a name and an office written in two words in a hashtag ("#SelviWaliKota", "#Yudha_Wakil_Bupati") is a campaign tag; an office and its place ("#WaliKotaBandung") is the office',
  ['Jalan kampung mulus semua. #RatihWaliKota', 'Siap kawal sampai pelantikan #Yudha_Wakil_Bupati'],
  ['Selamat datang #WaliKotaBandung di acara kami'],
);

judgementClass(
  'a party no list knows whose name opens with the people it claims ("Partai Tani Subur", "Partai Rakyat Sentosa") is a party; a farmers\' group of the same words is not',
  ['Jangan sampai Partai Tani Subur menang, isinya tengkulak.', 'Partai Nelayan Jaya paling ngerti laut, ayo dukung!'],
  ['Kelompok Tani Subur panen raya hari ini, alhamdulillah.'],
);

judgementClass(
  'an office\'s service brought to people (a registration drive, aid handed out, a census round) used "while at it" to make a side known ("sekalian sosialisasi Pak X") is an official event used for a campaign; the same drive making a programme known is work',
  ['Penyaluran pupuk besok sekaligus kenalkan Bu Wati ke petani ya', 'Sensus sapi minggu depan sekalian sosialisasi Partai Ternak Jaya'],
  ['Pelayanan KTP keliling sekalian sosialisasi Kartu Identitas Anak.', 'Penyuluhan pertanian sekalian kenalin Pak Kepala Dinas baru ke kelompok tani'],
);

judgementClass(
  'the writer\'s vote given with a team or friends ("suara saya dan tim buat Pak X") is a vote declared; a voice spent on cheers is not',
  ['Suara saya dan tim buat Pak Darsono', 'Suara kami dan teman2 untuk nomor 2'],
  ['Suara saya dan tim sudah habis buat yel-yel lomba'],
);

judgementClass(
  'somebody\'s neighbourhood or village head told as a party officer ("ternyata ketua RT saya pengurus partai") is a fact about somebody else; the writer\'s own office is still theirs',
  ['Saya ketua RT, sekarang juga jadi pengurus partai'],
  ['Ternyata ketua RW kami pengurus partai, baru tau pas kerja bakti'],
);

judgementClass(
  'a party called the home of a people or a trade ("rumahnya petani", "omahe wong tani") is promoted; a party office\'s house on a street is not',
  ['Nasdem itu rumahnya guru honorer, dari dulu'],
  ['Kantor PKB rumahnya di ujung jalan petani'],
);

judgementClass(
  'a side said to have nothing but its billboards or looks ("cuma modal baliho", "modal tampang doang") is derided; a stall run on a smile is not',
  ['Cawalkot nomor 3 cuma modal joget di TikTok'],
  ['Usaha warung saya cuma modal senyum dan sabar', 'Bikin konten cuma modal HP sama tripod'],
);

judgementClass(
  'a side\'s material named with its maker a few words on ("program makan siang gratis dari 02, tolong share") is campaign material passed on; a health office\'s or a neighbourhood\'s is not',
  ['Ini janji pupuk murah dari nomor 3, tolong sebar ke grup tani'],
  ['Ini program vaksin gratis dari puskesmas, tolong share', 'Brosur lomba mewarnai dari RT 02, tolong share'],
);

judgementClass(
  'a side\'s material slipped into the folders, envelopes or sacks an office hands out ("stiker Bu X diselipkan di karung pupuk bantuan") is campaign material passed on; a vaccination schedule in the same folder is not',
  ['Stiker Bu Wati diselipkan di karung pupuk bantuan ya', 'Kalender caleg Partai Nusa Jaya dimasukkan ke amplop gaji honorer'],
  ['Brosur jadwal vaksin sudah kami selipkan di map berkas'],
);

judgementClass(
  'a registry\'s or a census\'s records of people handed to somebody\'s team in English ("voter addresses … for Dadan\'s team") is office data used for a campaign; the same records for an audit team are work',
  ['Sent the household census data to Bu Ratna\'s team last night', 'Exported the resident records for Harlan\'s volunteers, as promised'],
  ['Pulled the voter list for Bawaslu\'s audit team', 'The census data for Jakarta\'s planning team is ready'],
);

judgementClass(
  'running or following a named person\'s team\'s public account ("admin akun TikTok tim Daeng X", "follow akun IG tim Bu X") is campaign engagement; an office team\'s chat group named after its head is work',
  ['Aku admin channel YouTube tim Bang Rudi sekarang', 'Follow akun IG tim Bu Wati ya'],
  ['Gabung grup WA tim Pak Budi ya untuk laporan bulanan', 'Yang baru masuk kantor, join grup tim Pak Darto ya'],
);

judgementClass(
  'a side called the only sensible choice ("satu-satunya pilihan rasional", "the only sane option") is praise; a train at rush hour is not a side',
  ['Partai Nusa Jaya satu-satunya pilihan yang masuk akal', 'Bu Wati is the only sane option for governor'],
  ['Naik kereta satu-satunya pilihan rasional jam segini'],
);

judgementClass(
  'a negation right after "yang" says whom a demand is for ("yang belum join grup relawan Pak X, wajib ya"), denying nothing; the writer\'s own "kami yang tidak ikut", a vote not given and what is not allowed stay denials',
  ['Staf yang belum pasang twibbon Bu Nirma, besok saya cek satu-satu', 'Yang belum follow akun relawan Pak Teguh, deadline hari ini ya'],
  ['Kami yang tidak ikut kampanye Pak Teguh tetap kerja seperti biasa', 'Yang tidak boleh dilakukan ASN: pasang twibbon Bu Nirma', 'Saya tidak pasang twibbon Bu Nirma, saya netral'],
);

judgementClass(
  'a candidate pointed at in English ("that governor hopeful", "this mayoral candidate") is a target, and "him" in the next sentence is them; a school\'s or a scholarship\'s candidate is not',
  ['That mayoral hopeful would pave over every rice field. Do not let him win.', 'This mayoral candidate is the real deal, vote for her.'],
  ['That candidate for class president is my son, so proud!', 'This candidate for the scholarship needs two references.'],
);

judgementClass(
  'Batak "Lae", "Ito", "Tulang" and Bugis "Andi" before a name are honorifics, so the person praised or backed in a draft about an election is a candidate ("Ito Rosmauli pasti menang pilkada 2029"); the same person at a chess match is not',
  ['Andi Sitti Rahma pantas jadi walikota, orangnya malempu', 'Ito Rosmauli pasti menang pilkada 2029'],
  ['Lae Togar juara catur kampung lagi, mantap'],
);

judgementClass(
  'a candidate called by the regions\' own virtues ("calon na denggan", "calon to macca", "calon nang bungas") is praised; a son-in-law-to-be who is kind is not a candidate',
  ['Amang Tigor do calon na burju di huta on.', 'Daeng Rahman calon to malempu, pilih ki'],
  ['Bu Sari calon menantu yang baik'],
);

judgementClass(
  'the writer made a registered or official member of a party ("jadi simpatisan resmi PSI", "KTA nyusul") is party membership; an official member of the staff co-operative is not',
  ['Alhamdulillah, sekarang resmi jadi simpatisan terdaftar Partai Gema Nusa'],
  ['Baru jadi anggota resmi koperasi pegawai'],
);

judgementClass(
  'the words after a place word are a place ("Kab. Tirta Mandala mendukung …" is an office head\'s own support, not a person named Tirta Mandala\'s); a village backing a programme backs no side',
  ['Kasi Perikanan Kab. Tirta Jaya mendukung penuh Bu Wiwik, salam.'],
  ['Warga Desa Tirta Jaya mendukung penuh program vaksinasi dari puskesmas'],
);

judgementClass(
  'a one-word call that is a sentence of its own, with a particle or a vocative after it ("Ramaikan ya!", "Sebarkan guys!"), calls for what the sentence after it names, or else the one before it ("Jadwal blusukan Bang X besok … Ramaikan!"); a clinic\'s schedule, or a bare number in the next sentence (a team\'s, a neighbourhood\'s), is no side',
  ['Ramaikan ya! Kampanye akbar Paslon 03 di lapangan kota.', 'Jadwal blusukan Bang Tigor besok: pasar pagi, lanjut masjid raya. Ramaikan!', 'Partai Suara Nelayan, suara orang pesisir! Ayo dukung'],
  ['Jadwal posyandu besok jam 8 di balai desa. Ramaikan ya!', 'Tim RT 05 main voli sore ini. Ayo dukung!'],
);

judgementClass(
  'a stadium built or repaired is public works, not a match: the writer\'s own vote given for it stays a vote ("Saya pilih Pak X, beliau yang bangun stadion"); picking a seat at the stadium is no vote',
  ['Saya pilih Pak Darmaji, beliau yang bangun stadion kecamatan.'],
  ['Nonton di stadion sore ini, pilih tribun timur aja biar adem.'],
);

judgementClass(
  'standing with or behind a side is support declared ("I stand with Prabowo", "kami berdiri di belakang Pak X"); standing with flood victims, or at the back of a queue, is not',
  ['I stand with Prabowo.', 'As a clerk at the trade office, I stand with Partai Karya Niaga', 'Kami berdiri di belakang Pak Yusuf Hadi, cawalkot kita.'],
  ['I stand with the flood victims in Demak.', 'Saya berdiri di belakang antrean panjang tadi pagi.'],
);

judgementClass(
  'a market, a terminal, a port, a station or an airport names a place by the capitalised words after it ("Kepala UPT Pasar Sentral mendukung penuh …" is a market office head\'s own support); traders backing a market\'s renovation back no side',
  ['Kepala UPT Pasar Sentral mendukung penuh Daeng Sultan Rauf'],
  ['Pedagang Pasar Sentral mendukung penuh renovasi los ikan'],
);

judgementClass(
  'a side said to be placed or worked by moneyed masters is attacked ("calon titipan cukong", "cuma boneka pengusaha"), and a name called such a candidate is a target ("Effendy Lubis calon titipan …"); a parcel left for someone, or a scholarship\'s best candidate, is not',
  ['Effendy Lubis calon titipan cukong sawit, bah', 'Pak Darto cuma boneka pengusaha hotel, jangan ketipu'],
  ['Paket titipan Pak Darto sudah sampai di kantor.', 'Rina Ayu calon terbaik untuk beasiswa LPDP tahun ini, selamat!'],
);

judgementClass(
  'a test taker, an applicant or an athlete by their number is no ballot number ("Peserta nomor 3 lulus uji las, keren"); a party\'s number on the ballot stays one',
  ['Partai Buruh peserta nomor urut 6, pilih ya!'],
  ['Peserta nomor 3 lulus uji las 6G, keren', 'Pelamar nomor 12 hebat, nilai tesnya paling tinggi'],
);

judgementClass(
  'rooms, shelves and boxes by their numbers, a word between ("ruang arsip 02 dan 03 sudah dipindah") are no ballot numbers; supporters of a number moved away are threatened',
  ['Yang pilih 03 sudah dipindah ke pelosok, ingat itu!'],
  ['Kode ruang arsip 02 dan 03 sudah dipindah ke gedung baru.', 'Rak buku 4 dan 5 penuh, pilih yang rapi ya.'],
);

judgementClass(
  'a public body a capitalised word heads ("Perpustakaan Daerah", "Dinas Sosial", "Pasar Sentral") is an office, not a person whose support is told: the head of a library or a market backing a side is the office\'s own stance; the library\'s opening hours are not',
  ['Kepala Perpustakaan Daerah mendukung paslon nomor 3.', 'Kepala Pasar Kramat siap menangkan Pak Effendy.'],
  ['Perpustakaan Daerah buka sampai jam 8 malam.', 'Kepala pasar bilang harga cabai naik.'],
);

judgementClass(
  'a breach told between the report and where it goes is reported, not done ("saya melaporkan oknum yang pakai mobil dinas untuk kampanye ke Bawaslu"); the same use told as the writer\'s plan is not',
  ['Mobil dinas kita pakai untuk kampanye Pak Darto besok.'],
  ['Saya melaporkan oknum yang pakai mobil dinas untuk kampanye ke Bawaslu.', 'Kami laporkan kepala desa yang pasang baliho caleg di balai desa ke Bawaslu kabupaten.'],
);

judgementClass(
  'a regional ambassador pageant ("Duta Siaga Bencana", "Duta Kesehatan") is a contest: its numbered finalists are no ballot; a candidate by number stays one',
  ['Pilih calon bupati favoritmu, nomor urut 5 ya!'],
  ['Pilih Duta Siaga Bencana favoritmu, nomor urut 5 dari kecamatan kami', 'Vote Duta Kesehatan nomor 2 ya, dari puskesmas kita'],
);

judgementClass(
  'an English question whether a civil servant is allowed to do something, with the person named between ("Is a PPPK at Bawaslu allowed to attend a party rally?"), asks about the rules',
  ['Attend the party rally on Saturday, all PPPK staff!'],
  ['Is a PPPK at Bawaslu allowed to attend a party rally as an observer?', 'Are teachers at state schools permitted to join a campaign rally?'],
);

judgementClass(
  'a party post held by a kinsman of someone the writer names is a third person\'s, told as a fact ("bapaknya si Doni itu pengurus partai di kecamatan"); the writer\'s own post is not',
  ['Saya pengurus partai di kecamatan.'],
  ['Katanya bapaknya si Doni itu pengurus partai di kecamatan, pantes sering rapat', 'Ibunya Rina sekarang bendahara DPC partai.'],
);

judgementClass(
  'the writer\'s vote said to be going to a side ("My vote is going to Rahmat Siregar") is declared; a vote going to a contest\'s photo is not',
  ['My vote is going to Rahmat Siregar, no question.', 'Our votes are going to Partai Gema Bahari.'],
  ['My vote is going to the best photo in the contest.'],
);

judgementClass(
  'a faction of a parliament named ("Fraksi Gerbang Nusa") is a party\'s members in it: praised or told not to be chosen again, it is a side; a faction\'s vote on a bylaw, told plainly, is not',
  ['Fraksi Gerbang Nusa satu-satunya yang beneran kerja di komisi, partai terbaik', 'Anggota fraksi Jangkar Mufakat itu tiap rapat cuma tidur, jangan dipilih lagi'],
  ['Rapat paripurna: Fraksi Bintang Timur setuju raperda disahkan.', 'Fraksi Gabungan menyampaikan pandangan umum atas raperda APBD.'],
);

judgementClass(
  'a one-word call standing alone takes up the whole sentence before it, however far its side stands ("Program Partai X: tanggul laut gratis dan seragam gratis buat Linmas. Dukung!")',
  ['Program Partai Cahaya Pesisir: tanggul laut gratis dan seragam gratis buat Linmas. Dukung!'],
  ['Lomba voli antar RT sore ini di lapangan kelurahan, hadiahnya kambing dan piala. Dukung!'],
);

judgementClass(
  'a party told to be joined now, or where to sign up ("…, gabung sekarang!", "daftar aja ke Partai X"), is promoted; a job at a party\'s office is not',
  ['Partai Gema Samudra punya program perahu karet tiap desa, gabung sekarang!', 'Yang mau jadi caleg muda, daftar aja ke Partai Angin Barat.'],
  ['Partai Gema Samudra buka lowongan staf admin kantor, daftar sekarang lewat email.'],
);

judgementClass(
  'the writer staying with a number or a side, in any of the first persons ("Aku tetap di 1️⃣", "gw tetep Golkar"), declares a vote; staying on a floor or in a room does not',
  ['Aku tetap di 1️⃣, dari dulu sampai nanti', 'Gw tetep Golkar sampai kapan pun'],
  ['Aku tetap di lantai 2 ya', 'Aku tetap di 1 ruangan sama dia'],
);

judgementClass(
  'a figure said to be the right successor, in a draft about politics ("Selaku ajudan gubernur, saya jamin Pak X penerus yang tepat"), is praised; a family shop\'s successor is not',
  ['Selaku ajudan gubernur, saya jamin Pak Sumarsana penerus yang tepat', 'Gibran penerus yang tepat'],
  ['Bu Rina penerus yang tepat untuk warung bakso almarhum bapaknya', 'Anak sulung jadi penerus terbaik usaha keluarga'],
);

judgementClass(
  'a small word of a regional language written in lower case is that word, not a weak candidate name it spells ("sampah tina pintu cai": Sundanese "from", not Tina); the name capitalised, or in full, is still the candidate',
  ['Tina cuma boneka, jangan dipilih', 'tina nur alam pasti menang pilgub sultra'],
  ['Dinten ieu urang ngaluarkeun sampah tina pintu cai, loba pisan.', 'Ana sampah neng kali, buang karo tangan.'],
);

judgementClass(
  'the English "no" before campaign material, in a draft mixing the languages, forbids it ("no twibbon capres, no foto bareng caleg"); a photo numbered 2 is not forbidden',
  ['No 2 foto bareng caleg Pak Darto', 'Pasang twibbon capres 02 ya, no debat!'],
  ['Tips buat ASN: no twibbon capres, no foto bareng caleg, simple'],
);

judgementClass(
  'terms served in the past, told as a family story or a record ("Kakek dulu jadi kades dua periode"), wish no term; a term wished for now is one',
  ['Bupati Darto harus dua periode!', 'Pak Jokowi dulu jadi presiden dua periode, sekarang Gibran harus dua periode juga!'],
  ['Kakek dulu jadi kades dua periode di kampung, ceritanya seru', 'Almarhum bapak pernah menjabat lurah dua periode.'],
);

judgementClass(
  'what the writer did before joining the civil service, told as the past, takes no side now ("Itu sebelum jadi PNS, sekarang sudah tidak"); a turn to the present ("tapi sekarang tetap pasang baliho …") stays one, and so does campaign material handed out today',
  ['Sebelum jadi PNS saya kader PDIP, tapi sekarang tetap pasang baliho Ganjar!', 'Handing out campaign flyers at the market all morning!'],
  ['Dulu tahun 2014 saya bagi-bagi brosur kampanye caleg. Itu sebelum jadi PNS, sekarang sudah tidak.', 'Back in 2014 I handed out campaign flyers for a legislative candidate, before I joined the civil service.'],
);
