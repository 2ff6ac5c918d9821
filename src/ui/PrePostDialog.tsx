/**
 * The dialog shown when the user presses Post on a held draft, read in five seconds: one card
 * per guideline, most serious first, each one sentence naming the words and one line of what to
 * do; the explanation, legal basis and channels of every card behind one "Learn more". What it may offer (post
 * anyway, an acknowledgement first, or nothing) is the enforcement decision
 * (src/settings/enforcement.ts); which fix each card offers is src/page/review.ts.
 *
 * Keyboard first: focus starts on "Edit draft", Esc edits, Tab stays inside, and a key that was
 * already held down when the dialog opened (Enter in the composer) never activates anything.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../engine/finding';
import { fillMatch, type GuidelineLibrary } from '../engine/guideline';
import { reviewCards, type Removal, type ReviewCard } from '../page/review';
import { canDismiss, decide, type Enforcement } from '../settings/enforcement';
import { GuidelineDetail } from './GuidelineDetail';
import { getLang, t, type MessageKey } from './i18n';

export type { Enforcement } from '../settings/enforcement';

export interface PrePostDialogProps {
  findings: Finding[];
  /** The draft the findings belong to (cards quote it; fixes are planned on it). */
  text?: string;
  library: GuidelineLibrary;
  enforcement?: Enforcement;
  agency?: { name?: string; helpdesk?: string; guidelineUrl?: string };
  /** Review mode (badge click): only a Close button, no posting decision. */
  review?: boolean;
  onEdit: () => void;
  onPostAnyway: () => void;
  /** Open the guideline library at a guideline. */
  onLearnMore: (guidelineId: string) => void;
  /** Remove a span of the draft (a card's one-click fix). */
  onFix?: (fix: Removal) => void;
  /** The user says a card's findings are not a problem in this draft. */
  onDismiss?: (findings: Finding[]) => void;
  /** Thumbnails of attached pictures by `Finding.imageId`, shown with their findings. */
  thumbnails?: Readonly<Record<string, string>>;
  /** Changing it moves focus back to "Edit draft" (the page took focus while the dialog was open). */
  focusKey?: number;
}

const MAX_FIX_LABEL = 40;
const shorten = (s: string) => (s.length > MAX_FIX_LABEL ? `${s.slice(0, MAX_FIX_LABEL - 13)}…${s.slice(-12)}` : s);

