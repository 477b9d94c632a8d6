# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PdfPreview(object):
    def setupUi(self, PdfPreview):
        if not PdfPreview.objectName():
            PdfPreview.setObjectName(u"PdfPreview")
        self.layout = QVBoxLayout(PdfPreview)
        self.layout.setObjectName(u"layout")
        self.preview_caution = QLabel(PdfPreview)
        self.preview_caution.setObjectName(u"preview_caution")
        self.preview_caution.setStyleSheet(u"color: #e65100;")
        self.preview_caution.setWordWrap(True)

        self.layout.addWidget(self.preview_caution)

        self.preview_state = QLabel(PdfPreview)
        self.preview_state.setObjectName(u"preview_state")
        self.preview_state.setWordWrap(True)

        self.layout.addWidget(self.preview_state)

        self.preview_pages = QPdfView(PdfPreview)
        self.preview_pages.setObjectName(u"preview_pages")
        self.preview_pages.setPageMode(QPdfView.PageMode.MultiPage)

        self.layout.addWidget(self.preview_pages)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.bar_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_space)

        self.preview_print = QPushButton(PdfPreview)
        self.preview_print.setObjectName(u"preview_print")

        self.bar.addWidget(self.preview_print)

        self.preview_save = QPushButton(PdfPreview)
        self.preview_save.setObjectName(u"preview_save")

        self.bar.addWidget(self.preview_save)


        self.layout.addLayout(self.bar)

        self.layout.setStretch(2, 1)

        self.retranslateUi(PdfPreview)

        QMetaObject.connectSlotsByName(PdfPreview)
    # setupUi

    def retranslateUi(self, PdfPreview):
        PdfPreview.setWindowTitle(QCoreApplication.translate("PdfPreview", u"Print preview", None))
        self.preview_print.setText(QCoreApplication.translate("PdfPreview", u"Print\u2026", None))
        self.preview_save.setText(QCoreApplication.translate("PdfPreview", u"Save as PDF\u2026", None))
    # retranslateUi

