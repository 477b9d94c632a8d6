"""QR codes for console pages as inline SVG, drawn with the library the printed notices use (notices/layout.py's
draw_qr): the same `qrcode` matrix, as rectangles, so the page needs no image file and no script."""

from __future__ import annotations


def svg(text: str, size: int = 200) -> str:
    """An <svg> of `text` as a QR code (level M) with a four-module quiet zone. The template places it unescaped
    (`|safe`): it holds only numbers computed here, never `text` itself."""
    import qrcode

    qr = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    m = qr.get_matrix()
    n = len(m) + 8
    runs = []
    for r, row in enumerate(m):
        c = 0
        while c < len(row):
            if row[c]:
                end = c
                while end < len(row) and row[end]:
                    end += 1
                runs.append(f"M{c + 4} {r + 4}h{end - c}v1h-{end - c}z")
                c = end
            else:
                c += 1
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="qr" width="{size}" height="{size}" '
                  f'viewBox="0 0 {n} {n}" role="img" aria-label="二维码"><rect width="{n}" height="{n}" '
                  f'fill="#fff"/><path fill="#000" d="{"".join(runs)}"/></svg>')
