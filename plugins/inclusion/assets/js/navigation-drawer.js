// Material opens its navigation drawer from <label for="__drawer">, which a keyboard cannot reach.
// The drawer replaces the sidebar below 1220 CSS pixels wide (76.234375em), which zooming in on a
// desktop soon reaches.
// This makes the label a button that Enter and Space toggle, and Escape closes the drawer.

export function start() {
  const toggle = document.getElementById("__drawer");
  const opener = document.querySelector('.md-header label[for="__drawer"]');
  if (!toggle || !opener || opener.hasAttribute("role")) return;

  opener.setAttribute("role", "button");
  opener.setAttribute("tabindex", "0");
  opener.setAttribute("aria-label", "Menu");
  opener.setAttribute("aria-expanded", String(toggle.checked));
  opener.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    toggle.click();
  });
  toggle.addEventListener("change", () => {
    opener.setAttribute("aria-expanded", String(toggle.checked));
    if (toggle.checked) document.querySelector(".md-sidebar--primary a[href]")?.focus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !toggle.checked) return;
    toggle.click();
    opener.focus();
  });
}
