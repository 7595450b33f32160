#!/usr/bin/env python3
"""Checks public/i18n/<code>.json against en.json: same keys, same {{placeholders}}, no empty text."""
import json
import re
import sys


def flatten(tree, prefix=''):
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from flatten(value, f'{prefix}{key}.')
        else:
            yield f'{prefix}{key}', value


code = sys.argv[1]
en = dict(flatten(json.load(open('public/i18n/en.json', encoding='utf-8'))))
other = dict(flatten(json.load(open(f'public/i18n/{code}.json', encoding='utf-8'))))
problems = [f'missing: {k}' for k in en if k not in other]
problems += [f'extra: {k}' for k in other if k not in en]
for key, value in other.items():
    if not str(value).strip():
        problems.append(f'empty: {key}')
    if key in en:
        want = sorted(re.findall(r'{{\s*\w+\s*}}', en[key]))
        have = sorted(re.findall(r'{{\s*\w+\s*}}', value))
        # A plural form for exactly none, one or two may spell the number out (Arabic "شيئان").
        spelled = key.rsplit('.', 1)[-1] in ('zero', 'one', 'two') and set(have) <= set(want)
        if have != want and not spelled:
            problems.append(f'placeholders differ: {key}')
print('\n'.join(problems) if problems else 'OK')
sys.exit(1 if problems else 0)
