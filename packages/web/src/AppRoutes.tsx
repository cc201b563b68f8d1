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
import { ImportPage } from './pages/registration/ImportPage.js';
import { ObjectionsPage } from './pages/registration/ObjectionsPage.js';
import { ProxiesPage } from './pages/registration/ProxiesPage.js';
import { RegistrationLayout } from './pages/registration/RegistrationLayout.js';
import { RepresentativesPage } from './pages/registration/RepresentativesPage.js';
import { VoterPage } from './pages/registration/VoterPage.js';
import { VotersPage } from './pages/registration/VotersPage.js';
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
        <Route path="rounds/:roundId/villages/:code" element={<RegistrationLayout />}>
          <Route index element={<Navigate to="voters" replace />} />
          <Route path="voters" element={<VotersPage />} />
          <Route path="voters/import" element={<ImportPage />} />
          <Route path="voters/:voterId" element={<VoterPage />} />
          <Route path="objections" element={<ObjectionsPage />} />
          <Route path="proxies" element={<ProxiesPage />} />
          <Route path="representatives" element={<RepresentativesPage />} />
        </Route>
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="password" element={<PasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
