import type { Config } from '../../config.js';
import { fillTemplate } from '../../config.js';
import { sectionOf, type GateContext } from '../../gate.js';

/** The two OCI artifacts of a release: the container image and the Helm chart. */
export type OciSection = 'container' | 'helm';

/** The config key that names each artifact's repository, for messages. */
export const OCI_KEY: Record<OciSection, string> = { container: 'container.image', helm: 'helm.chart' };
/** How a person calls each artifact. */
export const OCI_LABEL: Record<OciSection, string> = { container: 'container image', helm: 'Helm chart' };

/** The image (container) or chart (helm) template of an OCI section, when the section is there. */
export function ociTemplate(config: Config, name: OciSection): { state: 'missing' } | { state: 'off' } | { state: 'on'; value: string } {
  if (name === 'container') {
    const section = sectionOf(config, 'container');
    return section.state === 'on' ? { state: 'on', value: section.value.image } : section;
  }
  const section = sectionOf(config, 'helm');
  return section.state === 'on' ? { state: 'on', value: section.value.chart } : section;
}

/**
 * The repository reference a template names for this repository, placeholders filled and lower-cased
 * (registries require lower-case repository names), without an `oci://` prefix. Parse it with the
 * OCI client's parseImageRef.
 */
export function ociRepository(ctx: Pick<GateContext, 'settings'>, template: string): string {
  const { owner, repo } = ctx.settings;
  return fillTemplate(template, { owner, repo }, true).replace(/^oci:\/\//, '');
}
