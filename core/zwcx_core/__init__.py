"""zwcx-core: the rules every zwcx program shares, without Qt or a web framework.

Domain rules (`domain`), canonical JSON and the sync wire format (`wire`), verification codes, the personal-data
guard and the GB/T 9704 notice page with its bundled fonts (`notices`). The desktop (`zwcx_desktop`) and the
municipal server (`zwcx_server`) both depend on it; it depends on neither.
"""

__version__ = "0.1.0"
