# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.lay = QVBoxLayout(SyncPage)
        self.lay.setObjectName(u"lay")
        self.sync_summary = QLabel(SyncPage)
        self.sync_summary.setObjectName(u"sync_summary")
        self.sync_summary.setStyleSheet(u"font-size: 13pt;")
        self.sync_summary.setWordWrap(True)

        self.lay.addWidget(self.sync_summary)

        self.sync_notice = QLabel(SyncPage)
        self.sync_notice.setObjectName(u"sync_notice")
        self.sync_notice.setVisible(False)
        self.sync_notice.setStyleSheet(u"color: #e65100;")
        self.sync_notice.setWordWrap(True)

        self.lay.addWidget(self.sync_notice)

        self.sync_progress = QProgressBar(SyncPage)
        self.sync_progress.setObjectName(u"sync_progress")
        self.sync_progress.setVisible(False)

        self.lay.addWidget(self.sync_progress)

        self.sync_buttons = QHBoxLayout()
        self.sync_buttons.setObjectName(u"sync_buttons")
        self.sync_now = QPushButton(SyncPage)
        self.sync_now.setObjectName(u"sync_now")
        self.sync_now.setMinimumSize(QSize(160, 0))

        self.sync_buttons.addWidget(self.sync_now)

        self.open_merge = QPushButton(SyncPage)
        self.open_merge.setObjectName(u"open_merge")
        self.open_merge.setVisible(False)

        self.sync_buttons.addWidget(self.open_merge)

        self.sync_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sync_buttons.addItem(self.sync_buttons_end)


        self.lay.addLayout(self.sync_buttons)

        self.sync_result = QLabel(SyncPage)
        self.sync_result.setObjectName(u"sync_result")
        self.sync_result.setWordWrap(True)

        self.lay.addWidget(self.sync_result)

        self.sync_schedule = QLabel(SyncPage)
        self.sync_schedule.setObjectName(u"sync_schedule")
        self.sync_schedule.setStyleSheet(u"color: #616161;")

        self.lay.addWidget(self.sync_schedule)

        self.rejected_box = QGroupBox(SyncPage)
        self.rejected_box.setObjectName(u"rejected_box")
        self.rejected_box.setVisible(False)
        self.rejected_layout = QVBoxLayout(self.rejected_box)
        self.rejected_layout.setObjectName(u"rejected_layout")
        self.rejected_hint = QLabel(self.rejected_box)
        self.rejected_hint.setObjectName(u"rejected_hint")
        self.rejected_hint.setWordWrap(True)

        self.rejected_layout.addWidget(self.rejected_hint)

        self.rejected_table = QTableWidget(self.rejected_box)
        if (self.rejected_table.columnCount() < 4):
            self.rejected_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.rejected_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rejected_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rejected_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rejected_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.rejected_table.setObjectName(u"rejected_table")
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setColumnCount(4)
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        self.rejected_table.verticalHeader().setVisible(False)

        self.rejected_layout.addWidget(self.rejected_table)


        self.lay.addWidget(self.rejected_box)

        self.page_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lay.addItem(self.page_end)

        self.lay.setStretch(6, 1)

        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.sync_now.setText(QCoreApplication.translate("SyncPage", u"Sync now", None))
        self.open_merge.setText(QCoreApplication.translate("SyncPage", u"Resolve conflicts\u2026", None))
        self.rejected_box.setTitle(QCoreApplication.translate("SyncPage", u"Changes refused by the server", None))
        self.rejected_hint.setText(QCoreApplication.translate("SyncPage", u"The server did not accept these changes, for the reason given. Other changes keep syncing. Double-click a line to open its record.", None))
        ___qtablewidgetitem = self.rejected_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SyncPage", u"No.", None))
        ___qtablewidgetitem1 = self.rejected_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SyncPage", u"Kind", None))
        ___qtablewidgetitem2 = self.rejected_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SyncPage", u"Record", None))
        ___qtablewidgetitem3 = self.rejected_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SyncPage", u"Reason", None))
        pass
    # retranslateUi

