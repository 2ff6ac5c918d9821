/**
 * Policy files as administrators deploy them, read back into Netra's policy object: a plain
 * Netra policy (JSON), Chrome's Linux/ChromeOS JSON (`3rdparty.extensions.<id>`), Firefox's
 * policies.json (`policies.3rdparty.Extensions.<id>`), a Windows .reg file and a macOS
 * configuration profile (.mobileconfig / .plist). Used by `npm run policy:check` and by the test
 * of the examples in docs/. Syntax errors come back with line and column.
 */

export class PolicySyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${line}:${column}: ${reason}`);
  }
}

/** Line and column (1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

export function parseJsonLocated(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /at position (\d+)/.exec(msg);
    const lc = /\(line (\d+) column (\d+)\)/.exec(msg);
    const at = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : lineColumn(text, pos ? Number(pos[1]) : text.length);
    throw new PolicySyntaxError(at.line, at.column, `JSON: ${msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')}`);
  }
}

/** A .reg file: key path → value name → string (REG_SZ) or number (dword). */
export function parseReg(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || /^Windows Registry Editor/.test(line) || line === 'REGEDIT4') continue;
    const key = /^\[(-?)(.+)\]$/.exec(line);
    if (key) {
      current = key[1] ? null : (keys.get(key[2]!) ?? {});
      if (current) keys.set(key[2]!, current);
      continue;
    }
    const val = /^(?:"((?:[^"\\]|\\.)*)"|@)=(.*)$/.exec(line);
    if (!val || !current) throw new PolicySyntaxError(i + 1, 1, '.reg: expected [KEY] or "name"=value');
    const name = (val[1] ?? '').replace(/\\(.)/g, '$1');
    const v = val[2]!;
    const str = /^"((?:[^"\\]|\\.)*)"$/.exec(v);
    const dword = /^dword:([0-9a-fA-F]{8})$/.exec(v);
    if (str) current[name] = str[1]!.replace(/\\(.)/g, '$1');
    else if (dword) current[name] = parseInt(dword[1]!, 16);
    else throw new PolicySyntaxError(i + 1, raw.indexOf('=') + 2, '.reg: a value must be "text" or dword:XXXXXXXX');
  }
  return keys;
}

/** A property-list (XML) document as plain values: dict, array, string, integer, real, true, false. */
export function parsePlist(text: string): unknown {
  const tags = /<(\/?)([A-Za-z]+)(?:\s[^>]*?)?(\/?)>|<\?[^>]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g;
  let m: RegExpExecArray | null;
  const fail = (at: number, why: string): never => {
    const { line, column } = lineColumn(text, at);
    throw new PolicySyntaxError(line, column, `plist: ${why}`);
  };
  const entity = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
    );
  type Frame = { tag: string; at: number; items: unknown[]; start: number };
  // Texts are kept as { key, value } until their dict or array takes them.
  const plain = (x: unknown) => (x && typeof x === 'object' && 'key' in x ? (x as unknown as { value: unknown }).value : x);
  const stack: Frame[] = [{ tag: '#root', at: 0, items: [], start: 0 }];
  while ((m = tags.exec(text))) {
    if (!m[2]) continue;
    const [whole, close, tag, selfClose] = m as unknown as [string, string, string, string];
    const top = stack.at(-1)!;
    if (selfClose) {
      if (tag === 'true' || tag === 'false') top.items.push(tag === 'true');
      else if (tag === 'string') top.items.push('');
      else if (tag === 'dict') top.items.push({});
      else if (tag === 'array') top.items.push([]);
      continue;
    }
    if (!close) {
      stack.push({ tag, at: m.index, items: [], start: m.index + whole.length });
      continue;
    }
    if (top.tag !== tag) fail(m.index, `</${tag}> closes <${top.tag}>`);
    stack.pop();
    const parent = stack.at(-1)!;
    const inner = text.slice(top.start, m.index);
    if (tag === 'key' || tag === 'string' || tag === 'date' || tag === 'data') parent.items.push({ key: tag === 'key', value: entity(inner) });
    else if (tag === 'integer' || tag === 'real') parent.items.push(Number(inner.trim()));
    else if (tag === 'array') parent.items.push(top.items.map(plain));
    else if (tag === 'dict') {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < top.items.length; i += 2) {
        const k = top.items[i] as { key?: boolean; value?: unknown };
        if (!k || !k.key) fail(top.at, '<dict> entries must be <key> then a value');
        o[k.value as string] = plain(top.items[i + 1]);
      }
      parent.items.push(o);
    } else if (tag === 'plist') parent.items.push(...top.items.map(plain));
  }
  if (stack.length > 1) fail(stack.at(-1)!.at, `<${stack.at(-1)!.tag}> is never closed`);
  return stack[0]!.items[0];
}

