#!/usr/bin/env python3
"""samnet serve's page in headless Chromium (issue 21), driven by Selenium.
- The map draws the 21 län; clicking three of them (Östergötland, Skåne, Halland) colours them
  and sets the population share to what `samnet coalition --members` prints; the address holds
  the scenario and reloading it restores the same share.
- Adding Stockholm and Västra Götaland by name makes the coalition win a majority: the members
  marked pivotal and the smallest blocking minorities (size, count, the sets listed) equal a
  brute force over the 21 regions' populations from /api/actors (independent of the API's game).
- Comparing with the coalition sydsverige shows the delta the API gives, equal to the
  difference of the two shares `samnet coalition` prints, and the added/removed members.
- Download JSON gives the API's answer verbatim; Download CSV the members table with the API's
  numbers (the Blob is captured by wrapping URL.createObjectURL).
- The network pane beside the map draws the three members and one line per tie of /api/ties;
  clicking a line lists that pair's shared projects (the API's), and the five-member scenario
  redraws it with the API's ties for five.
- The kommun switch draws 290 kommuner; clicking Kiruna adds kommun-2584 and the share becomes
  the API's for players=kommuner:*.
- The browser logs no error.
Usage: serve_browser.py SAMNET URL SCREENSHOT"""
import csv, io, itertools, json, subprocess, sys, tempfile, urllib.parse, urllib.request
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

samnet, url, shot = sys.argv[1:4]
failed = 0


def check(what, ok, detail=""):
    global failed
    print(("ok " if ok else "FAIL ") + what + ("" if ok else ": " + str(detail)))
    failed += not ok


def cli_share(members):
    out = subprocess.run([samnet, "coalition", "--members", ",".join(members), "--format", "csv"],
                         check=True, capture_output=True, text=True).stdout
    return float({r["measure"]: r["value"] for r in
                  csv.DictReader(io.StringIO(out.split("\n\n")[0]))}["population_share"])


def get(path, **params):
    with urllib.request.urlopen(url.rstrip("/") + path + "?" + urllib.parse.urlencode(params)) as r:
        return r.read().decode("utf-8")


three = ["region-05", "region-12", "region-13"]
five = ["region-05", "region-12", "region-13", "region-01", "region-14"]
want = cli_share(three)
sydsverige = next(c["members"] for c in json.loads(get("/api/coalitions"))["coalitions"]
                  if c["name"] == "sydsverige")
want_delta = cli_share(five) - cli_share(sydsverige)

# The brute-force oracle: population majority (> 50 %) over the 21 regions.
population = {a["id"]: a["population"] for a in json.loads(get("/api/actors"))["actors"]
              if a["type"] == "region"}
total = sum(population.values())
wins = lambda s: 2 * sum(population[i] for i in s) > total
want_pivotal = sorted(i for i in five if not wins(set(five) - {i}))
blocking = []
for k in range(1, len(population) + 1):
    blocking = [set(s) for s in itertools.combinations(sorted(population), k)
                if not wins(set(population) - set(s))]
    if blocking:
        break

opts = webdriver.ChromeOptions()
downloads = tempfile.mkdtemp(prefix="samnet-downloads-")
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             "--window-size=1100,900", "--user-data-dir=" + tempfile.mkdtemp(prefix="samnet-chromium-")]:
    opts.add_argument(flag)
opts.add_experimental_option("prefs", {"download.default_directory": downloads,
                                       "download.prompt_for_download": False})
opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(options=opts)
body = lambda d: d.find_element(By.TAG_NAME, "body")
share = lambda d: body(d).get_attribute("data-share")


def wait_share(what, value, tol=1e-15):
    try:
        WebDriverWait(driver, 20).until(lambda d: share(d) and abs(float(share(d)) - value) <= tol)
        check(what, True)
    except Exception:
        check(what, False, f"{share(driver)} != {value}")


def download(button):
    """Clicks a download button and returns the text of the Blob it made."""
    driver.execute_script("""
        window.__blobs = [];
        if (!URL.__wrapped) {
            var make = URL.createObjectURL;
            URL.createObjectURL = function (b) { window.__blobs.push(b); return make.call(URL, b); };
            URL.__wrapped = true;
        }""")
    driver.find_element(By.ID, button).click()
    return driver.execute_async_script(
        "var done = arguments[0]; window.__blobs[0].text().then(done);")


