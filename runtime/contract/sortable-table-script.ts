/**
 * The inline script of the self-contained HTML reports (drift, data quality): a click on a header
 * with `data-col` sorts the table's rows by that column's cells' `data-sort` values, numerically
 * where the header says `data-numeric="true"`, and marks the direction with `aria-sort`.
 *
 * @param tableId - the `id` of the table element
 * @returns a `<script>` element, no external resource
 * @example
 * `<table id="results">...</table>${sortableTableScript('results')}`
 */
export function sortableTableScript(tableId: string): string {
  return `<script>
(function () {
  var table = document.getElementById(${JSON.stringify(tableId)});
  table.querySelectorAll('th[data-col]').forEach(function (th) {
    th.addEventListener('click', function () {
      var col = Number(th.dataset.col), numeric = th.dataset.numeric === 'true';
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      Array.prototype.slice.call(body.rows).sort(function (a, b) {
        var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort;
        return dir * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
      }).forEach(function (r) { body.appendChild(r); });
    });
  });
})();
</script>`;
}
