/**
 * RGBA pixel buffers and the few operations the picture checks need: resampling, rotation,
 * compositing and an anti-aliased polygon filler. Pure TypeScript over `{width, height, data}`
 * (ImageData's shape), so the same code runs in the offscreen document, in Node tests and in the
 * benchmark. The built-in logos (logos.ts) are drawn with the filler; the test-image generator
 * (tests/images/generate.ts) uses all of it.
 */

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, row-major, not premultiplied. */
  data: Uint8ClampedArray | Uint8Array;
}

export type Colour = readonly [number, number, number] | readonly [number, number, number, number];
/** A closed ring of points, flattened as x0, y0, x1, y1, … */
export type Ring = number[];

export function createRgba(width: number, height: number, fill: Colour = [0, 0, 0, 0]): Rgba {
  const data = new Uint8ClampedArray(width * height * 4);
  const [r, g, b, a = 255] = fill;
  if (r || g || b || a) {
    for (let i = 0; i < data.length; i += 4) {
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = a;
    }
  }
  return { width, height, data };
}

export function cloneRgba(img: Rgba): Rgba {
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(img.data) };
}

/**
 * Resize with area averaging when shrinking (no aliasing: a 4000-pixel photo becomes a clean
 * thumbnail) and bilinear interpolation when growing. Alpha is kept; colours are not
 * premultiplied because every picture this sees is opaque or a logo on transparency.
 */
export function resize(img: Rgba, width: number, height: number): Rgba {
  width = Math.max(1, Math.round(width));
  height = Math.max(1, Math.round(height));
  if (width === img.width && height === img.height) return cloneRgba(img);
  if (width <= img.width && height <= img.height) {
    // Halving by 2×2 averages is several times cheaper than box weights; the exact shrink
    // finishes from within a factor of two, so the result is the same area average.
    while (img.width >= width * 4 && img.height >= height * 4) img = halve(img);
    return shrink(img, width, height);
  }
  return bilinear(img, width, height);
}

/** Half the size by 2×2 averages (odd last row/column dropped). */
export function halve(img: Rgba): Rgba {
  const w = img.width >> 1;
  const h = img.height >> 1;
  const src = img.data;
  const out = new Uint8ClampedArray(w * h * 4);
  const stride = img.width * 4;
  for (let y = 0; y < h; y++) {
    let p = y * 2 * stride;
    let q = y * w * 4;
    for (let x = 0; x < w; x++, p += 8, q += 4) {
      out[q] = (src[p]! + src[p + 4]! + src[p + stride]! + src[p + stride + 4]! + 2) >> 2;
      out[q + 1] = (src[p + 1]! + src[p + 5]! + src[p + stride + 1]! + src[p + stride + 5]! + 2) >> 2;
      out[q + 2] = (src[p + 2]! + src[p + 6]! + src[p + stride + 2]! + src[p + stride + 6]! + 2) >> 2;
      out[q + 3] = (src[p + 3]! + src[p + 7]! + src[p + stride + 3]! + src[p + stride + 7]! + 2) >> 2;
    }
  }
  return { width: w, height: h, data: out };
}