def tie_line(t):
    return '#network line[data-a="%s"][data-b="%s"]' % (t["a"], t["b"])


def check_network(members, what):
    """The network pane against /api/ties for `members`: its lines, and a click on each listing its projects."""
    ties = json.loads(get("/api/ties", members=",".join(members)))["ties"]
    try:
        WebDriverWait(driver, 20).until(
            lambda d: d.find_element(By.ID, "network").get_attribute("data-ties") == str(len(ties))
            and len(d.find_elements(By.CSS_SELECTOR, "#network circle")) == len(members))
    except Exception:
        pass
    lines = driver.find_elements(By.CSS_SELECTOR, "#network line.tie")
    check(f"{what}: the network draws a line per tie of the API", len(lines) == len(ties) and ties,
          f"{len(lines)} != {len(ties)}")
    dots = driver.find_elements(By.CSS_SELECTOR, "#network circle")
    check(f"{what}: a dot per member", sorted(c.get_attribute("data-id") for c in dots) == sorted(members))
    for t in ties:
        line = driver.find_element(By.CSS_SELECTOR, tie_line(t))
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", line)
        listed = [li.get_attribute("data-id") for li in
                  driver.find_elements(By.CSS_SELECTOR, "#tie-project-list li")]
        check(f"{what}: clicking {t['a']}–{t['b']} lists its {t['shared']} projects",
              listed == [p["id"] for p in t["projects"]] and len(listed) == t["shared"]
              and line.get_attribute("data-shared") == str(t["shared"]), listed)
    widths = {(t["a"], t["b"]): float(driver.find_element(
        By.CSS_SELECTOR, tie_line(t)).get_attribute("stroke-width"))
        for t in ties}
    check(f"{what}: wider lines for more shared projects",
          all(widths[(x["a"], x["b"])] <= widths[(y["a"], y["b"])] for x in ties for y in ties
              if x["shared"] <= y["shared"]), widths)


