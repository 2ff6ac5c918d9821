// @vitest-environment happy-dom
/**
 * The legal basis, sanction and report channels a user reads come from one component: the
 * dialog's "Pelajari lebih lanjut", the popup's detail and the library entry show the same block
 * for every guideline, in both languages, and it never carries a research grade or an empty heading.
 */
import { h, render, type ComponentChild } from 'preact';
import { describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { shippedGuidelines } from '../../src/build/load-rules';
import { leanGuidelines } from '../../src/build/content-lean';
import { withIndonesianCards } from '../../src/build/english-text';
import { guidelineDetail } from '../../src/engine/guideline';
import { GuidelineDetail } from '../../src/ui/GuidelineDetail';
import { GuidelineEntry } from '../../src/ui/pages/GuidelineEntry';
import { setLang, t } from '../../src/ui/i18n';

const library = shippedGuidelines();
const guidelines = Object.values(library.guidelines);

function mount(node: ComponentChild): HTMLElement {
  const box = document.createElement('div');
  render(node, box);
  return box;
}

/** The text from the legal heading to the end of the block: legal, sanction, report. */
function legalPart(box: HTMLElement): string {
  const body = box.querySelector('.finding-more, .guideline-body')!;
  const heads = [...body.querySelectorAll('h4')];
  const legal = heads.find((x) => x.textContent === t('findingLegal'))!;
  const out: string[] = [];
  for (let n: Element | null = legal; n; n = n.nextElementSibling) if (!n.classList.contains('permalink')) out.push(n.textContent ?? '');
  return out.join('\n');
}

describe.each(['id', 'en'] as const)('guideline detail in %s', (lang) => {
  test.each(guidelines.map((g) => [g.id, g] as const))('%s: the library entry and the dialog detail show the same legal block', (_id, g) => {
    setLang(lang);
    const dialog = mount(h(GuidelineDetail, { g, library }));
    const entry = mount(h(GuidelineEntry, { g, lang, channels: library.channels, open: true }));
    const block = legalPart(dialog);
    expect(block).toContain(g.legal[0]!.ref[lang]);
    expect(block).toContain(g.sanction.text[lang]);
    for (const id of g.report) if (library.channels[id]) expect(block).toContain(library.channels[id]!.name[lang]);
    expect(legalPart(entry)).toBe(block);
    // A heading is never left without its list: no report heading when no channel is known.
    if (!g.report.length) expect(block).not.toContain(t('findingReport'));
    expect(block).not.toMatch(/\((V[123]|C|M)\)/);
    // PPPK are ASN too, and KASN's oversight moved to BKN (UU 20/2023): every detail says both.
    expect(block).toMatch(/PPPK/);
    expect(block).toMatch(/KASN[^.]*BKN[^.]*UU 20\/2023/);
    // The library adds its examples and a link to the entry; the dialog does not.
    expect(entry.querySelector('.examples')).not.toBeNull();
    expect(entry.querySelector('.guideline .permalink a')?.getAttribute('href')).toBe(`#${g.id}`);
    expect(dialog.querySelector('.examples, .permalink')).toBeNull();
  });
});

describe('guideline detail in the content script (long texts fetched on open)', () => {
  // As the page holds it: card texts in Indonesian, the English of an English page not come yet.
  const lean = withIndonesianCards(leanGuidelines(library));
  // Effects run after paint: act() runs them (and the re-render an answer causes) now.
  const settle = () => act(async () => {});
  const mountNow = async (node: ComponentChild) => {
    let box: HTMLElement | undefined;
    await act(() => {
      box = mount(node);
    });
    return box!;
  };

  test('shows the same block as the full library once the background answers', async () => {
    setLang('id');
    const g = guidelines[0]!;
    let answer: (d: ReturnType<typeof guidelineDetail>) => void = () => {};
    const asked: string[] = [];
    const lib = { ...lean, detail: (id: string) => (asked.push(id), new Promise<ReturnType<typeof guidelineDetail>>((r) => (answer = r))) };
    const box = await mountNow(h(GuidelineDetail, { g: lean.guidelines[g.id]!, library: lib }));
    expect(box.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(box.textContent).toBe('');
    await act(async () => answer(guidelineDetail(library, g.id)));
    expect(asked).toEqual([g.id]);
    expect(legalPart(box)).toBe(legalPart(mount(h(GuidelineDetail, { g, library }))));
  });

  test('says the possible sanction when the background cannot answer', async () => {
    setLang('en');
    const g = lean.guidelines[guidelines[1]!.id]!;
    const box = await mountNow(h(GuidelineDetail, { g, library: { ...lean, detail: () => Promise.reject(new Error('reloaded')) } }));
    await settle();
    expect(box.textContent).toBe(guidelines[1]!.sanction.text.id);
  });
});
