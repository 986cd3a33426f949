/** Static markup only: the icon is ours, never built from page data. */
export const LAUNCHER_ICON_SVG =
  '<svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true" focusable="false">' +
  '<path fill="currentColor" d="M16 4a12 12 0 1 0 0 24a12 12 0 0 0 0-24zm4.6 15.3c-.6 2.2-2.6 3.4-5.2 3.4c-2 0-3.9-.6-5.2-1.7l1.3-2.2c1.1.9 2.5 1.4 3.9 1.4c1.3 0 2.1-.5 2.1-1.3c0-.9-.8-1.2-2.6-1.7c-2.5-.7-4.2-1.6-4.2-4c0-2.3 1.9-3.9 4.8-3.9c1.7 0 3.3.5 4.5 1.3l-1.2 2.3c-1-.7-2.2-1.1-3.3-1.1c-1.1 0-1.8.5-1.8 1.2c0 .8.8 1.1 2.5 1.6c2.6.7 4.3 1.7 4.3 4c0 .2 0 .5-.1.7z"/>' +
  '</svg>';

export const LAUNCHER_CSS = `
:host { all: initial; }
.launcher {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  width: 40px; height: 40px; border-radius: 50%; border: none; cursor: pointer;
  display: grid; place-items: center; color: #fff; background: #0176d3;
  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.25); opacity: 0.85;
  transition: opacity 120ms ease, transform 120ms ease;
}
.launcher:hover { opacity: 1; transform: scale(1.05); }
.launcher:focus-visible { outline: 3px solid #1b96ff; outline-offset: 2px; opacity: 1; }
@media (prefers-reduced-motion: reduce) { .launcher { transition: none; } }
`;