export function PrePostDialog(p: PrePostDialogProps) {
  const box = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const pressed = useRef(new Set<string>());
  const [acknowledged, setAcknowledged] = useState(false);
  const [more, setMore] = useState(false);
  const enforcement = p.enforcement ?? 'confirm';
  const decision = decide(enforcement, p.findings);
  const cards = reviewCards(p.text ?? '', p.findings);
  const canPost = !p.review && decision.canPostAnyway && (!decision.needsAcknowledgement || acknowledged);

  useEffect(() => {
    first.current?.focus();
  }, [p.focusKey]);

  const onKeyDown = (e: KeyboardEvent) => {
    // Held down since before the dialog (Enter in the composer): never an activation here.
    if (e.repeat && !pressed.current.has(e.key)) {
      e.preventDefault();
      return;
    }
    pressed.current.add(e.key);
    if (e.key === 'Escape') {
      e.preventDefault();
      p.onEdit();
      return;
    }
    if (e.key === 'Tab') trapTab(e, box.current);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    // Space activates on keyup: one whose keydown happened outside the dialog does nothing.
    if (!pressed.current.delete(e.key)) e.preventDefault();
  };

  return (
    <div class="backdrop" onMouseDown={(e) => e.target === e.currentTarget && p.onEdit()}>
      <div ref={box} class="dialog" role="dialog" aria-modal="true" aria-labelledby="netra-title" onKeyDown={onKeyDown} onKeyUp={onKeyUp}>
        <h2 id="netra-title">{p.review ? t('dialogFindingsTitle') : t('dialogTitle')}</h2>
        <ol id="netra-cards" class="findings" aria-label={t('dialogCards', cards.length)}>
          {cards.map((card) => (
            <Card
              key={card.guidelineId}
              card={card}
              open={more}
              library={p.library}
              thumbnails={p.thumbnails}
              onFix={p.onFix}
              onLearnMore={() => p.onLearnMore(card.guidelineId)}
              onDismiss={p.onDismiss && canDismiss(enforcement, card.severity) ? () => p.onDismiss!(card.findings) : undefined}
            />
          ))}
        </ol>
        {cards.length ? (
          <button type="button" class="btn btn-link more" aria-expanded={more} aria-controls="netra-cards" onClick={() => setMore(!more)}>
            {more ? t('dialogLessDetail') : t('dialogLearnMore')}
          </button>
        ) : null}
        {cards.length === 0 && !p.review ? <p class="note">{t('dialogAllDismissed')}</p> : null}
        {p.agency?.helpdesk ? <p class="agency">{t('agencyContact', p.agency.helpdesk)}</p> : null}
        {p.agency?.guidelineUrl ? (
          <p class="agency">
            <a href={p.agency.guidelineUrl} target="_blank" rel="noopener noreferrer">
              {t('agencyGuideline', p.agency.name ?? '').trim()}
            </a>
          </p>
        ) : null}
        {!p.review && decision.needsAcknowledgement ? (
          <label class="ack">
            <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged((e.target as HTMLInputElement).checked)} />
            <span>{t('dialogAckCheck')}</span>
          </label>
        ) : null}
        {!p.review && decision.hold && !decision.blocked ? <p class="note">{t('dialogAckNote')}</p> : null}
        {decision.blocked && !p.review ? <p class="note blocked">{t('dialogBlocked')}</p> : null}
        <div class="actions">
          <button ref={first} type="button" class="btn btn-primary" onClick={p.onEdit}>
            {p.review ? t('dialogClose') : t('dialogEdit')}
          </button>
          {!p.review && decision.canPostAnyway ? (
            <button type="button" class={`btn ${decision.hold ? 'btn-danger' : 'btn-secondary'}`} disabled={!canPost} onClick={p.onPostAnyway}>
              {decision.hold ? t('dialogPostAnyway') : t('dialogSend')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

interface CardProps {
  card: ReviewCard;
  /** Show the explanation, legal basis and channels. */
  open: boolean;
  library: GuidelineLibrary;
  thumbnails?: Readonly<Record<string, string>>;
  onFix?: (fix: Removal) => void;
  onDismiss?: () => void;
  onLearnMore: () => void;
}

function Card({ card, open, library, thumbnails, onFix, onDismiss, onLearnMore }: CardProps) {
  const lang = getLang();
  const g = library.guidelines[card.guidelineId];
  const quoted = card.quotes.map((q) => `“${q}”`).join(', ');
  const found = g ? fillMatch(g.dialog.found[lang], quoted) : card.findings[0]!.message;
  const thumbs = [...new Set(card.findings.flatMap((f) => (f.imageId && thumbnails?.[f.imageId] ? [thumbnails[f.imageId]!] : [])))];
  return (
    <li class={`finding sev-${card.severity}`}>
      {/* The guideline's name: a heading to move by for screen readers, shown with the detail. */}
      {g ? <h3 class={open ? 'finding-title' : 'sr-only'}>{g.title[lang]}</h3> : null}
      {thumbs.map((src) => (
        <img key={src} class="finding-thumb" src={src} alt={t('pictureThumbAlt')} />
      ))}
      <p class="finding-found">
        <span class={`sev sev-${card.severity}`}>{t(`severity_${card.severity}` as MessageKey)}</span> {found}
        {card.inPicture ? ` (${t('findingInPicture')})` : ''}
      </p>
      {g ? <p class="finding-do">{g.dialog.do[lang]}</p> : null}
      <div class="finding-actions">
        {card.fix && onFix ? (
          <button type="button" class="btn btn-secondary btn-small" onClick={() => onFix(card.fix!)}>
            {t('findingFix', shorten(card.fix.removes))}
          </button>
        ) : null}
        {onDismiss ? (
          <button type="button" class="btn btn-link btn-small" onClick={onDismiss}>
            {t('dialogDismiss')}
          </button>
        ) : null}
      </div>
      {g && open ? (
        <div>
          <GuidelineDetail g={g} library={library} />
          <button type="button" class="btn btn-link btn-small" onClick={onLearnMore}>
            {t('dialogOpenLibrary')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function trapTab(e: KeyboardEvent, box: HTMLElement | null) {
  if (!box) return;
  const items = [...box.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [href], [tabindex="0"]')];
  if (items.length === 0) return;
  const root = box.getRootNode() as ShadowRoot;
  const active = root.activeElement as HTMLElement | null;
  const i = active ? items.indexOf(active) : -1;
  const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 ? 0 : i + 1;
  e.preventDefault();
  items[next]!.focus();
}
