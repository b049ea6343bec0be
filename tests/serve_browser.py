#!/usr/bin/env python3
"""samnet serve's page in headless Chromium (issue 21), driven by Selenium:
the map draws the 21 län; clicking three of them (Östergötland, Skåne, Halland)
colours them and sets the population share to what `samnet coalition --members`
prints for those regions; the address holds the scenario and reloading it
restores the same share; the browser logs no error.
Usage: serve_browser.py SAMNET URL SCREENSHOT"""
import csv, io, subprocess, sys, tempfile, time
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

samnet, url, shot = sys.argv[1:4]
failed = 0

def check(what, ok, detail=""):
    global failed
    print(("ok " if ok else "FAIL ") + what + ("" if ok else ": " + str(detail)))
    failed += not ok

out = subprocess.run([samnet, "coalition", "--members", "region-05,region-12,region-13",
                      "--format", "csv"], check=True, capture_output=True, text=True).stdout
want = float({r["measure"]: r["value"] for r in
              csv.DictReader(io.StringIO(out.split("\n\n")[0]))}["population_share"])

opts = webdriver.ChromeOptions()
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             "--window-size=1100,820", "--user-data-dir=" + tempfile.mkdtemp(prefix="samnet-chromium-")]:
    opts.add_argument(flag)
opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(options=opts)
try:
    driver.get(url)
    wait = WebDriverWait(driver, 20)
    wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "1")
    paths = driver.find_elements(By.CSS_SELECTOR, "#map path")
    check("the map draws 21 län", len(paths) == 21, len(paths))
    for code in ["05", "12", "13"]:
        driver.find_element(By.CSS_SELECTOR, f'#map path[data-code="{code}"]').click()
    share = lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-share")
    try:
        wait.until(lambda d: share(d) and abs(float(share(d)) - want) < 1e-15)
        check("three clicks give the CLI's share", True)
    except Exception:
        check("three clicks give the CLI's share", False, f"{share(driver)} != {want}")
    shown = driver.find_element(By.ID, "share").text
    check("the panel shows it", shown == f"{100 * want:.2f} %", shown)
    members = driver.find_elements(By.CSS_SELECTOR, "#map path.member")
    check("three län coloured", len(members) == 3, len(members))
    rows = driver.find_elements(By.CSS_SELECTOR, "#members tbody tr")
    check("three members listed", len(rows) == 3, len(rows))
    address = driver.current_url
    check("the scenario is in the address", "region-05" in address and "region-13" in address, address)
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(shot)
    driver.get("about:blank")
    driver.get(address)
    wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "1")
    try:
        wait.until(lambda d: share(d) and abs(float(share(d)) - want) < 1e-15)
        check("the address restores the scenario", True)
    except Exception:
        check("the address restores the scenario", False, share(driver))
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    check("no console errors", not errors, errors)
finally:
    driver.quit()
sys.exit(1 if failed else 0)
