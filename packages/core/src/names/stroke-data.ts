// 单个汉字的笔画数据：笔画数和按笔顺排列的五类笔形（横竖撇点折）。
// cnchar / cnchar-order 只是数据库（无 I/O）；这里把它们的字母笔形码折算成排序用的五类。
import cnchar from 'cnchar';
import order from 'cnchar-order';

cnchar.use(order);

/** 五类基本笔形按排序先后编号：横 1、竖 2、撇 3、点 4、折 5。 */
export type StrokeClass = '1' | '2' | '3' | '4' | '5';

/**
 * cnchar-order 的笔形字母 → 五类。按《现代汉语通用字笔顺规范》的五类归并：
 * 提归横，竖钩（亅）归竖，捺归点，其余带折的笔形归折。
 * 竖钩归竖与中央文件“按姓氏笔画为序”的名单一致：李（…乛亅一）在杨（…𠃌丿丿）之前。
 */
const LETTER_CLASS: Record<string, StrokeClass> = {
  j: '1', // 横
  i: '1', // 提
  f: '2', // 竖
  g: '2', // 竖钩
  s: '3', // 撇
  k: '4', // 点
  l: '4', // 捺
  d: '4', // 点（cnchar 的“点2”，形似提的点，如冫旁）
};

export interface CharStrokes {
  /** 笔画数；cnchar 不认识的字为 null。 */
  count: number | null;
  /** 每笔的五类编号连成的串（如“李”为 "1234521"）；没有笔顺数据时为 null。 */
  classes: string | null;
}

// 同一个字在一次排序中会被比较成千上万次，按字缓存（字数有限，几千个常用字）。
const cache = new Map<string, CharStrokes>();

function lookup(ch: string): CharStrokes {
  const letters = (cnchar.stroke(ch, 'order') as Array<string | undefined>)[0];
  if (typeof letters === 'string' && letters.length > 0) {
    const classes = Array.from(letters, (l) => LETTER_CLASS[l] ?? '5').join('');
    return { count: letters.length, classes };
  }
  const n = cnchar.stroke(ch) as number;
  return { count: n > 0 ? n : null, classes: null };
}

/** 一个字（一个 Unicode 码点）的笔画数据。 */
export function charStrokes(ch: string): CharStrokes {
  let hit = cache.get(ch);
  if (!hit) {
    hit = lookup(ch);
    cache.set(ch, hit);
  }
  return hit;
}
