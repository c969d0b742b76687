// The full-page viewer (index.html): hands ?bundle= and ?article= to the page's <folio-viewer fullpage>, which
// then follows the address's #/route with Back and Forward, sets the title and remembers settings. Runs before
// folio-embed.js (both are deferred, in document order), so the element starts with these attributes. The element
// opens the bundle only from an origin the page allows (web/embed/origins.js): the query cannot widen that.
"use strict";
(function () {
  var viewer = document.getElementById("folio");
  var params = new URLSearchParams(location.search);
  ["bundle", "article"].forEach(function (name) {
    if (params.get(name)) viewer.setAttribute(name, params.get(name));
  });
})();
