/*
 * samnet serve's page: a map of the län coloured by membership, a search,
 * presets, a rule picker and a live panel, all from /api/ on the same
 * server.  The scenario lives in the address: #members=ID,ID&rule=...
 * (shareable; the back button steps through earlier scenarios).
 */
"use strict";
(function () {
	var token = new URLSearchParams(location.search).get("token");
	var actors = [], byId = {}, regionOfLan = {}, members = [], rule = "quota=>50%";
	var pending = 0;

	function api(path, params) {
		var q = new URLSearchParams(params || {});
		if (token) q.set("token", token);
		var s = q.toString();
		return fetch(path + (s ? "?" + s : "")).then(function (r) {
			return r.json().then(function (body) {
				if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
				return body;
			});
		});
	}

	function el(tag, attrs, text) {
		var e = document.createElementNS(tag === "path" ? "http://www.w3.org/2000/svg"
			: "http://www.w3.org/1999/xhtml", tag);
		for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
		if (text !== undefined) e.textContent = text;
		return e;
	}

	/* Equirectangular projection scaled by cos(62°), fitted to the 420 x 640 box. */
	function drawMap(geo) {
		var svg = document.getElementById("map"), k = Math.cos(62 * Math.PI / 180);
		var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
		function rings(g) { return g.type === "Polygon" ? g.coordinates : [].concat.apply([], g.coordinates); }
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
			path.addEventListener("click", function () { toggleLan(f.properties.code); });
			svg.appendChild(path);
		});
	}

	function toggleLan(code) {
		var id = regionOfLan[code];
		if (!id) return;
		var i = members.indexOf(id);
		if (i >= 0) members.splice(i, 1); else members.push(id);
		commit();
	}

	/* The scenario into the address (a new history entry), then the panel. */
	function commit() {
		var h = "#members=" + members.map(encodeURIComponent).join(",") + "&" +
			rule.replace(/^(\w+)=(.*)$/, function (_, k, v) { return k + "=" + encodeURIComponent(v); });
		if (location.hash !== h) history.pushState(null, "", h);
		update();
	}

	function readHash() {
		var p = new URLSearchParams(location.hash.slice(1));
		members = (p.get("members") || "").split(",").filter(function (id) { return byId[id]; });
		rule = p.has("rule") ? "rule=" + p.get("rule") : p.has("quota") ? "quota=" + p.get("quota") : "quota=>50%";
		document.getElementById("rule").value = rule;
	}

	function update() {
		document.querySelectorAll("#map path").forEach(function (p) {
			p.classList.toggle("member", members.indexOf(regionOfLan[p.getAttribute("data-code")]) >= 0);
		});
		var share = document.getElementById("share"), met = document.getElementById("met");
		var tbody = document.querySelector("#members tbody"), err = document.getElementById("error");
		err.textContent = "";
		if (!members.length) {
			share.textContent = "–"; met.textContent = "–"; met.className = "big";
			tbody.textContent = "";
			return;
		}
		var params = { members: members.join(",") };
		var m = /^(\w+)=(.*)$/.exec(rule);
		params[m[1]] = m[2];
		var mine = ++pending;
		api("/api/coalition", params).then(function (r) {
			if (mine !== pending) return;
			share.textContent = (100 * r.population_share).toFixed(2) + " %";
			met.textContent = r.rule_met ? "met" : "not met";
			met.className = "big " + (r.rule_met ? "met" : "notmet");
			tbody.textContent = "";
			r.members.forEach(function (x) {
				var tr = el("tr");
				tr.appendChild(el("td", {}, x.name));
				tr.appendChild(el("td", { "class": "n" }, x.banzhaf === null ? "–" : x.banzhaf.toFixed(4)));
				tr.appendChild(el("td", { "class": "n" }, x.shapley_shubik === null ? "–" : x.shapley_shubik.toFixed(4)));
				var td = el("td"), b = el("button", { "class": "remove", title: "remove" }, "×");
				b.addEventListener("click", function () { members.splice(members.indexOf(x.id), 1); commit(); });
				td.appendChild(b); tr.appendChild(td); tbody.appendChild(tr);
			});
			document.body.setAttribute("data-share", String(r.population_share));
		}).catch(function (e) { if (mine === pending) err.textContent = e.message; });
	}

	function setup(a, c, geo) {
		actors = a.actors;
		var list = document.getElementById("actors");
		actors.forEach(function (x) {
			byId[x.id] = x;
			if (x.type === "region" && x.territory) regionOfLan[x.territory] = x.id;
			list.appendChild(el("option", { value: x.name }));
		});
		var preset = document.getElementById("preset");
		c.coalitions.forEach(function (co, i) { preset.appendChild(el("option", { value: String(i) }, co.name)); });
		preset.addEventListener("change", function () {
			if (preset.value === "") return;
			members = c.coalitions[+preset.value].members.slice();
			commit();
		});
		document.getElementById("search").addEventListener("change", function (ev) {
			var name = ev.target.value, hit = actors.find(function (x) { return x.name === name; });
			if (hit && members.indexOf(hit.id) < 0) { members.push(hit.id); commit(); }
			ev.target.value = "";
		});
		document.getElementById("rule").addEventListener("change", function (ev) { rule = ev.target.value; commit(); });
		window.addEventListener("popstate", function () { readHash(); update(); });
		drawMap(geo);
		readHash();
		update();
		document.body.setAttribute("data-ready", "1");
	}

	Promise.all([api("/api/actors"), api("/api/coalitions"),
		fetch("lan.geojson" + (token ? "?token=" + encodeURIComponent(token) : "")).then(function (r) { return r.json(); })])
		.then(function (v) { setup(v[0], v[1], v[2]); })
		.catch(function (e) { document.getElementById("error").textContent = e.message; });
})();
