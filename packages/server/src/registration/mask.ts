/** 公民身份号码 are shown masked (3311**********1234) to callers without `idnumber.view`. */
export function maskIdNumber(id: string | null): string | null {
  if (id === null) return null;
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
