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
  let ringRadius = 0;
  let ringThickness = 0;
  let angle = 0;
  let limit = 0;
  for (let k = 1; k < count; k++) {
    const part = order[k] ?? 0;
    const r = radii[part] ?? 0;
    // Start a ring when the part does not fit in what is left of this one.
    const need = ringRadius > 0 ? (2 * r + gap) / ringRadius : Infinity;
    if (angle + need > limit) {
      ringInner += ringThickness + (ringThickness > 0 ? gap : 0);
      ringThickness = 2 * r;
      ringRadius = ringInner + gap + r;
      angle = 0;
      limit = 2 * Math.PI - (2 * r + gap) / ringRadius / 2;
    } else angle += need / 2;
    const theta = angle;
    centres[2 * part] = ringRadius * Math.cos(theta);
    centres[2 * part + 1] = ringRadius * Math.sin(theta);
    angle += (2 * r + gap) / ringRadius / 2;
  }
  return centres;
}
