/** The Growth Map guide's "Sample filled excerpt" (section 5), as printed: a hand-written map to import. */
export const guideExcerpt = `Sample filled excerpt:
- Destination A: Build a fault-tolerant microservice
- Skill 1: Distributed systems design - P
- Skill 2: Observability - P
- Skill 3: Release engineering - N
- Week 1-6 Plan: Deliver a minimal service with tracing and canary release; document design decisions and failure handling.
`;
