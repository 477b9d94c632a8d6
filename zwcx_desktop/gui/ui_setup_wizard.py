# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        self.layout = QVBoxLayout(SetupWizard)
        self.layout.setObjectName(u"layout")
        self.setup_intro = QLabel(SetupWizard)
        self.setup_intro.setObjectName(u"setup_intro")
        self.setup_intro.setWordWrap(True)

        self.layout.addWidget(self.setup_intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.unit_name_label = QLabel(SetupWizard)
        self.unit_name_label.setObjectName(u"unit_name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_name_label)

        self.setup_unit_name = QLineEdit(SetupWizard)
        self.setup_unit_name.setObjectName(u"setup_unit_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.setup_unit_name)

        self.unit_code_label = QLabel(SetupWizard)
        self.unit_code_label.setObjectName(u"unit_code_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_code_label)

        self.setup_unit_code = QLineEdit(SetupWizard)
        self.setup_unit_code.setObjectName(u"setup_unit_code")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.setup_unit_code)

        self.division_label = QLabel(SetupWizard)
        self.division_label.setObjectName(u"division_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.division_label)

        self.setup_division = QLineEdit(SetupWizard)
        self.setup_division.setObjectName(u"setup_division")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.setup_division)

        self.unit_type_label = QLabel(SetupWizard)
        self.unit_type_label.setObjectName(u"unit_type_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_type_label)

        self.setup_unit_type = QComboBox(SetupWizard)
        self.setup_unit_type.setObjectName(u"setup_unit_type")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.setup_unit_type)

        self.admin_label = QLabel(SetupWizard)
        self.admin_label.setObjectName(u"admin_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.admin_label)

        self.setup_admin = QLineEdit(SetupWizard)
        self.setup_admin.setObjectName(u"setup_admin")
        self.setup_admin.setText(u"admin")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.setup_admin)

        self.password_label = QLabel(SetupWizard)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.setup_password = QLineEdit(SetupWizard)
        self.setup_password.setObjectName(u"setup_password")
        self.setup_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.setup_password)

        self.password2_label = QLabel(SetupWizard)
        self.password2_label.setObjectName(u"password2_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password2_label)

        self.setup_password2 = QLineEdit(SetupWizard)
        self.setup_password2.setObjectName(u"setup_password2")
        self.setup_password2.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.setup_password2)

        self.server_url_label = QLabel(SetupWizard)
        self.server_url_label.setObjectName(u"server_url_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.server_url_label)

        self.setup_server_url = QLineEdit(SetupWizard)
        self.setup_server_url.setObjectName(u"setup_server_url")
        self.setup_server_url.setPlaceholderText(u"https://")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.setup_server_url)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox()
        self.buttons.setParent(SetupWizard)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.unit_name_label.setBuddy(self.setup_unit_name)
        self.unit_code_label.setBuddy(self.setup_unit_code)
        self.division_label.setBuddy(self.setup_division)
        self.unit_type_label.setBuddy(self.setup_unit_type)
        self.admin_label.setBuddy(self.setup_admin)
        self.password_label.setBuddy(self.setup_password)
        self.password2_label.setBuddy(self.setup_password2)
        self.server_url_label.setBuddy(self.setup_server_url)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)
        self.buttons.rejected.connect(SetupWizard.reject)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"First-run set-up", None))
        self.setup_intro.setText(QCoreApplication.translate("SetupWizard", u"Welcome. Enter your unit, the contact details printed on its notices, and create the administrator account. Everything is stored on this computer; the municipal server is optional.", None))
        self.unit_name_label.setText(QCoreApplication.translate("SetupWizard", u"Unit name", None))
        self.unit_code_label.setText(QCoreApplication.translate("SetupWizard", u"Unified social credit code", None))
        self.division_label.setText(QCoreApplication.translate("SetupWizard", u"Division code (6 digits)", None))
        self.unit_type_label.setText(QCoreApplication.translate("SetupWizard", u"Unit type", None))
        self.admin_label.setText(QCoreApplication.translate("SetupWizard", u"Administrator user name", None))
        self.password_label.setText(QCoreApplication.translate("SetupWizard", u"Password (8 characters or more)", None))
        self.password2_label.setText(QCoreApplication.translate("SetupWizard", u"Repeat password", None))
        self.server_url_label.setText(QCoreApplication.translate("SetupWizard", u"Municipal server address (optional)", None))
    # retranslateUi

