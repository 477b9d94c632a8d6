# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QListWidget, QListWidgetItem, QMenu, QMenuBar, QSizePolicy, QStackedWidget, QStatusBar, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        self.act_new = QAction(MainWindow)
        self.act_new.setObjectName(u"act_new")
        self.act_save = QAction(MainWindow)
        self.act_save.setObjectName(u"act_save")
        self.act_search = QAction(MainWindow)
        self.act_search.setObjectName(u"act_search")
        self.act_print = QAction(MainWindow)
        self.act_print.setObjectName(u"act_print")
        self.act_print_board = QAction(MainWindow)
        self.act_print_board.setObjectName(u"act_print_board")
        self.act_print_list = QAction(MainWindow)
        self.act_print_list.setObjectName(u"act_print_list")
#if QT_CONFIG(shortcut)
        self.act_print_list.setShortcuts([QKeySequence(u"Ctrl+Shift+P")])
#endif // QT_CONFIG(shortcut)
        self.act_quit = QAction(MainWindow)
        self.act_quit.setObjectName(u"act_quit")
        self.act_manual = QAction(MainWindow)
        self.act_manual.setObjectName(u"act_manual")
#if QT_CONFIG(shortcut)
        self.act_manual.setShortcuts([QKeySequence(u"F1")])
#endif // QT_CONFIG(shortcut)
        self.act_about = QAction(MainWindow)
        self.act_about.setObjectName(u"act_about")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QHBoxLayout(self.central)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(self.central)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        self.nav.setObjectName(u"nav")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nav.sizePolicy().hasHeightForWidth())
        self.nav.setSizePolicy(sizePolicy)
        self.nav.setStyleSheet(u"QListWidget { font-size: 12pt; background: #f3f6f9; border: none; qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }\n"
"QListWidget::item { padding: 10px 14px; }\n"
"QListWidget::item:selected { background: #1565c0; color: white; }")
        self.nav.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)

        self.central_layout.addWidget(self.nav)

        self.stack = QStackedWidget(self.central)
        self.stack.setObjectName(u"stack")

        self.central_layout.addWidget(self.stack)

        self.central_layout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menu_file = QMenu(self.menubar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_recent = QMenu(self.menu_file)
        self.menu_recent.setObjectName(u"menu_recent")
        self.menu_help = QMenu(self.menubar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menu_file.menuAction())
        self.menubar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.act_new)
        self.menu_file.addAction(self.act_save)
        self.menu_file.addAction(self.act_search)
        self.menu_file.addAction(self.act_print)
        self.menu_file.addAction(self.act_print_board)
        self.menu_file.addAction(self.act_print_list)
        self.menu_file.addAction(self.menu_recent.menuAction())
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_help.addAction(self.act_manual)
        self.menu_help.addAction(self.act_about)

        self.retranslateUi(MainWindow)
        self.act_new.triggered.connect(MainWindow.new_record)
        self.act_save.triggered.connect(MainWindow.save_record)
        self.act_search.triggered.connect(MainWindow.focus_search)
        self.act_print.triggered.connect(MainWindow.print_record)
        self.act_print_board.triggered.connect(MainWindow.print_board)
        self.act_print_list.triggered.connect(MainWindow.print_list)
        self.act_quit.triggered.connect(MainWindow.close)
        self.act_manual.triggered.connect(MainWindow.open_manual)
        self.act_about.triggered.connect(MainWindow.open_about)
        self.nav.currentRowChanged.connect(MainWindow.show_page)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.act_new.setText(QCoreApplication.translate("MainWindow", u"New record", None))
        self.act_save.setText(QCoreApplication.translate("MainWindow", u"Save", None))
        self.act_search.setText(QCoreApplication.translate("MainWindow", u"Search", None))
        self.act_print.setText(QCoreApplication.translate("MainWindow", u"Print\u2026", None))
        self.act_print_board.setText(QCoreApplication.translate("MainWindow", u"Print the notice board\u2026", None))
        self.act_print_list.setText(QCoreApplication.translate("MainWindow", u"Print list\u2026", None))
        self.act_quit.setText(QCoreApplication.translate("MainWindow", u"Quit", None))
        self.act_manual.setText(QCoreApplication.translate("MainWindow", u"User manual", None))
        self.act_about.setText(QCoreApplication.translate("MainWindow", u"About zwcx", None))

        __sortingEnabled = self.nav.isSortingEnabled()
        self.nav.setSortingEnabled(False)
        ___qlistwidgetitem = self.nav.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Dashboard", None))
        ___qlistwidgetitem1 = self.nav.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Commitments", None))
        ___qlistwidgetitem2 = self.nav.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Disclosures", None))
        ___qlistwidgetitem3 = self.nav.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Service delivery", None))
        ___qlistwidgetitem4 = self.nav.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Objections", None))
        ___qlistwidgetitem5 = self.nav.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"Contracts", None))
        ___qlistwidgetitem6 = self.nav.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("MainWindow", u"Lawsuits", None))
        ___qlistwidgetitem7 = self.nav.item(7)
        ___qlistwidgetitem7.setText(QCoreApplication.translate("MainWindow", u"Dishonesty records", None))
        ___qlistwidgetitem8 = self.nav.item(8)
        ___qlistwidgetitem8.setText(QCoreApplication.translate("MainWindow", u"Supervision cases", None))
        ___qlistwidgetitem9 = self.nav.item(9)
        ___qlistwidgetitem9.setText(QCoreApplication.translate("MainWindow", u"Statistics", None))
        ___qlistwidgetitem10 = self.nav.item(10)
        ___qlistwidgetitem10.setText(QCoreApplication.translate("MainWindow", u"Sync", None))
        ___qlistwidgetitem11 = self.nav.item(11)
        ___qlistwidgetitem11.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
        self.nav.setSortingEnabled(__sortingEnabled)

        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_recent.setTitle(QCoreApplication.translate("MainWindow", u"Recently opened", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

