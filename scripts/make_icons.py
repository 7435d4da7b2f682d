#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes PickleScope's SVG icons into resources/icons and the resources.qrc listing them.

The icons are committed; run this again only to change them. Plain SVG Tiny shapes (no
filters, masks or CSS) so Qt's SVG renderer draws them exactly.
"""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources")
FONT = "font-family=\"DejaVu Sans, Verdana, sans-serif\" font-weight=\"bold\""


def svg(size, body):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{size}" height="{size}" viewBox="0 0 {size} {size}">\n{body}\n</svg>\n')


def badge(fill, stroke, glyph="", size=9.5, dy=11.6, extra=""):
    body = (f'<rect x="0.75" y="0.75" width="14.5" height="14.5" rx="3.2" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="1.1"/>')
    if glyph:
        body += (f'<text x="8" y="{dy}" text-anchor="middle" font-size="{size}" {FONT} '
                 f'fill="#ffffff">{glyph}</text>')
    return body + extra


def white(width=1.4):
    return (f'stroke="#ffffff" stroke-width="{width}" fill="none" stroke-linecap="round" '
            f'stroke-linejoin="round"')


def ink(width=1.3):
    return (f'stroke="#4a5260" stroke-width="{width}" fill="none" stroke-linecap="round" '
            f'stroke-linejoin="round"')


WHITE = white()

KINDS = {
    "none": badge("#8a8f98", "#5f646b", "∅"),
    "bool": badge("#4f7fc9", "#2f5a9c", "✓"),
    "int": badge("#3b73c4", "#24508f", "#"),
    "float": badge("#2a8f9e", "#1a6570", ".5", 8.5),
    "string": badge("#3e9b4f", "#276b33", "ab", 8),
    "bytes": badge("#9a6b3f", "#6e4a29", "01", 7.5),
    "list": badge("#d9822b", "#a65f17", "[ ]", 8.5),
    "tuple": badge("#c9772e", "#965419", "( )", 8.5),
    "dict": badge("#8a5cc2", "#63408f", "{ }", 8.5),
    "set": badge("#b0559a", "#803c70", "∈", 10),
    "object": badge("#5b6b82", "#3d4a5c", "",
                    extra=f'<path d="M8 3.4 L12.4 5.8 L12.4 10.4 L8 12.8 L3.6 10.4 L3.6 5.8 Z M3.6 5.8 L8 8.2 L12.4 5.8 M8 8.2 L8 12.8" {WHITE}/>'),
    "estimator": badge("#4b4fc4", "#31349a", "",
                       extra='<circle cx="8" cy="8" r="2.2" fill="#ffffff"/>'
                             f'<path d="M8 2.6 L8 4.4 M8 11.6 L8 13.4 M2.6 8 L4.4 8 M11.6 8 L13.4 8 '
                             f'M4.2 4.2 L5.4 5.4 M10.6 10.6 L11.8 11.8 M4.2 11.8 L5.4 10.6 M10.6 5.4 L11.8 4.2" {WHITE}/>'),
    "tree": badge("#3e9b4f", "#276b33", "",
                  extra=f'<path d="M8 4.6 L4.6 10.6 M8 4.6 L11.4 10.6" {WHITE}/>'
                        '<circle cx="8" cy="4.2" r="1.7" fill="#ffffff"/>'
                        '<circle cx="4.4" cy="11.2" r="1.7" fill="#ffffff"/>'
                        '<circle cx="11.6" cy="11.2" r="1.7" fill="#ffffff"/>'),
    "array": badge("#2f6fbf", "#1d4d8a", "",
                   extra=f'<path d="M3.5 3.5 H12.5 V12.5 H3.5 Z M6.5 3.5 V12.5 M9.5 3.5 V12.5 '
                         f'M3.5 6.5 H12.5 M3.5 9.5 H12.5" {white(1)}/>'),
    "dataframe": badge("#16857a", "#0d5c54", "",
                       extra='<rect x="3.5" y="3.5" width="9" height="2.6" fill="#ffffff"/>'
                             f'<path d="M3.5 3.5 H12.5 V12.5 H3.5 Z M7.2 3.5 V12.5 M3.5 9.3 H12.5" {white(1)}/>'),
    "tensor": badge("#e0672b", "#ad4815", "",
                    extra=f'<path d="M4 6 L8 4 L12 6 L12 11 L8 13 L4 11 Z M4 6 L8 8 L12 6 M8 8 V13" {WHITE}/>'),
    "sparse": badge("#2f6fbf", "#1d4d8a", "",
                    extra='<circle cx="5" cy="5" r="1.3" fill="#ffffff"/><circle cx="11" cy="7" r="1.3" fill="#ffffff"/>'
                          '<circle cx="7" cy="11" r="1.3" fill="#ffffff"/>'
                          '<circle cx="11" cy="11.5" r="0.8" fill="#ffffff" fill-opacity="0.6"/>'
                          '<circle cx="5" cy="8.5" r="0.8" fill="#ffffff" fill-opacity="0.6"/>'),
    "global": badge("#55606e", "#39414b", "M", 9),
    "call": badge("#55606e", "#39414b", "ƒ", 10.5, 12),
    "reference": badge("#7d8692", "#565e68", "",
                       extra=f'<path d="M5 11 L11 5 M7 5 H11 V9" {WHITE}/>'),
    "cycle": badge("#7d8692", "#565e68", "",
                   extra=f'<path d="M11.6 6.2 A4 4 0 1 0 12 9.4 M11.8 3.6 V6.4 H9" {WHITE}/>'),
    "danger": '<path d="M8 1.2 L15.2 14.2 H0.8 Z" fill="#d32f2f" stroke="#9a1c1c" stroke-width="1" stroke-linejoin="round"/>'
              '<rect x="7.1" y="5.2" width="1.8" height="5" rx="0.6" fill="#ffffff"/>'
              '<circle cx="8" cy="12" r="1.05" fill="#ffffff"/>',
    "warning": '<path d="M8 1.2 L15.2 14.2 H0.8 Z" fill="#f2a516" stroke="#b2720a" stroke-width="1" stroke-linejoin="round"/>'
               '<rect x="7.1" y="5.2" width="1.8" height="5" rx="0.6" fill="#3a2a00"/>'
               '<circle cx="8" cy="12" r="1.05" fill="#3a2a00"/>',
    "datetime": badge("#2a8f9e", "#1a6570", "",
                      extra=f'<circle cx="8" cy="8" r="4.6" {WHITE}/><path d="M8 5.2 V8 L10 9.4" {WHITE}/>'),
    "unknown": badge("#8a8f98", "#5f646b", "?", 10),
    "error": '<circle cx="8" cy="8" r="7.2" fill="#d32f2f" stroke="#9a1c1c" stroke-width="1"/>'
             f'<path d="M5.3 5.3 L10.7 10.7 M10.7 5.3 L5.3 10.7" {white(1.8)}/>',
}

INK = ink()
ACTIONS = {
    "open": '<path d="M1.5 4 H6 L7.5 5.5 H13 V12.5 H1.5 Z" fill="#f2c14e" stroke="#b88a1b" stroke-width="1" stroke-linejoin="round"/>'
            '<path d="M1.5 12.5 L4 7.5 H15 L12.5 12.5 Z" fill="#f7d57e" stroke="#b88a1b" stroke-width="1" stroke-linejoin="round"/>',
    "close": f'<path d="M4 4 L12 12 M12 4 L4 12" {ink(1.8)}/>',
    "search": f'<circle cx="6.8" cy="6.8" r="4.3" {ink(1.6)}/><path d="M10 10 L14 14" {ink(2.2)}/>',
    "copy": '<rect x="5.5" y="1.5" width="8.5" height="10" rx="1.2" fill="#ffffff" stroke="#4a5260" stroke-width="1.2"/>'
            '<rect x="2" y="4.5" width="8.5" height="10" rx="1.2" fill="#e8edf4" stroke="#4a5260" stroke-width="1.2"/>',
    "expand-all": f'<rect x="1.5" y="1.5" width="13" height="13" rx="2" {INK}/><path d="M8 4.5 V11.5 M4.5 8 H11.5" {ink(1.6)}/>',
    "collapse-all": f'<rect x="1.5" y="1.5" width="13" height="13" rx="2" {INK}/><path d="M4.5 8 H11.5" {ink(1.6)}/>',
    "goto": f'<path d="M2 8 H13 M9 4 L13 8 L9 12" {ink(1.7)}/>',
    "chart": '<rect x="2" y="8" width="3" height="6" fill="#1f77b4"/><rect x="6.5" y="4" width="3" height="10" fill="#1f77b4"/>'
             '<rect x="11" y="10" width="3" height="4" fill="#d62728"/><path d="M1 14.5 H15" stroke="#4a5260" stroke-width="1"/>',
    "export": f'<path d="M3 9 V13.5 H13 V9" {INK}/><path d="M8 2 V10 M5 5 L8 2 L11 5" {ink(1.6)}/>',
    "shield": '<path d="M8 1.3 L13.8 3.4 V7.6 C13.8 11 11.2 13.4 8 14.7 C4.8 13.4 2.2 11 2.2 7.6 V3.4 Z" '
              'fill="#3e7bd6" stroke="#24508f" stroke-width="1" stroke-linejoin="round"/>'
              '<path d="M5.4 8 L7.3 9.9 L10.8 6.1" stroke="#ffffff" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    "settings": '<circle cx="8" cy="8" r="4.6" fill="none" stroke="#4a5260" stroke-width="2.6" stroke-dasharray="2.4 1.2"/>'
                '<circle cx="8" cy="8" r="3.2" fill="none" stroke="#4a5260" stroke-width="1.4"/>',
}

APP = """<defs>
<linearGradient id="glass" x1="0" y1="0" x2="1" y2="0">
<stop offset="0" stop-color="#5fae4a"/><stop offset="0.55" stop-color="#7cc45f"/><stop offset="1" stop-color="#4a9438"/>
</linearGradient>
<linearGradient id="lid" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="#8c96a6"/><stop offset="1" stop-color="#5d6676"/>
</linearGradient>
</defs>
<rect x="44" y="22" width="120" height="30" rx="8" fill="url(#lid)" stroke="#3d4450" stroke-width="5"/>
<path d="M52 52 H156 C172 60 180 76 180 96 V206 C180 224 166 236 148 236 H60 C42 236 28 224 28 206 V96 C28 76 36 60 52 52 Z" fill="url(#glass)" stroke="#2f6a22" stroke-width="6" stroke-linejoin="round"/>
<path d="M58 84 C54 120 54 170 60 208" stroke="#c9efb5" stroke-width="10" fill="none" stroke-linecap="round" opacity="0.8"/>
<rect x="74" y="110" width="64" height="14" rx="7" fill="#2f6a22" opacity="0.55"/>
<rect x="74" y="136" width="44" height="14" rx="7" fill="#2f6a22" opacity="0.55"/>
<rect x="74" y="162" width="56" height="14" rx="7" fill="#2f6a22" opacity="0.55"/>
<circle cx="170" cy="168" r="46" fill="#ffffff" fill-opacity="0.35" stroke="#1f4e8c" stroke-width="14"/>
<path d="M203 201 L238 236" stroke="#1f4e8c" stroke-width="22" stroke-linecap="round"/>
"""


def write(rel, text):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return rel


files = [write("icons/picklescope.svg", svg(256, APP))]
files += [write(f"icons/kinds/{name}.svg", svg(16, body)) for name, body in KINDS.items()]
files += [write(f"icons/actions/{name}.svg", svg(16, body)) for name, body in ACTIONS.items()]
qrc = "<!DOCTYPE RCC>\n<RCC version=\"1.0\">\n<qresource prefix=\"/\">\n"
qrc += "".join(f"    <file>{f}</file>\n" for f in files)
qrc += "</qresource>\n</RCC>\n"
write("resources.qrc", qrc)
print(f"{len(files)} icons")
