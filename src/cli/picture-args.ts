/** `--logo NAME=FILE` → its parts; null when it is not of that form. */
export function parseLogoOption(v: string | undefined): { name: string; file: string } | null {
  const m = v ? /^([^=]+)=(.+)$/.exec(v) : null;
  return m && m[1]!.trim() ? { name: m[1]!.trim(), file: m[2]! } : null;
}
