// opclean review: sorting and filtering on the index; on a document page, the links between
// the article and the blocks on the pages. Plain script (not a module): pages opened from
// file:// cannot load modules. Document text is only ever set as textContent.
(() => {
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

  // ---- the index ----------------------------------------------------------------------
  function setUpIndex() {
    const table = $('#runs');
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const count = $('#f-count');

    for (const button of $$('th button', table)) {
      button.addEventListener('click', () => {
        const th = button.parentElement;
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of $$('th', table)) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const column = th.cellIndex;
        const isNumber = button.dataset.type === 'number';
        const key = (row) => row.cells[column].dataset.v;
        const sorted = rows.slice().sort((a, b) => {
          const x = key(a);
          const y = key(b);
          // empty values (a failed file has no counts) go last either way
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
          const order = isNumber ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        body.append(...sorted);
      });
    }

    const text = $('#f-text');
    const status = $('#f-status');
    const kind = $('#f-kind');
    const missing = $('#f-missing');
    const filter = () => {
      const words = text.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of rows) {
        const missingFields = row.dataset.missing ? row.dataset.missing.split(' ') : [];
        const isShown =
          words.every((w) => row.cells[0].textContent.toLowerCase().includes(w)) &&
          (!status.value || row.dataset.status === status.value) &&
          (!kind.value || row.dataset.kind === kind.value) &&
          (!missing.value ||
            (missing.value === 'complete'
              ? row.dataset.status !== 'failed' && missingFields.length === 0
              : missingFields.includes(missing.value)));
        row.hidden = !isShown;
        if (isShown) shown++;
      }
      count.textContent = `${shown} of ${rows.length} shown`;
    };
    for (const control of [text, status, kind, missing]) control.addEventListener('input', filter);
    $('form.filters').addEventListener('submit', (event) => event.preventDefault());
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && document.activeElement !== text) {
        event.preventDefault();
        text.focus();
      }
    });
  }

  // ---- a document ---------------------------------------------------------------------
  function setUpDocument() {
    const details = JSON.parse($('#review-data').textContent);
    const inspector = $('#inspector');
    const pagesPane = $('#pages-pane');
    const articlePane = $('#article-pane');
    let lit = [];

    const unlight = () => {
      for (const element of lit) element.classList.remove('lit');
      lit = [];
    };
    const light = (elements) => {
      unlight();
      for (const element of elements) element.classList.add('lit');
      lit = elements;
    };
    const blocksOf = (element) =>
      (element.dataset.blocks || '')
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id))
        .filter(Boolean);

    const line = (text, tag = 'p') => {
      const element = document.createElement(tag);
      element.textContent = text;
      return element;
    };
    const show = (nodes) => inspector.replaceChildren(...nodes);

    const itemLines = (tags) => {
      const list = document.createElement('ul');
      for (const tag of tags) {
        const info = details[tag];
        if (info) list.append(line(info.join(' · '), 'li'));
      }
      return list.children.length > 0 ? [list] : [];
    };

    // scrolls a pane only as far as needed to bring the element into view
    const reveal = (element, pane) => {
      const box = element.getBoundingClientRect();
      const view = pane.getBoundingClientRect();
      if (box.top < view.top || box.bottom > view.bottom) element.scrollIntoView({ block: 'center', behavior: 'instant' });
    };

    const describeParagraph = (element) => {
      const blocks = blocksOf(element);
      const name = element.id.startsWith('removed-') ? `removed line (${element.cells[0].textContent})` : element.id;
      const pages = [...new Set(blocks.map((b) => b.closest('.page').id.replace('page-', '')))];
      const where =
        blocks.length === 0
          ? 'no source block recorded'
          : `${blocks.length} block${blocks.length === 1 ? '' : 's'} on page ${pages.join(', ')}`;
      show([line(`${name}: ${where}`), ...itemLines((element.dataset.items || '').split(' ').filter(Boolean))]);
    };

    const fromParagraph = (element, scroll) => {
      const blocks = blocksOf(element);
      light([element, ...blocks]);
      describeParagraph(element);
      if (scroll && blocks[0]) reveal(blocks[0], pagesPane);
    };

    const fromBlock = (rect, scroll) => {
      const target = rect.dataset.ref ? document.getElementById(rect.dataset.ref) : null;
      const others = target ? blocksOf(target) : [rect];
      light(target ? [target, ...others] : [rect]);
      const label = rect.getAttribute('aria-label');
      show([line(`${label} — role ${rect.dataset.role}${target ? '' : ', not in the article'}`)]);
      if (scroll && target) reveal(target, articlePane);
    };

    const paragraphs = '.para';
    articlePane.addEventListener('mouseover', (event) => {
      const mark = event.target.closest('.hl[data-h]');
      const element = event.target.closest(paragraphs);
      if (element) fromParagraph(element, false);
      if (mark) show([...itemLines(mark.dataset.h.split(' '))]);
    });
    articlePane.addEventListener('focusin', (event) => {
      const element = event.target.closest(paragraphs);
      if (element) fromParagraph(element, true);
    });
    articlePane.addEventListener('keydown', (event) => {
      const element = event.target.closest(paragraphs);
      if (!element || (event.key !== 'Enter' && event.key !== ' ')) return;
      const first = blocksOf(element)[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    });
    // a link to a paragraph (tables, note references) moves focus there, which lights its blocks
    articlePane.addEventListener('click', (event) => {
      const link = event.target.closest('a[href^="#"]');
      const target = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (target?.matches(paragraphs)) {
        event.preventDefault();
        target.focus();
      }
    });

    pagesPane.addEventListener('mouseover', (event) => {
      const rect = event.target.closest('rect.blk');
      if (rect) fromBlock(rect, false);
    });
    pagesPane.addEventListener('focusin', (event) => {
      const rect = event.target.closest('rect.blk');
      if (rect) fromBlock(rect, true);
    });
    pagesPane.addEventListener('click', (event) => {
      const rect = event.target.closest('rect.blk');
      if (rect) rect.focus();
    });
    // one tab stop per page: the arrow keys move between its blocks, Enter goes to the text
    pagesPane.addEventListener('keydown', (event) => {
      const rect = event.target.closest('rect.blk');
      if (!rect) return;
      const rects = $$('rect.blk', rect.ownerSVGElement).filter((r) => r.getClientRects().length > 0);
      const at = rects.indexOf(rect);
      let next;
      if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = rects[at + 1];
      else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = rects[at - 1];
      else if (event.key === 'Home') next = rects[0];
      else if (event.key === 'End') next = rects[rects.length - 1];
      else if (event.key === 'Enter' || event.key === ' ') {
        const target = rect.dataset.ref && document.getElementById(rect.dataset.ref);
        if (target) {
          event.preventDefault();
          target.focus();
        }
        return;
      } else return;
      event.preventDefault();
      if (!next) return;
      rect.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });

    for (const box of $$('.toolbar input[type=checkbox]')) {
      const apply = () => document.body.classList.toggle(box.dataset.hide, !box.checked);
      box.addEventListener('change', apply);
      apply();
    }
  }

  if (document.body.classList.contains('index-page')) setUpIndex();
  else if (document.body.classList.contains('doc-page')) setUpDocument();
})();
