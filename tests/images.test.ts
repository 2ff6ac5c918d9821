/**
 * The picture check's pure parts: the logo matcher on generated pictures, the built-in emblems'
 * shipped data, the findings made from an analysis, and the text read from a picture. Pictures
 * are small here to keep the tests quick; `npm run bench` measures recall, false positives and
 * speed on the full generated set. The logos matched here are stand-ins drawn in code
 * (tests/images/standins.ts): the real emblems' artwork is not in the repository, and tests that
 * need it run with `npm run check:emblems`.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { createEngine, type Engine } from '../src/engine/engine';
import { loadRules } from '../src/build/load-rules';
import { cutBackground, logoProblem } from '../src/images/cutout';
import { DEFAULT_THRESHOLD, detectLogos, prepareLogo, type LogoTemplate } from '../src/images/detect';
import { builtinTemplates, currentGrid } from '../src/images/emblems';
import { EMBLEM_DATA } from '../src/images/emblems-data';
import { LOGO_RULE_ID, PASS_SEPARATOR, pictureFindings, pictureText, type AnalysedPicture } from '../src/images/findings';
import { BUILTIN_LOGOS } from '../src/images/logos';
import { ballotWord } from '../src/images/ocr-words';
import { composite, createRgba, ellipse, fillRings, halve, rect, resize, star, stroke } from '../src/images/raster';
import { finish, rawRendition } from '../src/images/template';
import type { PictureAnalysis } from '../src/images/types';
import type { Rgba } from '../src/images/raster';
import { pnm } from '../src/images/ocr';
import { agencyEmblem, agencyLogoFile, holidayPhoto, logoPhoto, rng, scene, SCENES } from './images/generate';
import { jpegRoundTrip } from './images/io';
import { STAND_INS, standInSources } from './images/standins';

/** The stand-ins, matched as logos of their own (the bar logos drawn by another hand get). */
let templates: LogoTemplate[];
let engine: Engine;

beforeAll(() => {
  templates = standInSources().map((s) => prepareLogo(s));
  engine = createEngine(loadRules());
}, 60_000);

const centre = (b: { x: number; y: number; w: number; h: number }) => [b.x + b.w / 2, b.y + b.h / 2] as const;

