/// The report page's inline style sheet and its small table script.
enum HTMLStyle {
  /// Colours per grade, dimension and severity; system fonts only.
  static let css = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
    header{background:#203a5c;color:#fff;padding:16px 28px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.85}
    main{padding:8px 28px 40px;max-width:1200px}h2{margin:24px 0 10px;font-size:19px}h3{margin:0 0 8px;font-size:16px}h4{margin:14px 0 6px;font-size:14px}
    .cards{display:flex;flex-wrap:wrap;gap:14px;margin-bottom:14px}.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:14px;flex:1 1 360px;margin-bottom:14px}
    .chart text{font-size:12px;fill:#1d2330}.chart .axis{fill:#5a6272}.passmark{stroke:#1d2330;stroke-dasharray:3 3}
    .bar-outstanding{fill:#1b7f4b}.bar-good{fill:#5cb85c}.bar-requires-improvement{fill:#e6a23c}.bar-inadequate{fill:#c9302c}
    table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:4px 8px;border-bottom:1px solid #e6e8ec;text-align:left;font-size:13px}
    #plantable th{cursor:pointer;user-select:none;background:#eef1f5}#plantable th.asc::after{content:" ▲"}#plantable th.desc::after{content:" ▼"}
    .filters{margin:8px 0}.filters input,.filters select{font:inherit;padding:3px 6px;margin-right:12px}
    .bar{display:inline-block;height:9px;background:#203a5c;vertical-align:middle}
    .grade{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;color:#fff;font-weight:600}
    .g-outstanding{background:#1b7f4b}.g-good{background:#5cb85c}.g-requires-improvement{background:#e6a23c}.g-inadequate{background:#c9302c}.g-error{background:#6c757d}
    .plan{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:14px 18px;margin:0 0 16px}.plan h3 .score{font-weight:400;color:#5a6272}
    .loc{color:#5a6272;font-size:13px;margin:0}.outcome{border-top:1px solid #eceef2;padding:10px 0}.ohead{font-size:13px;color:#5a6272}
    .otext{font-size:15px;margin:6px 0;line-height:1.9}mark{border-radius:3px;padding:1px 0;color:inherit}
    .d-timeframe{background:#cfe3ff;fill:#4a8ee6}.d-measurable{background:#d4f2d8;fill:#3fae57}.d-specific{background:#efe0ff;fill:#9b6bd6}
    .d-provision{background:#ffd9d6;fill:#e0605a}.d-perspective{background:#ffedc7;fill:#e0a526}.d-purpose{background:#c9f0ee;fill:#2aa198}
    .d-realistic{background:#e8e8e8;fill:#8a8f98}.d-clarity{background:#f5e6da;fill:#b9825a}
    .f{text-decoration:underline wavy;text-underline-offset:3px}.f-error{text-decoration-color:#c9302c}.f-warning{text-decoration-color:#e6a23c}.f-suggestion{text-decoration-color:#3a87ad}
    .dims{display:flex;flex-wrap:wrap;gap:4px}.chip{font-size:11px;padding:1px 6px;border-radius:8px}.chip.fail{outline:1px solid #c9302c;font-weight:600}
    .findings{margin:6px 0;padding-left:18px;font-size:13px}.sev{font-size:11px;text-transform:uppercase;font-weight:700}
    .sev-error .sev{color:#c9302c}.sev-warning .sev{color:#b7791f}.sev-suggestion .sev{color:#3a87ad}.suggest{color:#3d4452}
    .dimname{font-size:11px;padding:0 5px;border-radius:6px}.rewrite{background:#f1f8f3;border-left:3px solid #1b7f4b;padding:6px 10px;font-size:14px}
    .thread{font-size:13px;color:#3d4452}.aspirations .unserved{color:#8a4a00}.tag{font-size:11px;background:#fff3cd;padding:0 6px;border-radius:6px}
    .clusters li{margin-bottom:6px}.words{color:#5a6272}code{font-size:12px}
    """

  /// Sorting by column header and filtering by text and grade; no network, no libraries.
  static let script = """
    (function(){
    var table=document.getElementById('plantable');if(!table)return;
    var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
    var filter=document.getElementById('filter'),grade=document.getElementById('grade'),shown=document.getElementById('shown');
    function apply(){var q=filter.value.toLowerCase(),g=grade.value,n=0;
    rows.forEach(function(r){var ok=(!q||r.getAttribute('data-search').indexOf(q)>=0)&&(!g||r.getAttribute('data-grade')===g);
    r.style.display=ok?'':'none';if(ok)n++;});shown.textContent=n+' of '+rows.length+' plans';}
    filter.addEventListener('input',apply);grade.addEventListener('change',apply);
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    function sort(){var kind=th.getAttribute('data-kind'),asc=!th.classList.contains('asc');
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('asc','desc');});
    th.classList.add(asc?'asc':'desc');
    rows.sort(function(a,b){var x=a.cells[i],y=b.cells[i],p,q;
    if(kind==='grade'){p=+x.getAttribute('data-rank');q=+y.getAttribute('data-rank');}
    else if(kind==='number'){p=parseFloat(x.textContent)||0;q=parseFloat(y.textContent)||0;}
    else{p=x.textContent;q=y.textContent;return asc?p.localeCompare(q):q.localeCompare(p);}
    return asc?p-q:q-p;});
    rows.forEach(function(r){body.appendChild(r);});}
    th.addEventListener('click',sort);th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});});
    apply();})();
    """
}
