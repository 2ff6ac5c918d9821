/**
 * Pictures in the options page: the switch for the picture check, the logos it looks for (the
 * built-in emblems, the agency's from policy, the user's own), adding and removing one's own
 * logo, and trying a picture to see what the check finds in it — the same analysis a post gets.
 *
 * Logos are shrunk here to at most 256 px and kept as PNG in storage.local: the analyser never
 * needs more (its finest template is 96 px), and storage stays small.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import loadGuidelines from 'virtual:netra-guidelines';
import type { EffectiveSettings, UserSettings } from '../../settings/model';
import { loadPolicyReport, loadUserLogos, MAX_USER_LOGOS, saveUserLogos, watchSettings, type UserLogo } from '../../settings/store';
import type { AgencyLogo } from '../../settings/policy';
import { BUILTIN_LOGOS } from '../../images/logos';
import { logoCutout, logoProblem, type LogoProblem } from '../../images/cutout';
import { fitCanvas } from '../../images/canvas';
import { base64ToBytes } from '../../images/bytes';
import { pictureFindings, pictureText } from '../../images/findings';
import type { PictureAnalysis, PictureRequest } from '../../images/types';
import type { Rgba } from '../../images/raster';
import type { Finding } from '../../engine/finding';
import { FindingCard } from '../FindingCard';
import { getLang, t, type MessageKey } from '../i18n';
import { pageEngine } from './engine';
import { FilePicker } from './FilePicker';

const LOGO_MAX_SIDE = 256;
const THUMB = 48;

interface Props {
  eff: EffectiveSettings;
  lockNote: string;
  save: (patch: Partial<UserSettings>) => Promise<void>;
  onMessage: (m: string) => void;
}

interface Tried {
  name: string;
  analysis: PictureAnalysis;
  findings: Finding[];
}

export function PicturesSection({ eff, lockNote, save, onMessage }: Props) {
  const [mine, setMine] = useState<UserLogo[]>([]);
  const [agency, setAgency] = useState<Array<AgencyLogo & { problem: LogoProblem | null | 'unreadable' }>>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState<Tried | null>(null);
  const [trying, setTrying] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const lib = loadGuidelines();
  const lang = getLang();

  const reload = async () => {
    setMine(await loadUserLogos());
    const report = await loadPolicyReport();
    setAgency(
      await Promise.all(
        report.policy.logos.map(async (l) => {
          const img = await decode(l.image).catch(() => null);
          return { ...l, problem: img ? logoProblem(img.pixels) : ('unreadable' as const) };
        }),
      ),
    );
  };
  useEffect(() => {
    void reload();
    return watchSettings(() => void reload());
  }, []);

  const addLogo = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const name = String(data.get('logoName') ?? '').trim();
    const file = data.get('logoFile');
    setError('');
    if (!name) return setError(t('logoNeedsName'));
    if (!(file instanceof File) || file.size === 0) return setError(t('logoNeedsFile'));
    if (mine.length >= MAX_USER_LOGOS) return setError(t('logoTooMany', String(MAX_USER_LOGOS)));
    setBusy(true);
    try {
      const img = await decode(file).catch(() => null);
      if (!img) return setError(t('logoUnreadable', file.name));
      const problem = logoProblem(img.pixels);
      if (problem) return setError(t(`logoProblem_${problem.replace('-', '_')}` as MessageKey, file.name));
      // Kept as what is matched (background cut away, trimmed): the list then shows it as well.
      const logo: UserLogo = { id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, name, image: png(logoCutout(img.pixels)), added: Date.now() };
      await saveUserLogos([...mine, logo]);
      form.reset();
      setFormKey((k) => k + 1);
      await reload();
      onMessage(t('logoAdded', name));
    } finally {
      setBusy(false);
    }
  };

  const removeLogo = async (logo: UserLogo) => {
    await saveUserLogos(mine.filter((l) => l.id !== logo.id));
    await reload();
    onMessage(t('logoRemoved', logo.name));
  };

  const tryPicture = async (file: File) => {
    setTrying(true);
    setTried(null);
    try {
      const bytes = (await readDataUrl(file)).replace(/^data:[^,]*,/, '');
      const analysis = (await browser.runtime.sendMessage({ type: 'netra:picture', bytes, mime: file.type || 'image/jpeg', lang } satisfies PictureRequest)) as PictureAnalysis | undefined;
      if (!analysis) throw new Error('no answer');
      const options = { lang, disabled: eff.disabledRules, ...(eff.showInfo ? {} : { minSeverity: 'warning' as const }) };
      const findings = pictureFindings([{ id: 'tried', analysis }], [], {
        lang,
        disabled: eff.disabledRules,
        check: (text) => pageEngine().check(text, options),
        inPicture: t('findingInPicture'),
        logoMessage: (n) => t('pictureLogoFound', n),
      });
      setTried({ name: file.name, analysis, findings });
    } catch (e) {
      onMessage(t('pictureTryFailed', String(e)));
    } finally {
      setTrying(false);
    }
  };

  const locked = eff.locked.has('pictures');
  return (
    <section aria-labelledby="pictures-h">
      <h2 id="pictures-h">{t('optionsPictures')}</h2>
      <p class="muted">{t('optionsPicturesHint')}</p>
      <label class="switch">
        <input type="checkbox" checked={eff.pictures} disabled={locked} onChange={(e) => void save({ checkPictures: (e.target as HTMLInputElement).checked })} />
        <span>{t('optionsCheckPictures')}</span>
      </label>
      {locked ? <p class="locked">{lockNote}</p> : null}

      <h3>{t('logosTitle')}</h3>
      <p class="muted">{t('logosHint')}</p>
      <ul class="plain logos" aria-label={t('logosTitle')}>
        {BUILTIN_LOGOS.map((l) => (
          <li key={l.id}>
            <BuiltinMark />
            <span>{l.name[lang]}</span> <span class="muted">· {t('logoBuiltin')}</span>
          </li>
        ))}
        {agency.map((l, i) => (
          <li key={`agency:${i}`}>
            <img src={dataUrl(l.image)} alt="" width={THUMB} height={THUMB} />
            <span>{l.name}</span> <span class="muted">· {eff.agency?.name ? t('logoFromAgencyNamed', eff.agency.name) : t('logoFromAgency')}</span>
            {l.problem ? <span class="warn"> · {t(l.problem === 'unreadable' ? 'logoAgencyUnreadable' : (`logoAgencyProblem_${l.problem.replace('-', '_')}` as MessageKey))}</span> : null}
          </li>
        ))}
        {mine.map((l) => (
          <li key={l.id} data-logo={l.id}>
            <img src={l.image} alt="" width={THUMB} height={THUMB} />
            <span>{l.name}</span> <span class="muted">· {t('logoMine')}</span>{' '}
            <button type="button" class="link" onClick={() => void removeLogo(l)}>
              {t('logoRemove', l.name)}
            </button>
          </li>
        ))}
      </ul>

      <form
        class="logo-add"
        onSubmit={(e) => {
          e.preventDefault();
          void addLogo(e.target as HTMLFormElement);
        }}
      >
        <h4>{t('logoAddTitle')}</h4>
        <label class="field">
          <span class="label">{t('logoName')}</span>
          <input type="text" name="logoName" maxLength={80} placeholder="Logo Pemerintah Kabupaten Sukamaju" />
        </label>
        <div class="field">
          <span class="label" id="logo-file-l">{t('logoFile')}</span>
          <FilePicker key={formKey} label={t('logoChoose')} name="logoFile" accept="image/png,image/jpeg,image/webp" showName onFile={() => setError('')} />
        </div>
        <p class="muted">{t('logoFileHint')}</p>
        <button type="submit" class="btn btn-primary" disabled={busy || mine.length >= MAX_USER_LOGOS}>
          {t('logoAdd')}
        </button>
        {error ? (
          <p role="alert" class="errors">
            {error}
          </p>
        ) : null}
      </form>

      <h3>{t('pictureTryTitle')}</h3>
      <p class="muted">{t('pictureTryHint')}</p>
      <FilePicker label={t('pictureTry')} accept="image/*" disabled={trying} onFile={(f) => void tryPicture(f)} />
      <div role="status" aria-live="polite" class="picture-try">
        {trying ? <p>{t('pictureTrying')}</p> : null}
        {tried ? <TriedPicture tried={tried} library={lib} /> : null}
      </div>
    </section>
  );
}

function TriedPicture({ tried, library }: { tried: Tried; library: ReturnType<typeof loadGuidelines> }) {
  const { analysis, findings } = tried;
  const text = pictureText(analysis.text).split('\n')[0]?.slice(0, 300) ?? '';
  return (
    <div>
      {analysis.thumbnail ? <img class="tried-thumb" src={analysis.thumbnail} alt={t('pictureThumbAlt')} /> : null}
      <p>{analysis.logos.length ? t('pictureTryLogos', analysis.logos.map((l) => l.name).join(', ')) : t('pictureTryNoLogos')}</p>
      <p>{text ? t('pictureTryText', text) : t('pictureTryNoText')}</p>
      {analysis.error ? <p class="warn">{t('pictureTryPartly')}</p> : null}
      {findings.length === 0 ? (
        <p class="ok">{analysis.logos.length ? t('pictureTryLogoOnly') : t('pictureTryClean')}</p>
      ) : (
        findings.map((f) => <FindingCard key={`${f.ruleId}:${f.start}:${f.text}`} finding={f} library={library} headingLevel={4} />)
      )}
    </div>
  );
}

/** A policy logo is base64 or a data: URL; an <img> wants the latter. */
function dataUrl(image: string): string {
  if (image.startsWith('data:')) return image;
  // PNG files start with "iVBOR" in base64, JPEG with "/9j/".
  return `data:image/${image.startsWith('/9j/') ? 'jpeg' : 'png'};base64,${image.replace(/\s+/g, '')}`;
}

function readDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

function png(img: Rgba): string {
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  return canvas.toDataURL('image/png');
}

/** Decodes a picture (a file, or base64 / a data: URL from policy), shrunk to at most LOGO_MAX_SIDE. */
async function decode(source: Blob | string): Promise<{ pixels: Rgba }> {
  // The browser's decoder tells PNG from JPEG by the bytes themselves.
  const blob = typeof source === 'string' ? new Blob([base64ToBytes(source)]) : source;
  const bitmap = await createImageBitmap(blob);
  try {
    const { canvas, ctx } = fitCanvas(bitmap, LOGO_MAX_SIDE, true);
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { pixels: { width: d.width, height: d.height, data: d.data } };
  } finally {
    bitmap.close();
  }
}

/**
 * The built-in emblems are known from detection data, not pictures: no emblem image ships with
 * Netra (docs/pictures.md), so the list marks them with a plain shield instead of a thumbnail.
 */
function BuiltinMark() {
  return (
    <svg class="logo-mark" width={THUMB} height={THUMB} viewBox="0 0 48 48" aria-hidden="true">
      <path d="M24 5 L40 11 V24 C40 33 33 40 24 43 C15 40 8 33 8 24 V11 Z" fill="none" stroke="currentColor" stroke-width="2.5" />
      <path d="M17 24 l5 5 l9 -10" fill="none" stroke="currentColor" stroke-width="2.5" />
    </svg>
  );
}
