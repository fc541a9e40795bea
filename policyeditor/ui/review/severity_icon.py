"""The severity icon of a flag, drawn in code: a filled shape in the severity's colour.

High is a triangle with "!", medium a disc with "!", low a disc with "i": the
shape and the mark tell the severities apart for colour-blind readers too, and
no image asset is needed at any scale.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from policyeditor.core.render.palette import PALETTE


def severity_icon(severity: str, size: int = 16) -> QIcon:
    """A filled disc in the severity's colour with a mark (!, !!, i) — no asset needed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(PALETTE.severity(severity)))
    painter.setPen(Qt.PenStyle.NoPen)
    if severity == "high":  # a triangle reads as "warning" even to colour-blind readers
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPolygonF

        painter.drawPolygon(
            QPolygonF(
                [QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 1), QPointF(0.5, size - 1)]
            )
        )
    else:
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.65))
    painter.setFont(font)
    mark = "i" if severity == "low" else "!"
    painter.drawText(
        QRectF(0, 1 if severity == "high" else 0, size, size), Qt.AlignmentFlag.AlignCenter, mark
    )
    painter.end()
    return QIcon(pixmap)
