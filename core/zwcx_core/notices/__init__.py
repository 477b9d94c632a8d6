"""The notice page: a checked `Notice` (model.py) laid out on the GB/T 9704 grid as PDF, with the masking guard,
the glyph check and the review watermark. Building a notice from stored records is the desktop's
(zwcx_desktop/notices)."""
