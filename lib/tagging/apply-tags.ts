import { dependable, type IAspect, TerraformResource, TerraformStack, Token } from 'cdktf';
import { type IConstruct } from 'constructs';

export interface ApplyTagsProps {
  /** Freeform tags to add. @default {} */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags (`<namespace>.<key>`) to add. @default {} */
  readonly definedTags?: Record<string, string>;
  /**
   * Resources that define the tag keys when they live in the same stack: tagged resources then
   * depend on them, since OCI refuses a defined tag whose key does not exist yet.
   * @default - none (the keys exist already, for example in the shared platform stack)
   */
  readonly tagDefinitions?: readonly TerraformResource[];
}

interface Taggable {
  freeformTags?: Record<string, string>;
  definedTags?: Record<string, string>;
  freeformTagsInput?: Record<string, string>;
  definedTagsInput?: Record<string, string>;
}

/**
 * Adds tags to every OCI resource below the scope that accepts them; tags set on a resource itself
 * win over these. Apply with `Aspects.of(scope).add(new ApplyTags({...}))`.
 */
export class ApplyTags implements IAspect {
  constructor(private readonly props: ApplyTagsProps) {}

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || !node.terraformResourceType.startsWith('oci_')) return;
    const definitions = this.props.tagDefinitions ?? [];
    if (definitions.includes(node) || node.terraformResourceType.startsWith('oci_identity_tag')) return;
    const resource = node as unknown as Taggable;
    let tagged = false;
    for (const kind of ['freeformTags', 'definedTags'] as const) {
      const extra = this.props[kind];
      if (!extra || !Object.keys(extra).length || !(`${kind}Input` in resource)) continue;
      const own = resource[`${kind}Input`];
      if (own !== undefined && Token.isUnresolved(own)) continue;
      resource[kind] = { ...extra, ...own };
      tagged ||= kind === 'definedTags';
    }
    if (tagged) {
      const stack = TerraformStack.of(node);
      const existing = node.dependsOn ?? [];
      const extra = definitions.filter((def) => TerraformStack.of(def) === stack).map((def) => dependable(def));
      if (extra.length) node.dependsOn = [...existing, ...extra.filter((d) => !existing.includes(d))];
    }
  }
}
