// Review desk: highlight the regions of the selected field on the page image, show source lines for text
// inputs, keyboard shortcuts. Everything else is plain server-rendered forms.
(function () {
  'use strict';
  var form = document.getElementById('record-form');
  if (!form) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll('[data-field]'));
  var original = new Map(inputs.map(function (el) { return [el, el.value]; }));

  function select(el) {
    var key = el.getAttribute('data-field');
    document.querySelectorAll('.box.hl').forEach(function (b) { b.classList.remove('hl'); });
    document.querySelectorAll('.src').forEach(function (s) { s.hidden = true; });
    var boxes = document.querySelectorAll('.box[data-for="' + CSS.escape(key) + '"]');
    boxes.forEach(function (b) { b.classList.add('hl'); });
    if (boxes.length > 0) {
      boxes[0].scrollIntoView({ block: 'center', behavior: 'instant' });
    } else {
      var src = document.querySelector('.src[data-for="' + CSS.escape(key) + '"]');
      if (src) src.hidden = false;
    }
  }

  inputs.forEach(function (el) {
    el.addEventListener('focus', function () { select(el); });
    el.addEventListener('input', function () { el.classList.toggle('edited', el.value !== original.get(el)); });
  });

  function move(step) {
    var i = inputs.indexOf(document.activeElement);
    var next = inputs[(i + step + inputs.length) % inputs.length];
    if (next) next.focus();
  }

  function click(id) { var b = document.getElementById(id); if (b) b.click(); }

  document.addEventListener('keydown', function (e) {
    if (!e.altKey) return;
    var k = e.key.toLowerCase();
    if (k === 'j') move(1);
    else if (k === 'k') move(-1);
    else if (k === 'enter') {
      var el = document.activeElement;
      if (original.has(el)) el.classList.add('accepted');
      move(1);
    }
    else if (k === 'z') {
      var cur = document.activeElement;
      if (original.has(cur)) { cur.value = original.get(cur); cur.classList.remove('edited'); }
    }
    else if (k === 's') click('save');
    else if (k === 'a') click('approve');
    else if (k === 'n') { var n = document.getElementById('next-doc'); if (n) window.location = n.href; }
    else return;
    e.preventDefault();
  });
})();
