#!/usr/bin/env python3
# Copyright 2026 The Marsad authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The .marsad MIME type: a collection is told by its name and, renamed, by
its content (SQLite's header and the application id "MRSD").

Usage: check-collection-mime.py MARSAD MIME_XML
Prints TAP; skips when update-mime-database or gio is missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile

marsad, mime_xml = sys.argv[1], sys.argv[2]
if not shutil.which('update-mime-database') or not shutil.which('gio'):
    print('1..0 # SKIP update-mime-database or gio is not installed')
    sys.exit(0)


def content_type(path, env):
    out = subprocess.run(['gio', 'info', '-a', 'standard::content-type', path], env=env,
                         capture_output=True, text=True).stdout
    return out.strip().rsplit(' ', 1)[-1]


with tempfile.TemporaryDirectory() as tmp:
    packages = os.path.join(tmp, 'mime', 'packages')
    os.makedirs(packages)
    shutil.copy(mime_xml, os.path.join(packages, 'io.github.marsad.Marsad.xml'))
    system = '/usr/share/mime/packages/freedesktop.org.xml'
    if os.path.exists(system):
        shutil.copy(system, packages)
    subprocess.run(['update-mime-database', os.path.join(tmp, 'mime')], check=True, capture_output=True)
    env = dict(os.environ, XDG_DATA_DIRS=tmp, XDG_DATA_HOME=os.path.join(tmp, 'home'))
    collection = os.path.join(tmp, 'news.marsad')
    subprocess.run([marsad, 'collection', 'create', collection], check=True)
    renamed = os.path.join(tmp, 'renamed')
    shutil.copy(collection, renamed)
    plain = os.path.join(tmp, 'plain.db')
    subprocess.run([sys.executable, '-c', 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("create table t (x)")', plain], check=True)
    checks = [
        ('a collection by its name', content_type(collection, env) == 'application/x-marsad-collection'),
        ('a collection renamed, by its content', content_type(renamed, env) == 'application/x-marsad-collection'),
        ('another SQLite file is not a collection', content_type(plain, env) != 'application/x-marsad-collection'),
    ]
print('1..%d' % len(checks))
for i, (name, ok) in enumerate(checks, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
