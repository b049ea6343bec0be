/*
 * samnet serve's page: a map of the län (or the 290 kommuner) coloured by
 * membership, a search, presets, a rule picker, a base to compare with and a
 * live panel (share, rule met, Banzhaf and Shapley-Shubik, pivotal members,
 * the smallest blocking minorities, the difference against the base), the
 * members' collaboration network beside the map (a line per pair sharing
 * projects, wider for more; a click lists the projects), all
 * from /api/ on the same server, and the answer as JSON or CSV downloads.
 * The scenario lives in the address:
 *   #members=ID,ID&rule=PRESET&base=COALITION&players=kommuner
 * (shareable; the back button steps through earlier scenarios).
 */
"use strict";
(function () {
	var token = new URLSearchParams(location.search).get("token");
	var RULES = ["majority", "qualified", "double", "unanimity"];
	var actors = [], byId = {}, regionOfLan = {}, coalitions = [], geoCache = {};
	var members = [], rule = "majority", base = "", players = "regions";
	var drawn = "", answer = null, answerText = "", pending = 0;

	function $(id) { return document.getElementById(id); }

	function withToken(path, q) {
		if (token) q.set("token", token);
		var s = q.toString();
		return path + (s ? "?" + s : "");
	}

	/* GET an API path: {body, text} (the parsed answer and its text), or an Error with its message. */
	function apiText(path, params) {
		return fetch(withToken(path, new URLSearchParams(params || {}))).then(function (r) {
			return r.text().then(function (text) {
				var body = JSON.parse(text);
				if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
				return { body: body, text: text };
			});
		});
	}

	function api(path, params) { return apiText(path, params).then(function (a) { return a.body; }); }

	function el(tag, attrs, text) {
		var e = document.createElementNS(tag === "path" ? "http://www.w3.org/2000/svg"
			: "http://www.w3.org/1999/xhtml", tag);
		for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
		if (text !== undefined) e.textContent = text;
		return e;
	}

	function svgEl(tag, attrs, text) {
		var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
		for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
		if (text !== undefined) e.textContent = text;
		return e;
	}

	function nameOf(id) { return byId[id] ? byId[id].name : id; }
	function percent(x) { return (100 * x).toFixed(2) + " %"; }
	function signed(x, digits) { return (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(digits); }

	/* The actor a map feature stands for: a region per län, kommun-<code> per kommun. */
	function actorOf(code) {
		return players === "kommuner" ? "kommun-" + code : regionOfLan[code];
	}

	/* Equirectangular projection scaled by cos(62°), fitted to the 420 x 640 box. */
	function drawMap(geo) {
		var svg = $("map"), k = Math.cos(62 * Math.PI / 180);
		var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
		function rings(g) { return g.type === "Polygon" ? g.coordinates : [].concat.apply([], g.coordinates); }
		svg.textContent = "";
		geo.features.forEach(function (f) {
			rings(f.geometry).forEach(function (ring) {
				ring.forEach(function (p) {
					x0 = Math.min(x0, p[0] * k); x1 = Math.max(x1, p[0] * k);
					y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]);
				});
			});
		});
		var s = Math.min(400 / (x1 - x0), 620 / (y1 - y0));
		geo.features.forEach(function (f) {
			var d = rings(f.geometry).map(function (ring) {
				return "M" + ring.map(function (p) {
					return ((p[0] * k - x0) * s + 10).toFixed(1) + "," + ((y1 - p[1]) * s + 10).toFixed(1);
				}).join("L") + "Z";
			}).join("");
			var path = el("path", { d: d, "data-code": f.properties.code });
			path.appendChild(el("title", {}, f.properties.name));
			path.addEventListener("click", function () { toggle(actorOf(f.properties.code)); });
			svg.appendChild(path);
		});
	}

	/* The map of the current players (län or kommuner), fetched once each. */
	function showMap() {
		var file = players === "kommuner" ? "kommuner.geojson" : "lan.geojson";
		if (drawn === file) return Promise.resolve();
		var got = geoCache[file] ? Promise.resolve(geoCache[file])
			: fetch(withToken(file, new URLSearchParams())).then(function (r) { return r.json(); });
		return got.then(function (geo) {
			geoCache[file] = geo;
			if (drawn !== file) { drawMap(geo); drawn = file; }
		});
	}

	/* The member ids of the base coalition (the API takes ids and selectors, not names). */
	function baseMembers() {
		var c = coalitions.find(function (x) { return x.name === base; });
		return c ? c.members : [];
	}

	function toggle(id) {
		if (!id || !byId[id]) return;
		var i = members.indexOf(id);
		if (i >= 0) members.splice(i, 1); else members.push(id);
		commit();
	}

	/* The scenario into the address (a new history entry), then the panel. */
	function commit() {
		var p = new URLSearchParams();
		p.set("members", members.join(","));
		p.set("rule", rule);
		if (base) p.set("base", base);
		if (players !== "regions") p.set("players", players);
		var h = "#" + p.toString().replace(/%2C/g, ",");
		if (location.hash !== h) history.pushState(null, "", h);
		update();
	}

	function readHash() {
		var p = new URLSearchParams(location.hash.slice(1));
		members = (p.get("members") || "").split(",").filter(function (id) { return byId[id]; });
		rule = RULES.indexOf(p.get("rule")) >= 0 ? p.get("rule") : "majority";
		base = coalitions.some(function (c) { return c.name === p.get("base"); }) ? p.get("base") : "";
		players = p.get("players") === "kommuner" ? "kommuner" : "regions";
		$("rule").value = rule;
		$("base").value = base;
		$("players").value = players;
	}

	function clearPanel() {
		$("share").textContent = "–"; $("met").textContent = "–"; $("met").className = "big";
		document.querySelector("#members tbody").textContent = "";
		$("blocking").textContent = ""; $("compare").textContent = "";
		$("downloads").hidden = true;
		answer = null;
		document.body.removeAttribute("data-share");
		document.body.removeAttribute("data-delta");
	}

	/* ---- the members' collaboration network (/api/ties) ---------------------------- */

	function clearNetwork(message) {
		$("network").textContent = "";
		$("network").removeAttribute("data-ties");
		$("tie-projects").textContent = "";
		$("tie-projects").appendChild(el("p", {}, message));
	}

	function showTie(t, line) {
		document.querySelectorAll("#network line.chosen").forEach(function (l) { l.classList.remove("chosen"); });
		line.classList.add("chosen");
		var box = $("tie-projects");
		box.textContent = "";
		box.appendChild(el("p", { id: "tie-pair" }, nameOf(t.a) + " – " + nameOf(t.b) + ": " + t.shared +
			(t.shared === 1 ? " shared project" : " shared projects")));
		var ul = el("ul", { id: "tie-project-list" });
		t.projects.forEach(function (p) { ul.appendChild(el("li", { "data-id": p.id }, p.name || p.id)); });
		box.appendChild(ul);
	}

	/* The members on a circle, a line per tie with its width by the shared count. */
	function drawNetwork(r) {
		var svg = $("network"), n = r.members.length, at = {};
		var most = r.ties.reduce(function (m, t) { return Math.max(m, t.shared); }, 1);
		clearNetwork(r.ties.length ? "Click a line to list the pair's shared projects."
			: "The members share no project.");
		r.members.forEach(function (m, i) {
			var a = 2 * Math.PI * i / n - Math.PI / 2;
			at[m.id] = { x: 180 + 95 * Math.cos(a), y: 180 + 95 * Math.sin(a), a: a };
		});
		r.ties.forEach(function (t) {
			var line = svgEl("line", { "class": "tie", x1: at[t.a].x.toFixed(1), y1: at[t.a].y.toFixed(1),
				x2: at[t.b].x.toFixed(1), y2: at[t.b].y.toFixed(1), "data-a": t.a, "data-b": t.b,
				"data-shared": String(t.shared), "stroke-width": (1.5 + 6.5 * t.shared / most).toFixed(2) });
			line.appendChild(svgEl("title", {}, nameOf(t.a) + " – " + nameOf(t.b) + ": " + t.shared));
			line.addEventListener("click", function () { showTie(t, line); });
			svg.appendChild(line);
		});
		r.members.forEach(function (m) {
			var p = at[m.id], right = Math.cos(p.a) >= 0;
			var dot = svgEl("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 4, "data-id": m.id });
			dot.appendChild(svgEl("title", {}, m.name));
			svg.appendChild(dot);
			svg.appendChild(svgEl("text", { x: (p.x + (right ? 7 : -7)).toFixed(1), y: (p.y + 3).toFixed(1),
				"text-anchor": right ? "start" : "end" }, m.name.length > 15 ? m.name.slice(0, 14) + "…" : m.name));
		});
		svg.setAttribute("data-ties", String(r.ties.length));
	}

	function updateNetwork(mine) {
		if (!members.length) { clearNetwork("Add members to see their ties."); return; }
		api("/api/ties", { members: members.join(",") }).then(function (r) {
			if (mine === pending) drawNetwork(r);
		}).catch(function (e) { if (mine === pending) clearNetwork(e.message); });
	}

	function update() {
		var mine = ++pending;
		$("error").textContent = "";
		updateNetwork(mine);
		showMap().then(function () {
			document.querySelectorAll("#map path").forEach(function (p) {
				p.classList.toggle("member", members.indexOf(actorOf(p.getAttribute("data-code"))) >= 0);
			});
			if (!members.length) { clearPanel(); return null; }
			var params = { members: members.join(","), rule: rule };
			if (base) params.base = baseMembers().join(",");
			if (players === "kommuner") { params.players = "kommuner:*"; params.indices = "banzhaf"; }
			return apiText("/api/coalition", params);
		}).then(function (a) {
			if (mine !== pending || !a) return;
			answer = a.body;
			answerText = a.text;
			showAnswer(a.body);
		}).catch(function (e) { if (mine === pending) { clearPanel(); $("error").textContent = e.message; } });
	}

	function index(x) { return x === null ? "–" : x.toFixed(4); }

	function showMembers(r) {
		var tbody = document.querySelector("#members tbody");
		tbody.textContent = "";
		r.members.forEach(function (x) {
			var tr = el("tr", x.pivotal ? { "class": "pivotal", "data-id": x.id } : { "data-id": x.id });
			tr.appendChild(el("td", {}, x.name));
			tr.appendChild(el("td", { "class": "n" }, index(x.banzhaf)));
			tr.appendChild(el("td", { "class": "n" }, index(x.shapley_shubik)));
			tr.appendChild(el("td", { "class": "mark", title: x.pivotal ? "pivotal: the coalition loses without it" : "" },
				x.pivotal ? "pivotal" : ""));
			var td = el("td"), b = el("button", { "class": "remove", title: "remove" }, "×");
			b.addEventListener("click", function () { members.splice(members.indexOf(x.id), 1); commit(); });
			td.appendChild(b); tr.appendChild(td); tbody.appendChild(tr);
		});
	}

	function showBlocking(b) {
		var box = $("blocking");
		box.textContent = "";
		if (!b) return;
		var players = b.size + (b.size === 1 ? " player" : " players");
		box.appendChild(el("p", { id: "blocking-summary" }, "Smallest blocking minorities: " + players +
			(b.examples ? " (exact); too many such sets to count, " + b.coalitions.length + " examples:" :
			 ", " + b.count + " such " + (b.count === 1 ? "set" : "sets") +
			 (b.count > b.coalitions.length ? " (the first " + b.coalitions.length + " listed)" : ""))));
		var ul = el("ul", { id: "blocking-list" });
		b.coalitions.forEach(function (set) { ul.appendChild(el("li", {}, set.map(nameOf).join(", "))); });
		box.appendChild(ul);
	}

	function showCompare(r) {
		var box = $("compare");
		box.textContent = "";
		document.body.removeAttribute("data-delta");
		if (!r.base || !r.delta) return;
		var d = r.delta;
		box.appendChild(el("p", { id: "compare-share" }, "Against " + base + ": " + percent(r.base.population_share) +
			" → " + percent(r.population_share) + " (" + signed(100 * d.population_share, 2) + " points)"));
		box.appendChild(el("p", { id: "compare-met" }, "Rule " + (r.base.rule_met ? "met" : "not met") + " → " +
			(r.rule_met ? "met" : "not met")));
		box.appendChild(el("p", { id: "compare-added" }, "Added: " + (d.added.map(nameOf).join(", ") || "none")));
		box.appendChild(el("p", { id: "compare-removed" }, "Removed: " + (d.removed.map(nameOf).join(", ") || "none")));
		document.body.setAttribute("data-delta", String(d.population_share));
	}

	function showAnswer(r) {
		$("share").textContent = percent(r.population_share);
		$("met").textContent = r.rule_met ? "met" : "not met";
		$("met").className = "big " + (r.rule_met ? "met" : "notmet");
		showMembers(r);
		showBlocking(r.blocking);
		showCompare(r);
		$("downloads").hidden = false;
		document.body.setAttribute("data-share", String(r.population_share));
	}

	/* ---- downloads: the answer as it came, and the members table as CSV -------------- */

	function csvField(v) {
		var s = v === null || v === undefined ? "" : String(v);
		return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
	}

	function membersCsv(r) {
		var cols = ["id", "name", "player", "banzhaf", "shapley_shubik", "pivotal"];
		return [cols.join(",")].concat(r.members.map(function (x) {
			return cols.map(function (c) { return csvField(x[c]); }).join(",");
		})).join("\r\n") + "\r\n";
	}

	function download(name, type, text) {
		var a = el("a", { href: URL.createObjectURL(new Blob([text], { type: type })), download: name });
		document.body.appendChild(a);
		a.click();
		setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
	}

	function setup(a, c) {
		actors = a.actors;
		coalitions = c.coalitions;
		var list = $("actors");
		actors.forEach(function (x) {
			byId[x.id] = x;
			if (x.type === "region" && x.territory) regionOfLan[x.territory] = x.id;
			list.appendChild(el("option", { value: x.name }));
		});
		var preset = $("preset"), baseSel = $("base");
		coalitions.forEach(function (co, i) {
			preset.appendChild(el("option", { value: String(i) }, co.name));
			baseSel.appendChild(el("option", { value: co.name }, co.name));
		});
		preset.addEventListener("change", function () {
			if (preset.value === "") return;
			members = coalitions[+preset.value].members.slice();
			commit();
		});
		$("search").addEventListener("change", function (ev) {
			var name = ev.target.value, hit = actors.find(function (x) { return x.name === name; });
			if (hit && members.indexOf(hit.id) < 0) { members.push(hit.id); commit(); }
			ev.target.value = "";
		});
		$("rule").addEventListener("change", function (ev) { rule = ev.target.value; commit(); });
		baseSel.addEventListener("change", function (ev) { base = ev.target.value; commit(); });
		$("players").addEventListener("change", function (ev) { players = ev.target.value; commit(); });
		$("download-json").addEventListener("click", function () {
			if (answer) download("samnet-coalition.json", "application/json", answerText);
		});
		$("download-csv").addEventListener("click", function () {
			if (answer) download("samnet-coalition.csv", "text/csv", membersCsv(answer));
		});
		window.addEventListener("popstate", function () { readHash(); update(); });
		readHash();
		return showMap().then(function () {
			update();
			document.body.setAttribute("data-ready", "1");
		});
	}

	Promise.all([api("/api/actors"), api("/api/coalitions")])
		.then(function (v) { return setup(v[0], v[1]); })
		.catch(function (e) { $("error").textContent = e.message; });
})();
