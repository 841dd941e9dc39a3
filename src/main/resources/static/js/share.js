// The article's "copy link" button: hidden without a script (the short link is shown as text beside it), shown here,
// and copies the link to the clipboard; the page's own line says so (aria-live). Texts come from the page.
(function () {
  'use strict';
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll('button.share-copy[data-copy]').forEach(function (button) {
    var status = button.closest('.article-share').querySelector('.share-status');
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.dataset.copy).then(function () {
        if (status) { status.textContent = button.dataset.copied; }
      }, function () { /* the link stays visible to copy by hand */ });
    });
  });
}());
