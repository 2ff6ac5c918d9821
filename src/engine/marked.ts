/** Rule examples mark the expected span with [[double brackets]]; this strips the marks. */
export function parseMarked(marked: string): { text: string; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i) && open < 0) {
      open = text.length;
      i++;
    } else if (marked.startsWith(']]', i) && open >= 0) {
      spans.push([open, text.length]);
      open = -1;
      i++;
    } else text += marked[i];
  }
  return { text, spans };
}
