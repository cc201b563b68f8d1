import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes.js';
import { ApiError, setUnauthorizedHandler } from './api.js';
import { queryKeys } from './queryKeys.js';
import './global.css';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 403 and 404 will not change on a retry; only flaky networks deserve one.
      retry: (count, err) => !(err instanceof ApiError && err.status > 0) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// An expired session: forget the user, and RequireAuth sends the browser to the login page.
setUnauthorizedHandler(() => queryClient.setQueryData(queryKeys.me, null));

const root = document.getElementById('root');
if (!root) throw new Error('页面缺少 #root 节点');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#c0392b', borderRadius: 6 } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
