/** PDF user space in points, origin bottom-left: [x0, y0, x1, y1]. */
export type Box = readonly [number, number, number, number];

/** The smallest box holding every box given; an empty list gives a zero box. */
export function unionBoxes(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return [0, 0, 0, 0];
  let [x0, y0, x1, y1] = boxes[0] as Box;
  for (const [a, b, c, d] of boxes) {
    if (a < x0) x0 = a;
    if (b < y0) y0 = b;
    if (c > x1) x1 = c;
    if (d > y1) y1 = d;
  }
  return [x0, y0, x1, y1];
}

export const boxWidth = (box: Box): number => box[2] - box[0];
export const boxHeight = (box: Box): number => box[3] - box[1];

/** Rounds a box for printing (views, JSON); the model keeps full precision. */
export const roundBox = (box: Box, digits = 1): Box => {
  const f = 10 ** digits;
  return box.map((v) => Math.round(v * f) / f) as unknown as Box;
};
