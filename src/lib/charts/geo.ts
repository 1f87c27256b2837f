/**
 * District boundaries projected to screen paths once, at build time, so that neither the
 * site nor the widgets ship d3-geo.
 */
import { geoMercator } from 'd3';

/** The properties a district feature must carry (data/geo/districts-pre2025.geojson has more). */
export interface DistrictProperties {
  /** GSO code of the district, e.g. `001` (Ba Đình). The key; names are for display only. */
  gso_code: string;
  name_vi: string;
  /** The name without diacritics, used on English pages. */
  name_ascii: string;
}

/** A GeoJSON polygon or multipolygon in WGS84 longitude/latitude (any ring winding). */
export type DistrictGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** One district as a GeoJSON Feature. */
export interface DistrictFeature {
  type: 'Feature';
  properties: DistrictProperties;
  geometry: DistrictGeometry;
}

/** The districts as a GeoJSON FeatureCollection. */
export interface DistrictCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

/** A district's outline as SVG path data, in px of a `width × height` box. */
export interface DistrictPath {
  /** GSO code. */
  code: string;
  /** SVG path data: coordinates rounded to 0.1 px, relative moves, one subpath per ring. */
  d: string;
  name_vi: string;
  name_ascii: string;
}

/** Margin kept free around the map in px, so outlines are not cut at the edge. */
const PAD = 2;

/**
 * Projects district boundaries to SVG path data fitted to a `width × height` px box
 * (Mercator, fitted with `fitExtent` to every vertex, 2 px margin), in the order of the
 * features.
 *
 * Size: borders are simplified (Douglas–Peucker, `tolerance` px, default 0.4) arc by arc
 * between junctions — vertices where the set of districts sharing a point changes — so a
 * border shared by two districts is simplified once, identically for both, and no gaps open
 * between neighbours (as TopoJSON does). Coordinates are then rounded to 0.1 px, repeated
 * and collinear points dropped, and written as relative moves: the 30 Hanoi districts take
 * about 25 KB at 480 × 520 px. Rings that collapse below three points are dropped. The fit
 * uses the vertices rather than the polygons, so ring winding (RFC 7946 or d3's) does not
 * matter.
 */
export function projectDistrictPaths(features: DistrictCollection, width: number, height: number, tolerance = 0.4): DistrictPath[] {
  const rings = features.features.map((f) => polygons(f.geometry).flat().map(openRing));
  const vertices = rings.flat(2);
  const projection = geoMercator().fitExtent(
    [[PAD, PAD], [width - PAD, height - PAD]],
    { type: 'MultiPoint', coordinates: vertices.map((v) => [v[0] ?? 0, v[1] ?? 0]) },
  );
  // Which districts share each vertex (the source's shared borders use identical vertices).
  const sharedBy = new Map<string, Set<number>>();
  rings.forEach((featureRings, i) => {
    for (const ring of featureRings) for (const v of ring) sharedBy.set(key(v), (sharedBy.get(key(v)) ?? new Set()).add(i));
  });
  const setKeys = new Map<string, string>();
  for (const [k, set] of sharedBy) setKeys.set(k, [...set].sort((a, b) => a - b).join(' '));
  const districtsAt = (v: number[]) => setKeys.get(key(v)) ?? '';
  const projected = (v: number[]): [number, number] => projection([v[0] ?? 0, v[1] ?? 0]) ?? [0, 0];

  return features.features.map((f, i) => ({
    code: f.properties.gso_code,
    d: (rings[i] ?? [])
      .map((ring) => {
        const kept = simplifyArcs(ring, districtsAt, projected, tolerance);
        return ringPath(cleanRing(kept.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)])));
      })
      .join(''),
    name_vi: f.properties.name_vi,
    name_ascii: f.properties.name_ascii,
  }));
}

const key = (v: number[]) => `${v[0]},${v[1]}`;

/** A ring without its closing point. */
function openRing(ring: number[][]): number[][] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && ring.length > 1 && key(first) === key(last) ? ring.slice(0, -1) : ring;
}

/**
 * Simplifies a ring arc by arc: junctions are kept, and each arc between two junctions is
 * simplified on its own, so both districts along a shared border get the same points.
 */