export interface FoundPolicy {
  /** Where in the file: "3rdparty.extensions.<id>", a registry key, a profile payload. */
  where: string;
  policy: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Netra's policies inside a parsed JSON or plist document (a plain Netra policy is itself). */
export function policiesInDocument(doc: unknown): FoundPolicy[] {
  if (!isObj(doc)) return [{ where: '(file)', policy: doc }];
  const out: FoundPolicy[] = [];
  const third = (o: Record<string, unknown>, base: string) => {
    const tp = o['3rdparty'];
    if (!isObj(tp)) return;
    for (const exts of ['extensions', 'Extensions']) {
      const e = tp[exts];
      if (isObj(e)) for (const [id, p] of Object.entries(e)) out.push({ where: `${base}3rdparty.${exts}.${id}`, policy: p });
    }
  };
  third(doc, '');
  if (isObj(doc.policies)) third(doc.policies, 'policies.');
  // macOS reads an extension's policy from its own preference domain, the payload type
  // com.google.Chrome.extensions.<id> (Edge: com.microsoft.Edge.extensions.<id>), with the
  // fields at the top of the payload. A 3rdparty key in a com.google.Chrome payload is read by
  // nobody there, so it is not taken as a policy.
  if (Array.isArray(doc.PayloadContent)) {
    doc.PayloadContent.forEach((p, i) => {
      if (!isObj(p) || typeof p.PayloadType !== 'string' || !/\.extensions\.[^.]+$/.test(p.PayloadType)) return;
      const policy = Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('Payload')));
      out.push({ where: `PayloadContent[${i}] (${p.PayloadType})`, policy });
    });
  }
  if (out.length) return out;
  // No wrapper: a plain Netra policy, unless it is some other policy file.
  return 'ExtensionInstallForcelist' in doc || 'policies' in doc || 'PayloadContent' in doc ? [] : [{ where: '(file)', policy: doc }];
}

/**
 * Netra's policies in a .reg file. Chrome reads lists and objects from REG_SZ values as JSON
 * text (when the schema says so), so those are parsed here the same way; a value Chrome could
 * not read stays a string and is reported as Chrome would drop it.
 */
export function policiesInReg(keys: Map<string, Record<string, string | number>>, listFields: ReadonlySet<string>): FoundPolicy[] {
  const out: FoundPolicy[] = [];
  for (const [path, values] of keys) {
    if (!/\\3rdparty\\extensions\\[^\\]+\\policy$/i.test(path)) continue;
    const policy: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(values)) {
      if (typeof v === 'string' && listFields.has(name)) {
        try {
          policy[name] = JSON.parse(v);
        } catch {
          policy[name] = v;
        }
      } else policy[name] = v;
    }
    out.push({ where: path, policy });
  }
  return out;
}

// ---- writing: one Netra policy in each platform's format (`npm run policy:export`) --------------

export interface Rollout {
  /** The extension id the policy targets (your signing key's, or the store's). */
  id: string;
  /** Where Chrome/Edge fetch the extension: the store's update URL or your updates.xml. */
  updateUrl?: string;
  /** Firefox: where the signed .xpi is. */
  xpiUrl?: string;
  /** Reverse-DNS name of the macOS profile, e.g. id.go.sukamajukab.netra. */
  profileId?: string;
  profileName?: string;
}

/** JSON text with every character outside ASCII escaped: a .reg file stays plain ASCII. */
const asciiJson = (v: unknown) => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const regString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A Windows .reg file for Chrome (`vendor` 'Google\\Chrome') or Edge ('Microsoft\\Edge'). Lists
 * and objects are REG_SZ values holding JSON text, which Chrome reads as the schema's type; a
 * pack's lines are "\n" inside that JSON.
 */
