/** Pinyin initials of a name (张三 → zs), stored at write time so the list can be searched by them. */
import { pinyin } from 'pinyin-pro';

export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