describe('logo matcher', () => {
  test.each(STAND_INS.map((l) => l.id))('finds %s covering 12% of a rotated, colour-shifted, JPEG-compressed photo', (id) => {
    const p = logoPhoto(rng(id.length * 31), { logo: id, area: 0.12, rotation: -7, quality: 55, shift: { hue: 20, saturation: 0.7, brightness: 15, contrast: 0.85 }, width: 720, height: 540, crop: 0.9, banner: false });
    const hits = detectLogos(p.image, templates);
    expect(hits[0]?.id).toBe(id);
    const [hx, hy] = centre(hits[0]!.box);
    const [tx, ty] = centre(p.box);
    expect(Math.abs(hx - tx)).toBeLessThan(p.box.w / 3);
    expect(Math.abs(hy - ty)).toBeLessThan(p.box.h / 3);
  });

  test('a picture that is just the logo is found too', () => {
    const img = createRgba(400, 400, [255, 255, 255, 255]);
    composite(img, resize(standInSources()[0]!.image, 380, 380), 10, 10);
    expect(detectLogos(img, templates)[0]?.id).toBe(STAND_INS[0]!.id);
  });

  test('reports nothing on logo-free scenes, round and starry things included (stand-ins and the built-in emblems)', () => {
    const all = [...templates, ...builtinTemplates()];
    for (let i = 0; i < SCENES.length; i++) {
      const img = scene(rng(900 + i), 640, 480, SCENES[i]);
      expect(detectLogos(img, all), SCENES[i]).toEqual([]);
    }
    expect(detectLogos(holidayPhoto(7, 640, 480), all)).toEqual([]);
  });

  test('an open design on a busy photo: the cells behind its gaps do not count', () => {
    // Line art: a ring of thin spokes and an arc, mostly see-through, as the Garuda's wings or
    // KORPRI's tree are. Over a checkerboard the photo fills every gap.
    const art = createRgba(240, 240);
    for (let k = 0; k < 12; k++) {
      const t = (k / 12) * Math.PI * 2;
      fillRings(art, [stroke(120 + Math.cos(t) * 40, 120 + Math.sin(t) * 40, 120 + Math.cos(t) * 112, 120 + Math.sin(t) * 112, 9)], [200, 150, 40]);
    }
    fillRings(art, [ellipse(120, 120, 40), ellipse(120, 120, 28)], [200, 150, 40], 'evenodd');
    fillRings(art, [star(120, 120, 22, 9)], [30, 60, 140]);
    const photo = scene(rng(21), 720, 540, 'texture');
    composite(photo, resize(art, 250, 250), 380, 140);
    const busy = jpegRoundTrip(photo, 75);
    const masked = { id: 'mark', name: 'mark', threshold: DEFAULT_THRESHOLD, renditions: prepareLogo({ id: 'mark', name: 'mark', image: art }).renditions };
    // The same templates with every cell counted, as the matcher worked before masks.
    const raw = rawRendition(art);
    const whole = (t: (typeof raw.fine)[number]) => finish({ ...t, cover: new Float32Array(t.cover.length).fill(1) });
    const unmasked = { ...masked, id: 'whole', renditions: [{ ...raw, coarse: raw.coarse.map(whole), fine: raw.fine.map(whole) }] };
    const hits = detectLogos(busy, [masked, unmasked], { threshold: -1, coarseThreshold: -1 });
    const score = (id: string) => hits.find((h) => h.id === id)?.score ?? -1;
    expect(score('mark')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score('mark')).toBeGreaterThan(score('whole') + 0.05);
    expect(masked.renditions[0]!.fine[7]!.cells.length).toBeLessThan(0.8 * 16 * 16);
  });

  test("an agency's own logo, given as one picture, is matched the same way", () => {
    // A made-up agency emblem: a red ring, a white square and a gold star.
    const mark = createRgba(200, 200);
    fillRings(mark, [ellipse(100, 100, 96)], [180, 20, 30]);
    fillRings(mark, [ellipse(100, 100, 70)], [255, 255, 255]);
    fillRings(mark, [rect(60, 60, 80, 80)], [20, 60, 140]);
    fillRings(mark, [star(100, 100, 36, 15)], [240, 190, 30]);
    const agency = prepareLogo({ id: 'agency:0', name: 'Dinas Contoh', image: mark }, { given: true });
    const photo = scene(rng(5), 800, 600, 'office');
    composite(photo, resize(mark, 230, 230), 480, 100);
    const hits = detectLogos(photo, [...templates, agency]);
    expect(hits.map((h) => h.id)).toEqual(['agency:0']);
    expect(hits[0]!.name).toBe('Dinas Contoh');
  });

  test('tiny or empty pictures are no trouble', () => {
    expect(detectLogos(createRgba(10, 10, [0, 0, 0, 255]), templates)).toEqual([]);
    expect(detectLogos(createRgba(300, 200, [255, 255, 255, 255]), templates)).toEqual([]);
  });
});

