// The public tracking page: reads /track/<token>.json, then follows /track/<token>/events (Server-Sent Events),
// polling the JSON instead if the stream cannot be held open. Draws the map as SVG in Web Mercator on a plain
// background; tiles only when the hub names a tile server.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 400, HEIGHT = 300, PADDING = 40, TILE = 256;
  var POLL_MS = 30000;
  var STATUS_TEXT = {
    RECEIVED: 'Order received', PLANNED: 'Scheduled for delivery', DISPATCHED: 'Handed to the driver',
    OUT_FOR_DELIVERY: 'Out for delivery', ARRIVING: 'Arriving soon', DELIVERED: 'Delivered',
    FAILED_ATTEMPT: 'We could not deliver', RETURNED: 'Returned to the sender', CANCELLED: 'Cancelled',
    EXCEPTION: 'Delayed'
  };
  var base = location.pathname.replace(/\/+$/, '');
  var polling = null;

  function text(id, value) { document.getElementById(id).textContent = value; }
  function time(iso) { return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }); }
  function span(window) { return time(window.start) + ' – ' + time(window.end); }

  // Web Mercator, the whole world as the unit square.
  function project(lat, lon) {
    var sin = Math.sin(lat * Math.PI / 180);
    return { x: (lon + 180) / 360, y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI) };
  }

  function render(view) {
    var status = document.getElementById('status');
    status.dataset.status = view.status;
    status.textContent = STATUS_TEXT[view.status] || view.status;
    var eta = document.getElementById('eta');
    eta.dataset.expected = view.eta ? view.eta.expected : '';
    eta.textContent = view.eta ? 'between ' + span(view.eta)
      : (view.status === 'DELIVERED' ? 'delivered' : 'not yet known');
    text('window', view.timeWindow ? span(view.timeWindow) : 'none agreed');
    text('place', view.destination.place || '');
    text('stops-before', view.stopsBefore === undefined ? '–' : String(view.stopsBefore));
    drawMap(view);
    showProof(view.proofOfDelivery);
    text('updated', new Date().toLocaleTimeString());
  }

  function drawMap(view) {
    var points = [];
    var dest = view.destination;
    if (dest.latitude !== undefined && dest.latitude !== null) {
      points.push(project(dest.latitude, dest.longitude));
    }
    if (view.vehicle) {
      points.push(project(view.vehicle.latitude, view.vehicle.longitude));
    }
    if (points.length === 0) {
      return;
    }
    var minX = Math.min.apply(null, points.map(function (p) { return p.x; }));
    var maxX = Math.max.apply(null, points.map(function (p) { return p.x; }));
    var minY = Math.min.apply(null, points.map(function (p) { return p.y; }));
    var maxY = Math.max.apply(null, points.map(function (p) { return p.y; }));
    var least = 4 / Math.pow(2, 16); // about a kilometre across: never zoom in further
    var spanX = Math.max(maxX - minX, least), spanY = Math.max(maxY - minY, least);
    var scale = Math.min((WIDTH - 2 * PADDING) / spanX, (HEIGHT - 2 * PADDING) / spanY);
    var cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    function px(p) { return { x: WIDTH / 2 + (p.x - cx) * scale, y: HEIGHT / 2 + (p.y - cy) * scale }; }

    drawTiles(view.tiles, scale, cx, cy);
    var d = px(points[0]);
    place('destination', d);
    var vehicle = document.getElementById('vehicle');
    var route = document.getElementById('route');
    if (view.vehicle) {
      var v = px(points[points.length - 1]);
      place('vehicle', v);
      vehicle.dataset.latitude = view.vehicle.latitude;
      vehicle.dataset.longitude = view.vehicle.longitude;
      route.setAttribute('x1', v.x.toFixed(1)); route.setAttribute('y1', v.y.toFixed(1));
      route.setAttribute('x2', d.x.toFixed(1)); route.setAttribute('y2', d.y.toFixed(1));
      route.setAttribute('visibility', 'visible');
      text('map-note', 'The dashed line is the way left to your stop.');
    } else {
      vehicle.setAttribute('visibility', 'hidden');
      route.setAttribute('visibility', 'hidden');
      text('map-note', view.status === 'DELIVERED' ? 'Your stop.'
        : 'The vehicle appears here once it is a few stops away.');
    }
  }

  function place(id, p) {
    var node = document.getElementById(id);
    node.setAttribute('cx', p.x.toFixed(1));
    node.setAttribute('cy', p.y.toFixed(1));
    node.setAttribute('visibility', 'visible');
  }

  // Slippy-map tiles at the zoom whose pixels are closest to the map's, laid in the same projection.
  function drawTiles(tiles, scale, cx, cy) {
    var layer = document.getElementById('tiles');
    while (layer.firstChild) { layer.removeChild(layer.firstChild); }
    if (!tiles) { return; }
    var zoom = Math.max(0, Math.min(19, Math.round(Math.log(scale / TILE) / Math.LN2)));
    var n = Math.pow(2, zoom);
    var left = cx - WIDTH / 2 / scale, top = cy - HEIGHT / 2 / scale;
    for (var tx = Math.floor(left * n); tx <= Math.floor((left + WIDTH / scale) * n); tx++) {
      for (var ty = Math.floor(top * n); ty <= Math.floor((top + HEIGHT / scale) * n); ty++) {
        var image = document.createElementNS(SVG, 'image');
        image.setAttribute('href', tiles.url.replace('{z}', zoom).replace('{x}', tx).replace('{y}', ty));
        image.setAttribute('x', ((tx / n - left) * scale).toFixed(1));
        image.setAttribute('y', ((ty / n - top) * scale).toFixed(1));
        image.setAttribute('width', (scale / n).toFixed(1));
        image.setAttribute('height', (scale / n).toFixed(1));
        layer.appendChild(image);
      }
    }
    text('map-note', tiles.attribution || '');
  }

  function showProof(proof) {
    var section = document.getElementById('proof');
    if (!proof) { section.hidden = true; return; }
    section.hidden = false;
    text('delivered', 'Delivered at ' + time(proof.deliveredAt)
      + (proof.recipientName ? ', received by ' + proof.recipientName : '') + '.');
    var images = document.getElementById('proof-images');
    while (images.firstChild) { images.removeChild(images.firstChild); }
    (proof.photos || []).concat(proof.signature ? [proof.signature] : []).forEach(function (url, i, all) {
      var img = document.createElement('img');
      img.src = url;
      img.alt = proof.signature && i === all.length - 1 ? 'Signature' : 'Photo of the delivery';
      img.className = proof.signature && i === all.length - 1 ? 'signature' : 'photo';
      images.appendChild(img);
    });
  }

  function load() {
    fetch(base + '.json', { cache: 'no-store' }).then(function (answer) {
      if (!answer.ok) { throw new Error('HTTP ' + answer.status); }
      return answer.json();
    }).then(render).catch(function () { text('updated', 'not now; trying again'); });
  }

  function poll() {
    if (polling === null) { polling = setInterval(load, POLL_MS); }
  }

  load();
  if (window.EventSource) {
    var events = new EventSource(base + '/events');
    events.addEventListener('view', function (event) { render(JSON.parse(event.data)); });
    events.onerror = function () { if (events.readyState === EventSource.CLOSED) { poll(); } };
  } else {
    poll();
  }
})();
