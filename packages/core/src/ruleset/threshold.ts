/**
 * A legal threshold ("more than half of", "at least one third of") as data, evaluated
 * with integer cross-multiplication only (law-rules C-2): floats would misjudge 1/3.
 */
export interface Threshold {
  /** `more-than` is 过半数/超过 (strict), `at-least` is 不少于/以上 (inclusive), per C-1 */
  readonly op: 'more-than' | 'at-least';
  /** the fraction num/den of the whole that the part must reach */
  readonly num: number;
  readonly den: number;
}

/** true when `part` reaches the threshold of `whole`: den*part > num*whole (or >=) */
export function meets(t: Threshold, part: number, whole: number): boolean {
  const left = t.den * part;
  const right = t.num * whole;
  return t.op === 'more-than' ? left > right : left >= right;
}

/** The smallest whole number that meets the threshold of `whole`. */
export function minimumToMeet(t: Threshold, whole: number): number {
  const scaled = t.num * whole;
  const floor = Math.floor(scaled / t.den);
  if (t.op === 'more-than') return floor + 1;
  return floor * t.den === scaled ? floor : floor + 1;
}

/** The comparison as people check it by hand, e.g. `2*votes > voted`. */
export function formula(t: Threshold, part: string, whole: string): string {
  const left = t.den === 1 ? part : `${t.den}*${part}`;
  const right = t.num === 1 ? whole : `${t.num}*${whole}`;
  return `${left} ${t.op === 'more-than' ? '>' : '>='} ${right}`;
}
