#!/usr/bin/env python3
"""Builds datasets/sweden/actors.csv.

Territorial actors come from the SCB-based reference tables (see
datasets/README.md): one region and one länsstyrelse per county, one actor
per kommun.  Region Gotland is both the region and the kommun of Gotland (it
is a kommun with the regional development mandate), so it appears once, as
region-09, and no separate kommun-0980 actor exists.

Universities and högskolor are taken from reference/larosaten.csv, but only
those the seed documents name.  Every other actor is hand-compiled from the
seed documents below (ACTORS); each row says where the name comes from.

Usage: scripts/make-actors.py REFERENCE_DIR > datasets/sweden/actors.csv
"""
import csv
import sys

# Official names of the 21 regions, by county code.
REGION_NAMES = {
    "01": "Region Stockholm",
    "03": "Region Uppsala",
    "04": "Region Sörmland",
    "05": "Region Östergötland",
    "06": "Region Jönköpings län",
    "07": "Region Kronoberg",
    "08": "Region Kalmar län",
    "09": "Region Gotland",
    "10": "Region Blekinge",
    "12": "Region Skåne",
    "13": "Region Halland",
    "14": "Västra Götalandsregionen",
    "17": "Region Värmland",
    "18": "Region Örebro län",
    "19": "Region Västmanland",
    "20": "Region Dalarna",
    "21": "Region Gävleborg",
    "22": "Region Västernorrland",
    "23": "Region Jämtland Härjedalen",
    "24": "Region Västerbotten",
    "25": "Region Norrbotten",
}

GOTLAND_KOMMUN = "0980"

# Lärosäten named in the seeds: reference name -> (id, name as written in the seed).
UNIVERSITIES = {
    "Lunds universitet": ("lunds-universitet", "Lunds universitet"),
    "Uppsala universitet": ("uppsala-universitet", "Uppsala universitet -Campus Gotland"),
    "Mittuniversitetet": ("mittuniversitetet", "Mittuniversitetet"),
    "Mälardalens universitet": ("malardalens-universitet", "Mälardalens högskola"),
}

