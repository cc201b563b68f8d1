import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  charStrokes,
  compareByPinyin,
  compareByStrokes,
  sortByStrokes,
  strokeSortKey,
} from '../../src/index.js';

const sorted = (names: string[]) => [...names].sort(compareByStrokes);

describe('姓氏笔画：单字数据', () => {
  it('笔画数和五类笔形来自 cnchar', () => {
    assert.deepEqual(charStrokes('李'), { count: 7, classes: '1234521' });
    assert.deepEqual(charStrokes('张'), { count: 7, classes: '5153154' });
    assert.deepEqual(charStrokes('王'), { count: 4, classes: '1121' });
  });
  it('提归横、竖钩归竖、捺归点，其余折笔归折', () => {
    assert.equal(charStrokes('冯').classes, '41551'); // 点 提 横折 竖折折钩 横
    assert.equal(charStrokes('丁').classes, '12'); // 横 竖钩
    assert.equal(charStrokes('水').classes, '2534'); // 竖钩 横撇 撇 捺
  });
  it('cnchar 不认识的字没有笔画数', () => {
    assert.deepEqual(charStrokes('𠀋'), { count: null, classes: null });
  });
});

describe('姓氏笔画排序', () => {
  it('同为 7 画，李（起笔横）在张（起笔折）之前', () => {
    assert.ok(compareByStrokes('李明', '张明') < 0);
  });
  it('笔画少的在前：王（4 画）在李（7 画）之前，丁（2 画）在万（3 画）之前', () => {
    assert.deepEqual(sorted(['李四', '王五', '万里', '丁一']), ['丁一', '万里', '王五', '李四']);
  });
  it('5 画的姓按起笔横竖撇点折：石、史、白、冯、司', () => {
    assert.deepEqual(sorted(['司建', '冯建', '白建', '史建', '石建']), [
      '石建',
      '史建',
      '白建',
      '冯建',
      '司建',
    ]);
  });
  it('起笔相同再比第二笔：王（横横）在韦（横横横竖…）之前只看笔画数；丰与王都 4 画，比到第三笔', () => {
    // 王 1121，丰 1112：第三笔 横 先于 竖 → 丰在王前
    assert.deepEqual(sorted(['王一', '丰一']), ['丰一', '王一']);
  });
  it('同姓再按名字的字逐个比', () => {
    // 刚 6 画、明 8 画、一 1 画
    assert.deepEqual(sorted(['王明', '王刚', '王一凡']), ['王一凡', '王刚', '王明']);
  });
  it('复姓只按字依次比较：欧阳（阳 6 画）在欧娜（娜 9 画）之前，短名在长名之前', () => {
    assert.deepEqual(sorted(['欧娜', '欧阳娜娜', '欧阳']), ['欧阳', '欧阳娜娜', '欧娜']);
  });
  it('笔形完全相同的不同姓（田、由）不交错：同姓的人排在一起', () => {
    assert.equal(charStrokes('田').classes, charStrokes('由').classes);
    const out = sorted(['由大', '田小', '由小', '田大']);
    const surnames = out.map((n) => n[0]).join('');
    assert.ok(surnames === '田田由由' || surnames === '由由田田', surnames);
  });
  it('不认识的字排在认识的字之后，顺序确定', () => {
    assert.deepEqual(sorted(['𠀋一', '龘一', '丁一']), ['丁一', '龘一', '𠀋一']);
    assert.ok(compareByStrokes('𠀋一', '𠀋二') < 0);
  });
  it('完全相同的名字相等；空白不影响', () => {
    assert.equal(compareByStrokes('李明', '李明'), 0);
    assert.equal(strokeSortKey('李 明'), strokeSortKey('李明'));
  });
  it('sortByStrokes 与比较器结果一致，不改原数组', () => {
    const people = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨磊', '赵敏', '黄强', '周杰', '吴昊'].map(
      (name, i) => ({
        name,
        i,
      }),
    );
    const before = people.map((p) => p.name);
    const out = sortByStrokes(people, (p) => p.name).map((p) => p.name);
    assert.deepEqual(out, sorted(before));
    assert.deepEqual(
      people.map((p) => p.name),
      before,
    );
    // 王4 刘6 | 7 画：李 1234521、杨 1234533、吴 2…、张 51…、陈 52… | 周8 赵9 黄11
    assert.deepEqual(
      out.map((n) => n[0]),
      ['王', '刘', '李', '杨', '吴', '张', '陈', '周', '赵', '黄'],
    );
  });
});

describe('与中央名单“按姓氏笔画为序”的实际顺序对照', () => {
  it('十九届中央政治局委员的姓氏顺序', () => {
    // 同姓之内官方名单另有“单名在前”的习惯，这里只对照姓氏的先后。
    const surnames = [
      '丁',
      '习',
      '王',
      '刘',
      '许',
      '孙',
      '李',
      '杨',
      '汪',
      '张',
      '陈',
      '胡',
      '郭',
      '黄',
      '韩',
      '蔡',
    ];
    const shuffled = [...surnames].reverse();
    assert.deepEqual(shuffled.sort(compareByStrokes), surnames);
  });
});

describe('拼音排序', () => {
  it('按拼音：安、白、陈、张', () => {
    assert.deepEqual(['张三', '陈四', '安五', '白六'].sort(compareByPinyin), [
      '安五',
      '白六',
      '陈四',
      '张三',
    ]);
  });
});
