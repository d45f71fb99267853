import { type PolicyLocation, PolicyStatement, type PolicySubject } from '../iam';

/**
 * The CRON expression of a Data Science schedule that runs every `minutes` minutes, on whole
 * minutes or whole hours: `*\/m * * * *` below an hour, `0 * * * *` hourly, `0 *\/h * * *` every h
 * hours, `0 0 * * *` daily. Callers check that `minutes` divides an hour or a day.
 *
 * @param minutes - minutes between runs: a divisor of 60, or a multiple of 60 dividing 1440
 * @returns the CRON expression
 * @example
 * cronEvery(15) // '*\/15 * * * *'
 * cronEvery(360) // '0 *\/6 * * *'
 */
export function cronEvery(minutes: number): string {
  if (minutes < 60) return `*/${minutes} * * * *`;
  if (minutes === 60) return '0 * * * *';
  return minutes === 1440 ? '0 0 * * *' : `0 */${minutes / 60} * * *`;
}

/**
 * What a Data Science schedule needs to start runs of its job: create job runs (CreateJobRun) and read
 * the job and its project.
 *
 * @param schedule - the schedule's dynamic group (`resource.id = '<schedule>'`)
 * @param location - the compartment of the job
 * @returns `manage data-science-job-runs`, `read data-science-jobs`, `read data-science-projects`
 */
export function jobScheduleStatements(schedule: PolicySubject, location: PolicyLocation): PolicyStatement[] {
  return [
    new PolicyStatement({ subject: schedule, verb: 'manage', resource: 'data-science-job-runs', location }),
    new PolicyStatement({ subject: schedule, verb: 'read', resource: 'data-science-jobs', location }),
    new PolicyStatement({ subject: schedule, verb: 'read', resource: 'data-science-projects', location }),
  ];
}
