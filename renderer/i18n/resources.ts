import idAudit from '../../resources/locales/id/audit.json';
import idAuth from '../../resources/locales/id/auth.json';
import idCascade from '../../resources/locales/id/cascade.json';
import idCommon from '../../resources/locales/id/common.json';
import idErrors from '../../resources/locales/id/errors.json';
import idHome from '../../resources/locales/id/home.json';
import idSettings from '../../resources/locales/id/settings.json';
import idSetup from '../../resources/locales/id/setup.json';
import idUsers from '../../resources/locales/id/users.json';
import idSpreadsheet from '../../resources/locales/id/spreadsheet.json';
import idRoster from '../../resources/locales/id/roster.json';
import idPeople from '../../resources/locales/id/people.json';
import idSkp from '../../resources/locales/id/skp.json';
import enAudit from '../../resources/locales/en/audit.json';
import enAuth from '../../resources/locales/en/auth.json';
import enCascade from '../../resources/locales/en/cascade.json';
import enCommon from '../../resources/locales/en/common.json';
import enErrors from '../../resources/locales/en/errors.json';
import enHome from '../../resources/locales/en/home.json';
import enSettings from '../../resources/locales/en/settings.json';
import enSetup from '../../resources/locales/en/setup.json';
import enUsers from '../../resources/locales/en/users.json';
import enSpreadsheet from '../../resources/locales/en/spreadsheet.json';
import enRoster from '../../resources/locales/en/roster.json';
import enPeople from '../../resources/locales/en/people.json';
import enSkp from '../../resources/locales/en/skp.json';
import idSkpDocument from '../../resources/locales/id/skpDocument.json';
import enSkpDocument from '../../resources/locales/en/skpDocument.json';
import idSkpBulk from '../../resources/locales/id/skpBulk.json';
import enSkpBulk from '../../resources/locales/en/skpBulk.json';
import idSkpImport from '../../resources/locales/id/skpImport.json';
import enSkpImport from '../../resources/locales/en/skpImport.json';
import idFeedback from '../../resources/locales/id/feedback.json';
import enFeedback from '../../resources/locales/en/feedback.json';
import idMonitoringSettings from '../../resources/locales/id/monitoringSettings.json';
import enMonitoringSettings from '../../resources/locales/en/monitoringSettings.json';
import idMonitoring from '../../resources/locales/id/monitoring.json';
import enMonitoring from '../../resources/locales/en/monitoring.json';
import idDashboards from '../../resources/locales/id/dashboards.json';
import enDashboards from '../../resources/locales/en/dashboards.json';
import idRealisationImport from '../../resources/locales/id/realisationImport.json';
import enRealisationImport from '../../resources/locales/en/realisationImport.json';
import idEvaluation from '../../resources/locales/id/evaluation.json';
import enEvaluation from '../../resources/locales/en/evaluation.json';
import idEvaluationExport from '../../resources/locales/id/evaluationExport.json';
import enEvaluationExport from '../../resources/locales/en/evaluationExport.json';
import idEvaluationDocument from '../../resources/locales/id/evaluationDocument.json';
import enEvaluationDocument from '../../resources/locales/en/evaluationDocument.json';
import type { Language } from '../../shared/languages';

/** Bundled, not fetched: the app must show its words with no server and no network. */
export const resources = {
  id: { common: idCommon, setup: idSetup, auth: idAuth, home: idHome, users: idUsers, settings: idSettings, audit: idAudit, errors: idErrors, people: idPeople, roster: idRoster, spreadsheet: idSpreadsheet, skp: idSkp, skpDocument: idSkpDocument, skpImport: idSkpImport, cascade: idCascade, skpBulk: idSkpBulk, feedback: idFeedback, monitoringSettings: idMonitoringSettings, monitoring: idMonitoring, dashboards: idDashboards, realisationImport: idRealisationImport, evaluation: idEvaluation, evaluationDocument: idEvaluationDocument, evaluationExport: idEvaluationExport },
  en: { common: enCommon, setup: enSetup, auth: enAuth, home: enHome, users: enUsers, settings: enSettings, audit: enAudit, errors: enErrors, people: enPeople, roster: enRoster, spreadsheet: enSpreadsheet, skp: enSkp, skpDocument: enSkpDocument, skpImport: enSkpImport, cascade: enCascade, skpBulk: enSkpBulk, feedback: enFeedback, monitoringSettings: enMonitoringSettings, monitoring: enMonitoring, dashboards: enDashboards, realisationImport: enRealisationImport, evaluation: enEvaluation, evaluationDocument: enEvaluationDocument, evaluationExport: enEvaluationExport },
} satisfies Record<Language, Record<string, object>>;

export type Namespace = keyof (typeof resources)['id'];
export const namespaces = Object.keys(resources.id) as Namespace[];
