import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import type { RegionPathItem } from '../../types.js';

/** 省 › 市 › 县 › 乡 › 村, each step a link except the region being shown. */
export function RegionBreadcrumb({ path }: { path: RegionPathItem[] }) {
  return (
    <Breadcrumb
      separator="›"
      items={path.map((item, i) => ({
        key: item.code,
        title: i === path.length - 1 ? item.name : <Link to={`/regions/${item.code}`}>{item.name}</Link>,
      }))}
    />
  );
}