function simplifyArcs(
  ring: number[][],
  districtsAt: (v: number[]) => string,
  project: (v: number[]) => [number, number],
  tolerance: number,
): [number, number][] {
  const n = ring.length;
  if (n < 3) return [];
  const sets = ring.map(districtsAt);
  const junctions: number[] = [];
  for (let i = 0; i < n; i++) {
    const here = sets[i] as string;
    if (here !== sets[(i + n - 1) % n] || here !== sets[(i + 1) % n] || here.split(' ').length >= 3) junctions.push(i);
  }
  if (junctions.length === 0) {
    // A ring with no junction (an island, or an enclave's border): anchor it at its smallest
    // vertex, which both sides of a shared ring agree on.
    let min = 0;
    for (let i = 1; i < n; i++) if (key(ring[i] as number[]) < key(ring[min] as number[])) min = i;
    junctions.push(min);
  }
  const points = ring.map(project);
  const kept: [number, number][] = [];
  junctions.forEach((start, j) => {
    const end = junctions[(j + 1) % junctions.length] as number;
    const arc: [number, number][] = [];
    for (let i = start; ; i = (i + 1) % n) {
      arc.push(points[i] as [number, number]);
      if (arc.length > 1 && i === end) break;
    }
    kept.push(...douglasPeucker(arc, tolerance).slice(0, -1));
  });
  return kept;
}

/** Douglas–Peucker on an open polyline; keeps both ends. Symmetric under reversal except for exact ties. */
function douglasPeucker(line: [number, number][], tolerance: number): [number, number][] {
  const n = line.length;
  if (n <= 2) return line;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = line[a] as [number, number];
    const [bx, by] = line[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstDist = tolerance * tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i] as [number, number];
      let dist: number;
      if (len2 === 0) dist = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        dist = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (dist > worstDist) [worst, worstDist] = [i, dist];
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** A point in tenths of a pixel. */
type Pt = [number, number];

function polygons(g: DistrictGeometry): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

const same = (a: Pt, b: Pt) => a[0] === b[0] && a[1] === b[1];
const cross = (a: Pt, b: Pt, c: Pt) => (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);

/** Drops repeated points, the closing point, and points on a straight line (or spike) between their neighbours. */
function cleanRing(points: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    if (out.length && same(out[out.length - 1] as Pt, p)) continue;
    while (out.length >= 2 && cross(out[out.length - 2] as Pt, out[out.length - 1] as Pt, p) === 0) out.pop();
    out.push(p);
  }
  while (out.length > 1 && same(out[0] as Pt, out[out.length - 1] as Pt)) out.pop();
  // The ring wraps around: the seam's points may be collinear too.
  let changed = true;
  while (changed && out.length >= 3) {
    changed = false;
    const n = out.length;
    if (cross(out[n - 2] as Pt, out[n - 1] as Pt, out[0] as Pt) === 0) {
      out.pop();
      changed = true;
    } else if (cross(out[n - 1] as Pt, out[0] as Pt, out[1] as Pt) === 0) {
      out.shift();
      changed = true;
    }
  }
  return out.length >= 3 ? out : [];
}

/** A coordinate in tenths written in px as short as SVG allows: `12`, `1.5`, `.5`, `-.5`. */
function tenths(t: number): string {
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  const s = frac === 0 ? String(whole) : whole === 0 ? `.${frac}` : `${whole}.${frac}`;
  return t < 0 ? `-${s}` : s;
}

/** `M x,y l dx dy …z` with separators only where SVG's number grammar needs them. */
function ringPath(ring: Pt[]): string {
  const [start, ...rest] = ring;
  if (!start) return '';
  let d = `M${tenths(start[0])},${tenths(start[1])}l`;
  let prevToken = 'l';
  let prev = start;
  const push = (token: string) => {
    const joins = token.startsWith('-') || (token.startsWith('.') && prevToken.includes('.')) || prevToken === 'l';
    d += joins ? token : ` ${token}`;
    prevToken = token;
  };
  for (const p of rest) {
    push(tenths(p[0] - prev[0]));
    push(tenths(p[1] - prev[1]));
    prev = p;
  }
  return `${d}z`;
}
