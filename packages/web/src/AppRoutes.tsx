import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.js';
import { RequireAuth } from './components/RequireAuth.js';
import { useCurrentUser } from './hooks/useMe.js';
import { AuditPage } from './pages/AuditPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PasswordPage } from './pages/PasswordPage.js';
import { RegionPage } from './pages/RegionPage.js';
import { RoundPage } from './pages/RoundPage.js';
import { RoundsPage } from './pages/RoundsPage.js';
import { UsersPage } from './pages/UsersPage.js';

function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={`/regions/${user.regionCode}`} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="regions/:code" element={<RegionPage />} />
        <Route path="rounds" element={<RoundsPage />} />
        <Route path="rounds/:id" element={<RoundPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="password" element={<PasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
