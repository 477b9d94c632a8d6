# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        self.layout = QVBoxLayout(LoginDialog)
        self.layout.setObjectName(u"layout")
        self.login_title = QLabel(LoginDialog)
        self.login_title.setObjectName(u"login_title")
        self.login_title.setStyleSheet(u"font-size: 18pt; font-weight: bold; margin: 8px 0;")

        self.layout.addWidget(self.login_title)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.user_label = QLabel(LoginDialog)
        self.user_label.setObjectName(u"user_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.login_user = QLineEdit(LoginDialog)
        self.login_user.setObjectName(u"login_user")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login_user)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.login_password = QLineEdit(LoginDialog)
        self.login_password.setObjectName(u"login_password")
        self.login_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.login_password)


        self.layout.addLayout(self.form)

        self.login_error = QLabel(LoginDialog)
        self.login_error.setObjectName(u"login_error")

        self.layout.addWidget(self.login_error)

        self.login_note = QLabel(LoginDialog)
        self.login_note.setObjectName(u"login_note")
        self.login_note.setStyleSheet(u"color: #666;")

        self.layout.addWidget(self.login_note)

        self.buttons = QDialogButtonBox()
        self.buttons.setParent(LoginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.user_label.setBuddy(self.login_user)
        self.password_label.setBuddy(self.login_password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginDialog)
        self.buttons.rejected.connect(LoginDialog.reject)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in - zwcx integrity records", None))
        self.login_title.setText(QCoreApplication.translate("LoginDialog", u"Government integrity records", None))
        self.user_label.setText(QCoreApplication.translate("LoginDialog", u"User name", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"Password", None))
        self.login_note.setText(QCoreApplication.translate("LoginDialog", u"Works offline: your password is checked on this computer.", None))
    # retranslateUi

