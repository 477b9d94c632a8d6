# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_print.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_BoardPrintDialog(object):
    def setupUi(self, BoardPrintDialog):
        if not BoardPrintDialog.objectName():
            BoardPrintDialog.setObjectName(u"BoardPrintDialog")
        self.layout = QVBoxLayout(BoardPrintDialog)
        self.layout.setObjectName(u"layout")
        self.board_intro = QLabel(BoardPrintDialog)
        self.board_intro.setObjectName(u"board_intro")
        self.board_intro.setWordWrap(True)

        self.layout.addWidget(self.board_intro)

        self.board_list = QListWidget(BoardPrintDialog)
        self.board_list.setObjectName(u"board_list")

        self.layout.addWidget(self.board_list)

        self.board_status = QLabel(BoardPrintDialog)
        self.board_status.setObjectName(u"board_status")
        self.board_status.setWordWrap(True)

        self.layout.addWidget(self.board_status)

        self.layout_row = QHBoxLayout()
        self.layout_row.setObjectName(u"layout_row")
        self.board_layout_label = QLabel(BoardPrintDialog)
        self.board_layout_label.setObjectName(u"board_layout_label")

        self.layout_row.addWidget(self.board_layout_label)

        self.board_layout = QComboBox(BoardPrintDialog)
        self.board_layout.setObjectName(u"board_layout")

        self.layout_row.addWidget(self.board_layout)

        self.layout_row.setStretch(1, 1)

        self.layout.addLayout(self.layout_row)

        self.board_progress = QProgressBar(BoardPrintDialog)
        self.board_progress.setObjectName(u"board_progress")
        self.board_progress.setValue(0)

        self.layout.addWidget(self.board_progress)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.bar_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_space)

        self.board_print = QPushButton(BoardPrintDialog)
        self.board_print.setObjectName(u"board_print")
        self.board_print.setEnabled(False)

        self.bar.addWidget(self.board_print)

        self.board_cancel = QPushButton(BoardPrintDialog)
        self.board_cancel.setObjectName(u"board_cancel")
        self.board_cancel.setEnabled(False)

        self.bar.addWidget(self.board_cancel)

        self.board_close = QPushButton(BoardPrintDialog)
        self.board_close.setObjectName(u"board_close")

        self.bar.addWidget(self.board_close)


        self.layout.addLayout(self.bar)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.board_layout_label.setBuddy(self.board_layout)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BoardPrintDialog)
        self.board_close.clicked.connect(BoardPrintDialog.close)

        QMetaObject.connectSlotsByName(BoardPrintDialog)
    # setupUi

    def retranslateUi(self, BoardPrintDialog):
        BoardPrintDialog.setWindowTitle(QCoreApplication.translate("BoardPrintDialog", u"Print the notice board", None))
        self.board_intro.setText(QCoreApplication.translate("BoardPrintDialog", u"Notices now on the board (publicizing or posted again); tick the ones to print.", None))
        self.board_layout_label.setText(QCoreApplication.translate("BoardPrintDialog", u"Print as", None))
        self.board_print.setText(QCoreApplication.translate("BoardPrintDialog", u"Print\u2026", None))
        self.board_cancel.setText(QCoreApplication.translate("BoardPrintDialog", u"Cancel", None))
        self.board_close.setText(QCoreApplication.translate("BoardPrintDialog", u"Close", None))
    # retranslateUi

