/** What to do first when there is nothing active: the source's advice and its examples. */
export function EmptyMap({ hasFinished }: { hasFinished: boolean }) {
  return (
    <div className="card empty-state">
      <p>
        <strong>{hasFinished ? 'No active destinations right now.' : 'Your map has no destinations yet.'}</strong> A destination
        is a concrete role, capability or domain you want to reach. Start with 2–3 destinations, then add the 2–3 skills that
        bridge to each.
      </p>
      <p>
        Make each one SMART — specific, measurable, achievable, relevant and time-bound — and tie it to a business impact. For
        example:
      </p>
      <ul>
        <li>“Publish a technical article series and deliver two internal talks per quarter.”</li>
        <li>“Design and implement a fault-tolerant microservice with end-to-end tracing in production within 9 months.”</li>
        <li>
          “Lead a cross-functional project with product, design, and security, delivering at least three measurable product
          improvements.”
        </li>
      </ul>
      <p>Use “Add destination” below; the SMART check shows what each letter needs while you type.</p>
    </div>
  );
}
