// @vitest-environment happy-dom
/**
 * The content script carries no rule messages (issue 11: its size) and asks the background for
 * them when the page starts. Until they come, or when the answer fails, a highlight's tooltip
 * says what the guideline's card says of the matched words, never an empty line; once they came,
 * the same engine gives word for word the findings of the full data.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { loadRules, shippedGuidelines, shippedRules } from '../../src/build/load-rules';
import { leanGuidelines, packRules } from '../../src/build/content-lean';
import { unpackRules } from '../../src/build/packed-rules';
import { withIndonesianCards } from '../../src/build/english-text';
import { ruleMessages, withCardMessages } from '../../src/build/rule-messages';
import { createEngine } from '../../src/engine/engine';
import type { Finding } from '../../src/engine/finding';
import type { GuidelineLibrary } from '../../src/engine/guideline';

const send = vi.hoisted(() => vi.fn());
vi.mock('../../src/messages', () => ({ sendToBackground: send }));
const { askRuleMessages } = await import('../../src/build/lean-rule-messages');
const { Tooltip } = await import('../../src/ui/Tooltip');

const DRAFT = 'Sebagai Kepala Dinas saya ajak warga coblos nomor 2 ✌️';
const fullRules = shippedRules(loadRules());

function tooltipText(f: Finding): string {
  const box = document.createElement('div');
  void act(() => render(h(Tooltip, { finding: f, top: 0, left: 0, onOpen: () => {} }), box));
  const text = box.querySelector('[role="tooltip"] > div')?.textContent ?? '';
  render(null, box);
  return text;
}

describe('the content script’s rule messages', () => {
  test('the card’s words until the messages come, asked again after a failed answer, then the full data’s findings', async () => {
    const library = withIndonesianCards(JSON.parse(JSON.stringify(leanGuidelines(shippedGuidelines()))) as GuidelineLibrary);
    const rules = withCardMessages(unpackRules(JSON.parse(JSON.stringify(packRules(fullRules))) as Record<string, unknown>), library);
    // The engine is made before the answer, as in the page: the messages reach it in place.
    const engine = createEngine(rules);
    const reference = createEngine(fullRules).check(DRAFT, { lang: 'id' });
    const before = engine.check(DRAFT, { lang: 'id' });
    expect(before.length).toBeGreaterThan(0);
    expect(before.map(({ message, ...f }) => f)).toEqual(reference.map(({ message, ...f }) => f));
    for (const f of before) {
      const card = library.guidelines[f.guidelineId]!.dialog.found.id;
      expect(f.message).toBe(card.replace('{match}', `“${DRAFT.slice(f.start, f.end)}”`));
      expect(tooltipText(f)).toBe(f.message);
    }

    send.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    expect(await askRuleMessages(() => rules)).toBe(false);
    // An empty answer fills nothing either: asked again.
    send.mockResolvedValueOnce({});
    expect(await askRuleMessages(() => rules)).toBe(false);
    expect(engine.check(DRAFT, { lang: 'id' })).toEqual(before);

    send.mockResolvedValue(JSON.parse(JSON.stringify(ruleMessages(fullRules))));
    expect(await askRuleMessages(() => rules)).toBe(true);
    expect(await askRuleMessages(() => rules)).toBe(true);
    expect(send.mock.calls).toEqual([[{ type: 'netra:rule-messages' }], [{ type: 'netra:rule-messages' }], [{ type: 'netra:rule-messages' }]]);
    const after = engine.check(DRAFT, { lang: 'id' });
    expect(after).toEqual(reference);
    expect(tooltipText(after[0]!)).toBe(reference[0]!.message);
  });
});
