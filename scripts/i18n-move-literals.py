#!/usr/bin/env python3
"""Moves the plain string literals of user-facing calls in the given Java files into
src/main/resources/vaadin-i18n/translations.properties, replacing each with Texts.t("key").
Only whole literals are converted; concatenations and formatted strings are left for a person.
Usage: convert.py REPO_ROOT File.java...   (prints what it did; re-runnable)"""
import re, sys, os

root = sys.argv[1]
bundle_path = os.path.join(root, 'src/main/resources/vaadin-i18n/translations.properties')

def load_bundle():
    keys = {}
    if os.path.exists(bundle_path):
        for line in open(bundle_path, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line or line.startswith('#') or '=' not in line:
                continue
            k, v = line.split('=', 1)
            keys[k.strip()] = prop_unescape(v)
    return keys

def prop_unescape(v):
    # the value as java.util.Properties reads it: without this a re-run escaped the escapes again (\\u2014)
    out, i = [], 0
    while i < len(v):
        ch = v[i]
        if ch == '\\' and i + 1 < len(v):
            nxt = v[i + 1]
            if nxt == 'u' and i + 5 < len(v):
                out.append(chr(int(v[i + 2:i + 6], 16))); i += 6; continue
            out.append({'n': '\n', 't': '\t'}.get(nxt, nxt)); i += 2; continue
        out.append(ch); i += 1
    return ''.join(out)

def prop_escape(v):
    out = []
    for ch in v:
        if ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ord(ch) > 126: out.append('\\u%04x' % ord(ch))
        else: out.append(ch)
    s = ''.join(out)
    if s.startswith(' '): s = '\\' + s
    return s

def java_unescape(s):
    return bytes(s, 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8') if '\\' in s else s

LIT = r'"((?:[^"\\]|\\.)*)"'
CALLS = [
    r'(new (?:Button|Span|H[1-6]|Paragraph|Div|Tab|Checkbox|TextField|TextArea|PasswordField|DatePicker|EmailField|IntegerField|NumberField|BigDecimalField|ListItem|Emphasis|NativeLabel|Details|SideNavItem|MenuItem|RadioButtonGroup|CheckboxGroup|Select|ComboBox|MultiSelectComboBox|Upload|TimePicker|DateTimePicker|Pre|Label|Strong)(?:<[^>()]*>)?\()' + LIT,
    r'(new Anchor\([^,()]+,\s*)' + LIT,
    r'(\.set(?:Text|Label|Placeholder|Header|HeaderTitle|HelperText|TooltipText|ErrorMessage|EmptySelectionCaption|EmptyStateText|ConfirmText|CancelText|RejectText|AriaLabel|Title|Description)\()' + LIT,
    r'(\.addItem\()' + LIT,
    r'(\.asRequired\()' + LIT,
    r'(\b(?:problem|message|status|hint|note|result|info|feedback)\w*\.(?:error|info|warning|success)\()' + LIT,
    r'(\bNotices\.(?:success|info|warning|error)\()' + LIT,
    r'(\bNextAction\.(?:doing|waiting)\()' + LIT,
    r'(new ConfirmDialog\()' + LIT,
    r'(new ConfirmDialog\(' + LIT[:0] + r'(?:Texts\.t\("[^"]*"\)|"(?:[^"\\]|\\.)*"),\s*)' + LIT,
    r'(new ConfirmDialog\((?:(?:Texts\.t\("[^"]*"\)|"(?:[^"\\]|\\.)*"),\s*){2})' + LIT,
    r'(new ReasonDialog\()' + LIT,
    r'(new FormMessage\("[^"]*"\)\s*;\s*)$^',  # never matches; placeholder
]

def slug(text, n=6):
    words = re.findall(r'[A-Za-z0-9]+', text.lower())
    return '-'.join(words[:n]) or 'text'

def looks_like_text(v):
    if not re.search(r'[A-Za-z]', v): return False
    if re.fullmatch(r'[a-z0-9\-_.:/#?=&]+', v) and ' ' not in v:  # ids, css classes, paths
        return False
    return True

def convert(path, bundle):
    src = open(path, encoding='utf-8').read()
    cls = os.path.basename(path)[:-5]
    pkg = path.split('/org/claimdesk/')[1].split('/')[0]
    prefix = f'{pkg}.{cls}.'
    changed = 0
    for pat in CALLS:
        def repl(m):
            nonlocal changed
            raw = m.group(2)
            # part of a concatenation: left for a person to turn into one message with parameters
            after = m.string[m.end():].lstrip()
            before = m.group(1).rstrip()
            if after.startswith('+') or before.endswith('+'):
                return m.group(0)
            text = java_unescape(raw)
            if not looks_like_text(text):
                return m.group(0)
            # reuse a key with the same text in this class
            key = next((k for k, v in bundle.items() if k.startswith(prefix) and v == text), None)
            if key is None:
                base = prefix + slug(text)
                key, i = base, 2
                while key in bundle and bundle[key] != text:
                    key = f'{base}-{i}'; i += 1
                bundle[key] = text
            changed += 1
            return m.group(1) + f'Texts.t("{key}")'
        src = re.sub(pat, repl, src, flags=re.M)
    if changed:
        if 'import org.claimdesk.shared.ui.Texts;' not in src and not path.endswith('shared/ui/Texts.java'):
            src = re.sub(r'^(package [^;]+;\n)', r'\1\nimport org.claimdesk.shared.ui.Texts;', src, count=1, flags=re.M)
        open(path, 'w', encoding='utf-8').write(src)
    print(f'{changed:4d} {path}')

bundle = load_bundle()
for f in sys.argv[2:]:
    convert(f, bundle)
os.makedirs(os.path.dirname(bundle_path), exist_ok=True)
with open(bundle_path, 'w', encoding='utf-8') as out:
    out.write('# Every text ClaimDesk\'s screens show (English). Keys: <module>.<Class>.<words>; enum labels: enum.<Enum>.<CONSTANT>.\n')
    out.write('# A text with parameters ({0}) is a java.text.MessageFormat pattern: write an apostrophe twice there.\n')
    for k in sorted(bundle):
        out.write(f'{k}={prop_escape(bundle[k])}\n')
