/**
 * The settings page's table of contents: every section heading in the page, read from the page
 * itself, so a section added later (by policy, say) is listed without being registered here.
 */
import { useEffect, useState } from 'preact/hooks';

export function OptionsToc({ label, root }: { label: string; root: () => HTMLElement | null }) {
  const [items, setItems] = useState<Array<{ id: string; text: string }>>([]);
  useEffect(() => {
    const el = root();
    if (!el) return;
    const read = () => {
      const next = [...el.querySelectorAll<HTMLElement>('section > h2[id]')].map((h) => ({ id: h.id, text: h.textContent ?? '' }));
      setItems((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    read();
    const watch = new MutationObserver(read);
    watch.observe(el, { childList: true, subtree: true, characterData: true });
    return () => watch.disconnect();
  }, []);
  return (
    <nav class="toc" aria-label={label}>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <a href={`#${i.id}`}>{i.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
