#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: hindi_mnemonics.py translations/saathi_hi.ts — rewrites every finished Hindi translation whose source has a
# mnemonic ("&Print", "Save P&DF") to carry the same Latin letter as a trailing "(&P)" (TestHindiMnemonics checks it).
import re,html,sys
from xml.sax.saxutils import escape
f=sys.argv[1]
s=open(f,encoding='utf-8').read()
def esc(t): return escape(t, {"'": "&apos;", '"': "&quot;"})
def mn(text):
    m=re.search(r'(?<!&)&([A-Za-z0-9])', text.replace('&&','\0\0'))
    return m.group(1) if m else None
def fix(m):
    src=html.unescape(m.group(1)); tr=html.unescape(m.group(2))
    letter=mn(src)
    if not letter: return m.group(0)
    want=' (&%s)'%letter.upper()
    if tr.endswith(want) and mn(tr[:-len(want)]) is None: return m.group(0)
    body=tr.replace('&&','\0\0')
    body=re.sub(r'&(?=[^\0])','',body).replace('\0\0','&&')
    # a trailing " >" (wizard) stays last-but-one: "आगे > (&N)"
    new=body.rstrip()+want
    return m.group(0).replace('<translation>'+m.group(2)+'</translation>','<translation>'+esc(new)+'</translation>')
s=re.sub(r'<source>(.*?)</source>\s*<translation>(.*?)</translation>',fix,s,flags=re.S)
open(f,'w',encoding='utf-8').write(s)