describe("an agency's or a user's own logo", () => {
  const alpha = (img: Rgba, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];

  test('a logo on white is cut out of its background; inner white parts stay', () => {
    const cut = cutBackground(jpegRoundTrip(agencyEmblem(240), 80));
    expect(alpha(cut, 2, 2)).toBe(0); // corner: background
    expect(alpha(cut, 120, 235)).toBe(0); // between the ring and the edge
    expect(alpha(cut, 120, 120)).toBe(255); // the shield
    expect(alpha(cut, 120, 30)).toBe(255); // the white band inside the ring is enclosed: kept
  });

  test('a logo already on transparency, or a photo-like picture, is left as it is', () => {
    const onAlpha = agencyEmblem(200, null);
    expect(cutBackground(onAlpha)).toBe(onAlpha);
    const photo = scene(rng(3), 300, 200, 'park');
    expect(cutBackground(photo)).toBe(photo);
  });

  test('given as a JPEG with white margins, it is found in a photo where it is printed without the white', () => {
    // As logos are often downloaded: the emblem in the middle of a larger white picture. Kept
    // whole, the template would be the white rectangle with a small emblem in it (3 of 10 found).
    const given = agencyLogoFile();
    const own = prepareLogo({ id: 'user:a', name: 'Dinas Contoh', image: given }, { given: true });
    for (const [seed, kind] of [[11, 'office'], [12, 'crowd'], [13, 'city']] as const) {
      const photo = scene(rng(seed), 720, 540, kind);
      composite(photo, resize(cutBackground(agencyEmblem(240)), 190, 190), 60 + seed * 20, 90);
      const hits = detectLogos(jpegRoundTrip(photo, 70), [...templates, own]);
      expect(hits.map((h) => h.id), kind).toEqual(['user:a']);
    }
    // And only the logos it is given: without it, the same photo has no known logo.
    const photo = scene(rng(11), 720, 540, 'office');
    composite(photo, resize(cutBackground(agencyEmblem(240)), 190, 190), 280, 90);
    expect(detectLogos(photo, templates)).toEqual([]);
  });

  test('pictures that cannot serve as a logo are refused, with the reason', () => {
    for (const l of standInSources()) expect(logoProblem(resize(l.image, 128, 128)), l.id).toBeNull();
    expect(logoProblem(agencyEmblem(240))).toBeNull();
    expect(logoProblem(createRgba(200, 200, [255, 255, 255, 255]))).toBe('too-plain');
    const disc = createRgba(200, 200, [255, 255, 255, 255]);
    fillRings(disc, [ellipse(100, 100, 90)], [200, 0, 0]);
    expect(logoProblem(disc)).toBe('too-plain');
    const square = createRgba(200, 200, [0, 0, 0, 0]);
    fillRings(square, [rect(20, 20, 160, 160)], [0, 0, 200]);
    expect(logoProblem(square)).toBe('too-plain');
    expect(logoProblem(resize(agencyEmblem(240), 20, 20))).toBe('too-small');
    const strip = createRgba(600, 80, [255, 255, 255, 255]);
    for (let i = 0; i < 12; i++) fillRings(strip, [star(30 + i * 48, 40, 30, 12)], [20, 60, 140]);
    expect(logoProblem(strip)).toBe('too-narrow');
  });
});