function shrink(img: Rgba, width: number, height: number): Rgba {
  const { width: sw, height: sh, data: src } = img;
  const out = new Uint8ClampedArray(width * height * 4);
  // Box weights per output column and row, computed once.
  const taps = (n: number, m: number) => {
    const f = n / m;
    const start = new Int32Array(m);
    const count = new Int32Array(m);
    const weights: number[] = [];
    for (let o = 0; o < m; o++) {
      const a = o * f;
      const b = a + f;
      const i0 = Math.floor(a);
      const i1 = Math.min(n, Math.ceil(b));
      start[o] = i0;
      count[o] = i1 - i0;
      for (let i = i0; i < i1; i++) weights.push((Math.min(b, i + 1) - Math.max(a, i)) / f);
    }
    return { start, count, weights: Float32Array.from(weights) };
  };
  const tx = taps(sw, width);
  const ty = taps(sh, height);
  // Horizontal pass row by row (memory order), then vertical: O(pixels), exact box weights.
  const tmp = new Float32Array(width * sh * 4);
  const tmp2 = new Float32Array(width * 4);
  for (let y = 0; y < sh; y++) {
    const row = y * sw * 4;
    let wi = 0;
    for (let x = 0; x < width; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      let p = row + tx.start[x]! * 4;
      for (let k = 0; k < tx.count[x]!; k++, p += 4) {
        const w = tx.weights[wi++]!;
        r += src[p]! * w;
        g += src[p + 1]! * w;
        b += src[p + 2]! * w;
        a += src[p + 3]! * w;
      }
      const q = (y * width + x) * 4;
      tmp[q] = r;
      tmp[q + 1] = g;
      tmp[q + 2] = b;
      tmp[q + 3] = a;
    }
  }
  let wi = 0;
  for (let y = 0; y < height; y++) {
    const j0 = ty.start[y]!;
    const n = ty.count[y]!;
    const q0 = y * width * 4;
    for (let k = 0; k < n; k++) {
      const w = ty.weights[wi + k]!;
      const p0 = (j0 + k) * width * 4;
      for (let i = 0; i < width * 4; i++) tmp2[i] = (k === 0 ? 0 : tmp2[i]!) + tmp[p0 + i]! * w;
    }
    wi += n;
    for (let i = 0; i < width * 4; i++) out[q0 + i] = tmp2[i]!;
  }
  return { width, height, data: out };
}

function bilinear(img: Rgba, width: number, height: number): Rgba {
  const out = new Uint8ClampedArray(width * height * 4);
  const sx = img.width / width;
  const sy = img.height / height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      sample(img, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5, out, (y * width + x) * 4);
    }
  }
  return { width, height, data: out };
}

/** Bilinear sample at (x, y) into out[o..o+3]; outside the picture is transparent. */
function sample(img: Rgba, x: number, y: number, out: Uint8ClampedArray, o: number) {
  const { width: w, height: h, data } = img;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const ax = x - x0;
  const ay = y - y0;
  let r = 0, g = 0, b = 0, a = 0;
  for (let k = 0; k < 4; k++) {
    const xi = x0 + (k & 1);
    const yi = y0 + (k >> 1);
    const wgt = (k & 1 ? ax : 1 - ax) * (k >> 1 ? ay : 1 - ay);
    if (wgt === 0) continue;
    const cx = xi < 0 ? 0 : xi >= w ? w - 1 : xi;
    const cy = yi < 0 ? 0 : yi >= h ? h - 1 : yi;
    const p = (cy * w + cx) * 4;
    const inside = xi >= 0 && yi >= 0 && xi < w && yi < h;
    const al = inside ? data[p + 3]! : 0;
    r += data[p]! * wgt;
    g += data[p + 1]! * wgt;
    b += data[p + 2]! * wgt;
    a += al * wgt;
  }
  out[o] = r;
  out[o + 1] = g;
  out[o + 2] = b;
  out[o + 3] = a;
}

/** Rotate by `degrees` about the centre onto a canvas of the same size (corners fill with `fill`). */
export function rotate(img: Rgba, degrees: number, fill?: Colour): Rgba {
  const { width: w, height: h } = img;
  const out = new Uint8ClampedArray(w * h * 4);
  const rad = (degrees * Math.PI) / 180;
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const px = new Uint8ClampedArray(4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      const dy = y - cy;
      const sx = c * dx + s * dy + cx;
      const sy = -s * dx + c * dy + cy;
      const o = (y * w + x) * 4;
      sample(img, sx, sy, px, 0);
      if (fill && px[3]! < 255) {
        const al = px[3]! / 255;
        out[o] = px[0]! * al + fill[0] * (1 - al);
        out[o + 1] = px[1]! * al + fill[1] * (1 - al);
        out[o + 2] = px[2]! * al + fill[2] * (1 - al);
        out[o + 3] = 255;
      } else {
        out[o] = px[0]!;
        out[o + 1] = px[1]!;
        out[o + 2] = px[2]!;
        out[o + 3] = px[3]!;
      }
    }
  }
  return { width: w, height: h, data: out };
}

