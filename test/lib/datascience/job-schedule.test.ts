import { cronEvery, jobScheduleStatements } from '../../../lib/datascience/job-schedule';
import { PolicyLocation, PolicySubject } from '../../../lib/iam';

describe('cronEvery', () => {
  test.each([
    [5, '*/5 * * * *'],
    [15, '*/15 * * * *'],
    [60, '0 * * * *'],
    [360, '0 */6 * * *'],
    [1440, '0 0 * * *'],
  ])('runs every %i minutes as %s', (minutes, cron) => {
    expect(cronEvery(minutes)).toBe(cron);
  });
});

describe('jobScheduleStatements', () => {
  test('lets the schedule start job runs and read the job and its project, nothing more', () => {
    const location = PolicyLocation.compartmentId('ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla');
    expect(jobScheduleStatements(PolicySubject.dynamicGroup('team-schedule'), location).map(String)).toEqual([
      'Allow dynamic-group team-schedule to manage data-science-job-runs in compartment id ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
      'Allow dynamic-group team-schedule to read data-science-jobs in compartment id ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
      'Allow dynamic-group team-schedule to read data-science-projects in compartment id ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
    ]);
  });
});
