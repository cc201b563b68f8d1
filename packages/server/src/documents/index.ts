// 文书生成器的对外入口：API 层把数据库行映射成这里的输入类型，拿到 PDF 的 Buffer。
export * from './card-code.js';
export * from './proxy-certificates.js';
export * from './proxy-list.js';
export * from './voter-cards.js';
export * from './voter-list.js';