/** Alpha-composite `src` onto `dst` (in place) with its top-left corner at (x, y). */
export function composite(dst: Rgba, src: Rgba, x: number, y: number, opacity = 1) {
  const x0 = Math.round(x);
  const y0 = Math.round(y);
  for (let j = 0; j < src.height; j++) {
    const dy = y0 + j;
    if (dy < 0 || dy >= dst.height) continue;
    for (let i = 0; i < src.width; i++) {
      const dx = x0 + i;
      if (dx < 0 || dx >= dst.width) continue;
      const s = (j * src.width + i) * 4;
      const a = (src.data[s + 3]! / 255) * opacity;
      if (a <= 0) continue;
      const d = (dy * dst.width + dx) * 4;
      const da = dst.data[d + 3]! / 255;
      const oa = a + da * (1 - a);
      for (let k = 0; k < 3; k++) dst.data[d + k] = (src.data[s + k]! * a + dst.data[d + k]! * da * (1 - a)) / (oa || 1);
      dst.data[d + 3] = oa * 255;
    }
  }
}

/** Cut a rectangle out (clamped to the picture). */
export function crop(img: Rgba, x: number, y: number, w: number, h: number): Rgba {
  x = Math.max(0, Math.round(x));
  y = Math.max(0, Math.round(y));
  w = Math.min(img.width - x, Math.round(w));
  h = Math.min(img.height - y, Math.round(h));
  const out = new Uint8ClampedArray(w * h * 4);
  for (let j = 0; j < h; j++) out.set(img.data.subarray(((y + j) * img.width + x) * 4, ((y + j) * img.width + x + w) * 4), j * w * 4);
  return { width: w, height: h, data: out };
}

// ---- vector filling ---------------------------------------------------------------------------

const SUB = 5;

/**
 * Fill polygons (any number of rings, holes by winding) with anti-aliasing: SUB sub-scanlines per
 * row and exact horizontal coverage at span ends. Enough for emblems and glyph outlines.
 */
export function fillRings(img: Rgba, rings: readonly Ring[], colour: Colour, rule: 'nonzero' | 'evenodd' = 'nonzero') {
  let minY = Infinity, maxY = -Infinity;
  for (const r of rings) for (let i = 1; i < r.length; i += 2) {
    minY = Math.min(minY, r[i]!);
    maxY = Math.max(maxY, r[i]!);
  }
  if (!isFinite(minY)) return;
  const y0 = Math.max(0, Math.floor(minY));
  const y1 = Math.min(img.height - 1, Math.ceil(maxY));
  // Edges sorted by their top; an active list walks down the rows, so a shape costs what its
  // own rows cost, not rows × all edges.
  const edges: Array<[number, number, number, number, number]> = [];
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0; i < n; i++) {
      const ax = r[i * 2]!, ay = r[i * 2 + 1]!;
      const bx = r[((i + 1) % n) * 2]!, by = r[((i + 1) % n) * 2 + 1]!;
      if (ay === by) continue;
      edges.push(ay < by ? [ax, ay, bx, by, 1] : [bx, by, ax, ay, -1]);
    }
  }
  edges.sort((p, q) => p[1] - q[1]);
  let nextEdge = 0;
  let active: Array<[number, number, number, number, number]> = [];
  const cov = new Float32Array(img.width + 2);
  const xs: Array<[number, number]> = [];
  const [cr, cg, cb, ca = 255] = colour;
  for (let y = y0; y <= y1; y++) {
    while (nextEdge < edges.length && edges[nextEdge]![1] < y + 1) active.push(edges[nextEdge++]!);
    active = active.filter((e) => e[3] > y);
    if (active.length < 2) continue;
    cov.fill(0);
    let any = false;
    let minX = img.width, maxX = 0;
    for (let s = 0; s < SUB; s++) {
      const sy = y + (s + 0.5) / SUB;
      xs.length = 0;
      for (const [ax, ay, bx, by, d] of active) {
        if (sy < ay || sy >= by) continue;
        xs.push([ax + ((sy - ay) / (by - ay)) * (bx - ax), d]);
      }
      if (xs.length < 2) continue;
      xs.sort((p, q) => p[0] - q[0]);
      let wind = 0;
      for (let k = 0; k < xs.length - 1; k++) {
        wind += xs[k]![1];
        const inside = rule === 'nonzero' ? wind !== 0 : (k + 1) % 2 === 1;
        if (!inside) continue;
        addSpan(cov, xs[k]![0], xs[k + 1]![0], img.width);
        minX = Math.min(minX, xs[k]![0]);
        maxX = Math.max(maxX, xs[k + 1]![0]);
        any = true;
      }
    }
    if (!any) continue;
    const xa = Math.max(0, Math.floor(minX));
    const xb = Math.min(img.width - 1, Math.ceil(maxX));
    for (let x = xa; x <= xb; x++) {
      const c = cov[x]! / SUB;
      if (c <= 0) continue;
      blend(img, x, y, cr, cg, cb, (ca / 255) * Math.min(1, c));
    }
  }
}

