"""The PySide6 desktop client: the only package of zwcx that imports Qt."""
