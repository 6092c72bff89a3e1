#!/usr/bin/env python3
# Copyright 2026 The Marsad authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the translations: po/POTFILES.in is sorted, names only files that
exist and lists every file with translatable strings; and every language in
po/LINGUAS translates at least --min-coverage percent of the messages that
the sources hold now (the .po file is merged with a fresh template first, so
a stale .po cannot pass).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE_DIRS = ('src', 'ui', 'data')
SKIP_DIRS = {'.git', 'build', '_build', 'subprojects', 'tests', 'bench'}

# _(, N_(, C_(, NC_( and the g_d*gettext family; the \b keeps foo_( out.
C_MARK = re.compile(r'\b(?:_|N_|C_|NC_|g_dgettext|g_dngettext|g_dpgettext2?)\s*\(')
UI_MARK = re.compile(r'translatable\s*=\s*"(?:yes|true|1)"')
DATA_SUFFIXES = ('.desktop.in', '.metainfo.xml.in', '.appdata.xml.in', '.gschema.xml')

# The keywords and flags of i18n.gettext (preset: 'glib').
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]

STATS = re.compile(r'(?:(\d+) translated messages?)?(?:, )?(?:(\d+) fuzzy translations?)?'
                   r'(?:, )?(?:(\d+) untranslated messages?)?')


def read_potfiles(root):
    entries = []
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                entries.append(line)
    return entries


def has_translatable(path):
    if path.endswith(DATA_SUFFIXES):
        return True
    try:
        with open(path, encoding='utf-8') as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return False
    if path.endswith(('.c', '.h')):
        return C_MARK.search(text) is not None
    if path.endswith('.ui'):
        return UI_MARK.search(text) is not None
    return False


def scan(root):
    found = []
    for top in SOURCE_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
            for name in filenames:
                path = os.path.join(dirpath, name)
                if has_translatable(path):
                    found.append(os.path.relpath(path, root).replace(os.sep, '/'))
    return sorted(found)


def check_potfiles(root):
    errors = []
    entries = read_potfiles(root)
    if entries != sorted(entries):
        errors.append('po/POTFILES.in is not sorted')
    if len(set(entries)) != len(entries):
        errors.append('po/POTFILES.in lists a file twice')
    for entry in entries:
        if not os.path.isfile(os.path.join(root, entry)):
            errors.append(f'po/POTFILES.in lists {entry}, which does not exist')
    for path in scan(root):
        if path not in entries:
            errors.append(f'{path} has translatable strings but is not in po/POTFILES.in')
    return errors


def statistics(po_path):
    """(translated, fuzzy, untranslated) from msgfmt --statistics."""
    proc = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po_path],
                          capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    if proc.returncode != 0:
        raise RuntimeError(f'msgfmt --check failed on {po_path}:\n{proc.stderr}')
    m = STATS.search(proc.stderr.strip().splitlines()[-1])
    return tuple(int(g) if g else 0 for g in m.groups())


def fresh_po(root, lang, tmp):
    """The .po file merged with a template made from the sources now, or the
    .po file itself when xgettext or msgmerge is missing."""
    po_path = os.path.join(root, 'po', lang + '.po')
    if not (shutil.which('xgettext') and shutil.which('msgmerge')):
        print(f'# xgettext or msgmerge missing: checking {lang}.po as it is')
        return po_path
    pot = os.path.join(tmp, 'marsad.pot')
    if not os.path.exists(pot):
        # Files that POTFILES.in names but that are gone are reported by
        # check_potfiles(); leave them out here so that coverage is still measured.
        potfiles = os.path.join(tmp, 'POTFILES')
        with open(potfiles, 'w', encoding='utf-8') as f:
            for entry in read_potfiles(root):
                if os.path.isfile(os.path.join(root, entry)):
                    f.write(entry + '\n')
        subprocess.run(['xgettext', '--package-name=marsad', '-o', pot,
                        '--files-from=' + potfiles,
                        '--directory=' + root] + XGETTEXT_ARGS,
                       check=True, cwd=root, stderr=subprocess.DEVNULL)
    merged = os.path.join(tmp, lang + '.po')
    subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po_path, pot],
                   check=True)
    return merged


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--source-root', default=os.path.join(os.path.dirname(__file__), '..'))
    parser.add_argument('--min-coverage', type=float, default=95.0)
    args = parser.parse_args()
    root = os.path.abspath(args.source_root)

    errors = check_potfiles(root)

    with open(os.path.join(root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        languages = [w for line in f for w in line.split('#')[0].split()]

    with tempfile.TemporaryDirectory() as tmp:
        for lang in languages:
            try:
                translated, fuzzy, untranslated = statistics(fresh_po(root, lang, tmp))
            except (RuntimeError, subprocess.CalledProcessError) as e:
                errors.append(str(e))
                continue
            total = translated + fuzzy + untranslated
            coverage = 100.0 * translated / total if total else 100.0
            print(f'# {lang}: {translated} of {total} messages translated ({coverage:.1f}%), '
                  f'{fuzzy} fuzzy, {untranslated} untranslated')
            if coverage < args.min_coverage:
                errors.append(f'{lang}.po translates {coverage:.1f}% of the messages, '
                              f'below {args.min_coverage:g}%: run "ninja -C build marsad-update-po" '
                              f'and translate the new ones')

    for error in errors:
        print('FAIL: ' + error)
    if not errors:
        print('OK: POTFILES.in complete and sorted; translations above '
              f'{args.min_coverage:g}%')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
