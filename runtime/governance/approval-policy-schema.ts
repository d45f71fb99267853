import { z } from 'zod';

const group = z.string().min(1).max(200);
const typeName = z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'lowercase letters, digits and "_", starting with a letter' });

/**
 * The approval policy file: which group approves each approval type, which types each risk tier needs,
 * and who may run the other transitions. Every key is optional; missing keys take the defaults below.
 */
export const ApprovalPolicySchema = z
  .object({
    approver_groups: z.record(typeName, group).default({ technical: 'ml-reviewers', risk: 'risk-officers', business: 'business-owners' }),
    required_approvals: z
      .object({ low: z.array(typeName).min(1), medium: z.array(typeName).min(1), high: z.array(typeName).min(1) })
      .strict()
      .default({ low: ['technical'], medium: ['technical', 'business'], high: ['technical', 'risk', 'business'] }),
    /** Members may deploy, roll back and retire models. */
    operator_group: group.default('mlops-operators'),
    /** Members may register webhooks and list or replay dead letters. */
    admin_group: group.default('governance-admins'),
  })
  .strict()
  .superRefine((policy, ctx) => {
    for (const tier of ['low', 'medium', 'high'] as const) {
      policy.required_approvals[tier].forEach((type, i) => {
        if (!(type in policy.approver_groups)) {
          ctx.addIssue({
            code: 'custom',
            path: ['required_approvals', tier, i],
            message: `approval type "${type}" has no approver group; known types: ${Object.keys(policy.approver_groups).join(', ')}`,
          });
        }
      });
    }
  });

export type ApprovalPolicy = z.infer<typeof ApprovalPolicySchema>;