function addSpan(cov: Float32Array, a: number, b: number, width: number) {
  a = Math.max(0, a);
  b = Math.min(width, b);
  if (b <= a) return;
  const ia = Math.floor(a);
  const ib = Math.floor(b);
  if (ia === ib) {
    cov[ia]! += b - a;
    return;
  }
  cov[ia]! += ia + 1 - a;
  for (let i = ia + 1; i < ib; i++) cov[i]! += 1;
  if (ib < width) cov[ib]! += b - ib;
}

function blend(img: Rgba, x: number, y: number, r: number, g: number, b: number, a: number) {
  const d = (y * img.width + x) * 4;
  const da = img.data[d + 3]! / 255;
  const oa = a + da * (1 - a);
  if (oa <= 0) return;
  img.data[d] = (r * a + img.data[d]! * da * (1 - a)) / oa;
  img.data[d + 1] = (g * a + img.data[d + 1]! * da * (1 - a)) / oa;
  img.data[d + 2] = (b * a + img.data[d + 2]! * da * (1 - a)) / oa;
  img.data[d + 3] = oa * 255;
}

// ---- shapes -------------------------------------------------------------------------------

export function ellipse(cx: number, cy: number, rx: number, ry = rx, steps = Math.max(24, Math.ceil(Math.max(rx, ry) * 1.5))): Ring {
  const out: Ring = [];
  for (let i = 0; i < steps; i++) {
    const t = (i / steps) * Math.PI * 2;
    out.push(cx + Math.cos(t) * rx, cy + Math.sin(t) * ry);
  }
  return out;
}

/** The same ellipse wound the other way: as a second ring it cuts a hole (nonzero rule). */
export function hole(ring: Ring): Ring {
  const out: Ring = [];
  for (let i = ring.length - 2; i >= 0; i -= 2) out.push(ring[i]!, ring[i + 1]!);
  return out;
}

export function star(cx: number, cy: number, outer: number, inner: number, points = 5, rotation = -Math.PI / 2): Ring {
  const out: Ring = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const t = rotation + (i * Math.PI) / points;
    out.push(cx + Math.cos(t) * r, cy + Math.sin(t) * r);
  }
  return out;
}

export function rect(x: number, y: number, w: number, h: number): Ring {
  return [x, y, x + w, y, x + w, y + h, x, y + h];
}

export function roundRect(x: number, y: number, w: number, h: number, r: number): Ring {
  const out: Ring = [];
  const corner = (cx: number, cy: number, from: number) => {
    for (let i = 0; i <= 6; i++) {
      const t = from + (i / 6) * (Math.PI / 2);
      out.push(cx + Math.cos(t) * r, cy + Math.sin(t) * r);
    }
  };
  corner(x + w - r, y + r, -Math.PI / 2);
  corner(x + w - r, y + h - r, 0);
  corner(x + r, y + h - r, Math.PI / 2);
  corner(x + r, y + r, Math.PI);
  return out;
}

/** A thick line segment as a quadrilateral. */
export function stroke(ax: number, ay: number, bx: number, by: number, width: number): Ring {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * (width / 2);
  const ny = (dx / len) * (width / 2);
  return [ax + nx, ay + ny, bx + nx, by + ny, bx - nx, by - ny, ax - nx, ay - ny];
}

export function transformRing(ring: Ring, m: { a: number; b: number; c: number; d: number; e: number; f: number }): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i]!, y = ring[i + 1]!;
    out.push(m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f);
  }
  return out;
}

/** Rotation by `rad` about (cx, cy) as an affine matrix for transformRing. */
export function rotation(rad: number, cx: number, cy: number) {
  const c = Math.cos(rad), s = Math.sin(rad);
  return { a: c, b: s, c: -s, d: c, e: cx - c * cx + s * cy, f: cy - s * cx - c * cy };
}
