# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.about_icon = QLabel(AboutDialog)
        self.about_icon.setObjectName(u"about_icon")

        self.head.addWidget(self.about_icon, 0, Qt.AlignmentFlag.AlignTop)

        self.about_version = QLabel(AboutDialog)
        self.about_version.setObjectName(u"about_version")
        self.about_version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.head.addWidget(self.about_version)

        self.head.setStretch(1, 1)

        self.layout.addLayout(self.head)

        self.components_heading = QLabel(AboutDialog)
        self.components_heading.setObjectName(u"components_heading")

        self.layout.addWidget(self.components_heading)

        self.about_components = QTableWidget(AboutDialog)
        if (self.about_components.columnCount() < 2):
            self.about_components.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.about_components.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.about_components.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.about_components.setObjectName(u"about_components")
        self.about_components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.about_components.setTabKeyNavigation(False)
        self.about_components.setColumnCount(2)
        self.about_components.verticalHeader().setVisible(False)

        self.layout.addWidget(self.about_components)

        self.lgpl_note = QLabel(AboutDialog)
        self.lgpl_note.setObjectName(u"lgpl_note")
        self.lgpl_note.setWordWrap(True)

        self.layout.addWidget(self.lgpl_note)

        self.fonts_heading = QLabel(AboutDialog)
        self.fonts_heading.setObjectName(u"fonts_heading")

        self.layout.addWidget(self.fonts_heading)

        self.about_font_licence = QPlainTextEdit(AboutDialog)
        self.about_font_licence.setObjectName(u"about_font_licence")
        self.about_font_licence.setReadOnly(True)

        self.layout.addWidget(self.about_font_licence)

        self.buttons = QDialogButtonBox()
        self.buttons.setParent(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
        self.layout.setStretch(5, 1)

        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About zwcx", None))
        self.components_heading.setText(QCoreApplication.translate("AboutDialog", u"Included software and its licences:", None))
        ___qtablewidgetitem = self.about_components.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AboutDialog", u"Component", None))
        ___qtablewidgetitem1 = self.about_components.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AboutDialog", u"Licence", None))
        self.lgpl_note.setText(QCoreApplication.translate("AboutDialog", u"Qt and PySide6 are used under the LGPL version 3 as separate shared libraries; you may replace them with compatible builds of your own in the installation folder.", None))
        self.fonts_heading.setText(QCoreApplication.translate("AboutDialog", u"Licences of the bundled fonts AR PL UMing and BabelStone Han:", None))
    # retranslateUi

