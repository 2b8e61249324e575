// A small statements file in the shape the build writes (audit/statements.json), for unit tests.

export const ASSETS = new URL("../../plugins/inclusion/assets/js/", import.meta.url);

function statement(id, focusArea, resources = []) {
  return {
    id,
    title: `Title of ${id}`,
    statement: `Staff do ${id} well for every pupil.`,
    focus_area: focusArea,
    statutory: false,
    stronger_practice: ["Stronger one", "Stronger two"],
    weaker_practice: ["Weaker one", "Weaker two"],
    evidence_examples: ["Minutes"],
    url: `audit/statements/${id}/`,
    resources,
  };
}

export const STATEMENTS_FILE = {
  format: "mainstream-inclusion-audit-statements",
  version: 1,
  revision: "abc123def456",
  site_url: "",
  focus_areas: [
    { id: "environment", label: "Classroom and school environment", description: "" },
    { id: "leadership", label: "Leadership", description: "" },
  ],
  statements: [
    statement("calm-spaces", "environment", [
      { id: "quiet-areas", title: "Quiet areas", url: "resources/quiet-areas/" },
    ]),
    statement("visual-routines", "environment"),
    statement("send-policy", "leadership"),
  ],
  retired: [
    {
      id: "old-displays",
      title: "Displays",
      statement: "Displays are calm.",
      focus_area: "environment",
      replaced_by: "",
    },
  ],
};

export const NOW = "2026-12-04T10:00:00.000Z";
