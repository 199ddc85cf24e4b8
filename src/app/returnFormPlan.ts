import { agencyAssignments, type AgencyAssignment } from '../core/forms/agencyResponsibility';
import type { Plan } from '../core/model/plan';
import {
  periodToCollect,
  planPeriods,
  reportingSettingsFromRecord,
  type PlanPeriod,
  type ReportingSettingIssue,
  type ReportingSettings,
} from '../core/periods';
import type { ReadRequest, WorkbookGateway, WorkbookSnapshot } from '../sheets/gateway';
import { PLAN_TABLES, readPlan } from '../sheets/codecs/planReader';

/** What both the Forms panel and the form builder read: the plan, its reporting cycle and who reports what. */
export interface ReturnFormPlan {
  plan: Plan;
  settings: ReportingSettings;
  issues: ReportingSettingIssue[];
  periods: PlanPeriod[];
  assignments: Map<string, AgencyAssignment>;
}

export const FORM_PLAN_REQUEST: ReadRequest = { tables: PLAN_TABLES.map((table) => table.name) };

export function returnFormPlan(snapshot: WorkbookSnapshot, file: string): ReturnFormPlan {
  const { plan, settingsRecord } = readPlan(snapshot, file);
  const { settings, issues } = reportingSettingsFromRecord(settingsRecord);
  return {
    plan,
    settings,
    issues,
    periods: planPeriods(plan.settings, settings),
    assignments: agencyAssignments(plan),
  };
}

export interface FormTargets {
  periods: PlanPeriod[];
  /** The period most likely collected today. */
  suggested: string | null;
  agencies: { code: string; name: string; indicators: number; activities: number }[];
}

/** For the Forms panel: the periods to choose from and each agency's share of the plan, from one read. */
export async function readFormTargets(gateway: WorkbookGateway, file: string, today: string): Promise<FormTargets> {
  const { plan, periods, assignments } = returnFormPlan(await gateway.read(FORM_PLAN_REQUEST), file);
  return {
    periods,
    suggested: periodToCollect(periods, today)?.code ?? null,
    agencies: plan.agencies.map((agency) => {
      const assignment = assignments.get(agency.code)!;
      return {
        code: agency.code,
        name: agency.name,
        indicators: assignment.indicators.size,
        activities: assignment.activities.length,
      };
    }),
  };
}
