// A codicon glyph (VS Code's icon font). Decorative: the control around it carries the accessible name.

/** Renders the named codicon ("refresh", "list-tree"); `spin` animates it (loading). */
export function Codicon({ name, spin = false }: { name: string; spin?: boolean }) {
  return (
    <span className={`codicon codicon-${name}${spin ? ' codicon-modifier-spin' : ''}`} aria-hidden="true" />
  );
}
