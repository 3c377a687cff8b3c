// Separate parts packed around the largest: parts sorted by radius, largest at the centre, the rest
// on rings around it, each ring as thick as its first (largest) part. Deterministic; O(parts).

/**
 * Centres for parts of the given radii, `gap` apart at least. Parts are taken largest first (ties
 * by index), so the same radii always give the same picture.
 */
export function packParts(radii: Float64Array, gap: number): Float64Array {
  const count = radii.length;
  const centres = new Float64Array(2 * count);
  if (count === 0) return centres;
  const order = Array.from({ length: count }, (_unused, i) => i).sort((a, b) => (radii[b] ?? 0) - (radii[a] ?? 0) || a - b);
  const first = order[0] ?? 0;
  let ringInner = radii[first] ?? 0;
  let ringThickness = 0;
  let ringRadius = 0;
  let ringFirst = 0;
  let previous = 0;
  let angle = 0;
  // Angle between the centres of two touching parts (radii a, b) on this ring, gap included.
  const apart = (a: number, b: number): number => 2 * Math.asin(Math.min(1, (a + b + gap) / (2 * ringRadius)));
  for (let k = 1; k < count; k++) {
    const part = order[k] ?? 0;
    const r = radii[part] ?? 0;
    const step = ringRadius > 0 ? apart(previous, r) : Infinity;
    // Stays on this ring if it fits between the last part and (going round) the ring's first.
    if (angle + step + (ringRadius > 0 ? apart(r, ringFirst) : 0) <= 2 * Math.PI) angle += step;
    else {
      ringInner += ringThickness + (ringThickness > 0 ? gap : 0);
      ringThickness = 2 * r;
      ringRadius = ringInner + gap + r;
      ringFirst = r;
      angle = 0;
    }
    previous = r;
    centres[2 * part] = ringRadius * Math.cos(angle);
    centres[2 * part + 1] = ringRadius * Math.sin(angle);
  }
  return centres;
}
