// How many labels sigma's grid offers for a container width: phones get bigger cells and a lower
// density, so fewer names compete for the little room there is. Must not: depend on the data.

export interface LabelDensity {
  readonly labelDensity: number;
  readonly labelGridCellSize: number;
}

/** Wide views keep sigma's grid as tuned for the desktop; under 480 px cells grow with the squeeze. */
export function labelDensityFor(width: number): LabelDensity {
  if (width >= 720) return { labelDensity: 0.6, labelGridCellSize: 90 };
  if (width >= 480) return { labelDensity: 0.5, labelGridCellSize: 110 };
  return { labelDensity: 0.4, labelGridCellSize: 130 };
}
