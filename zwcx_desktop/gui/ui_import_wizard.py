# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        self.layout = QVBoxLayout(ImportWizard)
        self.layout.setObjectName(u"layout")
        self.import_pages = QStackedWidget(ImportWizard)
        self.import_pages.setObjectName(u"import_pages")
        self.file_page = QWidget()
        self.file_page.setObjectName(u"file_page")
        self.file_form = QFormLayout(self.file_page)
        self.file_form.setObjectName(u"file_form")
        self.file_label = QLabel(self.file_page)
        self.file_label.setObjectName(u"file_label")

        self.file_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.import_file = QLineEdit(self.file_page)
        self.import_file.setObjectName(u"import_file")

        self.file_row.addWidget(self.import_file)

        self.import_browse = QPushButton(self.file_page)
        self.import_browse.setObjectName(u"import_browse")

        self.file_row.addWidget(self.import_browse)

        self.file_row.setStretch(0, 1)

        self.file_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row)

        self.sheet_label = QLabel(self.file_page)
        self.sheet_label.setObjectName(u"sheet_label")

        self.file_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.import_sheet = QComboBox(self.file_page)
        self.import_sheet.addItem("")
        self.import_sheet.setObjectName(u"import_sheet")
        self.import_sheet.setEnabled(False)

        self.file_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.import_sheet)

        self.area_label = QLabel(self.file_page)
        self.area_label.setObjectName(u"area_label")

        self.file_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.import_area = QComboBox(self.file_page)
        self.import_area.addItem("")
        self.import_area.setObjectName(u"import_area")

        self.file_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.import_area)

        self.policy_label = QLabel(self.file_page)
        self.policy_label.setObjectName(u"policy_label")

        self.file_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.policy_label)

        self.import_policy = QLineEdit(self.file_page)
        self.import_policy.setObjectName(u"import_policy")

        self.file_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.import_policy)

        self.period_label = QLabel(self.file_page)
        self.period_label.setObjectName(u"period_label")

        self.file_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.import_period = QLineEdit(self.file_page)
        self.import_period.setObjectName(u"import_period")
        self.import_period.setPlaceholderText(u"2026-03")

        self.file_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.import_period)

        self.notice_label = QLabel(self.file_page)
        self.notice_label.setObjectName(u"notice_label")

        self.file_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notice_label)

        self.notice_row = QHBoxLayout()
        self.notice_row.setObjectName(u"notice_row")
        self.import_notice = QLineEdit(self.file_page)
        self.import_notice.setObjectName(u"import_notice")
        self.import_notice.setReadOnly(True)

        self.notice_row.addWidget(self.import_notice)

        self.import_notice_choose = QPushButton(self.file_page)
        self.import_notice_choose.setObjectName(u"import_notice_choose")

        self.notice_row.addWidget(self.import_notice_choose)

        self.import_notice_clear = QPushButton(self.file_page)
        self.import_notice_clear.setObjectName(u"import_notice_clear")

        self.notice_row.addWidget(self.import_notice_clear)

        self.notice_row.setStretch(0, 1)

        self.file_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.notice_row)

        self.import_pages.addWidget(self.file_page)
        self.map_page = QWidget()
        self.map_page.setObjectName(u"map_page")
        self.map_layout = QVBoxLayout(self.map_page)
        self.map_layout.setObjectName(u"map_layout")
        self.map_intro = QLabel(self.map_page)
        self.map_intro.setObjectName(u"map_intro")

        self.map_layout.addWidget(self.map_intro)

        self.import_mapping = QTableWidget(self.map_page)
        if (self.import_mapping.columnCount() < 3):
            self.import_mapping.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.import_mapping.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.import_mapping.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.import_mapping.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.import_mapping.setObjectName(u"import_mapping")
        self.import_mapping.setColumnCount(3)
        self.import_mapping.verticalHeader().setVisible(False)

        self.map_layout.addWidget(self.import_mapping)

        self.map_layout.setStretch(1, 1)
        self.import_pages.addWidget(self.map_page)
        self.preview_page = QWidget()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_layout = QVBoxLayout(self.preview_page)
        self.preview_layout.setObjectName(u"preview_layout")
        self.import_summary = QLabel(self.preview_page)
        self.import_summary.setObjectName(u"import_summary")
        self.import_summary.setWordWrap(True)

        self.preview_layout.addWidget(self.import_summary)

        self.import_notes = QLabel(self.preview_page)
        self.import_notes.setObjectName(u"import_notes")
        self.import_notes.setWordWrap(True)

        self.preview_layout.addWidget(self.import_notes)

        self.import_preview = QTableWidget(self.preview_page)
        self.import_preview.setObjectName(u"import_preview")
        self.import_preview.setTabKeyNavigation(False)
        self.import_preview.verticalHeader().setVisible(False)

        self.preview_layout.addWidget(self.import_preview)

        self.skip_row = QHBoxLayout()
        self.skip_row.setObjectName(u"skip_row")
        self.import_skip_invalid = QCheckBox(self.preview_page)
        self.import_skip_invalid.setObjectName(u"import_skip_invalid")

        self.skip_row.addWidget(self.import_skip_invalid)

        self.import_errors_out = QLineEdit(self.preview_page)
        self.import_errors_out.setObjectName(u"import_errors_out")

        self.skip_row.addWidget(self.import_errors_out)

        self.skip_row.setStretch(1, 1)

        self.preview_layout.addLayout(self.skip_row)

        self.preview_layout.setStretch(2, 1)
        self.import_pages.addWidget(self.preview_page)
        self.run_page = QWidget()
        self.run_page.setObjectName(u"run_page")
        self.run_layout = QVBoxLayout(self.run_page)
        self.run_layout.setObjectName(u"run_layout")
        self.import_progress = QProgressBar(self.run_page)
        self.import_progress.setObjectName(u"import_progress")

        self.run_layout.addWidget(self.import_progress)

        self.import_result = QLabel(self.run_page)
        self.import_result.setObjectName(u"import_result")
        self.import_result.setWordWrap(True)

        self.run_layout.addWidget(self.import_result)

        self.run_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.run_layout.addItem(self.run_space)

        self.run_layout.setStretch(2, 1)
        self.import_pages.addWidget(self.run_page)

        self.layout.addWidget(self.import_pages)

        self.import_error = QLabel(ImportWizard)
        self.import_error.setObjectName(u"import_error")
        self.import_error.setStyleSheet(u"color: #c62828;")
        self.import_error.setWordWrap(True)
        self.import_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.import_error)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttons_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_space)

        self.import_back = QPushButton(ImportWizard)
        self.import_back.setObjectName(u"import_back")

        self.buttons.addWidget(self.import_back)

        self.import_next = QPushButton(ImportWizard)
        self.import_next.setObjectName(u"import_next")

        self.buttons.addWidget(self.import_next)

        self.import_cancel = QPushButton(ImportWizard)
        self.import_cancel.setObjectName(u"import_cancel")

        self.buttons.addWidget(self.import_cancel)

        self.buttons.setStretch(0, 1)

        self.layout.addLayout(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.import_file)
        self.sheet_label.setBuddy(self.import_sheet)
        self.area_label.setBuddy(self.import_area)
        self.policy_label.setBuddy(self.import_policy)
        self.period_label.setBuddy(self.import_period)
        self.notice_label.setBuddy(self.import_notice_choose)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        self.import_pages.setCurrentIndex(0)
        self.import_next.setDefault(True)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import roster", None))
        self.file_label.setText(QCoreApplication.translate("ImportWizard", u"Roster file", None))
        self.import_file.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Excel workbook (.xlsx) or CSV file", None))
        self.import_browse.setText(QCoreApplication.translate("ImportWizard", u"Browse\u2026", None))
        self.sheet_label.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        self.import_sheet.setItemText(0, QCoreApplication.translate("ImportWizard", u"The first sheet with data", None))

        self.area_label.setText(QCoreApplication.translate("ImportWizard", u"Service area", None))
        self.import_area.setItemText(0, QCoreApplication.translate("ImportWizard", u"From the file", None))

        self.policy_label.setText(QCoreApplication.translate("ImportWizard", u"Policy or project", None))
        self.import_policy.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"For rows without a policy column", None))
        self.period_label.setText(QCoreApplication.translate("ImportWizard", u"Payment period", None))
        self.notice_label.setText(QCoreApplication.translate("ImportWizard", u"Link the imported records to the roster notice", None))
        self.import_notice.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Optional: none chosen", None))
        self.import_notice_choose.setText(QCoreApplication.translate("ImportWizard", u"Choose\u2026", None))
        self.import_notice_clear.setText(QCoreApplication.translate("ImportWizard", u"Clear", None))
        self.map_intro.setText(QCoreApplication.translate("ImportWizard", u"Check which field each column of the file fills:", None))
        ___qtablewidgetitem = self.import_mapping.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportWizard", u"Column", None))
        ___qtablewidgetitem1 = self.import_mapping.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportWizard", u"First value", None))
        ___qtablewidgetitem2 = self.import_mapping.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportWizard", u"Field", None))
        self.import_skip_invalid.setText(QCoreApplication.translate("ImportWizard", u"Import the valid rows and save the others, with the reasons, to:", None))
        self.import_back.setText(QCoreApplication.translate("ImportWizard", u"< Back", None))
        self.import_next.setText(QCoreApplication.translate("ImportWizard", u"Next >", None))
        self.import_cancel.setText(QCoreApplication.translate("ImportWizard", u"Cancel", None))
    # retranslateUi

