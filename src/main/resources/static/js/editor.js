// Khabar newsroom editor: a right-to-left rich-text surface over the body textarea, and autosave.
// Without this script the textarea is the editor. The server sanitizes whatever arrives.
(function () {
	'use strict';
	var form = document.getElementById('editor-form');
	if (!form) {
		return;
	}
	var textarea = form.querySelector('textarea[name="body"]');
	var surface = form.querySelector('.editor-surface');
	var toolbar = form.querySelector('.editor-toolbar');
	var status = document.getElementById('autosave-status');
	var readOnly = form.querySelector('fieldset[disabled]') !== null;
	var INLINE = /^(#text|B|STRONG|I|EM|U|A|BR|SPAN|SUB|SUP|CODE)$/;

	// What the body field receives: Chromium's execCommand writes <b>/<i> and leaves the first line typed into an
	// empty surface as bare text, so the copy gets <strong>/<em> and loose inline runs become paragraphs.
	function bodyHtml() {
		var copy = surface.cloneNode(true);
		Array.prototype.forEach.call(copy.querySelectorAll('b, i'), function (old) {
			var semantic = document.createElement(old.tagName === 'B' ? 'strong' : 'em');
			while (old.firstChild) {
				semantic.appendChild(old.firstChild);
			}
			old.parentNode.replaceChild(semantic, old);
		});
		var node = copy.firstChild;
		while (node) {
			if (!INLINE.test(node.nodeName)) {
				node = node.nextSibling;
				continue;
			}
			var p = document.createElement('p');
			copy.insertBefore(p, node);
			while (node && INLINE.test(node.nodeName)) {
				var after = node.nextSibling;
				p.appendChild(node);
				node = after;
			}
			if (!p.textContent.trim()) {
				copy.removeChild(p); // only whitespace or a stray <br> between blocks
			}
		}
		return copy.innerHTML;
	}

	if (textarea && surface && toolbar && !readOnly) {
		surface.innerHTML = textarea.value;
		surface.hidden = false;
		toolbar.hidden = false;
		textarea.hidden = true;
		try {
			document.execCommand('defaultParagraphSeparator', false, 'p');
		} catch (e) { /* older browsers keep div */ }
		var sync = function () { textarea.value = bodyHtml(); };
		surface.addEventListener('input', function () { sync(); changed = true; });
		toolbar.addEventListener('click', function (event) {
			var button = event.target.closest('button[data-cmd]');
			if (!button) {
				return;
			}
			surface.focus();
			var cmd = button.getAttribute('data-cmd');
			if (cmd === 'h2' || cmd === 'h3' || cmd === 'blockquote' || cmd === 'p') {
				document.execCommand('formatBlock', false, '<' + cmd + '>');
			} else if (cmd === 'image') {
				pickBodyImage();
				return;
			} else if (cmd === 'video') {
				// the server keeps the frame only for an allowed video host, sandboxed
				var address = window.prompt(form.getAttribute('data-msg-video'), 'https://');
				if (address && /^https:\/\/[^\s"'<>]+$/i.test(address)) {
					var frame = document.createElement('iframe');
					frame.setAttribute('src', address);
					frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
					document.execCommand('insertHTML', false, frame.outerHTML);
				}
			} else if (cmd === 'createLink') {
				var url = window.prompt(form.getAttribute('data-msg-link'), 'https://');
				if (url && /^https?:\/\//i.test(url)) {
					document.execCommand('createLink', false, url);
				}
			} else {
				document.execCommand(cmd, false, null);
			}
			sync();
			changed = true;
		});
		// arrow keys move between toolbar buttons, as in a toolbar widget
		toolbar.addEventListener('keydown', function (event) {
			if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') {
				return;
			}
			var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
			var i = buttons.indexOf(document.activeElement);
			if (i < 0) {
				return;
			}
			// right-to-left: the left arrow goes to the next button
			var next = event.key === 'ArrowLeft' ? i + 1 : i - 1;
			buttons[(next + buttons.length) % buttons.length].focus();
			event.preventDefault();
		});
		form.addEventListener('submit', sync);
	}

	if (readOnly) {
		return;
	}
	var changed = false;
	var busy = false;
	form.addEventListener('input', function () { changed = true; });

	function show(text) {
		if (status) {
			status.textContent = text;
		}
	}

	function autosave() {
		if (!changed || busy) {
			return;
		}
		var isNew = form.hasAttribute('data-new');
		if (isNew && !form.querySelector('input[name="title"]').value.trim()) {
			return; // a new draft needs a title before it can be stored
		}
		if (textarea && surface && !surface.hidden) {
			textarea.value = bodyHtml();
		}
		busy = true;
		changed = false;
		show(form.getAttribute('data-msg-saving'));
		fetch(form.getAttribute('data-autosave'), {
			method: 'POST',
			body: new FormData(form),
			headers: { 'Accept': 'application/json', 'X-Autosave': '1' },
			credentials: 'same-origin'
		}).then(function (response) {
			if (!response.ok) {
				throw new Error(String(response.status));
			}
			return response.json();
		}).then(function (answer) {
			if (isNew && answer.id) {
				// the draft exists now: further saves and autosaves go to it
				form.removeAttribute('data-new');
				form.setAttribute('action', answer.action);
				form.setAttribute('data-autosave', answer.action + '/autosave');
				history.replaceState(null, '', answer.edit);
				show('');
			} else {
				show(answer.message || '');
			}
		}).catch(function () {
			changed = true;
			show(form.getAttribute('data-msg-failed'));
		}).finally(function () {
			busy = false;
		});
	}

	setInterval(autosave, 10000);

	// Uploads: the server checks the content (not the name) and answers with the path and the srcset, or a Persian
	// message. The CSRF token goes in a header, so a refused large body is still answered as too large.
	function upload(url, file) {
		var body = new FormData();
		body.append('file', file);
		var headers = { 'Accept': 'application/json' };
		headers[form.getAttribute('data-csrf-header')] = form.getAttribute('data-csrf-token');
		return fetch(url, { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
			.then(function (response) {
				return response.json().catch(function () { return {}; }).then(function (answer) {
					if (!response.ok) {
						throw new Error(answer.message || form.getAttribute('data-msg-upload-failed'));
					}
					return answer;
				});
			});
	}

	function attribute(text) {
		return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	}

	var mediaField = form.querySelector('.media-upload');
	var mediaInput = form.querySelector('input[data-media-file]');
	var mediaRef = form.querySelector('input[name="mediaRef"]');
	if (mediaField && mediaInput && mediaRef) {
		mediaField.hidden = false;
		var mediaStatus = mediaField.querySelector('.media-status');
		var preview = mediaField.querySelector('.media-preview');
		mediaInput.addEventListener('change', function () {
			var file = mediaInput.files && mediaInput.files[0];
			if (!file) {
				return;
			}
			var video = /^video\//.test(file.type);
			mediaStatus.textContent = form.getAttribute('data-msg-uploading');
			upload(form.getAttribute(video ? 'data-upload-video' : 'data-upload-image'), file).then(function (answer) {
				mediaRef.value = answer.ref;
				changed = true;
				mediaStatus.textContent = form.getAttribute('data-msg-uploaded');
				if (preview && !video) {
					preview.src = answer.ref;
					preview.hidden = false;
				}
			}).catch(function (error) {
				mediaStatus.textContent = error.message;
			}).finally(function () {
				mediaInput.value = '';
			});
		});
	}

	var bodyImage = form.querySelector('input[data-body-image]');
	var savedRange = null;
	function pickBodyImage() {
		var selection = window.getSelection();
		savedRange = selection.rangeCount > 0 && surface.contains(selection.anchorNode)
			? selection.getRangeAt(0).cloneRange() : null;
		bodyImage.click();
	}
	if (bodyImage && surface) {
		bodyImage.addEventListener('change', function () {
			var files = Array.prototype.slice.call(bodyImage.files || []);
			if (!files.length) {
				return;
			}
			// a gallery is the body's figures in order, each with its caption
			var kind = form.querySelector('select[name="kind"]');
			var gallery = kind && kind.value === 'GALLERY';
			surface.focus();
			var selection = window.getSelection();
			selection.removeAllRanges();
			if (savedRange) {
				selection.addRange(savedRange);
			} else {
				var end = document.createRange();
				end.selectNodeContents(surface);
				end.collapse(false);
				selection.addRange(end);
			}
			var next = function () {
				var file = files.shift();
				if (!file) {
					bodyImage.value = '';
					return;
				}
				show(form.getAttribute('data-msg-uploading'));
				upload(form.getAttribute('data-upload-image'), file).then(function (answer) {
					surface.focus();
					document.execCommand('insertHTML', false, '<figure><img src="' + attribute(answer.ref) + '" srcset="'
						+ attribute(answer.srcset || '') + '" sizes="(max-width: 44rem) 100vw, 42rem" alt="">'
						+ (gallery ? '<figcaption>' + attribute(file.name.replace(/\.[^.]*$/, '')) + '</figcaption>' : '')
						+ '</figure><p><br></p>');
					textarea.value = bodyHtml();
					changed = true;
					show(form.getAttribute('data-msg-uploaded'));
					next();
				}).catch(function (error) {
					show(error.message);
					bodyImage.value = '';
				});
			};
			next();
		});
	}
})();