describe('the built-in emblems, as shipped', () => {
  test('Garuda Pancasila, KORPRI, KemenPAN-RB and BKN, from their real drawings (two each for Garuda and KORPRI)', () => {
    expect(BUILTIN_LOGOS.map((l) => l.id)).toEqual(['builtin:garuda', 'builtin:korpri', 'builtin:kemenpan-rb', 'builtin:bkn']);
    const renditions = Object.fromEntries(EMBLEM_DATA.emblems.map((e) => [e.id, e.renditions.map((r) => r.from)]));
    expect(renditions).toEqual({
      'builtin:garuda': ['garuda-pancasila-a', 'garuda-pancasila-b'],
      'builtin:korpri': ['korpri-a', 'korpri-b'],
      'builtin:kemenpan-rb': ['kemenpan-rb'],
      'builtin:bkn': ['bkn'],
    });
  });

  test("were made with the matcher's current grid (else: npm run make:emblems)", () => {
    expect(EMBLEM_DATA.grid).toEqual(JSON.parse(JSON.stringify(currentGrid())));
  });

  test('load as masked templates, named in the language asked for', () => {
    const id = builtinTemplates('id');
    const en = builtinTemplates('en');
    expect(id.map((t) => t.name)).toEqual(BUILTIN_LOGOS.map((l) => l.name.id));
    expect(en.map((t) => t.name)).toEqual(BUILTIN_LOGOS.map((l) => l.name.en));
    for (const t of id) {
      for (const r of t.renditions) {
        expect(r.fine).toHaveLength(currentGrid().rotations.length * currentGrid().scales.length);
        for (const x of [...r.coarse, ...r.fine]) {
          // Unit-norm over the cells the emblem covers, and not every cell of its box.
          expect(Math.hypot(...x.v)).toBeCloseTo(1, 3);
          expect(x.cells.length).toBeGreaterThan(0.3 * x.w * x.h);
        }
      }
    }
    // The Garuda is an open design: its wings leave much of its box to what is behind it.
    const garuda = id[0]!.renditions[0]!.fine[7]!;
    expect(garuda.cells.length).toBeLessThan(0.85 * garuda.w * garuda.h);
  });

  test('are detection data, not pictures: no image file in the source tree', async () => {
    const { readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    expect(walk(join(__dirname, '../src')).filter((f) => /\.(png|jpe?g|gif|webp|svg)$/i.test(f))).toEqual([]);
  });
});

describe('bytes given to the text reader', () => {
  test('a binary PNM: colour as it is, or grey with light and dark swapped', () => {
    const img = createRgba(3, 2, [255, 255, 255, 255]);
    img.data.set([255, 0, 0, 255], 0); // red
    img.data.set([0, 0, 0, 255], 4 * 4); // black
    const colour = pnm(img, 'colour');
    const p6 = 'P6\n3 2\n255\n';
    expect(new TextDecoder().decode(colour.subarray(0, p6.length))).toBe(p6);
    expect([...colour.subarray(p6.length, p6.length + 6)]).toEqual([255, 0, 0, 255, 255, 255]);
    expect(colour.length).toBe(p6.length + 3 * 6);
    const grey = pnm(img, 'inverted-grey');
    const p5 = 'P5\n3 2\n255\n';
    expect(new TextDecoder().decode(grey.subarray(0, p5.length))).toBe(p5);
    expect([...grey.subarray(p5.length)]).toEqual([178, 0, 0, 0, 255, 0]);
  });
});

describe('raster', () => {
  test('area-average shrinking keeps the mean colour; halving averages 2×2 blocks', () => {
    const img = createRgba(101, 57, [10, 200, 30, 255]);
    const small = resize(img, 13, 7);
    expect([...small.data.subarray(0, 4)]).toEqual([10, 200, 30, 255]);
    const h = halve({ width: 2, height: 2, data: new Uint8ClampedArray([0, 0, 0, 255, 100, 100, 100, 255, 100, 100, 100, 255, 200, 200, 200, 255]) });
    expect([...h.data]).toEqual([100, 100, 100, 255]);
  });
});

describe('text read from a picture', () => {
  test('lines of one reading pass are one message; passes stay apart', () => {
    expect(pictureText('PILKADA 2024\n\nAYO COBLOS\nNOMOR 2\n')).toBe('PILKADA 2024 AYO COBLOS NOMOR 2');
    expect(pictureText(`AYO\nCOBLOS${PASS_SEPARATOR}NOMOR 2`)).toBe('AYO COBLOS\nNOMOR 2');
    expect(pictureText('  \n ')).toBe('');
  });

  test('ballot words misread in display fonts are read as the words', () => {
    expect(pictureText('JANGAN LUPA CGOBLOS NO 2')).toBe('JANGAN LUPA COBLOS NO 2');
    expect(pictureText('C0BLOS NOMOR 2')).toBe('COBLOS NOMOR 2');
    expect(pictureText('PlLIH PASLON OI')).toBe('PILIH PASLON 01');
    expect(pictureText('GOBLOS NO. 2')).toBe('COBLOS NO. 2');
    expect(pictureText('ayo cgoblos, N0M0R 3!')).toBe('ayo coblos, NOMOR 3!');
    expect(ballotWord('(CGOBLOS!)')).toBe('(COBLOS!)');
    expect(ballotWord('PASI0N')).toBe('PASLON');
  });

  test('the insult "goblok" never becomes a vote call, and real words stay', () => {
    for (const t of ['DASAR GOBLOK', 'goblok', 'GOBLOG', 'GOBL0K NOMOR 2', 'KOBLOS', 'PILIHAN', 'COBLOSAN', 'NOMORNYA', 'POLISI']) expect(pictureText(t)).toBe(t);
    // Read from a picture, the insult to a number stays an insult: no call to vote appears.
    const vote = (text: string) => pictureFindings([{ id: 'p', analysis: { logos: [], text, thumbnail: null, ms: { logos: 0, ocr: 0 } } }], [], { lang: 'id', check: (t) => engine.check(t), inPicture: 'di dalam gambar', logoMessage: (n) => n }).filter((f) => f.ruleId === 'dukungan.ajakan-memilih');
    expect(vote('GOBLOK NOMOR 2')).toEqual([]);
    expect(vote('DASAR GOBLOK')).toEqual([]);
    expect(vote('CGOBLOS NOMOR 2')).toHaveLength(1);
    expect(vote('PlLIH PASLON 01')).toHaveLength(1);
  });

  test("Tesseract's look-alike digits become digits after ballot words or beside digits", () => {
    expect(pictureText('SAYA DUKUNG PASLON OI')).toBe('SAYA DUKUNG PASLON 01');
    expect(pictureText('COBLOS NOMOR |')).toBe('COBLOS NOMOR 1');
    expect(pictureText('NO. O2!')).toBe('NO. 02!');
    // Ordinary words stay as they are.
    expect(pictureText('Ini Ibu Oki')).toBe('Ini Ibu Oki');
    expect(pictureText('KAMI PILIH OI')).toBe('KAMI PILIH 01');
  });
});

describe('findings from pictures', () => {
  const analysis = (text: string, logos: PictureAnalysis['logos'] = []): PictureAnalysis => ({ logos, text, thumbnail: 'data:image/jpeg;base64,AA==', ms: { logos: 1, ocr: 1 } });
  const KORPRI = [{ id: 'builtin:korpri', name: 'Lambang KORPRI', score: 0.8 }];
  const find = (pictures: AnalysedPicture[], draft: string, disabled: string[] = []) =>
    pictureFindings(pictures, engine.check(draft), { lang: 'id', disabled, check: (t) => engine.check(t), inPicture: 'di dalam gambar', logoMessage: (n) => `Logo resmi di dalam gambar: ${n}` });

  test('a campaign poster is partisan by itself, "in the picture", with the picture id and no fix', () => {
    const out = find([{ id: 'picture-1', analysis: analysis('PILKADA 2024\n\nAYO COBLOS\nNOMOR 2') }], 'Selamat pagi semua');
    expect(out.length).toBeGreaterThan(0);
    for (const f of out) {
      expect(f.source).toBe('image');
      expect(f.imageId).toBe('picture-1');
      expect(f.message).toMatch(/\(di dalam gambar\)$/);
      expect(f.suggestions).toBeUndefined();
    }
    expect(out.some((f) => f.category === 'partisan-support' && f.severity === 'serious')).toBe(true);
  });

  test('the same words read by both passes are one finding', () => {
    const out = find([{ id: 'p', analysis: analysis(`AYO COBLOS NOMOR 2${PASS_SEPARATOR}AYO COBLOS NOMOR 2`) }], '');
    expect(out.filter((f) => /coblos nomor 2/i.test(f.text))).toHaveLength(1);
  });

  test('a logo on a work post is fine', () => {
    expect(find([{ id: 'p', analysis: analysis('', KORPRI) }], 'Jadwal posyandu bulan ini, silakan disebar')).toEqual([]);
    expect(find([{ id: 'p', analysis: analysis('LAYANAN KTP ELEKTRONIK SETIAP SABTU', KORPRI) }], '')).toEqual([]);
  });

  test('a logo in a partisan post, by its text or by the picture, is official-logo', () => {
    const byText = find([{ id: 'p', analysis: analysis('', KORPRI) }], 'Ayo coblos nomor 2 besok!');
    expect(byText).toEqual([expect.objectContaining({ ruleId: LOGO_RULE_ID, category: 'official-logo', guidelineId: 'logo-instansi', source: 'image', imageId: 'p', text: 'Lambang KORPRI', message: 'Logo resmi di dalam gambar: Lambang KORPRI' })]);
    const byPicture = find([{ id: 'p', analysis: analysis('COBLOS NO. 2', KORPRI) }], 'Selamat pagi');
    expect(byPicture.map((f) => f.category).sort()).toEqual(['official-logo', 'partisan-support']);
    // A logo in one picture, the campaign text in another picture of the same post.
    const split = find([{ id: 'a', analysis: analysis('', KORPRI) }, { id: 'b', analysis: analysis('#02MENANG') }], '');
    expect(split.find((f) => f.category === 'official-logo')?.imageId).toBe('a');
  });

  test('policy can switch the logo finding off', () => {
    expect(find([{ id: 'p', analysis: analysis('', KORPRI) }], 'Ayo coblos nomor 2 besok!', [LOGO_RULE_ID])).toEqual([]);
  });
});
