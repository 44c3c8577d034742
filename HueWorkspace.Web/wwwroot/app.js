// HueWorkspace: the little script the pages need beyond Blazor and MudBlazor (a file, so the
// Content-Security-Policy needs no inline script).
// The skip link moves keyboard focus to the main content. Blazor's <base href="/"> would otherwise turn
// "#main-content" into a navigation to the home page.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a.skip-link') : null;
  if (!link) {
    return;
  }

  var main = document.getElementById('main-content');
  if (main) {
    event.preventDefault();
    event.stopPropagation();
    main.focus();
    main.scrollIntoView();
  }
}, true);

// The layout asks whether the menu overlays the page (narrower than MudBlazor's md breakpoint, as app.css decides).
window.hueWorkspace = window.hueWorkspace || {};
window.hueWorkspace.isNarrow = function () {
  return window.matchMedia('(max-width: 959.98px)').matches;
};