# Hand-compiled from the seeds: id, name, type, territory, short_name, org_form, note.
# Territory: the county where the name or the text places the organisation;
# empty for national and multi-county organisations.
ACTORS = [
    # State agencies.
    ("tillvaxtverket", "Tillväxtverket", "agency", "", "", "statlig myndighet", ""),
    ("kulturradet", "Kulturrådet", "agency", "", "", "statlig myndighet",
     "Statens kulturråd; the seed writes Kulturrådet"),
    ("socialstyrelsen", "Socialstyrelsen", "agency", "", "", "statlig myndighet", ""),
    ("riksantikvarieambetet", "Riksantikvarieämbetet", "agency", "", "RAÄ", "statlig myndighet", ""),
    ("myndigheten-for-yrkeshogskolan", "Myndigheten för yrkeshögskolan", "agency", "", "MYH",
     "statlig myndighet", ""),
    ("arbetsformedlingen", "Arbetsförmedlingen", "agency", "", "", "statlig myndighet", ""),
    ("exportkreditnamnden", "Exportkreditnämnden", "agency", "", "EKN", "statlig myndighet", ""),
    # EU and other funds.
    ("eruf", "Europeiska regionala utvecklingsfonden", "fund", "", "ERUF", "EU-fond",
     "also written Regionala utvecklingsfonden, EU:s regionalfond"),
    ("esf", "Europeiska socialfonden", "fund", "", "ESF", "EU-fond", ""),
    ("react-eu", "REACT-EU", "fund", "", "", "EU-medel", ""),
    ("langmanska-foretagarfonden", "Längmanska företagarfonden", "fund", "", "", "fond", ""),
    ("strukturum", "Strukturum", "fund", "", "", "",
     "named as a financier of Arctic Design of Sweden; the seed gives no form"),
    # Companies.
    ("almi", "Almi Företagspartner AB", "company", "", "Almi", "helstatligt aktiebolag",
     "the seed writes Almi in lists of partners"),
    ("svensk-exportkredit", "Svensk Exportkredit", "company", "", "SEK", "statligt aktiebolag", ""),
    ("rise", "Industriell Dynamik/RISE", "company", "", "RISE", "statligt forskningsinstitut",
     "Industriell Dynamik is part of RISE Research Institutes of Sweden"),
    ("business-region-goteborg", "Business Region Göteborg", "company", "14", "BRG",
     "kommunalt bolag", ""),
    ("volvo-ce", "Volvo Construction Equipment", "company", "", "", "företag", ""),
    ("iuc-kalmar", "IUC i Kalmar län", "company", "08", "IUC", "industriellt utvecklingscentrum", ""),
    ("samarkand-2015", "Samarkand 2015", "company", "20", "", "", ""),
    ("sparbanken-nord", "Sparbanken Nord", "company", "25", "", "sparbank", ""),
    ("rekarne-sparbank", "Rekarne Sparbank", "company", "04", "", "sparbank", ""),
    ("sormlands-sparbank", "Sörmlands Sparbank", "company", "04", "", "sparbank", ""),
    ("lansforsakringar-sormland", "Länsförsäkringar Sörmland", "company", "04", "",
     "försäkringsbolag", ""),
    # Other public bodies, science parks, units of kommuner.
    ("business-sweden", "Business Sweden", "other", "", "", "exportråd (staten och näringslivet)", ""),
    ("enterprise-europe-network", "Enterprise Europe Network", "other", "", "EEN", "EU-nätverk", ""),
    ("science-park-gotland", "Science Park Gotland", "other", "09", "", "science park", ""),
    ("dalarna-science-park", "Dalarna Science Park", "other", "20", "", "science park", ""),
    ("falun-borlange-regionen", "Falun Borlänge-regionen", "other", "20", "", "regional samverkansorganisation", ""),
    ("nova-oskarshamn", "Nova Utbildning, FoU & Affärsutveckling", "other", "08", "Nova",
     "kommunalt kunskapscentrum", "Oskarshamn (the seed cites novaoskarshamn.se)"),
    ("campus-vastervik", "Campus Västervik", "other", "08", "", "kommunalt lärcentrum",
     "Västerviks kommun (the seed cites vastervik.se)"),
    ("resurscentrum-for-konst-norrbotten", "Resurscentrum för Konst Norrbotten", "other", "25", "",
     "", "projektägare of Formstark Norrbotten"),
    ("hemslojdskonsulenterna-i-norrbotten", "Hemslöjdskonsulenterna i Norrbotten", "other", "25", "",
     "", ""),
    # Associations: member organisations of businesses or of public bodies.
    ("skanes-kommuner", "Skånes kommuner", "association", "12", "", "kommunförbund",
     "the seed writes 'kommunförbundet Skånes kommuner'"),
    ("kommunforbundet-jamtlands-lan", "Kommunförbundet (Jämtlands län)", "association", "23", "",
     "kommunförbund", "the seed (Region Jämtland Härjedalen) writes 'Kommunförbundet'"),
    ("goteborgsregionen", "Göteborgsregionen", "association", "14", "GR", "kommunalförbund", ""),
    ("skaraborgs-kommunalforbund", "Skaraborgs kommunalförbund", "association", "14", "Skaraborg",
     "kommunalförbund", "the seed writes 'Skaraborg' among 'kommunalförbunden'"),
    ("fyrbodals-kommunalforbund", "Fyrbodals kommunalförbund", "association", "14", "Fyrbodal",
     "kommunalförbund", "the seed writes 'Fyrbodal' among 'kommunalförbunden'"),
    ("borasregionen-sjuharad", "Boråsregionen Sjuhärads kommunalförbund", "association", "14",
     "Boråsregionen Sjuhärad", "kommunalförbund",
     "the seed writes 'Boråsregionen Sjuhärad' among 'kommunalförbunden'"),
    ("finsam-falun", "Finsam Samordningsförbund Falun", "association", "20", "", "samordningsförbund", ""),
    ("vasterbergslagen", "Västerbergslagen", "association", "20", "", "samordningsförbund",
     "read from 'Finsam Samordningsförbund Falun och Västerbergslagen' as a second samordningsförbund"),
    ("sydsvenska-handelskammaren", "Sydsvenska industri- och handelskammaren", "association", "12", "",
     "handelskammare", ""),
    ("vastsvenska-handelskammaren", "Västsvenska Handelskammaren", "association", "14", "",
     "handelskammare", ""),
    ("lrf-sydost", "LRF Sydost", "association", "", "", "näringslivsorganisation",
     "Lantbrukarnas Riksförbund, region Sydost (several counties)"),
    ("samling-naringsliv", "Samling näringsliv", "association", "23", "", "näringslivsorganisation",
     "represents näringslivet in Länspartnerskapet's presidium"),
    ("swedish-lapland-visitors-board", "Swedish Lapland visitors board", "association", "25", "",
     "destinationsorganisation", ""),
    # Non-profit organisations and foundations.
    ("skadebanan-dalarna", "Skådebanan Dalarna", "ngo", "20", "", "ideell förening", ""),
    ("ung-foretagsamhet", "Ung företagsamhet", "ngo", "", "UF", "ideell organisation", ""),
    ("sameslojdsstiftelsen", "Sameslöjdsstiftelsen", "ngo", "25", "", "stiftelse", ""),
    ("svensk-form-norrbotten", "Svensk Form Norrbotten", "ngo", "25", "", "ideell förening", ""),
]

HEADER = ["id", "name", "type", "territory", "short_name", "org_form", "note"]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    ref = sys.argv[1]
    regions = read(f"{ref}/regions.csv")
    lst = {r["county_code"]: r for r in read(f"{ref}/lansstyrelser.csv")}
    kommuner = read(f"{ref}/kommuner.csv")
    larosaten = {r["name"]: r for r in read(f"{ref}/larosaten.csv")}
    rows = []
    for r in regions:
        code = r["code"]
        note = ""
        if code == "09":
            note = ("also the kommun of Gotland (" + GOTLAND_KOMMUN +
                    "): a kommun with the regional development mandate; no separate kommun actor")
        short = REGION_NAMES[code].removeprefix("Region ")
        short = "VGR" if code == "14" else short
        rows.append([f"region-{code}", REGION_NAMES[code], "region", code, short, "region", note])
    for r in regions:
        code = r["code"]
        rows.append([f"lst-{code}", lst[code]["authority_name"], "lansstyrelse", code,
                     f"Länsstyrelsen {r['name_short']}", "statlig myndighet", ""])
    for k in kommuner:
        if k["code"] == GOTLAND_KOMMUN:
            continue
        rows.append([f"kommun-{k['code']}", k["name"], "kommun", k["code"], "", "kommun", ""])
    for refname, (ident, written) in UNIVERSITIES.items():
        u = larosaten[refname]
        note = ""
        if written != refname:
            note = f"the seed writes '{written}'"
        if u["other_campus_county_codes"]:
            note += ("; " if note else "") + "other campus counties " + u["other_campus_county_codes"]
        rows.append([ident, refname, "university", u["county_code"], "", u["type"], note])
    for a in ACTORS:
        rows.append(list(a))
    ids = [r[0] for r in rows]
    names = [r[1] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate actor id"
    assert len(names) == len(set(names)), "duplicate actor name"
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(HEADER)
    out.writerows(rows)


if __name__ == "__main__":
    main()