try:
    driver.get(url)
    wait = WebDriverWait(driver, 20)
    wait.until(lambda d: body(d).get_attribute("data-ready") == "1")
    paths = driver.find_elements(By.CSS_SELECTOR, "#map path")
    check("the map draws 21 län", len(paths) == 21, len(paths))
    for code in ["05", "12", "13"]:
        driver.find_element(By.CSS_SELECTOR, f'#map path[data-code="{code}"]').click()
    wait_share("three clicks give the CLI's share", want)
    shown = driver.find_element(By.ID, "share").text
    check("the panel shows it", shown == f"{100 * want:.2f} %", shown)
    members = driver.find_elements(By.CSS_SELECTOR, "#map path.member")
    check("three län coloured", len(members) == 3, len(members))
    rows = driver.find_elements(By.CSS_SELECTOR, "#members tbody tr")
    check("three members listed", len(rows) == 3, len(rows))
    check_network(three, "three members")
    address = driver.current_url
    check("the scenario is in the address", "region-05" in address and "region-13" in address, address)
    driver.get("about:blank")
    driver.get(address)
    wait.until(lambda d: body(d).get_attribute("data-ready") == "1")
    wait_share("the address restores the scenario", want)

    # A winning coalition: pivotal members and the smallest blocking minorities.
    for name in ["Region Stockholm", "Västra Götalandsregionen"]:
        search = driver.find_element(By.ID, "search")
        search.send_keys(name)
        search.send_keys(Keys.ENTER)
    wait_share("five members: the CLI's share", cli_share(five))
    check_network(five, "five members")
    marked = sorted(tr.get_attribute("data-id") for tr in
                    driver.find_elements(By.CSS_SELECTOR, "#members tbody tr.pivotal"))
    check("the pivotal members marked (brute force)", marked == want_pivotal, f"{marked} != {want_pivotal}")
    summary = driver.find_element(By.ID, "blocking-summary").text
    size_count = f"{len(blocking[0])} players, {len(blocking)} such set"
    check("the blocking minorities' size and count (brute force)", size_count in summary, summary)
    names = {a["id"]: a["name"] for a in json.loads(get("/api/actors"))["actors"]}
    listed = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#blocking-list li")]
    want_listed = sorted(", ".join(names[i] for i in sorted(s)) for s in blocking)[:10]
    check("the blocking minorities listed (brute force)",
          sorted(listed) == want_listed or (len(blocking) > 10 and len(listed) == 10), listed)
    Select(driver.find_element(By.ID, "rule")).select_by_value("qualified")
    wait.until(lambda d: "rule=qualified" in d.current_url)
    driver.back()
    wait.until(lambda d: "rule=qualified" not in d.current_url)
    check("the back button restores the rule",
          driver.find_element(By.ID, "rule").get_attribute("value") == "majority")

    # Compare with a base coalition.
    Select(driver.find_element(By.ID, "base")).select_by_visible_text("sydsverige")
    wait.until(lambda d: body(d).get_attribute("data-delta"))
    answer_text = get("/api/coalition", members=",".join(five), rule="majority",
                      base=",".join(sydsverige))
    answer = json.loads(answer_text)
    delta = float(body(driver).get_attribute("data-delta"))
    check("the delta is the API's", delta == answer["delta"]["population_share"],
          f"{delta} != {answer['delta']['population_share']}")
    check("the delta is the CLI's shares' difference", abs(delta - want_delta) < 1e-12,
          f"{delta} != {want_delta}")
    compare = driver.find_element(By.ID, "compare").text
    check("the comparison shows base → scenario and rule met before/after",
          f"{100 * answer['base']['population_share']:.2f} % → {100 * answer['population_share']:.2f} %" in compare
          and "not met → met" in compare, compare)
    added = driver.find_element(By.ID, "compare-added").text
    check("the added members named", all(names[i] in added for i in answer["delta"]["added"]), added)
    removed = driver.find_element(By.ID, "compare-removed").text
    check("the removed members named", all(names[i] in removed for i in answer["delta"]["removed"]), removed)
    check("the base is in the address", "base=sydsverige" in driver.current_url, driver.current_url)
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(shot)

    # Downloads.
    got = download("download-json")
    check("Download JSON is the API's answer", got == answer_text, got[:200])
    table = list(csv.DictReader(io.StringIO(download("download-csv"))))
    def same(row, m):
        number = lambda v: None if v == "" else float(v)
        return (row["id"] == m["id"] and row["name"] == m["name"]
                and row["player"] == str(m["player"]).lower()
                and number(row["banzhaf"]) == m["banzhaf"]
                and number(row["shapley_shubik"]) == m["shapley_shubik"]
                and row["pivotal"] == str(m["pivotal"]).lower())
    check("Download CSV has the API's numbers",
          len(table) == len(answer["members"]) and all(map(same, table, answer["members"]))
          and list(table[0].keys()) == ["id", "name", "player", "banzhaf", "shapley_shubik", "pivotal"],
          table[:2])

    # Kommun mode.
    Select(driver.find_element(By.ID, "players")).select_by_value("kommuner")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#map path")) == 290)
    check("kommun mode draws 290 kommuner", True)
    # From the top: a map scrolled partly out of view would put the click on a neighbour.
    driver.execute_script("window.scrollTo(0, 0)")
    driver.find_element(By.CSS_SELECTOR, '#map path[data-code="2584"]').click()
    wait.until(lambda d: "kommun-2584" in d.current_url)
    kommun = json.loads(get("/api/coalition", members=",".join(five + ["kommun-2584"]),
                            rule="majority", base=",".join(sydsverige),
                            players="kommuner:*", indices="banzhaf"))
    wait_share("a kommun click gives the API's share", kommun["population_share"])
    coloured = driver.find_elements(By.CSS_SELECTOR, "#map path.member")
    check("the kommun coloured", [p.get_attribute("data-code") for p in coloured] == ["2584"],
          len(coloured))
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    check("no console errors", not errors, errors)
finally:
    driver.quit()
sys.exit(1 if failed else 0)
