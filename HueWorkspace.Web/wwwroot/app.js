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

// The menu of a page the server renders without a circuit (#app-root[data-static]): opened and closed here, as the
// layout does it on an interactive page (the same classes). The person's choice is kept for the tab, and put back
// after an enhanced refresh or navigation, which redraw the layout as the server renders it.
(function () {
  var key = 'hw-drawer';

  function staticRoot() {
    return document.querySelector('#app-root[data-static]');
  }

  function apply(open, chosen) {
    var root = staticRoot();
    if (!root) {
      return;
    }

    var layout = root.querySelector('.mud-layout');
    var drawer = root.querySelector('aside.mud-drawer');
    var overlay = root.querySelector('[data-drawer-overlay]');
    var toggle = root.querySelector('[data-drawer-toggle]');
    if (!layout || !drawer) {
      return;
    }

    layout.classList.toggle('mud-drawer-open-responsive-md-left', open);
    layout.classList.toggle('mud-drawer-close-responsive-md-left', !open);
    drawer.classList.toggle('mud-drawer--open', open);
    drawer.classList.toggle('mud-drawer--closed', !open);
    drawer.classList.toggle('hw-drawer-chosen', chosen);
    if (overlay) {
      overlay.classList.toggle('mud-drawer-overlay--open', open);
      overlay.hidden = !open;
    }

    if (toggle) {
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
  }

  function remembered() {
    var value = sessionStorage.getItem(key);
    if (value === 'open' || value === 'closed') {
      apply(value === 'open', true);
    } else if (window.hueWorkspace.isNarrow()) {
      // Nothing chosen yet: on a phone the menu is not shown (app.css), and the button says so.
      var toggle = document.querySelector('#app-root[data-static] [data-drawer-toggle]');
      if (toggle) {
        toggle.setAttribute('aria-expanded', 'false');
      }
    }
  }

  function choose(open) {
    sessionStorage.setItem(key, open ? 'open' : 'closed');
    apply(open, true);
  }

  document.addEventListener('click', function (event) {
    if (!staticRoot() || !(event.target instanceof Element)) {
      return;
    }

    if (event.target.closest('[data-drawer-toggle]')) {
      var drawer = document.querySelector('#app-root aside.mud-drawer');
      var open = !!drawer && drawer.classList.contains('mud-drawer--open') && (drawer.classList.contains('hw-drawer-chosen') || !window.hueWorkspace.isNarrow());
      choose(!open);
    } else if (event.target.closest('[data-drawer-overlay]')) {
      choose(false);
    } else if (event.target.closest('aside.mud-drawer a[href]') && window.hueWorkspace.isNarrow()) {
      // On a phone, choosing a page in the menu closes it (as on an interactive page).
      choose(false);
    }
  });

  document.addEventListener('DOMContentLoaded', remembered);
  if (window.Blazor && window.Blazor.addEventListener) {
    window.Blazor.addEventListener('enhancedload', remembered);
  } else {
    document.addEventListener('DOMContentLoaded', function () {
      if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener('enhancedload', remembered);
      }
    });
  }
})();

// A list's filters on a page without a circuit are a GET form (the address is the state): a form marked
// data-autosubmit asks again as soon as a choice changes, and 400 ms after typing stops in a text field. Blazor's
// enhanced navigation fetches the page and patches it in place, so the field keeps its focus and what was typed.
(function () {
  var timers = new WeakMap();

  function submit(form) {
    clearTimeout(timers.get(form));
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  document.addEventListener('change', function (event) {
    var field = event.target;
    var form = field instanceof Element ? field.closest('form[data-autosubmit]') : null;
    if (form && !(field instanceof HTMLInputElement && (field.type === 'search' || field.type === 'text'))) {
      submit(form);
    }
  });

  document.addEventListener('input', function (event) {
    var field = event.target;
    var form = field instanceof HTMLInputElement && (field.type === 'search' || field.type === 'text') ? field.closest('form[data-autosubmit]') : null;
    if (form) {
      clearTimeout(timers.get(form));
      timers.set(form, setTimeout(function () { submit(form); }, 400));
    }
  });
})();
