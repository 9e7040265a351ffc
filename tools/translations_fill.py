#!/usr/bin/env python3
"""Fill unfinished messages of translations/oqy_ru.ts and oqy_kk.ts from a JSON file.

    python3 tools/translations_fill.py new-strings.json

The JSON maps a source text (as the code has it, unescaped) to its translations:
    {"Feed added.": {"ru": "Лента добавлена.", "kk": "Арна қосылды."},
     "%n feed(s)": {"ru": ["%n лента", "%n ленты", "%n лент"], "kk": ["%n арна", "%n арна"]}}
Plural messages take a list (Russian three forms, Kazakh two). Only messages marked unfinished are
touched, so running it twice changes nothing; sources it does not find are listed. Run
`cmake --build build --target update_translations` first so that the .ts files know the sources.
"""
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fill(ts_path, language, table):
    text = ts_path.read_text(encoding="utf-8")
    used = set()

    def replace(match):
        opening, body = match.group(1), match.group(2)
        if 'type="unfinished"' not in body:
            return match.group(0)
        source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        entry = table.get(source, {}).get(language)
        if entry is None:
            return match.group(0)
        used.add(source)
        if 'numerus="yes"' in opening:
            forms = entry if isinstance(entry, list) else [entry]
            count = len(re.findall(r"<numerusform", body))
            forms = (forms + [forms[-1]] * count)[:count]
            inner = "".join(
                f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in forms)
            translation = f"<translation>{inner}\n        </translation>"
        else:
            translation = f"<translation>{html.escape(entry, quote=False)}</translation>"
        body = re.sub(r"<translation type=\"unfinished\">.*?</translation>|<translation type=\"unfinished\"/>",
                      lambda _: translation, body, count=1, flags=re.S)
        return opening + body + "</message>"

    text = re.sub(r"(<message[^>]*>)(.*?)</message>", replace, text, flags=re.S)
    ts_path.write_text(text, encoding="utf-8")
    return used


def main():
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    used = set()
    for language in ("ru", "kk"):
        used |= fill(ROOT / "translations" / f"oqy_{language}.ts", language, table)
    for source in sorted(set(table) - used):
        print("not found (or already finished):", source)


if __name__ == "__main__":
    main()
