// Solves one ALTCHA challenge off the main thread: posts back the number, or null when there is none.
self.onmessage = async function (event) {
  var challenge = event.data;
  var encoder = new TextEncoder();
  for (var n = 0; n <= challenge.maxnumber; n++) {
    var digest = await crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + n));
    var hex = Array.from(new Uint8Array(digest), function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    if (hex === challenge.challenge) {
      self.postMessage(n);
      return;
    }
  }
  self.postMessage(null);
};
