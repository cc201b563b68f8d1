import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import type { RegionPathItem } from '../../types.js';

/** 省 › 市 › 县 › 乡 › 村: steps the user may open are links; the region shown and levels above the user's are plain text. */
export function RegionBreadcrumb({ path }: { path: RegionPathItem[] }) {
  return (
    <Breadcrumb
      separator="›"
      items={path.map((item, i) => ({
        key: item.code,
        title:
          i === path.length - 1 || !item.inScope ? (
            item.name
          ) : (
            <Link to={`/regions/${item.code}`}>{item.name}</Link>
          ),
      }))}
    />
  );
}
