// 中文字体：思源黑体（Noto Sans SC）的 TTF，来自 npm 包 @expo-google-fonts/noto-sans-sc。
// 字体文件各约 10 MB，但 pdfkit 只嵌入用到的字形子集，生成的 PDF 只有几十到几百 KB。
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** 文档里引用的字体族名。 */
export const FONT_FAMILY = 'NotoSansSC';

export const FONT_FILES = {
  normal: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;