export function toReg(policy: Record<string, unknown>, r: Rollout, vendor = 'Google\\Chrome'): string {
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; Netra: force-install and policy for every user of this machine. Made by npm run policy:export;',
    '; lists are JSON text in one string value (Chrome reads them so); non-ASCII is written as \\uXXXX.',
    '',
  ];
  if (r.updateUrl) lines.push(`[${base}\\ExtensionInstallForcelist]`, `"1"=${regString(`${r.id};${r.updateUrl}`)}`, '');
  lines.push(`[${base}\\3rdparty\\extensions\\${r.id}\\policy]`);
  // A text value is stored as it is: with characters outside ASCII the file must be saved as
  // UTF-16 (policy:export does), as regedit itself writes .reg files.
  for (const [k, v] of Object.entries(policy)) lines.push(`${regString(k)}=${regString(typeof v === 'string' ? v : asciiJson(v))}`);
  return lines.join('\r\n') + '\r\n';
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function plistValue(v: unknown, indent: string): string {
  if (typeof v === 'string') return `${indent}<string>${xml(v)}</string>`;
  if (typeof v === 'number') return `${indent}<integer>${v}</integer>`;
  if (typeof v === 'boolean') return `${indent}<${v}/>`;
  if (Array.isArray(v)) return [`${indent}<array>`, ...v.map((x) => plistValue(x, indent + '  ')), `${indent}</array>`].join('\n');
  const o = v as Record<string, unknown>;
  return [`${indent}<dict>`, ...Object.entries(o).flatMap(([k, x]) => [`${indent}  <key>${xml(k)}</key>`, plistValue(x, indent + '  ')]), `${indent}</dict>`].join('\n');
}

/**
 * A macOS configuration profile for Chrome (`browser` com.google.Chrome) or Edge
 * (com.microsoft.Edge): the force-install in the browser's own payload, Netra's fields in the
 * payload of its preference domain `<browser>.extensions.<id>`, where macOS Chrome reads them.
 */
export function toMobileconfig(policy: Record<string, unknown>, r: Rollout, browser = 'com.google.Chrome'): string {
  const pid = r.profileId ?? 'id.go.example.netra';
  // Stable UUIDs from the names, so the same input gives the same profile (MDMs replace by UUID).
  const uuid = (seed: string) => {
    let h = 0x811c9dc5;
    const hex: string[] = [];
    for (let round = 0; round < 4; round++) {
      for (const c of `${seed}#${round}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
      hex.push(h.toString(16).padStart(8, '0'));
    }
    const s = hex.join('').toUpperCase();
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
  };
  const payload = (type: string, fields: Record<string, unknown>) => ({
    PayloadType: type,
    PayloadIdentifier: `${pid}.${type.toLowerCase()}`,
    PayloadUUID: uuid(`${pid}.${type}`),
    PayloadVersion: 1,
    ...fields,
  });
  const content = [
    ...(r.updateUrl ? [payload(browser, { ExtensionInstallForcelist: [`${r.id};${r.updateUrl}`] })] : []),
    payload(`${browser}.extensions.${r.id}`, policy),
  ];
  const profile = { PayloadDisplayName: r.profileName ?? 'Netra', PayloadIdentifier: pid, PayloadType: 'Configuration', PayloadUUID: uuid(pid), PayloadVersion: 1, PayloadContent: content };
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">', '<plist version="1.0">', plistValue(profile, ''), '</plist>', ''].join('\n');
}

/** Chrome's JSON policy file (Linux: /etc/opt/chrome/policies/managed/netra.json). */
export function toChromeJson(policy: Record<string, unknown>, r: Rollout): string {
  return JSON.stringify({ ...(r.updateUrl ? { ExtensionInstallForcelist: [`${r.id};${r.updateUrl}`] } : {}), '3rdparty': { extensions: { [r.id]: policy } } }, null, 2) + '\n';
}

/** Firefox's policies.json (the gecko id is netra@netra.id). */
export function toFirefoxJson(policy: Record<string, unknown>, r: Rollout): string {
  const id = 'netra@netra.id';
  return (
    JSON.stringify(
      {
        policies: {
          ...(r.xpiUrl ? { ExtensionSettings: { [id]: { installation_mode: 'force_installed', install_url: r.xpiUrl } } } : {}),
          '3rdparty': { Extensions: { [id]: policy } },
        },
      },
      null,
      2,
    ) + '\n'
  );
}
