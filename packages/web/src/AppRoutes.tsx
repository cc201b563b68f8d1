import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.js';
import { RequireAuth } from './components/RequireAuth.js';
import { useCurrentUser } from './hooks/useMe.js';
import { AuditPage } from './pages/AuditPage.js';
import { ArchivePage } from './pages/archive/ArchivePage.js';
import { HandoverPage } from './pages/archive/HandoverPage.js';
import { BodiesPage } from './pages/bodies/BodiesPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ComplaintsPage } from './pages/oversight/ComplaintsPage.js';
import { DailyReportPage } from './pages/oversight/DailyReportPage.js';
import { RiskLedgerPage } from './pages/oversight/RiskLedgerPage.js';
import { PasswordPage } from './pages/PasswordPage.js';
import { CheckinPage } from './pages/polling-day/CheckinPage.js';
import { CountPage } from './pages/polling-day/CountPage.js';
import { ProjectorPage } from './pages/polling-day/ProjectorPage.js';
import { RecallPage } from './pages/polling-day/RecallPage.js';
import { ResultPage } from './pages/polling-day/ResultPage.js';
import { ResultsAreaPage } from './pages/polling-day/ResultsAreaPage.js';
import { SheetsPage } from './pages/polling-day/SheetsPage.js';
import { AreaCalendarPage } from './pages/preparation/AreaCalendarPage.js';
import { BallotsPage } from './pages/preparation/BallotsPage.js';
import { CandidatesPage } from './pages/preparation/CandidatesPage.js';
import { ElectionCommitteePage } from './pages/preparation/ElectionCommitteePage.js';
import { NominationPage } from './pages/preparation/NominationPage.js';
import { PollingPlanPage } from './pages/preparation/PollingPlanPage.js';
import { ReviewBoardPage } from './pages/preparation/ReviewBoardPage.js';
import { ReviewPage } from './pages/preparation/ReviewPage.js';
import { ReviewSettingsPage } from './pages/preparation/ReviewSettingsPage.js';
import { SchedulePage } from './pages/preparation/SchedulePage.js';
import { SeatPlanPage } from './pages/preparation/SeatPlanPage.js';
import { SeatPlansAreaPage } from './pages/preparation/SeatPlansAreaPage.js';
import { ProgressPage } from './pages/progress/ProgressPage.js';
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
import { SummaryPage } from './pages/summary/SummaryPage.js';
import { WorkRecordsPage } from './pages/summary/WorkRecordsPage.js';
import { UsersPage } from './pages/UsersPage.js';

// ECharts is loaded with the statistics page only
const StatisticsPage = lazy(() =>
  import('./pages/statistics/StatisticsPage.js').then((m) => ({ default: m.StatisticsPage })),
);

function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={`/regions/${user.regionCode}`} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* 大屏: full screen, outside the app's frame, still signed in */}
      <Route
        path="/screen/rounds/:roundId/villages/:code/votes/:voteId"
        element={
          <RequireAuth>
            <ProjectorPage />
          </RequireAuth>
        }
      />
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
          <Route path="schedule" element={<SchedulePage />} />
          <Route path="committee" element={<ElectionCommitteePage />} />
          <Route path="seats" element={<SeatPlanPage />} />
          <Route path="nomination" element={<NominationPage />} />
          <Route path="review" element={<ReviewPage />} />
          <Route path="candidates" element={<CandidatesPage />} />
          <Route path="polling" element={<PollingPlanPage />} />
          <Route path="ballots" element={<BallotsPage />} />
          <Route path="checkin" element={<CheckinPage />} />
          <Route path="count" element={<CountPage />} />
          <Route path="sheets" element={<SheetsPage />} />
          <Route path="result" element={<ResultPage />} />
          <Route path="recall" element={<RecallPage />} />
          <Route path="bodies" element={<BodiesPage />} />
          <Route path="archive" element={<ArchivePage />} />
          <Route path="handover" element={<HandoverPage />} />
          <Route path="daily-report" element={<DailyReportPage />} />
        </Route>
        {/* a township's or county's view of all its villages in a round */}
        <Route path="rounds/:roundId/areas/:code/calendar" element={<AreaCalendarPage />} />
        <Route path="rounds/:roundId/areas/:code/review" element={<ReviewBoardPage />} />
        <Route path="rounds/:roundId/areas/:code/seat-plans" element={<SeatPlansAreaPage />} />
        <Route path="rounds/:roundId/areas/:code/results" element={<ResultsAreaPage />} />
        <Route path="rounds/:roundId/areas/:code/work-records" element={<WorkRecordsPage />} />
        <Route path="rounds/:roundId/areas/:code/summary" element={<SummaryPage />} />
        <Route path="rounds/:roundId/areas/:code/progress" element={<ProgressPage />} />
        <Route path="rounds/:roundId/areas/:code/risk" element={<RiskLedgerPage />} />
        <Route path="rounds/:roundId/areas/:code/complaints" element={<ComplaintsPage />} />
        <Route
          path="rounds/:roundId/areas/:code/statistics"
          element={
            <Suspense fallback={<Skeleton active />}>
              <StatisticsPage />
            </Suspense>
          }
        />
        <Route path="rounds/:roundId/review-settings" element={<ReviewSettingsPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="password" element={<PasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
